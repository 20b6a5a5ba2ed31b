"""A realistic demo register modelled on 工业路街道 (the article in shared/context).

One sub-district, three communities, 3 second-level and 6 third-level grids with leaders and
workers, the compound 东方花园 and 8 unmanaged courtyards run by a self-management committee,
about 2,000 households / 5,000 persons by default with valid ID numbers and consistent
families, 102 party members in 6 temporary branches and special groups in realistic
proportions. Deterministic for a given seed. Bulk rows go in through Core inserts so that a
whole sub-district (100,000 persons) builds in seconds for the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import ChangeLog, Household, Person, Room, new_uuid, table_of
from gridapp.services import (
    demo_groups,
    demo_households,
    demo_party,
    demo_places,
    demo_work,
    settings,
)
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress
from gridapp.services.demo_households import Rows
from gridapp.services.demo_people import Gen
from gridapp.services.demo_rows import bulk_insert
from gridapp.services.register import HOUSEHOLD_FIELDS, PERSON_FIELDS, snapshot

ACTOR = "演示数据"


@dataclass
class DemoResult:
    households: int = 0
    persons: int = 0
    grids: int = 0
    party_members: int = 0
    memberships: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def build_demo(
    session: Session,
    households: int = 2000,
    seed: int = 20260101,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> DemoResult:
    """Fill an empty register with the demo sub-district. Refuses a register holding residents.

    The steps draw from one seeded generator in this order; reordering them changes the demo."""
    if households < 1:
        raise ServiceError("户数至少为 1")
    if session.scalar(select(func.count()).select_from(Person)):
        raise ServiceError("该数据库已有居民数据，演示数据只能写入空数据库")
    rng = random.Random(seed)
    today = today or dt.date.today()
    gen = Gen(rng, today)
    result = DemoResult()
    writer = ChangeWriter(session, ACTOR, batch=new_uuid())

    settings.put(session, "sub_district", "工业路街道")
    leaf_grids = demo_places.build_areas(session, gen)
    leaders = demo_places.grid_leaders(session, leaf_grids)
    result.grids = demo_places.count_grids(session)
    slots = demo_places.build_places(session, gen, leaf_grids)
    chosen = demo_places.choose_rooms(rng, slots, households)
    unit_ids = demo_places.add_units(session, chosen)

    rows = demo_households.build_households(
        session, gen, writer, chosen, unit_ids, progress, cancel
    )
    demo_households.past_events(rng, today, rows)
    live = [p for p in rows.persons if p["status"] in (vocab.STATUS_ACTIVE, vocab.STATUS_AWAY)]
    party = demo_party.choose_members(rng, today, live, households)

    total = len(chosen)
    progress(total, total, "写入数据库")
    cancel.check()
    heads = _write_register(session, rows)
    result.households = sum(1 for h in rows.households if h["status"] == vocab.HOUSEHOLD_ACTIVE)
    result.persons = len(live)

    grid_of_household = {h["id"]: h["grid_id"] for h in rows.households}
    result.party_members = demo_party.add_party(
        session, rng, today, rows.stamp, leaf_grids, leaders, party, grid_of_household
    )
    demo_groups.plan_groups(gen, rows, live, heads)
    result.memberships = demo_groups.add_memberships(
        session, writer, rng, today, rows.stamp, rows.groups
    )
    _log_creations(writer, rows)
    writer.flush()
    result.extra.update(demo_work.fill_work_records(session, seed, today, progress, cancel))
    progress(total, total, "完成")
    return result


def _write_register(session: Session, rows: Rows) -> dict[int, int]:
    """Rooms, households and persons in bulk; household id → head id."""
    bulk_insert(session, Room, rows.rooms)
    # Households first without heads (the persons do not exist yet), then persons, then heads.
    heads = {h["id"]: h["head_id"] for h in rows.households}
    for h in rows.households:
        h["head_id"] = None
    bulk_insert(session, Household, rows.households)
    bulk_insert(session, Person, rows.persons)
    households = table_of(Household)
    session.execute(
        update(households)
        .where(households.c.id == bindparam("hid"))
        .values(head_id=bindparam("head")),
        [{"hid": k, "head": v} for k, v in heads.items()],
    )
    return heads


def _log_creations(writer: ChangeWriter, rows: Rows) -> None:
    """One "create" entry per household and person, holding its first content like every
    other creation (the tamper check replays it)."""
    for h in rows.households:
        writer.add("household", h["id"], h["uuid"], "create", new=snapshot(h, HOUSEHOLD_FIELDS),
                   note=ACTOR)  # fmt: skip
    for p in rows.persons:
        writer.add("person", p["id"], p["uuid"], "create", new=snapshot(p, PERSON_FIELDS),
                   note=ACTOR)  # fmt: skip


__all__ = ["ChangeLog", "DemoResult", "build_demo"]
