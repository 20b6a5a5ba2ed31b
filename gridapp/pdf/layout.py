"""Drawing helpers shared by the documents: CJK wrapping, fitting, boxes, safe file writing."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from gridapp.pdf.fonts import FONT, ensure_font, printable

PAGE_W: float = float(A4[0])
PAGE_H: float = float(A4[1])
MARGIN: float = 15 * mm
INK = (0.1, 0.1, 0.12)
GREY = (0.45, 0.45, 0.5)
RULE = (0.55, 0.58, 0.62)
SHADE = (0.93, 0.95, 0.97)
ACCENT = (0.11, 0.33, 0.6)
ALERT = (0.75, 0.12, 0.1)

_OPEN = "（《“‘(["
_CLOSE = "，。、；：！？）》”’,.;:!?)]"


@functools.lru_cache(maxsize=8192)
def width(text: str, size: float) -> float:
    """Text width in points (cached: labels repeat on every page of a batch)."""
    return float(stringWidth(text, FONT, size))


def wrap(text: str, size: float, max_width: float, max_lines: int = 0) -> list[str]:
    """Break text into lines no wider than ``max_width`` (CJK breaks between any characters;
    latin words and numbers are kept whole when they fit). ``max_lines`` > 0 truncates with "…"."""
    lines: list[str] = []
    for paragraph in (text or "").replace("\r", "").split("\n"):
        tokens = _tokens(paragraph)
        line = ""
        for token in tokens:
            if width(line + token, size) <= max_width:
                line += token
                continue
            if token in _CLOSE and len(line) > 1:  # no closing punctuation at a line start:
                lines.append(line[:-1].rstrip())  # the last character goes down with it
                line = line[-1] + token
                continue
            if line:
                lines.append(line.rstrip())
                line = ""
            token = token.lstrip() if not line else token
            while width(token, size) > max_width and len(token) > 1:  # a very long word
                cut = len(token)
                while cut > 1 and width(token[:cut], size) > max_width:
                    cut -= 1
                lines.append(token[:cut])
                token = token[cut:]
            line = token
        lines.append(line.rstrip())
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = ellipsize(lines[-1] + "……", size, max_width)
    return lines


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "-_./@:+"):
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def ellipsize(text: str, size: float, max_width: float) -> str:
    if width(text, size) <= max_width:
        return text
    while text and width(text + "…", size) > max_width:
        text = text[:-1]
    return text + "…"


def fit_size(text: str, size: float, max_width: float, min_size: float = 6.0) -> float:
    """The largest size ≤ ``size`` at which ``text`` fits in ``max_width`` (never below min)."""
    if not text:
        return size
    w = width(text, size)
    if w <= max_width:
        return size
    return max(min_size, size * max_width / w - 0.05)


def fitted(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    max_width: float,
    min_size: float = 6.0,
    align: str = "left",
) -> None:
    """Draw one line: shrink a long value down to ``min_size``, then cut it with "…"."""
    s = fit_size(text, size, max_width, min_size)
    text = ellipsize(text, s, max_width)
    c.setFont(FONT, s)
    if align == "center":
        c.drawCentredString(x + max_width / 2, y, text)
    elif align == "right":
        c.drawRightString(x + max_width, y, text)
    else:
        c.drawString(x, y, text)


def bold(c: Canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """The font has no bold face: fill and outline the glyphs thinly, in the fill colour."""
    c.saveState()
    c.setStrokeColor(c._fillColorObj)
    c.setLineWidth(size * 0.035)
    t = c.beginText()
    t.setFont(FONT, size)
    t.setTextRenderMode(2)
    w = width(text, size)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    t.setTextOrigin(x, y)
    t.textOut(printable(text))
    t.setTextRenderMode(0)
    c.drawText(t)
    c.restoreState()


def checkbox(c: Canvas, x: float, y: float, label: str, size: float = 9.5) -> float:
    """□ label; returns the x after it."""
    box = size * 0.85
    c.setLineWidth(0.6)
    c.rect(x, y - 1, box, box, stroke=1, fill=0)
    c.setFont(FONT, size)
    c.drawString(x + box + 2.5, y, label)
    return x + box + 2.5 + width(label, size) + size * 1.1


class _Canvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Every string drawn goes through ``fonts.printable`` (one place for all documents)."""

    def drawString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        super().drawString(x, y, printable(text), *args, **kw)

    def drawRightString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        super().drawRightString(x, y, printable(text), *args, **kw)

    def drawCentredString(self, x: float, y: float, text: str, *args: object, **kw: object) -> None:
        super().drawCentredString(x, y, printable(text), *args, **kw)


def new_canvas(path: Path, title: str, subject: str = "") -> Canvas:
    ensure_font()
    c = _Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=FONT, initialFontSize=10)
    c.setTitle(title)
    c.setAuthor("网格台账")
    c.setCreator("gridapp")
    if subject:
        c.setSubject(subject)
    return c


@contextlib.contextmanager
def atomic_output(out_path: Path) -> Iterator[Path]:
    """A temporary file beside ``out_path``, renamed onto it only when the block succeeds."""
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".gridapp-", suffix=".pdf.part", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a print-out is not
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def footer(c: Canvas, left: str, right: str) -> None:
    c.setFillColorRGB(*GREY)
    c.setFont(FONT, 7.5)
    c.drawString(MARGIN, 9 * mm, left)
    c.drawRightString(PAGE_W - MARGIN, 9 * mm, right)
    c.setFillColorRGB(*INK)


def cell_text(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    text: str,
    size: float,
    align: str = "left",
    pad: float = 3.0,
    min_size: float = 7.5,
) -> None:
    """Text inside a table cell (x, y lower left): one line, shrunk down to ``min_size``; a
    longer value goes on two smaller lines when the cell is tall enough; then "…"."""
    inner = w - 2 * pad
    s = fit_size(text, size, inner, min_size)
    if width(text, s) <= inner or h < 2 * 6.5 + 2:
        fitted(c, x + pad, y + h / 2 - s * 0.36, text, s, inner, min_size=min_size, align=align)
        return
    small = max(6.0, min(size, (h - 2) / 2.1))
    lines = wrap(text, small, inner, max_lines=2)
    c.setFont(FONT, small)
    lead = small * 1.05
    base = y + h / 2 + lead / 2 - small * 0.36
    for k, line in enumerate(lines):
        yy = base - k * lead
        if align == "center":
            c.drawCentredString(x + w / 2, yy, line)
        else:
            c.drawString(x + pad, yy, line)
