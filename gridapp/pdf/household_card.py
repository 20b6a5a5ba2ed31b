"""户卡 / 居民底册页: the whole household file on one A4 page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridapp.domain import idcard
from gridapp.pdf.data import HouseholdSheet, MemberRow
from gridapp.pdf.fonts import FONT
from gridapp.pdf.layout import (
    ACCENT,
    GREY,
    INK,
    RULE,
    SHADE,
    bold,
    cell_text,
    ellipsize,
    fitted,
    footer,
    wrap,
)
from gridapp.pdf.page import FRAME_W, LEFT, RIGHT, TOP, columns, document, header_row
from gridapp.pdf.qr import draw_qr
from gridapp.services.common import NEVER, CancelFlag, Progress, no_progress

QR_SIZE = 76.0
MAX_MEMBERS = 14

COLS: tuple[tuple[str, float], ...] = (
    ("序号", 22),
    ("姓名", 74),
    ("与户主关系", 50),
    ("性别", 24),
    ("出生日期", 58),
    ("民族", 40),
    ("公民身份号码", 112),
    ("联系电话", 0),
)


def write_household_card(
    sheet: HouseholdSheet,
    out_path: Path,
    *,
    full_id: bool = False,
    printed_on: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> int:
    printed_on = printed_on or dt.date.today()
    cancel.check()
    with document(out_path, f"户卡 {sheet.number}", "居民底册页") as c:
        draw_card(c, sheet, full_id=full_id, printed_on=printed_on)
        c.showPage()
    progress(1, 1, "户卡已生成")
    return 1


def _kv_grid(c: Canvas, y: float, pairs: list[tuple[str, str]], cols: int, w: float) -> float:
    """Label/value cells, ``cols`` pairs a row; a pair with label ending in "*" spans the row."""
    h = 18.0
    lw = 56.0
    x = LEFT
    col = 0
    c.setLineWidth(0.4)
    c.setStrokeColorRGB(*RULE)
    for label, value in pairs:
        span = label.endswith("*")
        label = label.rstrip("*")
        if span and col:
            y -= h
            x, col = LEFT, 0
        cell_w = w if span else w / cols
        c.setFillColorRGB(*SHADE)
        c.rect(x, y - h, lw, h, stroke=1, fill=1)
        c.setFillColorRGB(*INK)
        fitted(c, x + 3, y - h + 5.6, label, 8.5, lw - 6, align="center")
        c.rect(x + lw, y - h, cell_w - lw, h, stroke=1, fill=0)
        cell_text(c, x + lw, y - h, cell_w - lw, h, value or "—", 9.5, pad=4)
        col += cols if span else 1
        x += cell_w
        if col >= cols:
            y -= h
            x, col = LEFT, 0
    if col:
        y -= h
    c.setStrokeColorRGB(*INK)
    return y


def _section(c: Canvas, y: float, title: str, note: str = "") -> float:
    c.setFillColorRGB(*ACCENT)
    c.rect(LEFT, y - 15, 3, 15, stroke=0, fill=1)
    bold(c, LEFT + 7, y - 11, title, 10.5)
    if note:
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 7.5)
        c.drawRightString(RIGHT, y - 11, note)
    c.setFillColorRGB(*INK)
    return y - 17


def _details(m: MemberRow) -> str:
    parts = [
        m.category,
        m.political,
        m.education,
        m.marital,
        m.health and f"健康：{m.health}",
        m.occupation,
        m.employer,
        m.hukou_address and f"户籍：{m.hukou_address}",
        "、".join(m.groups) and f"特殊人群：{'、'.join(m.groups)}",
        m.status and f"状态：{m.status}",
        m.notes and f"备注：{m.notes}",
    ]
    return "；".join(p for p in parts if p) or "（无其他信息）"


def draw_card(c: Canvas, s: HouseholdSheet, *, full_id: bool, printed_on: dt.date) -> None:
    y = _heading(c, s)
    y = _members(c, s, y - 8, full_id)
    y = _visit_and_open_items(c, s, y - 8)
    _update_log(c, y - 8)
    c.setStrokeColorRGB(*INK)
    privacy = "内含居民个人信息，请妥善保管" + ("（完整身份证号）" if full_id else "")
    footer(c, f"网格台账 · 打印于 {printed_on:%Y-%m-%d} · {privacy}", f"户号 {s.number}")


def _heading(c: Canvas, s: HouseholdSheet) -> float:
    """Title, QR code and the household's own fields; returns the y below them."""
    draw_qr(c, s.qr, RIGHT - QR_SIZE, TOP - QR_SIZE, QR_SIZE)
    c.setFillColorRGB(*ACCENT)
    bold(c, LEFT, TOP - 20, "居民户卡", 20)
    c.setFillColorRGB(*GREY)
    where = " · ".join(p for p in (s.community, s.grid) if p)
    fitted(c, LEFT, TOP - 36, f"{where}    居民底册页", 9, FRAME_W - QR_SIZE - 10)
    c.setFillColorRGB(*INK)
    head = next((m.name for m in s.members if m.relation == "户主"), "")
    beside_qr = [("户号", s.number), ("户主", head), ("户别", s.kind), ("住房类别", s.housing)]
    y = _kv_grid(c, TOP - 46, beside_qr, 2, FRAME_W - QR_SIZE - 8)
    y = min(y, TOP - QR_SIZE - 6)
    address = s.address or " ".join(p for p in (s.compound, s.building, s.unit, s.room) if p)
    landlord = " ".join(p for p in (s.landlord, s.landlord_phone) if p)
    team = "；".join(f"{w.name}（{w.role}）{w.phone}" for w in s.workers[:3])
    fields = [
        ("住址*", address),
        ("产权人", s.owner),
        ("出租人", landlord),
        ("网格员*", team),
        ("隐患情况*", s.hazards),
        ("备注*", s.notes),
    ]
    return _kv_grid(c, y, fields, 2, FRAME_W)


