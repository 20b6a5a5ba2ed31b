"""Finding a live row by its id, with the message a user reads when it is gone or archived."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Household, Person, Tracked
from gridapp.services.common import NotFound, ServiceError

Row = TypeVar("Row", bound=Tracked)


def live_row(session: Session, model: type[Row], row_id: int, noun: str) -> Row:
    """The row, unless missing or tombstoned (NotFound: "<noun>不存在（编号 …）")."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"{noun}不存在（编号 {row_id}）")
    return row


def get_person(session: Session, person_id: int) -> Person:
    return live_row(session, Person, person_id, "人员")


def live_person(session: Session, person_id: int, refused: str = "") -> Person:
    """A person still on the register (not deceased or moved out); ``refused`` names what such
    a person cannot take part in: "…已去世，不能<refused>"."""
    person = get_person(session, person_id)
    if person.status in vocab.ARCHIVED_STATUSES:
        cannot = f"，不能{refused}" if refused else ""
        raise ServiceError(f"{person.name} 已{vocab.STATUS_LABELS[person.status]}{cannot}")
    return person


def get_household(session: Session, household_id: int, active: bool = True) -> Household:
    """A household; with ``active``, refused once archived (注销)."""
    household = live_row(session, Household, household_id, "住户")
    if active and household.status != vocab.HOUSEHOLD_ACTIVE:
        raise ServiceError(f"户号 {household.number} 已注销")
    return household


def on_register() -> tuple[ColumnElement[bool], ...]:
    """Query conditions for a person still on the register (as :func:`live_person` checks)."""
    return Person.deleted_at.is_(None), Person.status.not_in(vocab.ARCHIVED_STATUSES)
