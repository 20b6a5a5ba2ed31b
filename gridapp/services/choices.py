"""What the screens offer to choose from or look up: workers, group kinds, buildings, the area
tree, one household. Plain frozen rows, one query each, so the UI holds no SQL (issue 15.1).
The grids themselves come from ``services.places`` (``grids``, ``leaf_grids``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    Building,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    Person,
    Worker,
)
from gridapp.services.lookups import on_register
from gridapp.services.search import household_uuid_from_qr


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class WorkerChoice:
    id: int
    name: str
    area: str  # the name of the worker's grid


@dataclass(frozen=True)
class WorkerRow:
    id: int
    name: str
    area: str
    role: str
    phone: str
    active: bool
    has_photo: bool = False  # a photo for the notice board (services/worker_photo)


@dataclass(frozen=True)
class GroupKindChoice:
    code: str
    name: str
    every_cycle: bool


@dataclass(frozen=True)
class BuildingChoice:
    id: int
    name: str
    compound: str  # "" when the building is in no compound
    grid: str  # "" when it is in no grid


@dataclass(frozen=True)
class AreaNode:
    id: int
    name: str
    level: str
    parent_id: int | None


@dataclass(frozen=True)
class HouseholdHead:
    """What the quick visit entry shows of a household."""

    id: int
    number: str
    address: str
    grid_id: int | None


# ---------------------------------------------------------------- workers


def _on_duty() -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return (Worker.deleted_at.is_(None), Worker.active.is_(True))


def worker_choices(session: Session) -> list[Choice]:
    """The workers on duty, grid by grid."""
    query = select(Worker.id, Worker.name).where(*_on_duty()).order_by(Worker.area_id, Worker.id)
    return [Choice(wid, name) for wid, name in session.execute(query)]


def worker_grid_choices(session: Session) -> list[WorkerChoice]:
    """The workers on duty with their grid's name, grid by grid."""
    query = (
        select(Worker.id, Worker.name, Area.name)
        .join(Area, Worker.area_id == Area.id)
        .where(*_on_duty())
        .order_by(Worker.area_id, Worker.id)
    )
    return [WorkerChoice(wid, name, area) for wid, name, area in session.execute(query)]


def grid_worker(session: Session, grid_id: int) -> int | None:
    """A worker on duty in the grid (the visitor a visit to its households starts with)."""
    return session.scalar(select(Worker.id).where(Worker.area_id == grid_id, *_on_duty()))


def worker_rows(session: Session) -> list[WorkerRow]:
    """Every worker, on duty or not, in the order of the grids."""
    query = (
        select(Worker, Area.name, (Worker.photo_jpeg.is_not(None)) | (Worker.photo != ""))
        .join(Area, Worker.area_id == Area.id)
        .where(Worker.deleted_at.is_(None))
        .order_by(Area.sort_order, Worker.area_id, Worker.id)
    )
    return [
        WorkerRow(w.id, w.name, area, w.role, w.phone, w.active, bool(photo))
        for w, area, photo in session.execute(query)
    ]


# ---------------------------------------------------------------- groups


def group_kind_choices(session: Session) -> list[GroupKindChoice]:
    query = (
        select(GroupKind.code, GroupKind.name, GroupKind.every_cycle)
        .where(GroupKind.deleted_at.is_(None))
        .order_by(GroupKind.sort_order, GroupKind.id)
    )
    return [
        GroupKindChoice(code, name, bool(every)) for code, name, every in session.execute(query)
    ]


def group_fields(session: Session, code: str) -> list[str]:
    """The group's own fields (none for an unknown code)."""
    kind = session.scalar(select(GroupKind).where(GroupKind.code == code))
    return [str(f) for f in (kind.fields if kind is not None else [])]


# ---------------------------------------------------------------- places


def building_choices(session: Session, grid_id: int | None = None) -> list[BuildingChoice]:
    """The buildings by compound, each with the name of its grid; with ``grid_id``, only the
    buildings of that grid or of the grids below it."""
    grid_names: dict[int, str] = {
        aid: name for aid, name in session.execute(select(Area.id, Area.name))
    }
    query = (
        select(Building.id, Building.name, Compound.name, Building.grid_id)
        .outerjoin(Compound, Building.compound_id == Compound.id)
        .where(Building.deleted_at.is_(None))
        .order_by(Compound.name, Building.sort_order, Building.id)
    )
    if grid_id is not None:
        query = query.where(Building.grid_id.in_(_area_and_below(session, grid_id)))
    return [
        BuildingChoice(
            b_id, name, compound or "", grid_names.get(gid, "") if gid is not None else ""
        )
        for b_id, name, compound, gid in session.execute(query)
    ]


