"""The household QR code: reportlab's own QR widget encodes it, the canvas draws its modules.

The widget's matrix is drawn as one filled path (runs of dark modules per row) instead of going
through ``renderPDF``: that is several times faster on large batches and does not drag an
unembedded Helvetica into the document.
"""

from __future__ import annotations

import itertools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

BORDER = 4  # quiet zone, in modules, as the QR standard asks


def qr_matrix(value: str) -> list[list[bool]]:
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return [[bool(cell) for cell in row] for row in widget.qr.modules]


def draw_qr(c: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A square QR code of ``size`` points (quiet zone included) with its lower left at x, y.

    The modules are written in module units (integers) under one scaling transform: one
    ``re`` operator per run of dark modules in a row, then a single fill."""
    matrix = qr_matrix(value)
    n = len(matrix)
    box = size / (n + 2 * BORDER)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        col = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                ops.append(f"{BORDER + col} {n - 1 - r + BORDER} {count} 1 re")
            col += count
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.translate(x, y)
    c.scale(box, box)
    c.addLiteral("\n".join(ops) + "\nf")
    c.restoreState()
