"""入户走访记录表: one A4 page per household, drawn straight onto the canvas page by page.

Nothing is kept per page once it is drawn, so a batch of thousands of forms streams: the
sheets come from an iterator (``data.iter_sheets``), progress is reported and the cancel flag
checked between pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridapp.domain import idcard
from gridapp.domain import visit_form as form
from gridapp.pdf.data import HouseholdSheet
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
    cell_text,
    checkbox,
    ellipsize,
    fitted,
    footer,
    width,
    wrap,
)
from gridapp.pdf.page import FRAME_W, LEFT, RIGHT, TOP, document
from gridapp.pdf.qr import draw_qr
from gridapp.services.common import NEVER, CancelFlag, Progress, no_progress
from gridapp.services.visits import PAPER_FORM

BOTTOM: float = 14 * mm  # above the footer
QR_SIZE: float = 27 * mm
ROW = 16.0
MAX_MEMBER_ROWS = 12
SECTION_H = 15.0

# (label, choices, blank to write in after the boxes): the one definition of the form's rows,
# which the visit entry dialog shows too (``domain.visit_form``)
VISIT_ITEMS: tuple[tuple[str, tuple[str, ...], str], ...] = tuple(
    (row.label, row.choices, row.blank) for row in PAPER_FORM.rows
)
WAYS = PAPER_FORM.ways

MEMBER_COLS: tuple[tuple[str, float], ...] = (
    ("序号", 22),
    ("姓名", 84),
    ("与户主关系", 52),
    ("性别", 26),
    ("年龄", 26),
    ("联系电话", 72),
    ("公民身份号码", 110),
    ("特殊人群 / 状态", 0),
)


def write_visit_sheets(
    sheets: Iterable[HouseholdSheet],
    total: int,
    out_path: Path,
    *,
    cycle: str,
    full_id: bool = False,
    printed_on: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> int:
    """Write the forms; returns the number of pages. ``cycle`` is printed, e.g. "2026年11月"."""
    printed_on = printed_on or dt.date.today()
    pages = 0
    with document(out_path, "入户走访记录表", cycle) as c:
        for sheet in sheets:
            cancel.check()
            pages += 1
            draw_sheet(
                c,
                sheet,
                cycle=cycle,
                full_id=full_id,
                page=pages,
                pages=total,
                printed_on=printed_on,
            )
            c.showPage()
            progress(pages, total, "正在生成入户走访记录表")
        if pages == 0:
            draw_empty(c, "没有需要打印的户")
            c.showPage()
        cancel.check()
    return pages


def draw_empty(c: Canvas, message: str) -> None:
    c.setFont(FONT, 14)
    c.drawCentredString(PAGE_W / 2, PAGE_H / 2, message)


def draw_sheet(
    c: Canvas,
    s: HouseholdSheet,
    *,
    cycle: str,
    full_id: bool,
    page: int,
    pages: int,
    printed_on: dt.date,
) -> None:
    c.setStrokeColorRGB(*INK)
    c.setFillColorRGB(*INK)
    c.setLineWidth(0.6)
    y = _header(c, s, cycle)
    y = _members(c, s, y - 8, full_id)
    y = _history(c, s, y - 8)
    y = _items(c, y - 8)
    _notes_and_signatures(c, y - 8)
    privacy = "内含居民个人信息，请妥善保管，用后交回网格" + ("（完整身份证号）" if full_id else "")
    footer(
        c, f"网格台账 · 打印于 {printed_on:%Y-%m-%d} · {privacy}", f"第 {page} 页 / 共 {pages} 页"
    )


def _label_cell(c: Canvas, x: float, y: float, w: float, h: float, label: str) -> None:
    c.setFillColorRGB(*SHADE)
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFillColorRGB(*INK)
    fitted(c, x + 3, y + h / 2 - 3.2, label, 9, w - 6, align="center")


def _value_cell(
    c: Canvas, x: float, y: float, w: float, h: float, value: str, size: float = 10
) -> None:
    c.rect(x, y, w, h, stroke=1, fill=0)
    fitted(c, x + 4, y + h / 2 - size * 0.36, value, size, w - 8, min_size=6.5)


def _header(c: Canvas, s: HouseholdSheet, cycle: str) -> float:
    qr_x = RIGHT - QR_SIZE
    draw_qr(c, s.qr, qr_x, TOP - QR_SIZE, QR_SIZE)
    c.setFillColorRGB(*GREY)
    c.setFont(FONT, 6.5)
    c.drawCentredString(qr_x + QR_SIZE / 2, TOP - QR_SIZE - 6, "扫码录入走访结果")
    c.setFillColorRGB(*INK)

    left_w = FRAME_W - QR_SIZE - 8
    c.setFillColorRGB(*ACCENT)
    bold(c, LEFT, TOP - 20, "入户走访记录表", 19)
    if s.every_cycle:
        tag = "本周期必访：" + "、".join(s.every_cycle)
        x = LEFT + width("入户走访记录表", 19) + 10
        tag_w = min(width(tag, 8.5) + 10, left_w - (x - LEFT))
        c.setStrokeColorRGB(*ALERT)
        c.setFillColorRGB(*ALERT)
        c.roundRect(x, TOP - 22, tag_w, 15, 3, stroke=1, fill=0)
        fitted(c, x + 5, TOP - 17.5, tag, 8.5, tag_w - 10)
        c.setStrokeColorRGB(*INK)
    c.setFillColorRGB(*GREY)
    where = " · ".join(p for p in (s.community, s.grid) if p)
    fitted(c, LEFT, TOP - 35, f"{where}    走访周期：{cycle}", 9, left_w)
    c.setFillColorRGB(*INK)

    h = 17.0
    y = TOP - 44 - h
    lw = 50.0
    half = (left_w - 2 * lw) / 2
    _label_cell(c, LEFT, y, lw, h, "户号")
    _value_cell(c, LEFT + lw, y, half, h, s.number or "（未编号）")
    _label_cell(c, LEFT + lw + half, y, lw, h, "住房 / 户别")
    _value_cell(c, LEFT + 2 * lw + half, y, half, h, f"{s.housing} · {s.kind}")
    y -= h
    team = "；".join(f"{w.name}（{w.role}）{w.phone}" for w in s.workers[:2]) or "—"
    _label_cell(c, LEFT, y, lw, h, "网格员")
    _value_cell(c, LEFT + lw, y, left_w - lw, h, team, 9)
    y -= h
    _label_cell(c, LEFT, y, lw, h, "住址")
    address = s.address or " ".join(p for p in (s.compound, s.building, s.unit, s.room) if p)
    _value_cell(c, LEFT + lw, y, left_w - lw, h, address or "—")
    return min(y, TOP - QR_SIZE - 10)


def _section(c: Canvas, y: float, title: str, note: str = "") -> float:
    """A shaded band with the section title; returns the y below it."""
    c.setFillColorRGB(*ACCENT)
    c.rect(LEFT, y - SECTION_H, 3, SECTION_H, stroke=0, fill=1)
    bold(c, LEFT + 7, y - SECTION_H + 4, title, 10.5)
    if note:
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 7.5)
        c.drawRightString(RIGHT, y - SECTION_H + 4, note)
    c.setFillColorRGB(*INK)
    return y - SECTION_H - 2


def _members(c: Canvas, s: HouseholdSheet, y: float, full_id: bool) -> float:
    members = list(s.members)
    hidden = 0
    if len(members) > MAX_MEMBER_ROWS:
        hidden = len(members) - (MAX_MEMBER_ROWS - 1)
        members = members[: MAX_MEMBER_ROWS - 1]
    rows = max(len(members) + (1 if hidden else 0) + 1, 4)  # a blank row for a newcomer
    rows = min(rows, MAX_MEMBER_ROWS)
    y = _section(c, y, form.MEMBERS, f"共 {len(s.members)} 人（不含已迁出、已死亡）")
    widths = [w for _, w in MEMBER_COLS]
    widths[-1] = FRAME_W - sum(widths)
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    # header
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, y - ROW, FRAME_W, ROW, stroke=0, fill=1)
    c.setFillColorRGB(*INK)
    for (label, _), x, w in zip(MEMBER_COLS, xs, widths, strict=False):
        fitted(c, x + 2, y - ROW + 4.8, label, 8.5, w - 4, align="center")
    top = y
    y -= ROW
    for i in range(rows):
        base = y - ROW + 4.8
        if i < len(members):
            m = members[i]
            number = m.id_number if full_id else idcard.mask(m.id_number)
            flags = "、".join(m.groups)
            if m.status:
                flags = f"{flags} · {m.status}" if flags else m.status
            values = (
                str(i + 1),
                m.name,
                m.relation,
                m.gender,
                "" if m.age is None else str(m.age),
                m.phone,
                number,
                flags,
            )
            for j, (value, x, w) in enumerate(zip(values, xs, widths, strict=False)):
                size = 9.5 if j in (1, 5, 6) else 9
                align = "left" if j in (1, 7) else "center"
                cell_text(c, x, y - ROW, w, ROW, value, size, align=align)
        elif hidden and i == len(members):
            c.setFillColorRGB(*GREY)
            c.setFont(FONT, 8.5)
            c.drawString(xs[1] + 3, base, f"另有 {hidden} 人未列出，详见户卡")
            c.setFillColorRGB(*INK)
        y -= ROW
    # grid lines
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    for k in range(rows + 2):
        yy = top - k * ROW
        c.line(LEFT, yy, RIGHT, yy)
    for x in xs:
        c.line(x, top, x, y)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.8)
    c.rect(LEFT, y, FRAME_W, top - y, stroke=1, fill=0)
    c.setLineWidth(0.6)
    return y


def _history(c: Canvas, s: HouseholdSheet, y: float) -> float:
    y = _section(c, y, form.HISTORY)
    lines: list[tuple[str, str]] = []
    size = 8.5
    text_w = FRAME_W - 62
    if s.last_visit is not None:
        v = s.last_visit
        head = f"{v.on:%Y-%m-%d} {v.way} {v.visitor}".strip()
        for k, line in enumerate(wrap(f"{head}：{v.findings}", size, text_w, max_lines=2)):
            lines.append(("上次走访" if k == 0 else "", line))
    else:
        lines.append(("上次走访", "本户尚无走访记录"))
    items = list(s.open_items)
    if items:
        shown = items[:3]
        if len(items) > 3:
            shown[-1] = f"…… 另有 {len(items) - 2} 项，详见台账"
        for k, item in enumerate(shown):
            lines.append(("未办结" if k == 0 else "", ellipsize(item, size, text_w)))
    else:
        lines.append(("未办结", "无"))
    if s.hazards:
        lines.append(("已知隐患", ellipsize(s.hazards, size, text_w)))
    h = 12.5
    top = y
    box_h = len(lines) * h + 6
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    c.rect(LEFT, y - box_h, FRAME_W, box_h, stroke=1, fill=0)
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, y - box_h, 56, box_h, stroke=1, fill=1)
    c.setFillColorRGB(*INK)
    y -= 3
    for label, line in lines:
        y -= h
        if label:
            c.setFont(FONT, 8.5)
            c.drawCentredString(LEFT + 28, y + 3.5, label)
        c.setFont(FONT, size)
        c.drawString(LEFT + 62, y + 3.5, line)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.6)
    return top - box_h


def _items(c: Canvas, y: float) -> float:
    y = _section(c, y, form.TICKS)
    h = 21.0
    lw = 62.0
    rows: list[tuple[str, tuple[str, ...], str]] = [
        (form.WAY_LABEL, WAYS, form.MET_BLANK),
        *VISIT_ITEMS,
    ]
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    for label, choices, blank in rows:
        c.setFillColorRGB(*SHADE)
        c.rect(LEFT, y - h, lw, h, stroke=1, fill=1)
        c.setFillColorRGB(*INK)
        c.setFont(FONT, 9)
        c.drawCentredString(LEFT + lw / 2, y - h / 2 - 3.2, label)
        c.rect(LEFT + lw, y - h, FRAME_W - lw, h, stroke=1, fill=0)
        c.setStrokeColorRGB(*INK)
        x = LEFT + lw + 6
        for choice in choices:
            x = checkbox(c, x, y - h / 2 - 3.2, choice, 9)
        if blank:
            c.setFont(FONT, 9)
            c.drawString(x, y - h / 2 - 3.2, blank)
            x += width(blank, 9) + 2
            c.setLineWidth(0.4)
            c.line(x, y - h / 2 - 4.5, RIGHT - 8, y - h / 2 - 4.5)
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        y -= h
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.6)
    return y


def _notes_and_signatures(c: Canvas, y: float) -> None:
    y = _section(c, y, form.NOTES)
    sig_h = 40.0
    floor = BOTTOM + sig_h + 6
    line_gap = 20.0
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    c.rect(LEFT, floor, FRAME_W, y - floor, stroke=1, fill=0)
    yy = y - line_gap
    c.setDash(1, 2)
    while yy > floor + 6:
        c.line(LEFT + 6, yy, RIGHT - 6, yy)
        yy -= line_gap
    c.setDash()
    # signatures
    c.setStrokeColorRGB(*INK)
    half = FRAME_W / 2
    base = BOTTOM
    for k, who in enumerate(("走访人（签字）", "居民（签字）")):
        x = LEFT + k * half
        c.setStrokeColorRGB(*RULE)
        c.rect(x, base, half, sig_h, stroke=1, fill=0)
        c.setFont(FONT, 9.5)
        c.drawString(x + 8, base + sig_h - 16, who + "：")
        c.drawString(x + 8, base + 8, "日期：        年      月      日")
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.6)
