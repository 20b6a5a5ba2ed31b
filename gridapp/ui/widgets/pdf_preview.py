"""Preview of a generated PDF before printing: the pages rendered to images with ``pdftoppm``
(QtPdf is not part of the PySide6 build we ship), the system print dialog, open in a viewer."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MAX_PAGES = 30


def render_pages(pdf: Path, folder: Path, dpi: int = 60, last: int = MAX_PAGES) -> list[Path]:
    """PNG files of the first ``last`` pages; empty when pdftoppm is missing or fails."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    try:
        subprocess.run(
            [tool, "-png", "-r", str(dpi), "-f", "1", "-l", str(last), str(pdf), str(folder / "p")],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(folder.glob("p*.png"))


class PdfPreview(QDialog):
    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pdf = pdf
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", pdf.name))
        self._tmp = tempfile.TemporaryDirectory(prefix="gridapp-preview-")
        self.pages = render_pages(pdf, Path(self._tmp.name))
        column = QWidget()
        c_layout = QVBoxLayout(column)
        if not self.pages:
            c_layout.addWidget(
                QLabel(
                    self.tr("No preview available; the file was saved to %1").replace(
                        "%1", str(pdf)
                    )
                )
            )
        for page in self.pages:
            label = QLabel()
            label.setPixmap(QPixmap(str(page)))
            label.setStyleSheet("background:white; border:1px solid #bbb;")
            c_layout.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        info = QLabel(self.tr("Saved to %1").replace("%1", str(pdf)))
        info.setWordWrap(True)
        print_btn = QPushButton(self.tr("Print…"))
        print_btn.setObjectName("previewPrint")
        print_btn.clicked.connect(self.print_pdf)
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
        """The system print dialog; pages are rendered again at 300 dpi for the printer."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with tempfile.TemporaryDirectory(prefix="gridapp-print-") as tmp:
            pages = render_pages(self.pdf, Path(tmp), dpi=300, last=10_000)
            painter = QPainter(printer)
            try:
                for k, page in enumerate(pages):
                    if k:
                        printer.newPage()
                    image = QPixmap(str(page))
                    rect = painter.viewport()
                    painter.drawPixmap(
                        0, 0, image.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    )
            finally:
                painter.end()

    def done(self, result: int) -> None:
        self._tmp.cleanup()
        super().done(result)


def show_pdf(parent: QWidget | None, pdf: Path) -> None:
    """Show the preview (tests replace this function)."""
    PdfPreview(pdf, parent).exec()