def _area_and_below(session: Session, area_id: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for node in area_nodes(session):
        children.setdefault(node.parent_id, []).append(node.id)
    found, todo = {area_id}, [area_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def area_nodes(session: Session) -> list[AreaNode]:
    """Every area, parents before their children where the sort order says so."""
    query = select(Area).where(Area.deleted_at.is_(None)).order_by(Area.sort_order, Area.id)
    return [AreaNode(a.id, a.name, a.level, a.parent_id) for a in session.scalars(query)]


def area_level(session: Session, area_id: int | None) -> str | None:
    area = session.get(Area, area_id) if area_id is not None else None
    return area.level if area is not None else None


def sub_districts(session: Session) -> list[Choice]:
    """The top areas at the first level (a register normally has one sub-district)."""
    query = select(Area.id, Area.name).where(
        Area.parent_id.is_(None), Area.level == vocab.AREA_LEVELS[0], Area.deleted_at.is_(None)
    )
    return [Choice(aid, name) for aid, name in session.execute(query)]


def grid_duty_phone(session: Session, grid_id: int | None) -> str:
    """The grid's duty phone; "" for all grids or an unknown one."""
    grid = session.get(Area, grid_id) if grid_id is not None else None
    return grid.duty_phone if grid is not None else ""


def grid_names(session: Session) -> list[str]:
    """The names of the live grids in their order, as the import wizard offers them."""
    from gridapp.services.places import grids

    return [grid.name for grid in grids(session)]


# ---------------------------------------------------------------- households


def household_head(session: Session, household_id: int) -> HouseholdHead | None:
    """The household, or None when it is unknown or deleted."""
    h = session.get(Household, household_id)
    if h is None or h.deleted_at is not None:
        return None
    return HouseholdHead(h.id, h.number, h.address, h.grid_id)


def scanned_household(session: Session, text: str) -> int | None:
    """The household a scanned form's QR text (or a typed household number) names."""
    uuid = household_uuid_from_qr(text)
    query = select(Household.id).where(Household.deleted_at.is_(None))
    if uuid is not None:
        query = query.where(Household.uuid == uuid.lower())
    else:
        query = query.where(Household.number == text)
    return session.scalar(query)


# ---------------------------------------------------------------- life events


@dataclass(frozen=True)
class MemberChoice:
    id: int
    name: str
    relation: str


def _staying(household_id: int, leaving: set[int]) -> tuple[ColumnElement[bool], ...]:
    return (Person.household_id == household_id, Person.id.not_in(leaving), *on_register())


def new_head_candidates(session: Session, leaving: set[int]) -> list[MemberChoice] | None:
    """Who may become head when ``leaving`` (persons of one household) go: the members who
    stay, in household order; None when no new head is needed (the head stays, or there is
    no household)."""
    person = session.get(Person, next(iter(leaving)))
    if person is None or person.household_id is None:
        return None
    household = session.get(Household, person.household_id)
    if household is None or household.head_id not in leaving:
        return None
    rows = session.execute(
        select(Person.id, Person.name, Person.relation)
        .where(*_staying(household.id, leaving))
        .order_by(Person.sort_order, Person.id)
    )
    return [MemberChoice(pid, name, relation or "") for pid, name, relation in rows]


def live_household_by_number(session: Session, number: str) -> int | None:
    """The live household with this 户号."""
    return session.scalar(
        select(Household.id).where(
            Household.number == number.strip(), Household.deleted_at.is_(None)
        )
    )


def members_by_name(session: Session, household_id: int) -> dict[str, int]:
    """The household's members on the register, by name."""
    rows = session.execute(select(Person.id, Person.name).where(*_staying(household_id, set())))
    return {name: pid for pid, name in rows}


def active_group_kinds(session: Session) -> list[GroupKindChoice]:
    """The groups a person can enter now."""
    rows = session.execute(
        select(GroupKind.code, GroupKind.name, GroupKind.every_cycle)
        .where(GroupKind.active.is_(True))
        .order_by(GroupKind.sort_order, GroupKind.id)
    )
    return [GroupKindChoice(code, name, bool(every)) for code, name, every in rows]


def open_memberships(session: Session, person_id: int) -> list[Choice]:
    """The person's current group memberships: the membership's id and the group's name."""
    rows = session.execute(
        select(GroupMembership.id, GroupKind.name)
        .join(GroupKind, GroupMembership.group_id == GroupKind.id)
        .where(
            GroupMembership.person_id == person_id,
            GroupMembership.left_on.is_(None),
            GroupMembership.deleted_at.is_(None),
        )
    )
    return [Choice(mid, name) for mid, name in rows]


# ---------------------------------------------------------------- grids for a household

GRID_PATH_SEPARATOR = " › "


def household_grid_choices(session: Session, keep: int | None = None) -> list[Choice]:
    """The grids a household can belong to (the lowest level: ``places.leaf_grids``), each
    named ``社区 › 网格`` so that look-alike grid names are told apart, in the grids' order.
    ``keep``: a grid to offer as well although it is not a leaf (a household already in it)."""
    from gridapp.services.places import area_path, grids, leaf_grids

    wanted = leaf_grids(session)
    if keep is not None and keep not in {g.id for g in wanted}:
        wanted += [g for g in grids(session) if g.id == keep]
    out = []
    for grid in wanted:
        community = [a.name for a in area_path(session, grid.id) if a.level == vocab.AREA_LEVELS[1]]
        out.append(Choice(grid.id, GRID_PATH_SEPARATOR.join([*community[:1], grid.name])))
    return out
