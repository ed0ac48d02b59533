"""Print preview of the same pages the PDF exports make, in a language of the visit chosen in
the preview itself."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolBar, QWidget

from planner.domain.model import VisitPlan
from planner.export import pdf
from planner.export.language import IN_ENGLISH, DocumentLanguage

LanguageOf = Callable[[str], DocumentLanguage]


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
    first; `language_of` makes a value the document's language. With more than one, the
    preview's tool bar offers them, and shows the pages again in the one chosen.
    """

    def make(value: str | None) -> pdf.PrintJob:
        words = language_of(value) if language_of is not None and value else IN_ENGLISH
        return print_job(plan, what, event_key, guests_first=guests_first, language=words)

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
    dialog.paintRequested.connect(
        lambda device: pdf.paint_pages(shown[0], device, device.pageLayout())
    )
    if len(languages) > 1:

        def chosen(index: int) -> None:
            try:
                shown[0] = make(languages[index][0])
            except Exception as error:
                _warn(dialog, error)
                return
            printer.setDocName(shown[0].title)
            dialog.setWindowTitle(_title(shown[0]))
            pages = dialog.findChild(QPrintPreviewWidget)
            if pages is not None:
                pages.updatePreview()

        _language_box(dialog, languages).currentIndexChanged.connect(chosen)
    available = parent.screen().availableGeometry()
    toolbar = dialog.findChild(QToolBar)
    wide = max(900, toolbar.sizeHint().width() + 24 if toolbar is not None else 0)
    dialog.resize(min(wide, available.width() - 40), min(1000, available.height() - 60))
    dialog.exec()


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
