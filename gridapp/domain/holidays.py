"""Chinese public holidays and the 调休 working weekends, 2025–2027 (for the duty roster).

2025 and 2026 follow the State Council's published arrangements (国务院办公厅关于… 部分节假日
安排的通知). The 2027 arrangement was not known when this table was written: only the statutory
days are listed (``PROVISIONAL_YEARS``); registers can add days through the duty service's
extra-days settings once the notice is out.
"""

from __future__ import annotations

import datetime as dt


def _span(name: str, first: str, last: str) -> dict[dt.date, str]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return {start + dt.timedelta(days=i): name for i in range((end - start).days + 1)}


HOLIDAYS: dict[dt.date, str] = {
    # 2025
    **_span("元旦", "2025-01-01", "2025-01-01"),
    **_span("春节", "2025-01-28", "2025-02-04"),
    **_span("清明节", "2025-04-04", "2025-04-06"),
    **_span("劳动节", "2025-05-01", "2025-05-05"),
    **_span("端午节", "2025-05-31", "2025-06-02"),
    **_span("国庆节、中秋节", "2025-10-01", "2025-10-08"),
    # 2026
    **_span("元旦", "2026-01-01", "2026-01-03"),
    **_span("春节", "2026-02-15", "2026-02-23"),
    **_span("清明节", "2026-04-04", "2026-04-06"),
    **_span("劳动节", "2026-05-01", "2026-05-05"),
    **_span("端午节", "2026-06-19", "2026-06-21"),
    **_span("中秋节", "2026-09-25", "2026-09-27"),
    **_span("国庆节", "2026-10-01", "2026-10-07"),
    # 2027 — statutory days only (provisional)
    **_span("元旦", "2027-01-01", "2027-01-01"),
    **_span("春节", "2027-02-05", "2027-02-08"),
    **_span("清明节", "2027-04-05", "2027-04-05"),
    **_span("劳动节", "2027-05-01", "2027-05-02"),
    **_span("端午节", "2027-06-09", "2027-06-09"),
    **_span("中秋节", "2027-09-15", "2027-09-15"),
    **_span("国庆节", "2027-10-01", "2027-10-03"),
}

# Weekends that are working days (调休上班).
ADJUSTED_WORKDAYS: dict[dt.date, str] = {
    dt.date(2025, 1, 26): "春节调休",
    dt.date(2025, 2, 8): "春节调休",
    dt.date(2025, 4, 27): "劳动节调休",
    dt.date(2025, 9, 28): "国庆节调休",
    dt.date(2025, 10, 11): "国庆节调休",
    dt.date(2026, 1, 4): "元旦调休",
    dt.date(2026, 2, 14): "春节调休",
    dt.date(2026, 2, 28): "春节调休",
    dt.date(2026, 5, 9): "劳动节调休",
    dt.date(2026, 9, 20): "国庆节调休",
    dt.date(2026, 10, 10): "国庆节调休",
}

KNOWN_YEARS = (2025, 2026, 2027)
PROVISIONAL_YEARS = (2027,)


def holiday_name(day: dt.date, extra: dict[dt.date, str] | None = None) -> str:
    """The public holiday on ``day`` ("" if none)."""
    if extra and day in extra:
        return extra[day]
    return HOLIDAYS.get(day, "")


def is_adjusted_workday(day: dt.date, extra: set[dt.date] | None = None) -> bool:
    return day in ADJUSTED_WORKDAYS or (extra is not None and day in extra)


def is_day_off(
    day: dt.date,
    extra_holidays: dict[dt.date, str] | None = None,
    extra_workdays: set[dt.date] | None = None,
) -> bool:
    """A public holiday, or a weekend that is not a 调休 working day."""
    if holiday_name(day, extra_holidays):
        return True
    return day.weekday() >= 5 and not is_adjusted_workday(day, extra_workdays)


def day_label(day: dt.date, extra_holidays: dict[dt.date, str] | None = None) -> str:
    """What the roster prints for the day: the holiday, 周六/周日, 调休上班, or ""."""
    name = holiday_name(day, extra_holidays)
    if name:
        return name
    if day in ADJUSTED_WORKDAYS:
        return "调休上班"
    if day.weekday() == 5:
        return "周六"
    if day.weekday() == 6:
        return "周日"
    return ""
