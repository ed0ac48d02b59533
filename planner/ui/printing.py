"""Print preview of the same pages the PDF exports make."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.model import VisitPlan
from planner.export import pdf


def print_job(
    plan: VisitPlan, what: str, event_key: str | None, *, guests_first: bool = False
) -> pdf.PrintJob:
    if what == "programme":
        return pdf.programme_booklet(plan)
    return pdf.attendee_sheet(plan, event_key, guests_first=guests_first)


def preview_job(
    parent: QWidget,
    plan: VisitPlan,
    what: str,
    event_key: str | None,
    *,
    guests_first: bool = False,
) -> None:
    """Show the attendee sheet (of one item, else the delegation) or the programme."""
    try:
        job = print_job(plan, what, event_key, guests_first=guests_first)
    except Exception as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Printing", "Print preview"), str(error)
        )
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(pdf.page_layout(pdf.PaperSize.A4))
    printer.setDocName(job.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print preview — {title}").format(title=job.title)
    )
    dialog.paintRequested.connect(lambda device: pdf.paint_pages(job, device, device.pageLayout()))
    available = parent.screen().availableGeometry()
    dialog.resize(min(900, available.width() - 40), min(1000, available.height() - 60))
    dialog.exec()
