"""A small register for the work-record tests: two grids, three workers, six households."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from gridapp.db.models import Area, Worker
from gridapp.services import groups
from gridapp.services.changelog import ChangeWriter
from gridapp.services.register import create_household, create_person

TODAY = dt.date(2026, 11, 20)


@dataclass
class Small:
    grid1: int
    grid2: int
    workers: dict[str, int]
    households: list[int] = field(default_factory=list)  # ids, walk order
    numbers: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)


def small_register(s: Session) -> Small:
    top = Area(level="社区", name="测试社区")
    g1 = Area(level="三级网格", name="一网格", parent=top, sort_order=1)
    g2 = Area(level="三级网格", name="二网格", parent=top, sort_order=2)
    s.add_all([top, g1, g2])
    s.flush()
    ws = [
        Worker(area_id=g1.id, name="张网格", phone="13800000001", role="网格长"),
        Worker(area_id=g1.id, name="李网格", phone="13800000002"),
        Worker(area_id=g2.id, name="王网格", phone="13800000003"),
    ]
    s.add_all(ws)
    s.flush()
    small = Small(g1.id, g2.id, {w.name: w.id for w in ws})
    writer = ChangeWriter(s, "测试")
    for i in range(6):
        grid = g1 if i < 4 else g2
        # Reverse walk order against creation order, so sorting is visible.
        h = create_household(s, writer, number=f"H{i:03d}", grid_id=grid.id,
                             address=f"幸福小区{i + 1}号楼101室", sort_key=f"{10 - i:04d}")  # fmt: skip
        head = create_person(s, writer, h, name=f"户主{'甲乙丙丁戊己'[i]}", relation="户主",
                             gender="男", birth_date=dt.date(1950 + i, 1, 1))  # fmt: skip
        small.households.append(h.id)
        small.numbers.append(h.number)
        small.heads.append(head.id)
    writer.flush()
    # The third household is 低保 (visited every cycle).
    groups.enter_group(
        s, small.heads[2], "dibao", dt.date(2026, 1, 1), {"低保证号": "DB1"}, "审批", "测试"
    )
    s.flush()
    return small
