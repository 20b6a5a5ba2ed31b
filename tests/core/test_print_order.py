"""Visit forms: within each building, the households due every cycle first (scenario 2)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import Household, Room, Unit
from gridapp.pdf import data
from gridapp.pdf.data import must_visit_first


def test_must_visit_first_within_each_building() -> None:
    ids = [1, 2, 3, 4, 5, 6, 7]
    building = {1: 10, 2: 10, 3: 10, 4: 20, 5: 20, 6: None, 7: None}
    flags = {3: ("低保",), 5: ("独居老人",), 7: ("低保",)}
    assert must_visit_first(ids, flags, building) == [3, 1, 2, 5, 4, 7, 6]
    assert must_visit_first(ids, {}, building) == ids
    assert must_visit_first([], flags, building) == []


def test_printed_stack_puts_every_cycle_households_first(demo_engine: Any) -> None:
    with session_scope(demo_engine) as s:
        sel = data.select_households(s)
        building: dict[int, int | None] = {
            hid: bid
            for hid, bid in s.execute(
                select(Household.id, Unit.building_id)
                .join(Room, Household.room_id == Room.id)
                .join(Unit, Room.unit_id == Unit.id)
            )
        }
        sort_key = {h: k for h, k in s.execute(select(Household.id, Household.sort_key))}
    assert sel.every_cycle, "the demo has 低保 / 独居老人 households"
    runs: dict[int | None, list[int]] = {}
    seen: list[int | None] = []
    for hid in sel.household_ids:
        b = building.get(hid)
        if not seen or seen[-1] != b:
            assert b not in runs, "a building's forms stay together"
            seen.append(b)
        runs.setdefault(b, []).append(hid)
    mixed = 0
    for hids in runs.values():
        flagged = [h in sel.every_cycle for h in hids]
        assert flagged == sorted(flagged, reverse=True)  # must-visit first, then the rest
        musts = [h for h in hids if h in sel.every_cycle]
        rest = [h for h in hids if h not in sel.every_cycle]
        for part in (musts, rest):
            assert [sort_key[h] for h in part] == sorted(sort_key[h] for h in part)
        mixed += bool(musts) and bool(rest)
    assert mixed > 0  # buildings where the order changed
