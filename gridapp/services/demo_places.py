"""The demo's places: the sub-district's areas and grid teams, then compounds, buildings and
units, and the rooms the households are given (a seeded shuffle, sorted into walk order)."""

from __future__ import annotations

import datetime as dt
import random
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Building, Compound, Unit, Worker
from gridapp.services.demo_people import Gen
from gridapp.services.places import room_sort_key

# (compound, kind, management, manager, buildings)
PlacePlan = tuple[str, str, str, str, list[str]]
# (grid, places, leader)
GridPlan = tuple[str, list[PlacePlan], str]
LeafGrid = tuple[Area, list[PlacePlan]]


class Slot(NamedTuple):
    """A room a household may be given."""

    grid: Area
    building: Building
    unit: str
    floor: int
    room: str


def plan() -> list[tuple[str, str, list[GridPlan]]]:
    courtyards = [
        "机械厂家属院", "铝厂一号院", "粮站家属院", "供电所家属院",
        "老邮局家属院", "纺织厂家属院", "商业局家属院", "建材厂家属院",
    ]  # fmt: skip

    def yard(n: str) -> PlacePlan:
        return (n, "楼院", "自管会", f"{n}红色自管会", ["1号楼", "2号楼"])

    return [
        ("工业路社区", "工业路社区网格", [
            ("东方花园第一网格", [("东方花园", "小区", "物业", "郑州安居物业", [f"{i}号楼" for i in range(1, 6)])], ""),
            ("东方花园第二网格", [("东方花园", "小区", "物业", "郑州安居物业", [f"{i}号楼" for i in range(6, 11)]),
                                  *[yard(n) for n in courtyards[:4]]], ""),
            ("东方花园第三网格", [("东方花园", "小区", "物业", "郑州安居物业", [f"{i}号楼" for i in range(11, 16)]),
                                  *[yard(n) for n in courtyards[4:]]], "李敏"),
        ]),
        ("朱寨社区", "朱寨社区网格", [
            ("朱寨第一网格", [("朱寨新村", "小区", "物业", "朱寨物业服务中心", [f"{i}号楼" for i in range(1, 9)])], ""),
            ("朱寨第二网格", [("朱寨安置小区", "小区", "物业", "朱寨物业服务中心", [f"{i}号楼" for i in range(1, 9)])], ""),
        ]),
        ("金华社区", "金华社区网格", [
            ("金华路网格", [("金华苑", "小区", "物业", "金华物业", [f"{i}号楼" for i in range(1, 7)]),
                            ("锦绣华庭", "小区", "物业", "锦绣物业", ["A座", "B座", "C座"])], ""),
        ]),
    ]  # fmt: skip


def build_areas(session: Session, gen: Gen) -> list[LeafGrid]:
    """The sub-district, its communities and grids with their teams; the third-level grids."""
    top = Area(level="街道", name="工业路街道", code="410106002", service_hours="周一至周五 8:30-12:00 14:30-18:00",
               duty_phone="0371-68921234")  # fmt: skip
    session.add(top)
    leaf_grids: list[LeafGrid] = []
    for c_order, (community, grid2, grid3s) in enumerate(plan()):
        comm = Area(level="社区", name=community, parent=top, sort_order=c_order,
                    code=f"410106002{c_order + 1:03d}")  # fmt: skip
        g2 = Area(level="二级网格", name=grid2, parent=comm, sort_order=c_order,
                  scope=f"{community}全域", service_hours="周一至周日 8:30-18:00",
                  duty_phone=gen.phone())  # fmt: skip
        session.add_all([comm, g2])
        session.add(Worker(area=g2, name=gen.full_name("男", dt.date(1975, 1, 1)),
                           phone=gen.phone(), role="网格长"))  # fmt: skip
        for g_order, (grid3, places, leader) in enumerate(grid3s):
            g3 = _leaf_grid(session, gen, g2, c_order * 10 + g_order, grid3, places, leader)
            leaf_grids.append((g3, places))
    session.flush()
    return leaf_grids


