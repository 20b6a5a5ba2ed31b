"""Setting up the register's places and people: grids, buildings between grids, workers.

Used by the settings page. Moving a building to another grid moves its households too, each
change written to the change log.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Building, GroupKind, Household, Room, Unit, Worker
from gridapp.services import settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.lookups import live_row
from gridapp.services.register import update_household


def _area(session: Session, area_id: int) -> Area:
    return live_row(session, Area, area_id, "区域")


def _name(text: str, what: str) -> str:
    name = text.strip()
    if not name:
        raise ServiceError(f"{what}名称不能为空")
    if len(name) > 64:
        raise ServiceError(f"{what}名称过长（最多 64 个字）：{name[:20]}…")
    return name


def create_area(session: Session, name: str, level: str, parent_id: int | None = None) -> Area:
    """A new 街道 / 社区 / 网格 under ``parent_id``; names are unique under one parent."""
    if level not in vocab.AREA_LEVELS:
        raise ServiceError(f"区域级别应为 {'、'.join(vocab.AREA_LEVELS)} 之一：{level}")
    clean = _name(name, level)
    if parent_id is not None:
        _area(session, parent_id)
    clash = session.scalar(
        select(Area.id).where(
            Area.name == clean,
            Area.deleted_at.is_(None),
            Area.parent_id.is_(None) if parent_id is None else Area.parent_id == parent_id,
        )
    )
    if clash is not None:
        raise ServiceError(f"已有名为“{clean}”的区域")
    order = len(
        session.scalars(
            select(Area.id).where(
                Area.parent_id.is_(None) if parent_id is None else Area.parent_id == parent_id
            )
        ).all()
    )
    area = Area(name=clean, level=level, parent_id=parent_id, sort_order=order)
    session.add(area)
    session.flush()
    return area


def rename_area(session: Session, area_id: int, name: str) -> Area:
    area = _area(session, area_id)
    clean = _name(name, area.level)
    clash = session.scalar(
        select(Area.id).where(
            Area.name == clean,
            Area.deleted_at.is_(None),
            Area.id != area.id,
            Area.parent_id.is_(None)
            if area.parent_id is None
            else Area.parent_id == area.parent_id,
        )
    )
    if clash is not None:
        raise ServiceError(f"已有名为“{clean}”的区域")
    area.name = clean
    session.flush()
    return area


def move_building(session: Session, building_id: int, grid_id: int, actor: str = "") -> int:
    """Put a building (and every household in it) into another grid. Returns households moved."""
    building = session.get(Building, building_id)
    if building is None or building.deleted_at is not None:
        raise NotFound(f"楼栋不存在（编号 {building_id}）")
    grid = _area(session, grid_id)
    if grid.level not in vocab.GRID_LEVELS:
        raise ServiceError(f"“{grid.name}”不是网格，楼栋只能划入网格")
    building.grid_id = grid.id
    households = session.scalars(
        select(Household)
        .join(Room, Household.room_id == Room.id)
        .join(Unit, Room.unit_id == Unit.id)
        .where(Unit.building_id == building.id, Household.deleted_at.is_(None))
        .order_by(Household.id)
    ).all()
    writer = ChangeWriter(session, actor or settings.operator(session))
    moved = 0
    for household in households:
        if update_household(session, writer, household, {"grid_id": grid.id}):
            moved += 1
    writer.flush()
    session.flush()
    return moved


def add_worker(
    session: Session,
    name: str,
    area_id: int,
    phone: str = "",
    role: str = "网格员",
    actor: str = "",
) -> Worker:
    """A new worker of a grid, logged (who added whom, with what) like every change."""
    clean = _name(name, "网格员")
    _area(session, area_id)
    worker = Worker(name=clean, area_id=area_id, phone=phone.strip(), role=role.strip() or "网格员")
    session.add(worker)
    session.flush()
    writer = ChangeWriter(session, actor or settings.operator(session))
    snapshot = {"name": worker.name, "area_id": area_id, "phone": worker.phone, "role": worker.role}
    writer.add(
        "worker", worker.id, worker.uuid, "create", new={k: v for k, v in snapshot.items() if v}
    )
    writer.flush()
    return worker


def set_worker_active(session: Session, worker_id: int, active: bool, actor: str = "") -> None:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.deleted_at is not None:
        raise NotFound(f"网格员不存在（编号 {worker_id}）")
    if worker.active == active:
        return
    writer = ChangeWriter(session, actor or settings.operator(session))
    writer.add("worker", worker.id, worker.uuid, "update", "active", worker.active, active)
    worker.active = active
    writer.flush()
    session.flush()


def set_every_cycle(session: Session, codes: set[str]) -> None:
    """Which special groups need their households visited every cycle."""
    for kind in session.scalars(select(GroupKind).where(GroupKind.deleted_at.is_(None))):
        kind.every_cycle = kind.code in codes
    session.flush()
