"""What the printed documents show, read from the register as plain data.

Households are read in chunks with a handful of queries per chunk (members, groups, last visit,
open issues and services), so 2,000 forms cost a few dozen queries, not tens of thousands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ScalarResult, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload, undefer

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    Building,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    Issue,
    Person,
    Room,
    ServiceRequest,
    Unit,
    Worker,
)
from gridapp.domain import idcard
from gridapp.domain import issue_flow as flow
from gridapp.services import places, visits
from gridapp.services.common import NotFound
from gridapp.services.register import active_members
from gridapp.services.search import qr_text

CHUNK = 200
_Case = TypeVar("_Case", Issue, ServiceRequest)  # what a household has open


@dataclass(frozen=True)
class WorkerRow:
    name: str
    role: str
    phone: str
    photo: str = ""  # an older register's file path (the fallback)
    photo_jpeg: bytes | None = None  # the photo kept in the register (services/worker_photo)


@dataclass(frozen=True)
class MemberRow:
    name: str
    relation: str
    gender: str
    age: int | None
    phone: str
    id_number: str  # as stored; the writer masks it
    groups: tuple[str, ...]
    status: str  # "" for 在册, else 外出 …
    # Only the household card shows these.
    birth_date: dt.date | None = None
    ethnicity: str = ""
    category: str = ""
    political: str = ""
    education: str = ""
    marital: str = ""
    health: str = ""
    occupation: str = ""
    employer: str = ""
    hukou_address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class LastVisit:
    on: dt.date
    visitor: str
    way: str
    findings: str


@dataclass(frozen=True)
class HouseholdSheet:
    household_id: int
    uuid: str
    qr: str
    number: str
    grid: str
    community: str
    workers: tuple[WorkerRow, ...]
    address: str
    compound: str
    building: str
    unit: str
    room: str
    kind: str
    housing: str
    owner: str
    landlord: str
    landlord_phone: str
    hazards: str
    notes: str
    members: tuple[MemberRow, ...]
    last_visit: LastVisit | None
    open_items: tuple[str, ...] = field(default_factory=tuple)
    every_cycle: tuple[str, ...] = ()  # groups that need this household visited every cycle


@dataclass(frozen=True)
class Selection:
    household_ids: list[int]
    description: str  # "东方花园第一网格 · 5号楼", for titles and progress
    cycle: str  # "2026年11月" or "2026年11月—12月"
    every_cycle: dict[int, tuple[str, ...]]  # households a group needs visited every cycle


def select_households(
    session: Session,
    grid: str | None = None,
    building: str | None = None,
    household_ids: Sequence[int] | None = None,
    *,
    year: int | None = None,
    month: int | None = None,
    due_only: bool = False,
    building_id: int | None = None,
) -> Selection:
    """Active households in walk order (building, unit, room), optionally one grid / building
    (by name: every building so named; ``building_id``: that one, as picked in a list);
    ``due_only``: only those not yet visited in the cycle of ``year-month`` (default: now)."""
    today = dt.date.today()
    year, month = year or today.year, month or today.month
    start, end = visits.session_cycle(session, year, month)
    cycle = f"{start.year}年{start.month}月"
    if (start.year, start.month) != (end.year, end.month):
        cycle += f"—{'' if end.year == start.year else f'{end.year}年'}{end.month}月"
    query = select(Household.id).where(
        Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE
    )
    parts: list[str] = []
    grid_id: int | None = None
    if grid:
        area = places.grid_by_name(session, grid)
        grid_id = area.id
        query = query.where(Household.grid_id.in_(places.descendant_ids(session, area.id)))
        parts.append(area.name)
    buildings = _buildings(session, building, building_id)
    if buildings:
        rooms = (
            select(Room.id)
            .join(Unit, Room.unit_id == Unit.id)
            .where(Unit.building_id.in_([b.id for b in buildings]))
        )
        query = query.where(Household.room_id.in_(rooms))
        building = buildings[0].name
        parts.append(building)
    if household_ids is not None:
        query = query.where(Household.id.in_(list(household_ids)))
    ids = list(session.scalars(query.order_by(Household.sort_key, Household.number, Household.id)))
    if not ids and (grid or building):
        raise NotFound(f"{' · '.join(parts)} 没有在册的户")
    if due_only:  # the walk order stays: the stack of paper follows the round
        due = {d.household_id for d in visits.due_households(session, year, month, grid_id)}
        ids = [i for i in ids if i in due]
        parts.append(f"{cycle}未走访")
    flags = {
        hid: tuple(names)
        for hid, names in visits.every_cycle_households(session, start, end).items()
    }
    ids = must_visit_first(ids, flags, _buildings_of(session, ids))
    return Selection(ids, " · ".join(parts) or "全部网格", cycle, flags)


def _buildings(session: Session, name: str | None, building_id: int | None) -> list[Building]:
    """The building picked in a list (``building_id``), or every building named ``name``."""
    if building_id is not None:
        one = session.get(Building, building_id)
        if one is None or one.deleted_at is not None:
            raise NotFound("没有这个楼栋")
        return [one]
    return places.building_by_name(session, name) if name else []


def must_visit_first(
    ids: Sequence[int], flags: Mapping[int, object], building_of: Mapping[int, int | None]
) -> list[int]:
    """The walk (``ids`` in building, unit, room order) with, within each building, the
    households a group needs visited every cycle (低保, 独居老人 … ``visits.every_cycle_households``)
    first, then the rest, each in walk order (scenario 2). Households without a building are
    one stretch of the walk of their own; the buildings keep their order."""
    rank: dict[int | None, int] = {}
    for hid in ids:
        rank.setdefault(building_of.get(hid), len(rank))
    walk = {hid: n for n, hid in enumerate(ids)}
    return sorted(ids, key=lambda h: (rank[building_of.get(h)], h not in flags, walk[h]))


def _buildings_of(session: Session, ids: Sequence[int]) -> dict[int, int | None]:
    """Household id → the building of its room (None: no room)."""
    found: dict[int, int | None] = {}
    for start in range(0, len(ids), 900):  # SQLite's parameter limit
        chunk = list(ids[start : start + 900])
        found.update(
            (hid, bid)
            for hid, bid in session.execute(
                select(Household.id, Unit.building_id)
                .outerjoin(Room, Household.room_id == Room.id)
                .outerjoin(Unit, Room.unit_id == Unit.id)
                .where(Household.id.in_(chunk))
            )
        )
    return found


def household_by_number(session: Session, number: str) -> int:
    found = session.scalar(
        select(Household.id).where(
            Household.number == number.strip(), Household.deleted_at.is_(None)
        )
    )
    if found is None:
        raise NotFound(f"没有户号为“{number}”的户")
    return found


class _Areas:
    """Grid names, communities and teams, read once."""

    def __init__(self, session: Session) -> None:
        self.areas = {a.id: a for a in session.scalars(select(Area))}
        self.workers: dict[int, list[WorkerRow]] = {}
        rows = session.scalars(
            select(Worker)
            .where(Worker.deleted_at.is_(None), Worker.active.is_(True))
            .order_by(Worker.id)
        )
        for w in rows:
            self.workers.setdefault(w.area_id, []).append(
                WorkerRow(w.name, w.role, w.phone, w.photo)
            )
        for team in self.workers.values():
            team.sort(key=lambda w: _ROLE_ORDER.get(w.role, 9))

    def community(self, grid_id: int | None) -> str:
        area = self.areas.get(grid_id) if grid_id is not None else None
        while area is not None and area.level != "社区":
            area = self.areas.get(area.parent_id) if area.parent_id is not None else None
        return area.name if area is not None else ""

    def team(self, grid_id: int | None) -> tuple[WorkerRow, ...]:
        area = self.areas.get(grid_id) if grid_id is not None else None
        while area is not None:  # a grid without its own team is served by the one above
            if self.workers.get(area.id):
                return tuple(self.workers[area.id])
            area = self.areas.get(area.parent_id) if area.parent_id is not None else None
        return ()


_ROLE_ORDER = {r: i for i, r in enumerate(vocab.WORKER_ROLES)}


def _age(born: dt.date | None, today: dt.date) -> int | None:
    return idcard.age_at(born, today) if born else None


def _findings(v: visits.VisitRow) -> str:
    parts = []
    for label, text in (
        ("情况", v.situation),
        ("困难", v.difficulties),
        ("诉求", v.requests),
        ("隐患", v.hazards),
        ("措施", v.measures),
        ("跟进", v.follow_up),
    ):
        if text and text.strip():
            parts.append(f"{label}：{text.strip()}")
    return "；".join(parts) or "无异常"


def iter_sheets(
    session: Session,
    household_ids: Sequence[int],
    today: dt.date | None = None,
    full: bool = False,
    every_cycle: Mapping[int, tuple[str, ...]] | None = None,
) -> Iterator[HouseholdSheet]:
    """The sheets in the order of ``household_ids``, read ``CHUNK`` households at a time.
    Read-only. Memory stays flat: the session's identity map holds unchanged objects weakly,
    so each chunk's rows go once its sheets are drawn."""
    today = today or dt.date.today()
    areas = _Areas(session)
    flags = every_cycle or {}
    for start in range(0, len(household_ids), CHUNK):
        chunk = list(household_ids[start : start + CHUNK])
        yield from _chunk(session, chunk, areas, today, full, flags)


