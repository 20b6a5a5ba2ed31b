"""Areas, grids, compounds and buildings: the places households belong to."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from gridapp.db import vocab
from gridapp.db.models import Area, Building, Compound, Household, Room, Unit
from gridapp.services.common import NotFound


def grids(session: Session) -> list[Area]:
    return list(
        session.scalars(
            select(Area)
            .where(Area.level.in_(vocab.GRID_LEVELS), Area.deleted_at.is_(None))
            .order_by(Area.sort_order, Area.id)
        )
    )


def leaf_grids(session: Session) -> list[Area]:
    """Grids with no grid below them: the ones households belong to."""
    parents = {a.parent_id for a in grids(session)}
    return [g for g in grids(session) if g.id not in parents]


def grid_by_name(session: Session, name: str) -> Area:
    found = session.scalars(
        select(Area).where(Area.name == name, Area.deleted_at.is_(None)).order_by(Area.id)
    ).first()
    if found is None:
        known = "、".join(g.name for g in grids(session)) or "（无）"
        raise NotFound(f"没有名为“{name}”的网格。现有网格：{known}")
    return found


def descendant_ids(session: Session, area_id: int) -> set[int]:
    """An area and every area below it."""
    rows = session.execute(select(Area.id, Area.parent_id).where(Area.deleted_at.is_(None))).all()
    children: dict[int | None, list[int]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row.id)
    found, stack = {area_id}, [area_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def area_path(session: Session, area_id: int | None) -> list[Area]:
    """From the top (街道) down to the area."""
    path: list[Area] = []
    while area_id is not None:
        area = session.get(Area, area_id)
        if area is None:
            break
        path.append(area)
        area_id = area.parent_id
    return list(reversed(path))


@dataclass(frozen=True)
class Place:
    compound: str
    building: str
    unit: str
    room: str


def place_of(session: Session, household: Household) -> Place:
    if household.room_id is None:
        return Place("", "", "", "")
    b, c, u, r = aliased(Building), aliased(Compound), aliased(Unit), aliased(Room)
    row = session.execute(
        select(c.name, b.name, u.name, r.number)
        .select_from(r)
        .join(u, r.unit_id == u.id)
        .join(b, u.building_id == b.id)
        .outerjoin(c, b.compound_id == c.id)
        .where(r.id == household.room_id)
    ).one()
    return Place(row[0] or "", row[1], row[2], row[3])


def building_by_name(session: Session, name: str, compound: str | None = None) -> list[Building]:
    query = select(Building).where(Building.name == name, Building.deleted_at.is_(None))
    if compound:
        query = query.join(Compound, Building.compound_id == Compound.id).where(
            Compound.name == compound
        )
    found = list(session.scalars(query))
    if not found:
        raise NotFound(f"没有名为“{name}”的楼栋")
    return found


@lru_cache(maxsize=8192)  # labels repeat: an import asks for the same few thousand
def _sort_part(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"{int(digits):06d}" if digits else text.rjust(6, "~")


def room_sort_key(building_order: int, building: str, unit: str, room: str) -> str:
    """A text key that sorts households the way the walk goes: building, unit, room."""
    return f"{building_order:04d}{_sort_part(building)}{_sort_part(unit)}{_sort_part(room)}"
