"""The demo's party members: 102 at the default size (proportionally otherwise), drawn from the
adults, in one temporary branch per third-level grid led by the grid's 网格长."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from gridapp.db.models import PartyBranch, PartyMember
from gridapp.domain import idcard
from gridapp.services.demo_places import LeafGrid
from gridapp.services.demo_rows import Row, bulk_insert, fresh

DEFAULT_MEMBERS = 102  # at the default 2,000 households


def choose_members(
    rng: random.Random, today: dt.date, live: list[Row], households: int
) -> list[Row]:
    """The residents who are party members; their rows get 中共党员."""
    adults = [p for p in live if idcard.age_at(p["birth_date"], today) >= 25]
    party_size = max(6, round(DEFAULT_MEMBERS * households / 2000))
    party = rng.sample(adults, min(party_size, len(adults)))
    for p in party:
        p["political"] = "中共党员"
    return party


def add_party(
    session: Session,
    rng: random.Random,
    today: dt.date,
    stamp: dt.datetime,
    leaf_grids: list[LeafGrid],
    leaders: dict[int, str],
    party: list[Row],
    grid_of_household: dict[int, int],
) -> int:
    """The branches and their members (already chosen); the number of members."""
    founded = dt.date(today.year - 2, 7, 1)
    branches: dict[int, PartyBranch] = {}
    for g3, _ in leaf_grids:
        branch = PartyBranch(name=f"{g3.name}临时党支部", area_id=g3.id, secretary=leaders[g3.id],
                             founded_on=founded)  # fmt: skip
        session.add(branch)
        branches[g3.id] = branch
    session.flush()
    rows: list[Row] = []
    for p in party:
        joined = p["birth_date"] + dt.timedelta(days=int(rng.uniform(19, 40) * 365))
        joined = min(joined, today - dt.timedelta(days=400))
        rows.append({
            **fresh(stamp),
            "person_id": p["id"], "branch_id": branches[grid_of_household[p["household_id"]]].id,
            "joined_party_on": joined, "joined_branch_on": founded,
            "mobile": rng.random() < 0.08, "left_on": None, "notes": "", "deleted_at": None,
        })  # fmt: skip
    bulk_insert(session, PartyMember, rows)
    return len(rows)
