"""PDF pages rendered in-process (pdfium): sizes, pixels where the drawing is, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from gridapp.pdf import render
from gridapp.services.common import ServiceError


def two_pages(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(0, A4[1] - 72, 72, 72, stroke=0, fill=1)  # a black inch at the top left
    c.showPage()
    c.drawString(100, 700, "第二页")
    c.showPage()
    c.save()
    return path


def pixel(page: render.PageImage, x: int, y: int) -> tuple[int, int, int]:
    at = y * page.stride + 3 * x
    r, g, b = page.rgb[at : at + 3]
    return r, g, b


def test_pages_at_a_resolution_with_the_drawing_where_it_was_drawn(tmp_path: Path) -> None:
    pdf = two_pages(tmp_path / "p.pdf")
    assert render.page_count(pdf) == 2
    first, second = render.pages(pdf, dpi=72)
    assert (first.number, second.number) == (1, 2)
    assert abs(first.width - A4[0]) <= 1 and abs(first.height - A4[1]) <= 1  # pdfium rounds up
    assert len(first.rgb) == first.stride * first.height
    assert pixel(first, 36, 36) == (0, 0, 0)  # inside the black inch
    assert pixel(first, 300, 400) == (255, 255, 255)
    assert [p.number for p in render.pages(pdf, dpi=30, first=2)] == [2]
    big = next(render.pages(pdf, dpi=144, last=1))
    assert abs(big.width - 2 * A4[0]) <= 1


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 nothing else", b"\x00" * 4096])
def test_a_damaged_pdf_is_a_message(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "坏.pdf"
    bad.write_bytes(content)
    with pytest.raises(ServiceError, match=r"坏\.pdf"):
        list(render.pages(bad, dpi=60))
    with pytest.raises(ServiceError, match="已损坏"):
        render.page_count(bad)
