"""Counts of what the register holds (``gridapp stats``, the status bar, the report)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Building, Household, Issue, PartyMember, Person, Visit


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def register_stats(session: Session) -> dict[str, int]:
    live_person = Person.deleted_at.is_(None)
    by_status: dict[str, int] = dict(
        session.execute(
            select(Person.status, func.count()).where(live_person).group_by(Person.status)
        ).all()
    )
    return {
        "households": _count(
            session,
            select(func.count())
            .select_from(Household)
            .where(Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE),
        ),
        "households_archived": _count(
            session,
            select(func.count())
            .select_from(Household)
            .where(Household.deleted_at.is_(None), Household.status != vocab.HOUSEHOLD_ACTIVE),
        ),
        "persons": int(by_status.get(vocab.STATUS_ACTIVE, 0))
        + int(by_status.get(vocab.STATUS_AWAY, 0)),
        "persons_away": int(by_status.get(vocab.STATUS_AWAY, 0)),
        "persons_moved_out": int(by_status.get(vocab.STATUS_MOVED_OUT, 0)),
        "persons_deceased": int(by_status.get(vocab.STATUS_DECEASED, 0)),
        "grids": _count(
            session,
            select(func.count())
            .select_from(Area)
            .where(Area.level.in_(vocab.GRID_LEVELS), Area.deleted_at.is_(None)),
        ),
        "buildings": _count(
            session, select(func.count()).select_from(Building).where(Building.deleted_at.is_(None))
        ),
        "party_members": _count(
            session,
            select(func.count())
            .select_from(PartyMember)
            .join(Person, PartyMember.person_id == Person.id)
            .where(
                PartyMember.deleted_at.is_(None),
                PartyMember.left_on.is_(None),
                Person.status.not_in(vocab.ARCHIVED_STATUSES),
            ),
        ),
        "visits": _count(
            session, select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
        ),
        "issues": _count(
            session, select(func.count()).select_from(Issue).where(Issue.deleted_at.is_(None))
        ),
        "issues_open": _count(
            session,
            select(func.count())
            .select_from(Issue)
            .where(Issue.deleted_at.is_(None), Issue.state.in_(vocab.ISSUE_OPEN_STATES)),
        ),
    }
