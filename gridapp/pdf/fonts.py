"""The shipped CJK font (WenQuanYi Micro Hei), registered once per process.

reportlab embeds TrueType fonts as subsets, so the PDF carries only the glyphs it uses and its
text stays selectable and searchable. The font has no bold face: headings are drawn with a thin
outline (text render mode 2), see ``layout.bold``.
"""

from __future__ import annotations

import functools
import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gridapp import paths
from gridapp.services.common import ServiceError

FONT = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()


def font_path() -> str:
    return str(paths.resources_dir() / "fonts" / FONT_FILE)


def ensure_font() -> str:
    """Register the font (first call only) and return its name."""
    with _lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return FONT
        path = font_path()
        try:
            font = TTFont(FONT, path, subfontIndex=0)
        except Exception as exc:  # a missing or damaged font file is an installation problem
            raise ServiceError(f"找不到或无法读取中文字体文件 {path}，请重新安装本程序") from exc
        pdfmetrics.registerFont(font)
        return FONT


MISSING = "□"  # what a character the font cannot draw becomes: visible, never silently gone


@functools.lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    ensure_font()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def printable(text: str) -> str:
    """``text`` with every character the shipped font has no glyph for (emoji, rare
    extension-B ideographs) shown as □, so a printed name never loses a character unseen."""
    if text.isascii():
        return text
    drawable = _drawable()
    return "".join(ch if ord(ch) in drawable or ch.isspace() else MISSING for ch in text)
