"""网格员公示牌: the grid's contact notice for building entrances, in large type."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from gridapp.pdf.data import NoticeData, WorkerRow
from gridapp.pdf.fonts import FONT
from gridapp.pdf.layout import (
    ACCENT,
    ALERT,
    GREY,
    INK,
    PAGE_H,
    PAGE_W,
    RULE,
    SHADE,
    bold,
    ellipsize,
    fit_size,
    fitted,
    wrap,
)
from gridapp.pdf.page import FRAME_W, LEFT, RIGHT, document
from gridapp.services import worker_photo
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress

MAX_WORKERS = 6


def write_notice(
    notice: NoticeData,
    out_path: Path,
    *,
    printed_on: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> int:
    printed_on = printed_on or dt.date.today()
    cancel.check()
    with document(out_path, f"网格员公示牌 {notice.grid}") as c:
        draw_notice(c, notice, printed_on)
        c.showPage()
    progress(1, 1, "公示牌已生成")
    return 1


def _photo(w: WorkerRow) -> ImageReader | None:
    """The photo kept in the register, else an older register's file (cropped to the box
    the way a stored photo is); None: the empty box."""
    if w.photo_jpeg:
        with contextlib.suppress(Exception):  # an unreadable photo gets the placeholder
            return ImageReader(io.BytesIO(w.photo_jpeg))
    data = worker_photo.stored_or_file(None, w.photo)
    if data is None:
        return None
    with contextlib.suppress(ServiceError):
        return ImageReader(io.BytesIO(worker_photo.prepare(data)))
    return None


def _card(c: Canvas, w: WorkerRow, x: float, y: float, cw: float, ch: float) -> None:
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.8)
    c.roundRect(x, y, cw, ch, 6, stroke=1, fill=0)
    ph_w, ph_h = ch * 0.62, ch - 20
    px, py = x + 10, y + 10
    image = _photo(w)
    if image is not None:
        c.drawImage(image, px, py, ph_w, ph_h, preserveAspectRatio=True, anchor="c")
    else:
        c.setFillColorRGB(*SHADE)
        c.rect(px, py, ph_w, ph_h, stroke=1, fill=1)
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 10)
        c.drawCentredString(px + ph_w / 2, py + ph_h / 2 - 4, "照片")
    c.setFillColorRGB(*INK)
    tx = px + ph_w + 12
    tw = x + cw - tx - 8
    name_size = fit_size(w.name, 26, tw, 14)
    c.setFillColorRGB(*INK)
    bold(c, tx, y + ch - 36, ellipsize(w.name, name_size, tw), name_size)
    c.setFillColorRGB(*ACCENT)
    fitted(c, tx, y + ch - 58, w.role, 14, tw)
    c.setFillColorRGB(*INK)
    c.setFont(FONT, 11)
    c.drawString(tx, y + 36, "联系电话")
    bold(c, tx, y + 14, w.phone or "—", fit_size(w.phone or "—", 22, tw, 12))


def draw_notice(c: Canvas, n: NoticeData, printed_on: dt.date) -> None:
    band = 112.0
    c.setFillColorRGB(*ACCENT)
    c.rect(0, PAGE_H - band, PAGE_W, band, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    bold(c, PAGE_W / 2, PAGE_H - 62, "网格员公示牌", 38, align="center")
    where = " · ".join(p for p in (n.street, n.community) if p)
    c.setFont(FONT, 14)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 90, where)
    workers = list(n.workers[:MAX_WORKERS])
    scope = wrap(f"网格范围：{n.scope}", 13, FRAME_W - 40, max_lines=3) if n.scope else []
    hours = wrap(n.service_hours or "工作日 8:30-18:00", 15, FRAME_W - 150, max_lines=2)
    cols = 2 if len(workers) > 3 else 1
    rows = max(1, (len(workers) + cols - 1) // cols)
    gap = 12.0
    box_h = 80 + 22 * len(hours)
    room = PAGE_H - band - 70  # down to the slogan
    fixed = 72 + 19 * len(scope) + 8 + (rows - 1) * gap + 26 + box_h
    ch = max(104.0, min(150.0, (room - fixed) / rows)) if workers else 60.0
    needed = fixed + rows * ch
    slack = max(0.0, room - needed)
    c.setFillColorRGB(*ACCENT)
    y = PAGE_H - band - 46 - slack * 0.35
    size = fit_size(n.grid, 30, FRAME_W, 16)
    bold(c, PAGE_W / 2, y, n.grid, size, align="center")
    c.setFillColorRGB(*INK)
    y -= 26
    for line in scope:
        c.setFont(FONT, 13)
        c.drawCentredString(PAGE_W / 2, y, line)
        y -= 19
    y -= 8 + slack * 0.2

    if workers:
        two_cols = cols == 2
        cw = (FRAME_W - gap * (cols - 1)) / cols if two_cols else FRAME_W * 0.8
        for i, w in enumerate(workers):
            r, k = divmod(i, cols)
            x = LEFT + k * (cw + gap) if two_cols else LEFT + (FRAME_W - cw) / 2
            _card(c, w, x, y - (r + 1) * ch - r * gap, cw, ch)
        y -= rows * ch + (rows - 1) * gap
    else:
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 14)
        c.drawCentredString(PAGE_W / 2, y - 36, "（本网格尚未登记公开的网格员）")
        c.setFillColorRGB(*INK)
        y -= ch

    # service hours and duty phone
    y -= 26 + slack * 0.2
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(1.2)
    box_y = max(y - box_h, 62)
    c.roundRect(LEFT, box_y, FRAME_W, y - box_y, 8, stroke=1, fill=0)
    yy = y - 32
    c.setFillColorRGB(*ACCENT)
    bold(c, LEFT + 20, yy, "服务时间", 16)
    c.setFillColorRGB(*INK)
    for line in hours:
        c.setFont(FONT, 15)
        c.drawString(LEFT + 110, yy, line)
        yy -= 22
    yy -= 22
    c.setFillColorRGB(*ACCENT)
    bold(c, LEFT + 20, yy, "值班电话", 16)
    if n.duty_phone:
        c.setFillColorRGB(*ALERT)
        bold(c, LEFT + 110, yy - 4, n.duty_phone, fit_size(n.duty_phone, 32, FRAME_W - 130, 16))
    else:
        c.setFillColorRGB(*INK)
        c.setFont(FONT, 15)
        c.drawString(LEFT + 110, yy, "请拨打上方网格员电话")
    c.setFillColorRGB(*GREY)
    c.setFont(FONT, 12)
    c.drawCentredString(PAGE_W / 2, 40, "有事找网格 · 服务零距离")
    c.setFont(FONT, 7.5)
    c.drawRightString(RIGHT, 22, f"更新于 {printed_on:%Y-%m-%d}")
    c.setFillColorRGB(*INK)
