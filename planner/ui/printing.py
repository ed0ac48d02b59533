"""Print preview of the same pages the PDF exports make, in a language of the visit chosen in
the preview itself."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMessageBox, QToolBar, QWidget

from planner.domain.model import VisitPlan
from planner.export import pdf
from planner.export.language import IN_ENGLISH, DocumentLanguage, Era

# A choice of the tool bar (a language, or `bilingual`) and the era its Chinese dates count
# years in (None: the Gregorian years) made the document's language.
LanguageOf = Callable[[str, str | None], DocumentLanguage]


def print_job(
    plan: VisitPlan,
    what: str,
    event_key: str | None,
    *,
    guests_first: bool = False,
    language: DocumentLanguage = IN_ENGLISH,
) -> pdf.PrintJob:
    if what == "programme":
        return pdf.programme_booklet(plan, language)
    return pdf.attendee_sheet(plan, event_key, guests_first=guests_first, language=language)


def _title(job: pdf.PrintJob) -> str:
    return QCoreApplication.translate("Printing", "Print preview — {title}").format(title=job.title)


def _warn(parent: QWidget, error: Exception) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print preview"), str(error))


def preview_job(
    parent: QWidget,
    plan: VisitPlan,
    what: str,
    event_key: str | None,
    *,
    guests_first: bool = False,
    languages: Sequence[tuple[str, str]] = (),
    language_of: LanguageOf | None = None,
) -> None:
    """Show the attendee sheet (of one item, else the delegation) or the programme.

    `languages` are what the document can be made in, as (value, label), the main language
    first; `language_of` makes a value (and an era) the document's language. With more than
    one, the preview's tool bar offers them, and shows the pages again in the one chosen. A
    document with Chinese in it may count its years from the founding of the Republic
    (`中華民國114年6月4日`): a check box beside the languages.
    """
    era: list[str | None] = [None]

    def make(value: str | None) -> pdf.PrintJob:
        words = language_of(value, era[0]) if language_of is not None and value else IN_ENGLISH
        return print_job(plan, what, event_key, guests_first=guests_first, language=words)

    def chinese(value: str | None) -> bool:
        if language_of is None or not value:
            return False
        return any(words.chinese for words in language_of(value, None).all)

    try:
        job = make(languages[0][0] if languages else None)
    except Exception as error:
        _warn(parent, error)
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(pdf.page_layout(pdf.PaperSize.A4))
    printer.setDocName(job.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_title(job))
    shown = [job]
    chosen_value = [languages[0][0] if languages else None]
    dialog.paintRequested.connect(
        lambda device: pdf.paint_pages(shown[0], device, device.pageLayout())
    )

    def show_again() -> None:
        try:
            shown[0] = make(chosen_value[0])
        except Exception as error:
            _warn(dialog, error)
            return
        printer.setDocName(shown[0].title)
        dialog.setWindowTitle(_title(shown[0]))
        pages = dialog.findChild(QPrintPreviewWidget)
        if pages is not None:
            pages.updatePreview()

    roc: QCheckBox | None = None
    if any(chinese(value) for value, _ in languages):
        roc = _era_box(dialog)
        roc.setEnabled(chinese(chosen_value[0]))

        def era_chosen(on: bool) -> None:
            era[0] = Era.ROC.value if on and chinese(chosen_value[0]) else None
            show_again()

        roc.toggled.connect(era_chosen)
    if len(languages) > 1:

        def chosen(index: int) -> None:
            chosen_value[0] = languages[index][0]
            if roc is not None:
                roc.setEnabled(chinese(chosen_value[0]))
                era[0] = Era.ROC.value if roc.isChecked() and roc.isEnabled() else None
            show_again()

        _language_box(dialog, languages).currentIndexChanged.connect(chosen)
    available = parent.screen().availableGeometry()
    toolbar = dialog.findChild(QToolBar)
    wide = max(900, toolbar.sizeHint().width() + 24 if toolbar is not None else 0)
    dialog.resize(min(wide, available.width() - 40), min(1000, available.height() - 60))
    dialog.exec()


def _era_box(dialog: QPrintPreviewDialog) -> QCheckBox:
    """Whether Chinese dates count the years of the Republic, at the start of the tool bar."""
    box = QCheckBox(QCoreApplication.translate("Printing", "ROC years"))
    box.setObjectName("rocEra")
    box.setToolTip(
        QCoreApplication.translate(
            "Printing", "Chinese dates count the years of the Republic of China: 中華民國114年"
        )
    )
    box.setContentsMargins(4, 0, 4, 0)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        first = toolbar.actions()[0] if toolbar.actions() else None
        toolbar.insertWidget(first, box)  # type: ignore[arg-type]
        if first is not None:
            toolbar.insertSeparator(first)
    return box


def _language_box(dialog: QPrintPreviewDialog, languages: Sequence[tuple[str, str]]) -> QComboBox:
    """The document's language, at the end of the preview's tool bar."""
    box = QComboBox()
    box.setObjectName("documentLanguage")
    for value, words in languages:
        box.addItem(words, value)
    label = QLabel(QCoreApplication.translate("Printing", "Language:"))
    label.setBuddy(box)
    label.setContentsMargins(4, 0, 4, 0)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:  # first, where it is seen, however narrow the window
        first = toolbar.actions()[0] if toolbar.actions() else None
        for widget in (label, box):
            toolbar.insertWidget(first, widget)  # type: ignore[arg-type]
        if first is not None:
            toolbar.insertSeparator(first)
    return box
