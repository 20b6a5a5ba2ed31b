"""services.choices gives what the screens' inline queries gave before they moved out of the UI
(issue 15.1): the old query stands in each test beside the function that replaced it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import Area, Building, Compound, GroupKind, Household, Worker
from gridapp.services import choices, places
from gridapp.services.search import qr_text

GONE = dt.datetime(2026, 1, 1)


def _mixed(s: Session) -> None:
    """Some workers off duty or deleted, a deleted group kind and building: what the filters
    leave out."""
    workers = list(s.scalars(select(Worker).order_by(Worker.id)))
    workers[0].active = False
    workers[1].deleted_at = GONE
    kind = s.scalars(select(GroupKind).order_by(GroupKind.id)).first()
    assert kind is not None
    kind.deleted_at = GONE
    building = s.scalars(select(Building).order_by(Building.id)).first()
    assert building is not None
    building.deleted_at = GONE
    s.flush()


def test_workers_as_the_pages_listed_them(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        _mixed(s)
        on_duty = (Worker.deleted_at.is_(None), Worker.active.is_(True))
        old_fill = [
            (w.id, w.name)
            for w in s.execute(
                select(Worker.id, Worker.name).where(*on_duty).order_by(Worker.area_id, Worker.id)
            )
        ]
        assert [(c.id, c.name) for c in choices.worker_choices(s)] == old_fill
        assert len(old_fill) >= 2
        old_swap = s.execute(
            select(Worker.id, Worker.name, Area.name)
            .join(Area, Worker.area_id == Area.id)
            .where(Worker.active.is_(True), Worker.deleted_at.is_(None))
            .order_by(Worker.area_id, Worker.id)
        ).all()
        assert [(w.id, w.name, w.area) for w in choices.worker_grid_choices(s)] == [
            tuple(r) for r in old_swap
        ]
        old_rows = s.execute(
            select(Worker, Area.name)
            .join(Area, Worker.area_id == Area.id)
            .where(Worker.deleted_at.is_(None))
            .order_by(Area.sort_order, Worker.area_id, Worker.id)
        ).all()
        rows = choices.worker_rows(s)
        assert [(r.id, r.name, r.area, r.role, r.phone, r.active) for r in rows] == [
            (w.id, w.name, area, w.role, w.phone, w.active) for w, area in old_rows
        ]
        assert any(not r.active for r in rows)  # the settings table shows those off duty


def test_grid_worker_is_one_on_duty_in_the_grid(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        _mixed(s)
        for grid in places.grids(s):
            old = s.scalar(
                select(Worker.id).where(
                    Worker.area_id == grid.id,
                    Worker.active.is_(True),
                    Worker.deleted_at.is_(None),
                )
            )
            assert choices.grid_worker(s, grid.id) == old


def test_group_kinds(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        _mixed(s)
        old = s.scalars(
            select(GroupKind)
            .where(GroupKind.deleted_at.is_(None))
            .order_by(GroupKind.sort_order, GroupKind.id)
        ).all()
        assert [(k.code, k.name, k.every_cycle) for k in choices.group_kind_choices(s)] == [
            (k.code, k.name, k.every_cycle) for k in old
        ]
        for kind in s.scalars(select(GroupKind)):
            assert choices.group_fields(s, kind.code) == [str(f) for f in kind.fields]
        assert any(choices.group_fields(s, k.code) for k in old)
        assert choices.group_fields(s, "no-such-group") == []


def test_buildings_with_their_grids(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        _mixed(s)
        names = {a.id: a.name for a in s.execute(select(Area.id, Area.name))}
        old = [
            (b_id, f"{c_name or ''}{b_name}（{names.get(gid, '') if gid is not None else ''}）")
            for b_id, b_name, c_name, gid in s.execute(
                select(Building.id, Building.name, Compound.name, Building.grid_id)
                .outerjoin(Compound, Building.compound_id == Compound.id)
                .where(Building.deleted_at.is_(None))
                .order_by(Compound.name, Building.sort_order, Building.id)
            )
        ]
        found = choices.building_choices(s)
        assert [(b.id, f"{b.compound}{b.name}（{b.grid}）") for b in found] == old
        assert found and all(b.grid for b in found)


def test_areas_levels_and_sub_district(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        old = s.scalars(
            select(Area).where(Area.deleted_at.is_(None)).order_by(Area.sort_order, Area.id)
        ).all()
        nodes = choices.area_nodes(s)
        assert [(n.id, n.name, n.level, n.parent_id) for n in nodes] == [
            (a.id, a.name, a.level, a.parent_id) for a in old
        ]
        for a in old:
            assert choices.area_level(s, a.id) == a.level
        assert choices.area_level(s, None) is None and choices.area_level(s, 10**9) is None
        street = s.scalars(
            select(Area).where(
                Area.parent_id.is_(None),
                Area.level == vocab.AREA_LEVELS[0],
                Area.deleted_at.is_(None),
            )
        ).all()
        assert [(c.id, c.name) for c in choices.sub_districts(s)] == [
            (a.id, a.name) for a in street
        ]
        assert len(street) == 1


def test_grid_phone_and_names(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        grid = places.grids(s)[0]
        grid.duty_phone = "0371-12345678"
        s.flush()
        assert choices.grid_duty_phone(s, grid.id) == "0371-12345678"
        assert choices.grid_duty_phone(s, None) == ""
        assert choices.grid_duty_phone(s, 10**9) == ""
        old = [
            name
            for (name,) in s.execute(
                select(Area.name).where(Area.level.in_(vocab.GRID_LEVELS)).order_by(Area.sort_order)
            )
        ]
        assert choices.grid_names(s) == old and old
        gone = places.grids(s)[-1]
        gone.deleted_at = dt.datetime(2026, 11, 1)  # a deleted grid is no longer offered
        s.flush()
        assert choices.grid_names(s) == [name for name in old if name != gone.name]


def test_household_for_quick_entry_and_scan(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        households = list(s.scalars(select(Household).order_by(Household.id).limit(2)))
        first, gone = households
        gone.deleted_at = GONE
        s.flush()
        head = choices.household_head(s, first.id)
        assert head == choices.HouseholdHead(first.id, first.number, first.address, first.grid_id)
        assert choices.household_head(s, gone.id) is None
        assert choices.household_head(s, 10**9) is None
        # a typed household number, and the QR text of a visit form (its uuid)
        assert choices.scanned_household(s, first.number) == first.id
        assert choices.scanned_household(s, gone.number) is None
        assert choices.scanned_household(s, qr_text(first.uuid.upper())) == first.id
        assert choices.scanned_household(s, qr_text(gone.uuid)) is None
        assert choices.scanned_household(s, "nothing like it") is None