def _members(c: Canvas, s: HouseholdSheet, y: float, full_id: bool) -> float:
    """The members' table, each member's other details in small print below their row."""
    members = list(s.members)
    hidden = max(0, len(members) - MAX_MEMBERS)
    y = _section(c, y, "家庭成员", f"共 {len(s.members)} 人（不含已迁出、已死亡）")
    widths, xs = columns(COLS, FRAME_W)
    rh = 15.0
    header_row(c, y, COLS, xs, widths, rh, size=8.5, baseline=4.5)
    top = y
    y -= rh
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    c.line(LEFT, y, RIGHT, y)
    for i, m in enumerate(members[:MAX_MEMBERS]):
        number = m.id_number if full_id else idcard.mask(m.id_number)
        born = f"{m.birth_date:%Y-%m-%d}" if m.birth_date else ""
        values = (str(i + 1), m.name, m.relation, m.gender, born, m.ethnicity, number, m.phone)
        for j, (value, x, w) in enumerate(zip(values, xs, widths, strict=False)):
            cell_text(c, x, y - rh, w, rh, value, 9.5 if j in (1, 6, 7) else 9,
                      align="left" if j == 1 else "center")  # fmt: skip
        y -= rh
        c.setFillColorRGB(*GREY)
        for line in wrap(_details(m), 7.5, FRAME_W - xs[1] + LEFT - 6, max_lines=2):
            c.setFont(FONT, 7.5)
            c.drawString(xs[1] + 3, y - 9, line)
            y -= 9.5
        y -= 3
        c.setFillColorRGB(*INK)
        c.line(LEFT, y, RIGHT, y)
    if hidden:
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 8.5)
        c.drawString(xs[1] + 3, y - 11, f"另有 {hidden} 人未能列入本页，请在台账中查看")
        c.setFillColorRGB(*INK)
        y -= 15
        c.line(LEFT, y, RIGHT, y)
    for x in xs[:2]:
        c.line(x, top, x, y)
    c.line(RIGHT, top, RIGHT, y)
    c.setStrokeColorRGB(*INK)
    return y


def _visit_and_open_items(c: Canvas, s: HouseholdSheet, y: float) -> float:
    """The last visit and the open issues and errands, in one labelled box; returns its bottom."""
    y = _section(c, y, "走访与在办事项")
    rows = _visit_rows(s)
    room = max(1, int((y - 30 * 1.0 - 40) // 12.5) - len(rows))
    rows += [("未办结", ellipsize(item, 8.5, FRAME_W - 64)) for item in _open_items(s, room)]
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    box_h = len(rows) * 12.5 + 6
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, y - box_h, 56, box_h, stroke=1, fill=1)
    c.setFillColorRGB(*INK)
    c.rect(LEFT + 56, y - box_h, FRAME_W - 56, box_h, stroke=1, fill=0)
    yy = y - 3
    last_label = ""
    for label, line in rows:
        yy -= 12.5
        if label != last_label:  # a label once, beside the first of its lines
            c.setFont(FONT, 8.5)
            c.drawCentredString(LEFT + 28, yy + 3.5, label)
            last_label = label
        c.setFont(FONT, 8.5)
        c.drawString(LEFT + 62, yy + 3.5, line)
    return y - box_h


def _visit_rows(s: HouseholdSheet) -> list[tuple[str, str]]:
    if s.last_visit is None:
        return [("上次走访", "尚无走访记录")]
    v = s.last_visit
    text = f"{v.on:%Y-%m-%d} {v.way} {v.visitor}：{v.findings}"
    return [("上次走访", line) for line in wrap(text, 8.5, FRAME_W - 64, max_lines=3)]


def _open_items(s: HouseholdSheet, room: int) -> list[str]:
    """The open items, the last line saying how many more there are when ``room`` is short."""
    items = list(s.open_items) or ["无"]
    if len(items) > room:
        items = [*items[: room - 1], f"…… 另有 {len(items) - room + 1} 项，详见台账"]
    return items


def _update_log(c: Canvas, y: float) -> None:
    """Ruled rows for handwritten checks and changes, down to the footer (when there is room)."""
    bottom = 16 * mm
    rh = 20.0
    if y - bottom < 17 + 3 * rh:
        return
    y = _section(c, y, "核实与变更记录（手写）")
    cols = (("日期", 70.0), ("变更内容 / 核实情况", FRAME_W - 70 - 80), ("核实人", 80.0))
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, y - 15, FRAME_W, 15, stroke=0, fill=1)
    c.setFillColorRGB(*INK)
    x = LEFT
    for label, w in cols:
        fitted(c, x + 2, y - 11, label, 8.5, w - 4, align="center")
        x += w
    top = y
    y -= 15
    rows = int((y - bottom) // rh)
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    c.line(LEFT, top, RIGHT, top)
    for k in range(rows + 1):
        c.line(LEFT, y - k * rh, RIGHT, y - k * rh)
    end = y - rows * rh
    x = LEFT
    for _, w in cols:
        c.line(x, top, x, end)
        x += w
    c.line(RIGHT, top, RIGHT, end)
    c.setStrokeColorRGB(*INK)
