"""错时 / 节假日值班: the duty roster of each grid.

``generate_roster`` gives every day of the month one duty shift per grid: on days off a day
shift 09:00–17:00 — 节假日 on a public holiday (``domain.holidays``, the State Council's
published arrangements, or a day the user marks in ``duty_extra_holidays``), 周末 on an ordinary
Saturday or Sunday (调休 weekends count as working days) — and on working days the off-hours 错时
shift 18:00–20:00. Workers of the grid
take turns so that each kind of shift is shared evenly (counts differ by at most one).
Extra days off / working days may be set in the settings ``duty_extra_holidays``
({"YYYY-MM-DD": name}) and ``duty_extra_workdays`` (["YYYY-MM-DD"]); the duty page marks and
unmarks the extra holidays through ``mark_holiday`` / ``unmark_holiday`` (each one recorded).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import Area, DutyShift, Worker, now
from gridapp.domain import holidays
from gridapp.services import recorder, settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.places import descendant_ids, leaf_grids

recorder.install()  # these records reach the change log through the recorder's hooks

HOLIDAY_SHIFT = ("节假日", "09:00", "17:00")
WEEKEND_SHIFT = ("周末", "09:00", "17:00")
DAY_OFF_SHIFTS = (HOLIDAY_SHIFT[0], WEEKEND_SHIFT[0])
WORKDAY_SHIFT = ("错时", "18:00", "20:00")


@dataclass(frozen=True)
class ShiftRow:
    id: int
    on: dt.date
    shift: str
    start_time: str
    end_time: str
    area_id: int | None
    area: str
    worker_id: int | None
    name: str
    phone: str
    holiday: str
    swapped_from: str


def _extra_days(session: Session) -> tuple[dict[dt.date, str], set[dt.date]]:
    hol: dict[dt.date, str] = {}
    work: set[dt.date] = set()
    raw_h = settings.get(session, "duty_extra_holidays")
    if isinstance(raw_h, dict):
        for key, name in raw_h.items():
            try:
                hol[dt.date.fromisoformat(str(key))] = str(name)
            except ValueError:
                continue
    raw_w = settings.get(session, "duty_extra_workdays")
    if isinstance(raw_w, list):
        for key in raw_w:
            try:
                work.add(dt.date.fromisoformat(str(key)))
            except ValueError:
                continue
    return hol, work


def _grids_with_workers(session: Session, grid_id: int | None) -> list[tuple[Area, list[Worker]]]:
    if grid_id is not None:
        area = session.get(Area, grid_id)
        if area is None or area.deleted_at is not None:
            raise NotFound(f"网格不存在（编号 {grid_id}）")
        scope = descendant_ids(session, grid_id)
        candidates = [g for g in leaf_grids(session) if g.id in scope] or [area]
    else:
        candidates = leaf_grids(session)
    found: list[tuple[Area, list[Worker]]] = []
    for grid in candidates:
        workers = list(
            session.scalars(
                select(Worker)
                .where(
                    Worker.area_id == grid.id, Worker.active.is_(True), Worker.deleted_at.is_(None)
                )
                .order_by(Worker.id)
            )
        )
        if workers:
            found.append((grid, workers))
    if grid_id is not None and not found:
        raise ServiceError("该网格没有在岗的网格员，无法排班")
    return found


def _row(s: DutyShift, area: str) -> ShiftRow:
    return ShiftRow(s.id, s.on, s.shift, s.start_time, s.end_time, s.area_id, area, s.worker_id,
                    s.name, s.phone, s.holiday, s.swapped_from)  # fmt: skip


def generate_roster(
    session: Session, year: int, month: int, grid_id: int | None = None, *, replace: bool = False
) -> list[ShiftRow]:
    """Make the month's roster for a grid (or every grid with workers). A month that already
    has a roster is refused unless ``replace`` (the old shifts are tombstoned)."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ServiceError(f"月份不对：{year}-{month}")
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    extra_h, extra_w = _extra_days(session)
    made: list[ShiftRow] = []
    for grid, workers in _grids_with_workers(session, grid_id):
        existing = list(
            session.scalars(
                select(DutyShift).where(
                    DutyShift.area_id == grid.id,
                    DutyShift.on >= first,
                    DutyShift.on <= last,
                    DutyShift.deleted_at.is_(None),
                )
            )
        )
        if existing and not replace:
            raise ServiceError(
                f"{grid.name} {year}年{month}月已有值班表，如需重排请选择“覆盖”（命令行加 --replace）"
            )
        for s in existing:
            s.deleted_at = now()
        off_count = {w.id: 0 for w in workers}
        work_count = {w.id: 0 for w in workers}
        order = {w.id: i for i, w in enumerate(workers)}
        # Rotate the starting point by month so the first worker is not always first.
        shift = (year * 12 + month) % len(workers)
        rank = {w.id: (order[w.id] - shift) % len(workers) for w in workers}
        day = first
        while day <= last:
            off = holidays.is_day_off(day, extra_h, extra_w)
            counts = off_count if off else work_count
            chosen = min(
                workers,
                key=lambda w: (counts[w.id], off_count[w.id] + work_count[w.id], rank[w.id]),
            )
            counts[chosen.id] += 1
            kind, start, end = _shift_of(day, off, extra_h)
            row = DutyShift(
                on=day,
                shift=kind,
                start_time=start,
                end_time=end,
                area_id=grid.id,
                worker_id=chosen.id,
                name=chosen.name,
                phone=chosen.phone,
                holiday=holidays.day_label(day, extra_h) if off else holidays.day_label(day),
            )
            session.add(row)
            day += dt.timedelta(days=1)
        session.flush()
    made = roster(session, year, month, grid_id)
    return made


