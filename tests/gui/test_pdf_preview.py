"""The print preview and printing, in-process: pages shown, every page printed, no print
button for a file that cannot be read."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.core.test_pdf_render import two_pages


def test_preview_shows_every_page_and_prints_them_all(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter
    from PySide6.QtWidgets import QLabel

    from gridapp.ui.widgets.pdf_preview import PdfPreview, print_to

    pdf = two_pages(tmp_path / "走访表.pdf")
    preview = PdfPreview(pdf)
    qtbot.addWidget(preview)
    assert len(preview.pages) == 2 and preview.print_button.isEnabled()
    shown = [lbl for lbl in preview.findChildren(QLabel) if not lbl.pixmap().isNull()]
    assert len(shown) == 2 and shown[0].pixmap().width() > 400

    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))  # a paged device standing in for the printer
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert print_to(writer, pdf) == 2
    del writer
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert [line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")] == [
        "2"
    ]


def test_an_unreadable_pdf_says_so_and_cannot_be_printed(qtbot: QtBot, tmp_path: Path) -> None:
    from gridapp.ui.widgets.pdf_preview import PdfPreview

    bad = tmp_path / "坏.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    preview: Any = PdfPreview(bad)
    qtbot.addWidget(preview)
    assert preview.pages == [] and not preview.print_button.isEnabled()
    from PySide6.QtWidgets import QLabel

    texts = " ".join(lbl.text() for lbl in preview.findChildren(QLabel))
    assert "已损坏" in texts
