"""Every household has a 户号: given on creation, by import, and by the upgrade of older registers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from gridapp.db.engine import open_register, session_scope
from gridapp.db.migrate import head_revision
from gridapp.db.models import Area, Household
from gridapp.services import numbering, register
from gridapp.services.audit import verify_history
from gridapp.services.changelog import ChangeWriter
from tests.helpers.revisions import downgrade


def _numbers(db: Path) -> dict[int, str]:
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT id, number FROM household WHERE deleted_at IS NULL"))


def test_demo_numbers_are_grid_prefix_and_sequence(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as con:
        rows = con.execute(
            "SELECT h.number, g.code FROM household h JOIN area g ON g.id = h.grid_id"
        ).fetchall()
    assert rows and all(number.startswith(code.removeprefix("410106002")) for number, code in rows)
    assert all(len(number) == len(code) - 9 + numbering.SEQUENCE_DIGITS for number, code in rows)
    assert len({n for n, _ in rows}) == len(rows)


def test_new_household_gets_the_next_number_of_its_grid_and_typed_ones_stay(demo_db: Path) -> None:
    engine = open_register(demo_db)
    try:
        with session_scope(engine) as s:
            grid = s.scalars(select(Area).where(Area.level == "三级网格").order_by(Area.id)).first()
            assert grid is not None
            prefix = numbering.HouseholdNumbers(s).prefix(grid.id)
            highest = max(
                int(n[len(prefix) :])
                for n in s.scalars(select(Household.number).where(Household.grid_id == grid.id))
            )
            w = ChangeWriter(s, "测试")
            made = register.create_household(s, w, grid_id=grid.id, address="新户")
            typed = register.create_household(s, w, grid_id=grid.id, number="自定-1")
            w.flush()
            assert made.number == f"{prefix}{highest + 1:04d}"
            assert typed.number == "自定-1"
    finally:
        engine.dispose()


def test_a_grid_without_a_code_gets_one_under_its_community(demo_db: Path) -> None:
    engine = open_register(demo_db)
    try:
        with session_scope(engine) as s:
            community = s.scalars(select(Area).where(Area.name == "朱寨社区")).one()
            grid = Area(level="三级网格", name="新网格", parent_id=community.id)
            s.add(grid)
            s.flush()
            w = ChangeWriter(s, "测试")
            household = register.create_household(s, w, grid_id=grid.id)
            w.flush()
            s.refresh(grid)  # the code was written with Core
            taken = {c for c in s.scalars(select(Area.code).where(Area.parent_id == community.id))}
            assert (
                grid.code.startswith(community.code) and len(grid.code) == len(community.code) + 2
            )
            assert len(taken) == len(
                list(s.scalars(select(Area.id).where(Area.parent_id == community.id)))
            )
            assert household.number == grid.code.removeprefix("410106002") + "0001"
        with session_scope(engine) as s:
            assert verify_history(s).anchor == "ok"
    finally:
        engine.dispose()


def test_upgrade_numbers_households_of_an_older_register_logged_and_signed(demo_db: Path) -> None:
    engine = open_register(demo_db)  # anchors the chain as it is
    with session_scope(engine) as s:
        w = ChangeWriter(s, "测试")
        register.create_household(s, w, number="KEEP-1", grid_id=None)
        w.flush()
    downgrade(engine, "0002")  # the later revisions' schema off first
    engine.dispose()
    # A register from before numbering: revision 0001, households without numbers.
    with sqlite3.connect(demo_db) as con:
        ids = [r[0] for r in con.execute("SELECT id FROM household ORDER BY id LIMIT 30")]
        con.execute(f"UPDATE household SET number = '' WHERE id IN ({','.join(map(str, ids))})")
        con.execute("UPDATE alembic_version SET version_num = '0001'")
        logged = con.execute("SELECT count(*) FROM change_log").fetchone()[0]
    engine = open_register(demo_db)
    try:
        numbers = _numbers(demo_db)
        assert all(numbers[i] for i in ids) and len(set(numbers.values())) == len(numbers)
        assert "KEEP-1" in numbers.values()
        with sqlite3.connect(demo_db) as con:
            entries = con.execute(
                "SELECT entity_id, old, new, actor FROM change_log WHERE id > ? ORDER BY id",
                (logged,),
            ).fetchall()
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            assert version == head_revision()
        assert sorted(e[0] for e in entries) == sorted(ids)
        assert all(e[1] == "" and e[2] == numbers[e[0]] and e[3] == "系统升级" for e in entries)
        with session_scope(engine) as s:
            report = verify_history(s)
        assert report.intact and report.anchor == "ok" and report.mismatches == 0
    finally:
        engine.dispose()