def _leaf_grid(
    session: Session, gen: Gen, g2: Area, order: int, name: str, places: list[PlacePlan],
    leader: str,
) -> Area:  # fmt: skip
    g3 = Area(level="三级网格", name=name, parent=g2, sort_order=order,
              scope="、".join(sorted({p[0] for p in places})),
              service_hours="工作日 8:30-18:00，错时服务至 20:00；周末轮流值班",
              duty_phone=gen.phone())  # fmt: skip
    session.add(g3)
    team = [
        Worker(area=g3, name=leader or gen.full_name("女", dt.date(1985, 1, 1)),
               phone=gen.phone(), role="网格长"),
        Worker(area=g3, name=gen.full_name("男", dt.date(1990, 1, 1)),
               phone=gen.phone(), role="专职网格员"),
        Worker(area=g3, name=gen.full_name("女", dt.date(1992, 1, 1)),
               phone=gen.phone(), role="兼职网格员"),
    ]  # fmt: skip
    session.add_all(team)
    return g3


def grid_leaders(session: Session, leaf_grids: list[LeafGrid]) -> dict[int, str]:
    """Grid id → the name of its first worker (the 网格长, who leads the grid's party branch)."""
    leaders: dict[int, str] = {}
    for g3, _ in leaf_grids:
        first = session.scalars(select(Worker).where(Worker.area_id == g3.id)).first()
        assert first is not None  # build_areas gives every grid its team
        leaders[g3.id] = first.name
    return leaders


def count_grids(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Area).where(Area.level.in_(vocab.GRID_LEVELS))
        )
        or 0
    )


def build_places(session: Session, gen: Gen, leaf_grids: list[LeafGrid]) -> list[Slot]:
    """Compounds (shared across grids by name), buildings, and every room they hold."""
    compounds: dict[str, Compound] = {}
    slots: list[Slot] = []
    buildings_made = 0
    for g3, places in leaf_grids:
        for name, kind, management, manager, buildings in places:
            comp = compounds.get(name)
            if comp is None:
                comp = Compound(name=name, kind=kind, management=management, manager=manager,
                                manager_phone=gen.phone(), area_id=g3.parent.parent_id if g3.parent else None)  # fmt: skip
                compounds[name] = comp
                session.add(comp)
            for b_name in buildings:
                slots += _building(session, gen.rng, g3, comp, kind, b_name, buildings_made)
                buildings_made += 1
    session.flush()
    return slots


def _building(
    session: Session, rng: random.Random, g3: Area, comp: Compound, kind: str, name: str,
    order: int,
) -> list[Slot]:  # fmt: skip
    floors = 6 if kind == "楼院" else rng.choice((6, 7, 11, 18))
    b = Building(compound=comp, name=name, grid_id=g3.id, floors=floors, sort_order=order)
    session.add(b)
    units = 2 if kind == "楼院" else rng.choice((2, 3, 4))
    return [
        Slot(g3, b, f"{u}单元", f, f"{f}{r:02d}")
        for u in range(1, units + 1)
        for f in range(1, floors + 1)
        for r in range(1, 3)
    ]


def choose_rooms(rng: random.Random, slots: list[Slot], households: int) -> list[Slot]:
    """``households`` rooms drawn from ``slots``, in walk order."""
    _widen(slots, households)
    rng.shuffle(slots)
    chosen = slots[:households]
    chosen.sort(key=lambda s: room_sort_key(s.building.sort_order, s.building.name, s.unit, s.room))
    return chosen


def _widen(slots: list[Slot], households: int) -> None:
    """Larger demos (benchmarks) get more floors per building, cloned round-robin."""
    if households <= len(slots):
        return
    base = list(slots)
    extra_round = 0
    while len(slots) < households:
        extra_round += 1
        for g3, b, unit, floor, room in base:
            slots.append(Slot(g3, b, unit, floor + 100 * extra_round, f"{extra_round}{room}"))
            if len(slots) >= households:
                break


def add_units(session: Session, chosen: list[Slot]) -> dict[tuple[int, str], int]:
    """The units the chosen rooms are in: (building id, unit name) → unit id."""
    unit_ids: dict[tuple[int, str], int] = {}
    for slot in chosen:
        key = (slot.building.id, slot.unit)
        if key not in unit_ids:
            unit_row = Unit(building_id=slot.building.id, name=slot.unit)
            session.add(unit_row)
            session.flush()
            unit_ids[key] = unit_row.id
    return unit_ids