def _shift_of(day: dt.date, off: bool, extra_h: dict[dt.date, str]) -> tuple[str, str, str]:
    """节假日 only on a real holiday; an ordinary day off is a weekend (周末)."""
    if not off:
        return WORKDAY_SHIFT
    return HOLIDAY_SHIFT if holidays.holiday_name(day, extra_h) else WEEKEND_SHIFT


def roster(session: Session, year: int, month: int, grid_id: int | None = None) -> list[ShiftRow]:
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    query = (
        select(DutyShift, Area.name)
        .outerjoin(Area, DutyShift.area_id == Area.id)
        .where(DutyShift.on >= first, DutyShift.on <= last, DutyShift.deleted_at.is_(None))
    )
    if grid_id is not None:
        query = query.where(DutyShift.area_id.in_(descendant_ids(session, grid_id)))
    query = query.order_by(DutyShift.on, Area.sort_order, DutyShift.area_id, DutyShift.start_time)
    return [_row(s, area or "") for s, area in session.execute(query)]


def swap(session: Session, shift_id: int, other_worker_id: int, actor: str = "") -> ShiftRow:
    """Hand a shift to another worker (换班); the original name is kept in ``swapped_from``."""
    s = session.get(DutyShift, shift_id)
    if s is None or s.deleted_at is not None:
        raise NotFound(f"值班记录不存在（编号 {shift_id}）")
    other = session.get(Worker, other_worker_id)
    if other is None or other.deleted_at is not None or not other.active:
        raise NotFound(f"网格员不存在或不在岗（编号 {other_worker_id}）")
    if other.id == s.worker_id:
        raise ServiceError(f"{other.name} 已是 {s.on.isoformat()} 的值班人")
    clash = session.scalar(
        select(DutyShift.id).where(
            DutyShift.on == s.on,
            DutyShift.worker_id == other.id,
            DutyShift.deleted_at.is_(None),
            DutyShift.id != s.id,
        )
    )
    if clash is not None:
        raise ServiceError(f"{other.name} 在 {s.on.isoformat()} 已有值班，不能换班")
    previous = s.name
    s.swapped_from = previous if not s.swapped_from else s.swapped_from
    s.worker_id, s.name, s.phone = other.id, other.name, other.phone
    s.notes = (s.notes + f" {now():%Y-%m-%d %H:%M} {actor} 换班：{previous}→{other.name}").strip()
    session.flush()
    area = session.get(Area, s.area_id) if s.area_id is not None else None
    return _row(s, area.name if area else "")


EXTRA_HOLIDAYS = "duty_extra_holidays"
HOLIDAY_NAME_MAX = 20


def extra_holidays(session: Session) -> dict[dt.date, str]:
    """The days the user marked as holidays for the roster (``duty_extra_holidays``)."""
    return _extra_days(session)[0]


def _stored_holidays(session: Session) -> dict[str, str]:
    raw = settings.get(session, EXTRA_HOLIDAYS)
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _log_holiday(
    session: Session, day: dt.date, old: str | None, new: str | None, actor: str
) -> None:
    writer = ChangeWriter(session, actor or settings.operator(session))
    what = f"值班节假日 {day.isoformat()}：" + (f"标为{new}" if new else f"取消{old}")
    writer.add("setting", 0, "", "update", field=EXTRA_HOLIDAYS, old=old, new=new, note=what)
    writer.flush()


def mark_holiday(session: Session, day: dt.date, name: str, actor: str = "") -> None:
    """Mark ``day`` as a holiday (节假日) for the rosters made from now on; recorded in the
    change log. A day the State Council's arrangements already make a holiday is refused."""
    clean = " ".join(name.split())
    if not clean:
        raise ServiceError("请填写节假日的名称")
    if len(clean) > HOLIDAY_NAME_MAX:
        raise ServiceError(f"节假日名称太长（最多 {HOLIDAY_NAME_MAX} 个字）")
    public = holidays.holiday_name(day)
    if public:
        raise ServiceError(f"{day.isoformat()} 已是法定节假日（{public}），无需标记")
    stored = _stored_holidays(session)
    old = stored.get(day.isoformat())
    if old == clean:
        return
    stored[day.isoformat()] = clean
    settings.put(session, EXTRA_HOLIDAYS, dict(sorted(stored.items())))
    _log_holiday(session, day, old, clean, actor)
    session.flush()


def unmark_holiday(session: Session, day: dt.date, actor: str = "") -> None:
    """Take the user's holiday mark off ``day`` again; recorded in the change log."""
    stored = _stored_holidays(session)
    old = stored.pop(day.isoformat(), None)
    if old is None:
        raise ServiceError(f"{day.isoformat()} 没有标为节假日")
    settings.put(session, EXTRA_HOLIDAYS, stored)
    _log_holiday(session, day, old, None, actor)
    session.flush()
