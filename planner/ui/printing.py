"""Print preview of the same pages the PDF exports make, in a language of the visit chosen in
the preview itself."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMessageBox, QToolBar, QWidget

from planner.domain.errors import PlannerError
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import Event, VisitPlan
from planner.export import pdf
from planner.export.language import IN_ENGLISH, DocumentLanguage, Era
from planner.ui import words as window_words
from planner.ui.seating_controls import item_title

# A choice of the tool bar (a language, or `bilingual`) and the era its Chinese dates count
# years in (None: the Gregorian years) made the document's language.
LanguageOf = Callable[[str, str | None], DocumentLanguage]


# What an item's seating is printed as (planner.export.seating_pdf).
SEATING_DOCUMENTS = ("table-plan", "place-cards", "badges")
BADGES_PER_SHEET = (8, 4, 1)  # the first is what the preview starts with


@dataclass(frozen=True)
class Sheets:
    """How a drawn document is laid on paper: a table plan's `paper`, badges `per_page`."""

    paper: pdf.PaperSize = pdf.PaperSize.A4
    per_page: int = BADGES_PER_SHEET[0]


def print_job(
    plan: VisitPlan,
    what: str,
    event_key: str | None,
    *,
    guests_first: bool = False,
    language: DocumentLanguage = IN_ENGLISH,
    sheets: Sheets = Sheets(),
) -> pdf.PrintJob | pdf.DrawnJob:
    """The pages of `what`: the `programme`, an attendee `sheet` (of one item, else the
    delegation), or an item's `table-plan`, `place-cards` or `badges` (badges of everyone
    in the visit without an item)."""
    if what == "programme":
        return pdf.programme_booklet(plan, language)
    if what in SEATING_DOCUMENTS:
        from planner.export import seating_pdf

        event = plan.events_by_key.get(event_key) if event_key is not None else None
        if event is not None:
            _check_seating_document(plan, what, event)
        if what == "badges":
            return seating_pdf.badges(plan, event_key, sheets.per_page, language)
        if event_key is None:
            raise PlannerError(
                QCoreApplication.translate("Printing", "Choose the programme item first.")
            )
        if what == "table-plan":
            return seating_pdf.table_plan(plan, event_key, sheets.paper, language)
        return seating_pdf.place_cards(plan, event_key, language)
    return pdf.attendee_sheet(plan, event_key, guests_first=guests_first, language=language)


def _check_seating_document(plan: VisitPlan, what: str, event: Event) -> None:
    """Refuse, in the window's words and naming the item by its title, an item's document
    that has nothing to show (planner.export.seating_pdf refuses it in English, by keys)."""
    from planner.export import seating_pdf

    title = item_title(plan, event)
    if what == "table-plan" and not seating_pdf.has_table_plan(event):
        text = QCoreApplication.translate(
            "Printing", "“{title}” has no seating plan yet: propose one on the Seating tab first."
        )
    elif what == "place-cards" and not seating_pdf.card_people(plan, event):
        text = QCoreApplication.translate(
            "Printing", "Nobody is seated at “{title}”: there are no place cards to make."
        )
    elif what == "badges" and not seating_pdf.badge_people(plan, event):
        text = QCoreApplication.translate(
            "Printing", "Nobody takes part in “{title}”: there are no badges to make."
        )
    else:
        return
    raise PlannerError(text.format(title=title))


def _title(job: pdf.PrintJob | pdf.DrawnJob) -> str:
    return QCoreApplication.translate("Printing", "Print preview — {title}").format(title=job.title)


def _warn(parent: QWidget, error: Exception) -> None:
    """What went wrong, in the window's language where the error can say it so."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Printing", "Print preview"),
        window_words.error_text(error),
    )


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
    sheets = [Sheets()]

    def make(value: str | None) -> pdf.PrintJob | pdf.DrawnJob:
        words = language_of(value, era[0]) if language_of is not None and value else IN_ENGLISH
        return print_job(
            plan, what, event_key, guests_first=guests_first, language=words, sheets=sheets[0]
        )

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
    printer.setPageLayout(
        job.page_layout() if isinstance(job, pdf.DrawnJob) else pdf.page_layout(pdf.PaperSize.A4)
    )
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
        if isinstance(shown[0], pdf.DrawnJob):
            printer.setPageLayout(shown[0].page_layout())
        dialog.setWindowTitle(_title(shown[0]))
        pages = dialog.findChild(QPrintPreviewWidget)
        if pages is not None:
            pages.updatePreview()

    if what == "table-plan":  # the boxes each go first: this one ends up after the others

        def paper_chosen(index: int) -> None:
            sheets[0] = replace(sheets[0], paper=PAPERS[index][0])
            show_again()

        papers = [(paper.value, QCoreApplication.translate("Printing", w)) for paper, w in PAPERS]
        box = _choice_box(dialog, QCoreApplication.translate("Printing", "Paper:"), papers)
        box.setObjectName("paper")
        box.currentIndexChanged.connect(paper_chosen)
    elif what == "badges":

        def count_chosen(index: int) -> None:
            sheets[0] = replace(sheets[0], per_page=BADGES_PER_SHEET[index])
            show_again()

        counts = [(str(count), _per_sheet(count)) for count in BADGES_PER_SHEET]
        box = _choice_box(dialog, QCoreApplication.translate("Printing", "Badges:"), counts)
        box.setObjectName("badgesPerSheet")
        box.setToolTip(
            QCoreApplication.translate(
                "Printing",
                "4 or 8 badges to an A4 sheet with cut marks, or 1 a page for a badge printer",
            )
        )
        box.currentIndexChanged.connect(count_chosen)
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
    """The document's language, first in the preview's tool bar."""
    box = _choice_box(dialog, QCoreApplication.translate("Printing", "Language:"), languages)
    box.setObjectName("documentLanguage")
    return box


def _choice_box(
    dialog: QPrintPreviewDialog, text: str, choices: Sequence[tuple[str, str]]
) -> QComboBox:
    """A labelled choice of (value, words), put first in the preview's tool bar, where it is
    seen however narrow the window."""
    box = QComboBox()
    for value, words in choices:
        box.addItem(words, value)
    label = QLabel(text)
    label.setBuddy(box)
    label.setContentsMargins(4, 0, 4, 0)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        first = toolbar.actions()[0] if toolbar.actions() else None
        for widget in (label, box):
            toolbar.insertWidget(first, widget)  # type: ignore[arg-type]
        if first is not None:
            toolbar.insertSeparator(first)
    return box


# The papers a table plan is printed on, A3 for the easel at the entrance.
PAPERS = (
    (pdf.PaperSize.A4, "A4"),
    (pdf.PaperSize.A3, "A3"),
    (pdf.PaperSize.LETTER, QT_TRANSLATE_NOOP("Printing", "Letter")),
)


def _per_sheet(count: int) -> str:
    """How many badges to a page, short enough for the tool bar to keep its print button."""
    if count == 1:
        return QCoreApplication.translate("Printing", "1 a page")
    return QCoreApplication.translate("Printing", "{count} a sheet").format(count=count)
