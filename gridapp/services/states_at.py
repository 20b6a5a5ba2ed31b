"""What state an issue or an errand was in at a past moment, rebuilt from its logged steps.

The monthly report shows last month's figures beside this month's; "overdue at the month's end"
and "open at the month's end" must use the state each record had then, not the state it has
today (an issue escalated in October and closed in November was overdue at October's end).
Every state change writes a step (``IssueStep`` / ``ServiceStep``) with its time and target
state, so the state at a moment is the target of the last step before it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import IssueStep, ServiceStep, now


def step_time(on: dt.date | None) -> dt.datetime:
    """When a step happened: now, or noon of the given business date when it is not today."""
    current = now()
    if on is None or on == current.date():
        return current
    return dt.datetime.combine(on, dt.time(12, 0))


def day_end(day: dt.date) -> dt.datetime:
    """The first moment after ``day`` (steps are compared with ``at < day_end``)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)


def _states_at(
    session: Session, step: type[IssueStep] | type[ServiceStep], owner: Any, moment: dt.datetime
) -> dict[int, str]:
    """Record id (the step's ``owner`` column) → the target of its last step before ``moment``."""
    rows = session.execute(
        select(owner, step.to_state)
        .where(step.deleted_at.is_(None), step.at < moment)
        .order_by(step.at, step.id)
    )
    return {key: state for key, state in rows if state}


def issue_states_at(session: Session, moment: dt.datetime) -> dict[int, str]:
    """Issue id → its state just before ``moment`` (issues without a step then are absent)."""
    return _states_at(session, IssueStep, IssueStep.issue_id, moment)


def request_states_at(session: Session, moment: dt.datetime) -> dict[int, str]:
    """Errand (service request) id → its state just before ``moment``."""
    return _states_at(session, ServiceStep, ServiceStep.request_id, moment)
