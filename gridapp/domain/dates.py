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
    century_guessed: bool = False  # ``85-03-12``: only the year's last two digits were written

    def as_date(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def agrees_with(self, other: dt.date) -> bool:
        if self.century_guessed:
            if self.year % 100 != other.year % 100:
                return False
        elif self.year != other.year:
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
        if 100000 <= value <= 999999:  # 198503 (a month) or 850312 (two-digit year)
            return _parse_text(str(value))
        raise DateError(f"无法识别的日期：{raw}")
    text = strip_all_spaces(raw)
    if not text:
        return None
    m = _SERIAL_TEXT.fullmatch(text)
    if m is not None:  # an Excel serial day number typed into (or pasted as) a text cell
        d = _EXCEL_EPOCH + dt.timedelta(days=int(m.group(1)))
        return PartialDate(d.year, d.month, d.day)
    return _parse_text(text)


# 10000 = 1927-05-18 … 79999 = 2118: five digits are never a year or a month.
_SERIAL_TEXT = re.compile(r"([1-7][0-9]{4})(?:\.0+)?")
_TWO_DIGIT_YEAR = re.compile(r"(\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_YYMMDD = re.compile(r"(\d{2})(\d{2})(\d{2})")


def _full_date(y: int, mo: int, d: int, text: str, century_guessed: bool = False) -> PartialDate:
    try:
        dt.date(y, mo, d)
    except ValueError as exc:
        raise DateError(f"日期不存在：{text}") from exc
    return PartialDate(y, mo, d, century_guessed)


def _two_digit_year(yy: int) -> int:
    """``85`` → 1985, ``05`` → 2005: the latest year not after this one."""
    this_year = dt.date.today().year
    year = this_year - this_year % 100 + yy
    return year - 100 if year > this_year else year


def _parse_text(text: str) -> PartialDate:
    text = re.sub(r"(?:\s|T)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$", "", text)
    text = text.rstrip(".")  # ``1985.3.12.``
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if m is None:
        m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?", text)
    if m is not None:
        y, mo, d = (int(g) for g in m.groups())
        return _full_date(y, mo, d, text)
    m = _TWO_DIGIT_YEAR.fullmatch(text)
    if m is None and _YYMMDD.fullmatch(text) and not _is_year_month(text):
        m = _YYMMDD.fullmatch(text)
    if m is not None:
        yy, mo, d = (int(g) for g in m.groups())
        return _full_date(_two_digit_year(yy), mo, d, text, century_guessed=True)
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


def _is_year_month(six_digits: str) -> bool:
    """``198503`` is March 1985, ``850312`` is not a month of the year 8503."""
    return 1880 <= int(six_digits[:4]) <= 2100 and 1 <= int(six_digits[4:]) <= 12


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


def stored_date(value: object) -> dt.date | None:
    """A date column as plain SQL returns it (SQLite's ISO text, or a date already), None for
    an empty one."""
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
