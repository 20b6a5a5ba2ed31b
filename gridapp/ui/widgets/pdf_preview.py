"""Preview of a generated PDF before printing: its pages rendered in-process by pdfium
(``gridapp.pdf.render``), the system print dialog, open in a viewer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridapp.pdf import render
from gridapp.services.common import CancelFlag, Progress, ServiceError

if TYPE_CHECKING:
    from gridapp.ui.tasks import Task

MAX_PAGES = 30  # shown in the preview; printing sends every page
PREVIEW_DPI = 60
PRINT_DPI = 300


def to_image(page: render.PageImage) -> QImage:
    """A rendered page as a QImage that owns its pixels."""
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # the QImage above only borrows ``page.rgb``


def preview_pages(pdf: Path, last: int = MAX_PAGES) -> tuple[list[QImage], str]:
    """The first ``last`` pages, and "" or what went wrong (a damaged file)."""
    try:
        return [to_image(p) for p in render.pages(pdf, PREVIEW_DPI, last=last)], ""
    except ServiceError as exc:
        return [], str(exc)


class PdfPreview(QDialog):
    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pdf = pdf
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", pdf.name))
        self.pages, problem = preview_pages(pdf)
        column = QWidget()
        c_layout = QVBoxLayout(column)
        if not self.pages:
            text = self.tr("No preview available; the file was saved to %1").replace("%1", str(pdf))
            c_layout.addWidget(QLabel(f"{text}\n{problem}" if problem else text))
        for image in self.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background:white; border:1px solid #bbb;")
            c_layout.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        saved = self.tr("Saved to %1").replace("%1", str(pdf))
        total = render.page_count(pdf) if self.pages else 0
        if total > len(self.pages):  # the preview stops early; printing sends them all
            saved += self.tr(" (the first %1 of %2 pages shown)")
            saved = saved.replace("%1", str(len(self.pages))).replace("%2", str(total))
        info = QLabel(saved)
        info.setWordWrap(True)
        print_btn = QPushButton(self.tr("Print…"))
        print_btn.setObjectName("previewPrint")
        print_btn.clicked.connect(self.print_pdf)
        print_btn.setEnabled(bool(self.pages))  # nothing to print from an unreadable file
        self.print_button = print_btn
        open_btn = QPushButton(self.tr("Open in viewer"))
        open_btn.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))
        )
        close_btn = QPushButton(self.tr("Close"))
        close_btn.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(info, 1)
        buttons.addWidget(print_btn)
        buttons.addWidget(open_btn)
        buttons.addWidget(close_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(720, 760)

    def print_pdf(self) -> None:
        """The system print dialog; pages are rendered again at 300 dpi, one at a time."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_on(printer)

    def print_on(self, printer: object) -> Task:
        """Send the pages to ``printer`` off the GUI thread (Qt paints on a QPrinter from any
        thread), with progress and cancel."""
        from gridapp.ui.tasks import run_blocking

        total = len(self.pages) if len(self.pages) < MAX_PAGES else render.page_count(self.pdf)
        pdf = self.pdf

        def job(progress: Progress, cancel: CancelFlag) -> int:
            return print_to(printer, pdf, progress, cancel, total)

        return run_blocking(self, self.tr("Printing…"), job)


def print_to(
    printer: object,
    pdf: Path,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    total: int = 0,
) -> int:
    """Every page of ``pdf`` onto ``printer`` (a QPrinter or any QPagedPaintDevice), each
    scaled to the printable area keeping its shape; the number of pages sent. A cancel stops
    after the page being sent (what the printer has is not taken back)."""
    from PySide6.QtGui import QPagedPaintDevice

    assert isinstance(printer, QPagedPaintDevice)
    painter = QPainter(printer)
    sent = 0
    try:
        for page in render.pages(pdf, PRINT_DPI):
            if progress is not None:
                progress(sent, total, "")
            if cancel is not None:
                cancel.check()
            if sent:
                printer.newPage()
            image = to_image(page)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
            sent += 1
    finally:
        painter.end()
    return sent


def show_pdf(parent: QWidget | None, pdf: Path) -> None:
    """Show the preview (tests replace this function)."""
    PdfPreview(pdf, parent).exec()
