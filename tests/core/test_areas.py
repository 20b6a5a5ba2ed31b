"""Setting up places and workers: grids, renames, buildings moved between grids, workers."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import Area, Building, ChangeLog, GroupKind, Household, Room, Unit, Worker
from gridapp.services import areas
from gridapp.services.common import NotFound, ServiceError


def _households_of(session: Any, building_id: int) -> list[Household]:
    rooms = (
        select(Room.id).join(Unit, Room.unit_id == Unit.id).where(Unit.building_id == building_id)
    )
    return list(session.scalars(select(Household).where(Household.room_id.in_(rooms))))


def test_create_and_rename_areas(demo_engine: Any) -> None:
    with session_scope(demo_engine) as s:
        street = s.scalars(select(Area).where(Area.parent_id.is_(None))).first()
        assert street is not None
        community = areas.create_area(s, " 新社区 ", "社区", street.id)
        grid = areas.create_area(s, "新网格", "二级网格", community.id)
        assert (community.name, grid.parent_id) == ("新社区", community.id)
        with pytest.raises(ServiceError, match="已有"):
            areas.create_area(s, "新网格", "二级网格", community.id)
        with pytest.raises(ServiceError, match="级别"):
            areas.create_area(s, "x", "小区", community.id)
        with pytest.raises(ServiceError, match="不能为空"):
            areas.create_area(s, "  ", "社区", street.id)
        with pytest.raises(NotFound):
            areas.create_area(s, "y", "社区", 999_999)
        areas.rename_area(s, grid.id, "改名网格")
        assert s.get(Area, grid.id).name == "改名网格"  # type: ignore[union-attr]
        sibling = areas.create_area(s, "另一网格", "二级网格", community.id)
        with pytest.raises(ServiceError, match="已有"):
            areas.rename_area(s, sibling.id, "改名网格")


def test_move_building_moves_households_with_the_change_log(demo_engine: Any) -> None:
    with session_scope(demo_engine) as s:
        building = s.scalars(select(Building).order_by(Building.id)).first()
        assert building is not None
        households = _households_of(s, building.id)
        assert households
        target = next(
            a for a in s.scalars(select(Area).where(Area.level.in_(("二级网格", "三级网格"))))
            if a.id != households[0].grid_id
        )  # fmt: skip
        moved = areas.move_building(s, building.id, target.id, actor="测试")
        assert moved == len([h for h in households])
        assert all(h.grid_id == target.id for h in _households_of(s, building.id))
        logged = s.scalars(
            select(ChangeLog).where(ChangeLog.entity == "household", ChangeLog.field == "grid_id")
        ).all()
        assert {c.entity_id for c in logged} >= {h.id for h in households}
        assert {c.actor for c in logged} == {"测试"}
        # moving again changes nothing; a community is not a grid
        assert areas.move_building(s, building.id, target.id) == 0
        community = s.scalars(select(Area).where(Area.level == "社区")).first()
        assert community is not None
        with pytest.raises(ServiceError, match="不是网格"):
            areas.move_building(s, building.id, community.id)
        with pytest.raises(NotFound):
            areas.move_building(s, 999_999, target.id)


def test_workers_and_every_cycle_groups(demo_engine: Any) -> None:
    with session_scope(demo_engine) as s:
        grid = s.scalars(select(Area).where(Area.level == "二级网格")).first()
        assert grid is not None
        worker = areas.add_worker(s, "新人", grid.id, " 13800000000 ")
        assert (worker.phone, worker.role, worker.active) == ("13800000000", "网格员", True)
        areas.set_worker_active(s, worker.id, False)
        assert s.get(Worker, worker.id).active is False  # type: ignore[union-attr]
        with pytest.raises(NotFound):
            areas.set_worker_active(s, 999_999, True)
        with pytest.raises(ServiceError):
            areas.add_worker(s, "", grid.id)
        areas.set_every_cycle(s, {"dibao"})
        flags = dict(s.execute(select(GroupKind.code, GroupKind.every_cycle)).all())
        assert flags["dibao"] is True and not any(v for k, v in flags.items() if k != "dibao")
