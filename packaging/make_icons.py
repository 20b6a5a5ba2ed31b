"""Render resources/icons/gridapp.svg into the PNG and ICO files the app and installers use.

Run after editing the SVG: ``.venv/bin/python packaging/make_icons.py``. Uses Qt's SVG renderer
(PySide6, already a dependency) and Pillow (comes with reportlab) for the multi-size Windows .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "gridapp.svg"))
    if not renderer.isValid():
        sys.stderr.write("gridapp.svg is not a valid SVG\n")
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    images[256].save(ICONS / "gridapp.png", optimize=True)
    for size in (16, 32, 48, 128, 512):
        images[size].save(ICONS / f"gridapp-{size}.png", optimize=True)
    largest = images[256]
    largest.save(
        ICONS / "gridapp.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    print(f"wrote {ICONS}/gridapp.png, gridapp-*.png, gridapp.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