def _chunk(
    session: Session,
    ids: list[int],
    areas: _Areas,
    today: dt.date,
    full: bool,
    flags: Mapping[int, tuple[str, ...]],
) -> Iterator[HouseholdSheet]:
    households = {
        h.id: h
        for h in session.scalars(
            select(Household).where(Household.id.in_(ids)).options(selectinload(Household.members))
        )
    }
    place_rows = session.execute(
        select(Room.id, Room.number, Unit.name, Building.name, Compound.name)
        .join(Unit, Room.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .outerjoin(Compound, Building.compound_id == Compound.id)
        .where(Room.id.in_([h.room_id for h in households.values() if h.room_id is not None]))
    ).all()
    place = {r[0]: (r[4] or "", r[3], r[2], r[1]) for r in place_rows}
    person_ids = [m.id for h in households.values() for m in h.members]
    groups: dict[int, list[str]] = {}
    for pid, name in session.execute(
        select(GroupMembership.person_id, GroupKind.name)
        .join(GroupKind, GroupMembership.group_id == GroupKind.id)
        .where(
            GroupMembership.person_id.in_(person_ids),
            GroupMembership.left_on.is_(None),
            GroupMembership.deleted_at.is_(None),
        )
        .order_by(GroupKind.sort_order, GroupKind.id)
    ):
        groups.setdefault(pid, []).append(name)
    last = _last_visits(session, ids)
    items = _open_items(session, ids, today)
    for hid in ids:
        h = households.get(hid)
        if h is None:
            continue
        compound, building, unit, room = place.get(h.room_id or -1, ("", "", "", ""))
        members = tuple(_member(m, groups.get(m.id, []), today, full) for m in active_members(h))
        grid = areas.areas.get(h.grid_id) if h.grid_id is not None else None
        yield HouseholdSheet(
            household_id=h.id,
            uuid=h.uuid,
            qr=qr_text(h.uuid),
            number=h.number,
            grid=grid.name if grid else "",
            community=areas.community(h.grid_id),
            workers=areas.team(h.grid_id),
            address=h.address,
            compound=compound,
            building=building,
            unit=unit,
            room=room,
            kind=h.kind,
            housing=h.housing,
            owner=h.owner,
            landlord=h.landlord,
            landlord_phone=h.landlord_phone,
            hazards=h.hazards,
            notes=h.notes,
            members=members,
            last_visit=last.get(h.id),
            open_items=tuple(items.get(h.id, ())),
            every_cycle=flags.get(h.id, ()),
        )


def _member(m: Person, groups: list[str], today: dt.date, full: bool) -> MemberRow:
    more: dict[str, Any] = {}
    if full:
        more = {f: getattr(m, f) for f in _CARD_FIELDS}
    return MemberRow(
        name=m.name,
        relation=m.relation,
        gender=m.gender,
        age=_age(m.birth_date, today),
        phone=m.phone,
        id_number=m.id_number,
        groups=tuple(groups),
        status=""
        if m.status == vocab.STATUS_ACTIVE
        else vocab.STATUS_LABELS.get(m.status, m.status),
        **more,
    )


_CARD_FIELDS = (
    "birth_date",
    "ethnicity",
    "category",
    "political",
    "education",
    "marital",
    "health",
    "occupation",
    "employer",
    "hukou_address",
    "notes",
)


def _last_visits(session: Session, ids: list[int]) -> dict[int, LastVisit]:
    return {
        hid: LastVisit(v.visited_on, v.visitor, v.way, _findings(v))
        for hid, v in visits.last_visits(session, ids).items()
    }


def _open_items(session: Session, ids: list[int], today: dt.date) -> dict[int, list[str]]:
    """Each household's open issues, then its open errands, oldest first, one line each."""
    items: dict[int, list[str]] = {}
    for issue in _still_open(session, Issue, ids, flow.OPEN_STATES, Issue.reported_on):
        due = f"，限 {issue.due_on:%m-%d}" if issue.due_on else ""
        if flow.is_overdue(issue.state, issue.due_on, today):
            due += "，已超期"
        items.setdefault(issue.household_id or 0, []).append(
            f"问题 {issue.reported_on:%Y-%m-%d} {issue.title}（{issue.state}{due}）"
        )
    for req in _still_open(
        session, ServiceRequest, ids, flow.SERVICE_OPEN_STATES, ServiceRequest.requested_on
    ):
        missing = f"，缺材料：{req.materials_missing}" if req.materials_missing else ""
        items.setdefault(req.household_id or 0, []).append(
            f"代办 {req.requested_on:%Y-%m-%d} {req.errand}（{req.state}{missing}）"
        )
    return items


def _still_open(
    session: Session,
    model: type[_Case],
    ids: list[int],
    states: Collection[str],
    opened_on: InstrumentedAttribute[dt.date],
) -> ScalarResult[_Case]:
    """The households' issues or errands not deleted and in an open state, oldest first."""
    return session.scalars(
        select(model)
        .where(
            model.household_id.in_(ids),
            model.deleted_at.is_(None),
            model.state.in_(states),
        )
        .order_by(opened_on, model.id)
    )


@dataclass(frozen=True)
class NoticeData:
    grid: str
    community: str
    street: str
    scope: str
    service_hours: str
    duty_phone: str
    workers: tuple[WorkerRow, ...]  # published, active; leader first


def notice_data(session: Session, grid: str) -> NoticeData:
    """What the grid publishes to its residents (网格员公示牌)."""
    area = places.grid_by_name(session, grid)
    path = places.area_path(session, area.id)
    street = next((a.name for a in path if a.level == "街道"), "")
    community = next((a.name for a in path if a.level == "社区"), "")
    workers: list[WorkerRow] = []
    for a in reversed(path):  # the grid's own team, else the team of the grid above it
        rows = session.scalars(
            select(Worker)
            .where(
                Worker.area_id == a.id,
                Worker.deleted_at.is_(None),
                Worker.active.is_(True),
                Worker.published.is_(True),
            )
            .options(undefer(Worker.photo_jpeg))
            .order_by(Worker.id)
        ).all()
        if rows:
            workers = [WorkerRow(w.name, w.role, w.phone, w.photo, w.photo_jpeg) for w in rows]
            break
    workers.sort(key=lambda w: _ROLE_ORDER.get(w.role, 9))
    hours = next((a.service_hours for a in reversed(path) if a.service_hours), "")
    duty = next((a.duty_phone for a in reversed(path) if a.duty_phone), "")
    return NoticeData(area.name, community, street, area.scope, hours, duty, tuple(workers))
