"""The visit cycle (循环走访): who is due, who was visited, coverage, and visit records.

A cycle is a calendar month by default; the setting ``cycle_months`` makes it longer (2 → the
cycles are Jan–Feb, Mar–Apr …). A household counts as visited in a cycle when it has a visit in
that cycle whose way is not 门口未遇 (nobody met: the household stays due).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    GroupKind,
    GroupMembership,
    Household,
    Issue,
    Person,
    Visit,
    Worker,
)
from gridapp.domain import visit_form
from gridapp.services import recorder, settings
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.lookups import on_register
from gridapp.services.places import descendant_ids

NOT_MET = "门口未遇"
VISIT_FIELDS: tuple[str, ...] = (
    "visited_time", "companions", "met", "situation", "difficulties", "requests", "hazards",
    "policy", "measures", "follow_up", "notes",
)  # fmt: skip

# The door-visit form's tick rows with the register's vocabulary: printed and entered alike.
PAPER_FORM = visit_form.paper_form(vocab.VISIT_WAYS, vocab.HAZARDS)

recorder.install()  # these records reach the change log through the recorder's hooks


# ---------------------------------------------------------------- cycles


def cycle_months(session: Session) -> int:
    value = settings.get(session, "cycle_months")
    try:
        months = int(value)
    except (TypeError, ValueError):
        return 1
    return months if 1 <= months <= 12 else 1


def cycle_bounds(year: int, month: int, months: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day of the cycle that contains ``year-month``."""
    if not 1 <= month <= 12:
        raise ServiceError(f"月份应为 1–12：{month}")
    index = year * 12 + month - 1
    start_index = index - (index % months)
    end_index = start_index + months  # exclusive
    start = dt.date(start_index // 12, start_index % 12 + 1, 1)
    end = dt.date(end_index // 12, end_index % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def session_cycle(session: Session, year: int, month: int) -> tuple[dt.date, dt.date]:
    return cycle_bounds(year, month, cycle_months(session))


def _counting_visit(start: dt.date, end: dt.date) -> Any:
    return and_(
        Visit.deleted_at.is_(None),
        Visit.visited_on >= start,
        Visit.visited_on <= end,
        Visit.way != NOT_MET,
    )


def _grid_scope(session: Session, grid_id: int | None) -> set[int] | None:
    if grid_id is None:
        return None
    if session.get(Area, grid_id) is None:
        raise NotFound(f"网格不存在（编号 {grid_id}）")
    return descendant_ids(session, grid_id)


def _grid_names(session: Session) -> dict[int, str]:
    return {r.id: r.name for r in session.execute(select(Area.id, Area.name))}


def every_cycle_households(session: Session, start: dt.date, end: dt.date) -> dict[int, list[str]]:
    """Households with a live member in a group that needs a visit every cycle → group names."""
    rows = session.execute(
        select(Person.household_id, GroupKind.name)
        .join(GroupMembership, GroupMembership.person_id == Person.id)
        .join(GroupKind, GroupMembership.group_id == GroupKind.id)
        .where(
            GroupKind.every_cycle.is_(True),
            GroupKind.active.is_(True),
            GroupMembership.deleted_at.is_(None),
            or_(GroupMembership.joined_on.is_(None), GroupMembership.joined_on <= end),
            or_(GroupMembership.left_on.is_(None), GroupMembership.left_on >= start),
            *on_register(),
            Person.household_id.is_not(None),
        )
        .order_by(GroupKind.sort_order)
    ).all()
    found: dict[int, list[str]] = {}
    for hid, name in rows:
        if hid is None:
            continue
        names = found.setdefault(hid, [])
        if name not in names:
            names.append(name)
    return found


# ---------------------------------------------------------------- due list and coverage


@dataclass(frozen=True)
class DueHousehold:
    household_id: int
    number: str  # 户号
    address: str
    grid_id: int | None
    grid: str
    every_cycle: bool  # a member is in a group that needs every cycle (低保, 独居老人 …)
    groups: tuple[str, ...]
    never_visited: bool
    last_visit: dt.date | None
    sort_key: str


def _active_households(session: Session, scope: set[int] | None) -> Any:
    query = select(Household.id, Household.number, Household.address, Household.grid_id,
                   Household.sort_key).where(
        Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE
    )  # fmt: skip
    if scope is not None:
        query = query.where(Household.grid_id.in_(scope))
    return query


def due_households(
    session: Session, year: int, month: int, grid_id: int | None = None
) -> list[DueHousehold]:
    """Active households not yet visited in the cycle of ``year-month``.

    Ordered: households of every-cycle groups first, then the walk order (``sort_key``).
    """
    start, end = session_cycle(session, year, month)
    scope = _grid_scope(session, grid_id)
    seen = aliased(Visit)
    before = aliased(Visit)
    last_visit = (
        select(func.max(before.visited_on))
        .where(
            before.household_id == Household.id,
            before.deleted_at.is_(None),
            before.way != NOT_MET,
            before.visited_on <= end,
        )
        .correlate(Household)
        .scalar_subquery()
    )
    visited_in_cycle = (
        select(seen.id)
        .where(
            seen.household_id == Household.id,
            seen.deleted_at.is_(None),
            seen.visited_on >= start,
            seen.visited_on <= end,
            seen.way != NOT_MET,
        )
        .correlate(Household)
        .exists()
    )
    query = (
        _active_households(session, scope)
        .add_columns(last_visit.label("last_on"))
        .where(~visited_in_cycle)
    )
    groups = every_cycle_households(session, start, end)
    grid_names = _grid_names(session)
    due: list[DueHousehold] = []
    for row in session.execute(query):
        names = tuple(groups.get(row.id, ()))
        last_on = row.last_on
        due.append(
            DueHousehold(
                household_id=row.id,
                number=row.number,
                address=row.address,
                grid_id=row.grid_id,
                grid=grid_names.get(row.grid_id, "") if row.grid_id is not None else "",
                every_cycle=bool(names),
                groups=names,
                never_visited=last_on is None,
                last_visit=last_on,
                sort_key=row.sort_key,
            )
        )
    due.sort(key=lambda d: (not d.every_cycle, d.sort_key, d.household_id))
    return due


@dataclass(frozen=True)
class CoverageLine:
    key_id: int
    name: str
    grid: str
    due: int  # households to visit in the cycle
    visited: int  # distinct households visited
    ratio: float  # visited / due (0 when nothing is due)


@dataclass(frozen=True)
class CoverageReport:
    start: dt.date
    end: dt.date
    due: int
    visited: int
    ratio: float
    grids: list[CoverageLine] = field(default_factory=list)
    workers: list[CoverageLine] = field(default_factory=list)


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def coverage(session: Session, year: int, month: int) -> CoverageReport:
    """Visit coverage of the cycle: per grid (households of the grid) and per worker.

    A worker's ``due`` is the number of households of the worker's grid (and the grids below
    it); ``visited`` the distinct households that worker visited in the cycle.
    """
    start, end = session_cycle(session, year, month)
    active = and_(Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE)
    due_by_grid: dict[int | None, int] = {
        gid: int(n)
        for gid, n in session.execute(
            select(Household.grid_id, func.count()).where(active).group_by(Household.grid_id)
        )
    }
    visited_households = func.count(func.distinct(Visit.household_id))
    counted = (
        select(Household.grid_id, visited_households)
        .join(Household, Visit.household_id == Household.id)
        .where(_counting_visit(start, end), active)
    )
    visited_by_grid: dict[int | None, int] = {
        gid: int(n) for gid, n in session.execute(counted.group_by(Household.grid_id))
    }
    by_worker: dict[int | None, int] = {
        wid: int(n)
        for wid, n in session.execute(
            select(Visit.worker_id, visited_households)
            .join(Household, Visit.household_id == Household.id)
            .where(_counting_visit(start, end), active)
            .group_by(Visit.worker_id)
        )
    }
    total_due = sum(due_by_grid.values())
    total_visited = int(
        session.scalar(
            select(visited_households)
            .join(Household, Visit.household_id == Household.id)
            .where(_counting_visit(start, end), active)
        )
        or 0
    )
    grid_names = _grid_names(session)
    grid_lines = [
        CoverageLine(gid, grid_names.get(gid, ""), grid_names.get(gid, ""), due,
                     visited_by_grid.get(gid, 0), _ratio(visited_by_grid.get(gid, 0), due))
        for gid, due in sorted((g, n) for g, n in due_by_grid.items() if g is not None)
    ]  # fmt: skip
    worker_lines: list[CoverageLine] = []
    for w in session.scalars(
        select(Worker).where(Worker.deleted_at.is_(None)).order_by(Worker.area_id, Worker.id)
    ):
        scope = descendant_ids(session, w.area_id)
        due = sum(n for gid, n in due_by_grid.items() if gid is not None and gid in scope)
        mine = by_worker.get(w.id, 0)
        if not w.active and not mine:
            continue
        worker_lines.append(
            CoverageLine(w.id, w.name, grid_names.get(w.area_id, ""), due, mine, _ratio(mine, due))
        )
    return CoverageReport(
        start=start,
        end=end,
        due=total_due,
        visited=total_visited,
        ratio=_ratio(total_visited, total_due),
        grids=grid_lines,
        workers=worker_lines,
    )


# ---------------------------------------------------------------- visit records


@dataclass(frozen=True)
class VisitRow:
    id: int
    household_id: int
    household: str  # 户号
    address: str
    grid: str
    visited_on: dt.date
    visited_time: str
    worker_id: int | None
    visitor: str
    companions: str
    way: str
    met: str
    situation: str
    difficulties: str
    requests: str
    hazards: str
    policy: str
    measures: str
    follow_up: str
    notes: str
    issue_ids: tuple[int, ...] = ()


def _visit_row(v: Visit, number: str, address: str, grid: str, issues: Iterable[int]) -> VisitRow:
    return VisitRow(
        id=v.id, household_id=v.household_id, household=number, address=address, grid=grid,
        visited_on=v.visited_on, visited_time=v.visited_time, worker_id=v.worker_id,
        visitor=v.visitor, companions=v.companions, way=v.way, met=v.met, situation=v.situation,
        difficulties=v.difficulties, requests=v.requests, hazards=v.hazards, policy=v.policy,
        measures=v.measures, follow_up=v.follow_up, notes=v.notes, issue_ids=tuple(issues),
    )  # fmt: skip


def last_visits(session: Session, household_ids: Iterable[int]) -> dict[int, VisitRow]:
    """The latest visit (any way) of each household that has one: date and findings."""
    ids = list(dict.fromkeys(household_ids))
    found: dict[int, VisitRow] = {}
    grid_names = _grid_names(session)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(Visit, Household.number, Household.address, Household.grid_id)
            .join(Household, Visit.household_id == Household.id)
            .where(Visit.household_id.in_(chunk), Visit.deleted_at.is_(None))
            .order_by(Visit.household_id, Visit.visited_on, Visit.visited_time, Visit.id)
        ).all()
        for v, number, address, gid in rows:
            found[v.household_id] = _visit_row(
                v, number, address, grid_names.get(gid, "") if gid else "", ()
            )
    return found


def household_by_number(session: Session, number: str) -> Household:
    text = number.strip()
    household = session.scalars(
        select(Household).where(Household.number == text, Household.deleted_at.is_(None))
    ).first()
    if household is None:
        raise NotFound(f"没有户号为“{text}”的住户")
    return household


def find_worker(session: Session, name: str, grid_id: int | None = None) -> Worker:
    """A worker by name; with several of that name, the one serving ``grid_id`` (or above it)."""
    text = name.strip()
    if not text:
        raise ServiceError("走访人不能为空")
    candidates = list(
        session.scalars(
            select(Worker)
            .where(Worker.name == text, Worker.deleted_at.is_(None))
            .order_by(Worker.active.desc(), Worker.id)
        )
    )
    if not candidates:
        known = "、".join(
            session.scalars(
                select(Worker.name).where(Worker.deleted_at.is_(None), Worker.active.is_(True))
            )
        )
        raise NotFound(f"没有名为“{text}”的网格员。现有网格员：{known or '（无）'}")
    if len(candidates) == 1:
        return candidates[0]
    if grid_id is not None:
        from gridapp.services.places import area_path

        above = {a.id for a in area_path(session, grid_id)}
        near = [w for w in candidates if w.area_id in above]
        if len(near) == 1:
            return near[0]
    raise ServiceError(f"有 {len(candidates)} 位名为“{text}”的网格员，请在网格中区分")


_TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def _check_visit_fields(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - set(VISIT_FIELDS)
    if unknown:
        raise ServiceError(f"未知的走访记录字段：{', '.join(sorted(unknown))}")
    clean: dict[str, str] = {}
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            value = ";".join(str(v) for v in value)
        clean[key] = str(value).strip()
    time = clean.get("visited_time", "")
    if time and not _TIME.match(time):
        raise ServiceError(f"走访时间格式应为 HH:MM：{time}")
    if time and len(time) == 4:
        clean["visited_time"] = "0" + time
    hazards = [h for h in re.split(r"[;；,，、\s]+", clean.get("hazards", "")) if h]
    bad = [h for h in hazards if h not in vocab.HAZARDS]
    if bad:
        raise ServiceError(
            f"未知的安全隐患类别：{'、'.join(bad)}（可选：{'、'.join(vocab.HAZARDS)}）"
        )
    if hazards:
        clean["hazards"] = ";".join(dict.fromkeys(hazards))
    return clean


def add_visit(
    session: Session,
    household_id: int,
    visitor: str | int,
    on: dt.date,
    way: str = "入户",
    *,
    actor: str = "",
    **fields: Any,
) -> int:
    """Record a visit; ``visitor`` is a worker's name or id. Returns the visit id.

    ``fields``: any of ``VISIT_FIELDS`` (time, companions, who was met, situation, difficulties,
    requests, hazards "消防;燃气", policy, measures, follow-up, notes)."""
    household = session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(f"住户不存在（编号 {household_id}）")
    if household.status != vocab.HOUSEHOLD_ACTIVE:
        raise ServiceError(f"户号 {household.number} 已注销，不能登记走访")
    if way not in vocab.VISIT_WAYS:
        raise ServiceError(f"走访方式应为 {'、'.join(vocab.VISIT_WAYS)} 之一：{way}")
    if on > dt.date.today():
        raise ServiceError(f"走访日期 {on.isoformat()} 晚于今天，不能登记未来的走访")
    if on.year < 2000:
        raise ServiceError(f"走访日期不合理：{on.isoformat()}")
    if isinstance(visitor, int):
        worker = session.get(Worker, visitor)
        if worker is None or worker.deleted_at is not None:
            raise NotFound(f"网格员不存在（编号 {visitor}）")
    else:
        worker = find_worker(session, visitor, household.grid_id)
    values = _check_visit_fields(fields)
    visit = Visit(
        household_id=household.id,
        visited_on=on,
        worker_id=worker.id,
        visitor=worker.name,
        way=way,
        **values,
    )
    session.add(visit)
    session.flush()
    return visit.id


def delete_visit(session: Session, visit_id: int) -> None:
    """A visit entered by mistake is tombstoned (kept for merging), not removed."""
    from gridapp.db.models import now

    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound(f"走访记录不存在（编号 {visit_id}）")
    visit.deleted_at = now()
    session.flush()


def withdraw_visit(session: Session, visit_id: int) -> None:
    """The undo of ``add_visit``: the visit is tombstoned (logged by the recorder). Refused
    while a live issue or errand was raised from it (those are undone first)."""
    from gridapp.db.models import ServiceRequest, now

    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound(f"走访记录不存在（编号 {visit_id}）")
    for model, noun in ((Issue, "问题"), (ServiceRequest, "代办")):
        number = session.scalar(
            select(model.number).where(model.visit_id == visit_id, model.deleted_at.is_(None))
        )
        if number is not None:
            raise ServiceError(f"这次走访已登记{noun} {number}，请先撤销它")
    visit.deleted_at = now()
    session.flush()


def restore_visit(session: Session, visit_id: int) -> None:
    """The redo of a withdrawn visit: live again (its household must still be on the register)."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"走访记录不存在（编号 {visit_id}）")
    if visit.deleted_at is None:
        return
    household = session.get(Household, visit.household_id)
    if household is None or household.deleted_at is not None:
        raise ServiceError("这次走访的住户已不在台账中，不能恢复走访记录")
    visit.deleted_at = None
    session.flush()


@dataclass(frozen=True)
class VisitFilter:
    household_id: int | None = None
    grid_id: int | None = None
    worker_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    way: str | None = None
    limit: int | None = None


def visit_history(session: Session, filters: VisitFilter | None = None) -> list[VisitRow]:
    """Visits, newest first, with the issues raised from each."""
    f = filters or VisitFilter()
    query = (
        select(Visit, Household.number, Household.address, Household.grid_id)
        .join(Household, Visit.household_id == Household.id)
        .where(Visit.deleted_at.is_(None))
    )
    if f.household_id is not None:
        query = query.where(Visit.household_id == f.household_id)
    if f.grid_id is not None:
        scope = _grid_scope(session, f.grid_id) or set()
        query = query.where(Household.grid_id.in_(scope))
    if f.worker_id is not None:
        query = query.where(Visit.worker_id == f.worker_id)
    if f.date_from is not None:
        query = query.where(Visit.visited_on >= f.date_from)
    if f.date_to is not None:
        query = query.where(Visit.visited_on <= f.date_to)
    if f.way:
        query = query.where(Visit.way == f.way)
    query = query.order_by(Visit.visited_on.desc(), Visit.visited_time.desc(), Visit.id.desc())
    if f.limit:
        query = query.limit(f.limit)
    rows = session.execute(query).all()
    ids = [r[0].id for r in rows]
    issues: dict[int, list[int]] = {}
    for start in range(0, len(ids), 500):
        for vid, iid in session.execute(
            select(Issue.visit_id, Issue.id).where(
                Issue.visit_id.in_(ids[start : start + 500]), Issue.deleted_at.is_(None)
            )
        ):
            if vid is not None:
                issues.setdefault(vid, []).append(iid)
    grid_names = _grid_names(session)
    return [
        _visit_row(v, number, address, grid_names.get(gid, "") if gid else "", issues.get(v.id, []))
        for v, number, address, gid in rows
    ]
