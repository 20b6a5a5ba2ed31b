"""The A4 page every printed form is drawn on: the frame inside the margins, a document that
lands in its file only when complete, and the ruled tables the forms share."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from gridapp.pdf.layout import INK, MARGIN, PAGE_H, PAGE_W, SHADE, atomic_output, fitted, new_canvas

LEFT: float = MARGIN
RIGHT: float = PAGE_W - MARGIN
TOP: float = PAGE_H - MARGIN
FRAME_W: float = PAGE_W - 2 * MARGIN


@contextlib.contextmanager
def document(out_path: Path, title: str, subject: str = "") -> Iterator[Canvas]:
    """A canvas on a temporary file: saved and renamed onto ``out_path`` when the block ends
    without an error (the block ends each page with ``showPage``)."""
    with atomic_output(out_path) as tmp:
        c = new_canvas(tmp, title, subject)
        yield c
        c.save()


def columns(cols: Sequence[tuple[str, float]], total: float) -> tuple[list[float], list[float]]:
    """Widths and left edges (plus the right edge) of table columns across ``total``; the last
    column, given as 0, takes what is left."""
    widths = [w for _, w in cols]
    widths[-1] = total - sum(widths)
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    return widths, xs


def header_row(
    c: Canvas,
    y: float,
    cols: Sequence[tuple[str, float]],
    xs: Sequence[float],
    widths: Sequence[float],
    h: float,
    *,
    size: float,
    baseline: float,
) -> None:
    """The shaded row of column labels below ``y``, across the frame."""
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, y - h, FRAME_W, h, stroke=0, fill=1)
    c.setFillColorRGB(*INK)
    for (label, _), x, w in zip(cols, xs, widths, strict=False):
        fitted(c, x + 2, y - h + baseline, label, size, w - 4, align="center")
