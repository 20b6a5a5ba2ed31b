"""The register's edits as the window makes them, each one transaction through the one
``ChangeWriter`` under the operator's name: fields changed (and changed back by an undo, only
while they still hold what the edit stored), a new household with its head, a new member, and
the undo of each (archived or moved out, never deleted). ``ui/editing.py`` puts them on the
undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Household, Person
from gridapp.services import lookups
from gridapp.services import register as reg
from gridapp.services import settings as app_settings
from gridapp.services.changelog import ChangeWriter

PERSON = "person"
HOUSEHOLD = "household"


def _person(session: Session, person_id: int) -> Person:
    return lookups.get_person(session, person_id)


def _household(session: Session, household_id: int) -> Household:
    return lookups.get_household(session, household_id, active=False)  # undo reopens archived


def _writer(session: Session) -> ChangeWriter:
    return ChangeWriter(session, app_settings.operator(session))


def person_values(session: Session, person_id: int) -> dict[str, Any]:
    """A person's editable fields, as the edit form shows them."""
    person = _person(session, person_id)
    return {f: getattr(person, f) for f in reg.PERSON_FIELDS}


def household_values(session: Session, household_id: int) -> dict[str, Any]:
    household = _household(session, household_id)
    return {f: getattr(household, f) for f in reg.HOUSEHOLD_FIELDS}


def apply_changes(
    session: Session,
    entity: str,
    entity_id: int,
    values: Mapping[str, Any],
    expected: Mapping[str, Any] | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Set the given fields with one change-log batch; returns the diff.

    ``expected``: the stored values the fields must still hold (an undo or redo), else
    ``register.ChangedSince`` and nothing is changed.
    """
    writer = _writer(session)
    record = _person(session, entity_id) if entity == PERSON else _household(session, entity_id)
    if expected:
        reg.refuse_if_changed(session, entity, record, expected)
    if isinstance(record, Person):
        diff = reg.update_person(session, writer, record, values)
    else:
        diff = reg.update_household(session, writer, record, values)
    writer.flush()
    return diff


def create_household(
    session: Session, household: Mapping[str, Any], head: Mapping[str, Any] | None
) -> tuple[int, int | None]:
    """A new household and, when given, its head: their ids."""
    writer = _writer(session)
    created = reg.create_household(session, writer, **household)
    head_id = reg.create_person(session, writer, created, **head).id if head else None
    writer.flush()
    return created.id, head_id


def reopen_household(session: Session, household_id: int, head_id: int | None) -> None:
    """Bring back a household archived by ``withdraw_household`` (a redo), and its head."""
    writer = _writer(session)
    reg.update_household(
        session, writer, _household(session, household_id),
        {"status": vocab.HOUSEHOLD_ACTIVE, "archived_on": None, "archive_reason": ""},
    )  # fmt: skip
    if head_id is not None:
        reg.update_person(
            session, writer, _person(session, head_id), {"status": vocab.STATUS_ACTIVE}
        )
    writer.flush()


def withdraw_household(session: Session, household_id: int, reason: str, day: dt.date) -> None:
    """Undo a new household: archived with ``reason``, its residents moved out."""
    writer = _writer(session)
    reg.update_household(
        session, writer, _household(session, household_id),
        {"status": vocab.HOUSEHOLD_ARCHIVED, "archived_on": day, "archive_reason": reason},
    )  # fmt: skip
    members = session.scalars(select(Person).where(Person.household_id == household_id))
    for person in list(members):
        if person.status == vocab.STATUS_ACTIVE:
            reg.update_person(
                session, writer, person,
                {"status": vocab.STATUS_MOVED_OUT, "status_date": day},
            )  # fmt: skip
    writer.flush()


def add_member(session: Session, household_id: int, fields: Mapping[str, Any]) -> int:
    """A new member of a household: the id."""
    writer = _writer(session)
    person = reg.create_person(session, writer, _household(session, household_id), **fields)
    writer.flush()
    return person.id


def reopen_member(session: Session, person_id: int) -> None:
    """Bring back a member withdrawn by ``withdraw_member`` (a redo)."""
    writer = _writer(session)
    reg.update_person(
        session, writer, _person(session, person_id),
        {"status": vocab.STATUS_ACTIVE, "status_date": None},
    )  # fmt: skip
    writer.flush()


def withdraw_member(session: Session, person_id: int, day: dt.date) -> None:
    """Undo a new member: moved out (logged, never deleted)."""
    writer = _writer(session)
    reg.update_person(
        session, writer, _person(session, person_id),
        {"status": vocab.STATUS_MOVED_OUT, "status_date": day},
    )  # fmt: skip
    writer.flush()
