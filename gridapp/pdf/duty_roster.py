"""值班表: a month's duty roster, one page (or more) per grid, for the office and the notice board."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from gridapp.domain import holidays
from gridapp.pdf.fonts import FONT
from gridapp.pdf.layout import (
    ACCENT,
    GREY,
    INK,
    PAGE_W,
    RULE,
    bold,
    cell_text,
    footer,
)
from gridapp.pdf.page import FRAME_W, LEFT, RIGHT, TOP, columns, document, header_row
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress
from gridapp.services.duty import DAY_OFF_SHIFTS, ShiftRow

ROW = 19.0
WEEKDAYS = "一二三四五六日"
COLS: tuple[tuple[str, float], ...] = (
    ("日期", 62),
    ("星期", 40),
    ("班次", 50),
    ("时间", 78),
    ("值班人", 90),
    ("联系电话", 100),
    ("备注", 0),
)
DAY_OFF = (0.99, 0.95, 0.9)


def _pages(shifts: Sequence[ShiftRow]) -> list[tuple[str, list[ShiftRow]]]:
    """Shifts grouped by grid (in roster order), split into pages that fit."""
    per_page = int((TOP - 70 - 40) // ROW) - 1
    groups: dict[str, list[ShiftRow]] = {}
    for s in shifts:
        groups.setdefault(s.area or "（未指定网格）", []).append(s)
    pages: list[tuple[str, list[ShiftRow]]] = []
    for area, rows in groups.items():
        for start in range(0, len(rows), per_page):
            pages.append((area, rows[start : start + per_page]))
    return pages


def write_duty_roster(
    shifts: Sequence[ShiftRow],
    out_path: Path,
    *,
    year: int,
    month: int,
    duty_phone: str = "",
    printed_on: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> int:
    if not shifts:
        raise ServiceError(f"{year}年{month}月还没有排班，请先生成值班表")
    printed_on = printed_on or dt.date.today()
    pages = _pages(shifts)
    with document(out_path, f"{year}年{month}月值班表") as c:
        for k, (area, rows) in enumerate(pages, start=1):
            cancel.check()
            _page(c, area, rows, year, month, duty_phone)
            footer(c, f"网格台账 · 打印于 {printed_on:%Y-%m-%d}", f"第 {k} 页 / 共 {len(pages)} 页")
            c.showPage()
            progress(k, len(pages), "正在生成值班表")
    return len(pages)


def _page(
    c: Canvas, area: str, rows: list[ShiftRow], year: int, month: int, duty_phone: str
) -> None:
    _heading(c, area, year, month, duty_phone)
    widths, xs = columns(COLS, FRAME_W)
    y = TOP - 56
    top = y
    header_row(c, y, COLS, xs, widths, ROW, size=9.5, baseline=6)
    y -= ROW
    for s in rows:
        if _is_day_off(s):
            c.setFillColorRGB(*DAY_OFF)
            c.rect(LEFT, y - ROW, FRAME_W, ROW, stroke=0, fill=1)
            c.setFillColorRGB(*INK)
        for j, (value, x, w) in enumerate(zip(_cells(s), xs, widths, strict=False)):
            cell_text(c, x, y - ROW, w, ROW, value, 10.5 if j == 4 else 9.5,
                      align="left" if j == 6 else "center")  # fmt: skip
        y -= ROW
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.4)
    for k in range(len(rows) + 2):
        c.line(LEFT, top - k * ROW, RIGHT, top - k * ROW)
    for x in xs:
        c.line(x, top, x, y)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.8)
    c.rect(LEFT, y, FRAME_W, top - y, stroke=1, fill=0)
    c.setFillColorRGB(*GREY)
    c.setFont(FONT, 8)
    c.drawString(LEFT, y - 14, "底色标出周末和法定节假日。调班请报网格长，并在台账中登记。")
    c.setFillColorRGB(*INK)


def _heading(c: Canvas, area: str, year: int, month: int, duty_phone: str) -> None:
    c.setFillColorRGB(*ACCENT)
    bold(c, PAGE_W / 2, TOP - 22, f"{year}年{month}月 错时 / 节假日值班表", 19, align="center")
    c.setFillColorRGB(*INK)
    c.setFont(FONT, 12)
    c.drawCentredString(PAGE_W / 2, TOP - 42, area)
    if duty_phone:
        c.setFillColorRGB(*GREY)
        c.setFont(FONT, 9)
        c.drawRightString(RIGHT, TOP - 42, f"值班电话：{duty_phone}")
        c.setFillColorRGB(*INK)


def _is_day_off(s: ShiftRow) -> bool:
    """Shaded: weekends and holidays (not a make-up working day), and every holiday shift."""
    return (holidays.is_day_off(s.on) and s.holiday != "调休上班") or s.shift in DAY_OFF_SHIFTS


def _cells(s: ShiftRow) -> tuple[str, ...]:
    note = s.holiday or holidays.day_label(s.on)
    if note in ("周六", "周日"):  # the weekday column says so already
        note = ""
    if s.swapped_from:
        note = "；".join(p for p in (note, f"原值班：{s.swapped_from}") if p)
    time = f"{s.start_time}–{s.end_time}" if s.start_time or s.end_time else ""
    return (f"{s.on.month}月{s.on.day}日", f"周{WEEKDAYS[s.on.weekday()]}", s.shift, time,
            s.name, s.phone, note)  # fmt: skip
