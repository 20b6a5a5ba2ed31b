"""Dates as clerks type them and as Excel mangles them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gridapp.domain.text import strip_all_spaces

_EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class PartialDate:
    """A date known to year, month or day precision (``1948.12`` is a month)."""

    year: int
    month: int | None = None
    day: int | None = None

    def as_date(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def agrees_with(self, other: dt.date) -> bool:
        if self.year != other.year:
            return False
        if self.month is not None and self.month != other.month:
            return False
        return self.day is None or self.day == other.day


class DateError(ValueError):
    pass


def parse(raw: object) -> PartialDate | None:
    """Parse a cell; ``None`` for empty; ``DateError`` for text that is not a date."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        return PartialDate(raw.year, raw.month, raw.day)
    if isinstance(raw, dt.date):
        return PartialDate(raw.year, raw.month, raw.day)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = int(raw)
        if 19000101 <= value <= 21001231:
            return _parse_text(str(value))
        if 1 <= value < 80000:  # an Excel serial day number
            d = _EXCEL_EPOCH + dt.timedelta(days=value)
            return PartialDate(d.year, d.month, d.day)
        if 190001 <= value <= 210012:
            return _parse_text(str(value))
        raise DateError(f"无法识别的日期：{raw}")
    text = strip_all_spaces(raw)
    if not text:
        return None
    return _parse_text(text)


def _parse_text(text: str) -> PartialDate:
    text = re.sub(r"(?:\s|T)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$", "", text)
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if m is None:
        m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if m is not None:
        y, mo, d = (int(g) for g in m.groups())
        try:
            dt.date(y, mo, d)
        except ValueError as exc:
            raise DateError(f"日期不存在：{text}") from exc
        return PartialDate(y, mo, d)
    m = re.fullmatch(r"(\d{4})(\d{2})", text) or re.fullmatch(r"(\d{4})[-/.年](\d{1,2})月?", text)
    if m is not None:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise DateError(f"月份不存在：{text}")
        return PartialDate(y, mo)
    m = re.fullmatch(r"(\d{4})年?", text)
    if m is not None:
        return PartialDate(int(m.group(1)))
    raise DateError(f"无法识别的日期：{text}")


def parse_date(raw: object) -> dt.date | None:
    """A full date or ``None``; a partial date is completed to its first day."""
    found = parse(raw)
    return found.as_date() if found else None


def parse_month(text: str) -> tuple[int, int]:
    """``2026-11`` → (2026, 11); DateError when it is not a month."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise DateError(f"月份格式应为 YYYY-MM：{text}")
    return int(m.group(1)), int(m.group(2))


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First day of the month and first day of the next month."""
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, end
