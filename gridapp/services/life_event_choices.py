"""What the life-event forms offer to choose from: a household's members on the register (with
relation, gender and birth date, for a birth's parent or a split's ticks), a person's household
and whether they head it. Plain frozen rows, one query each (the UI holds no SQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Household, Person
from gridapp.services.lookups import on_register


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    relation: str
    gender: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    number: str
    address: str
    grid_id: int | None
    head_id: int | None
    members: tuple[Member, ...]

    def member(self, person_id: int | None) -> Member | None:
        return next((m for m in self.members if m.id == person_id), None)

    def label(self) -> str:
        """户号 and the head's name, as the forms name a household."""
        head = self.member(self.head_id)
        return f"{self.number}（{head.name}）" if head else self.number


def household(session: Session, household_id: int | None) -> HouseholdRow | None:
    """A live household with its members on the register in household order; None when the
    household is unknown, deleted or archived."""
    h = session.get(Household, household_id) if household_id else None
    if h is None or h.deleted_at is not None or h.status == vocab.HOUSEHOLD_ARCHIVED:
        return None
    rows = session.execute(
        select(Person.id, Person.name, Person.relation, Person.gender, Person.birth_date)
        .where(Person.household_id == h.id, *on_register())
        .order_by(Person.sort_order, Person.id)
    )
    members = tuple(
        Member(pid, name, relation or "", gender or "", born)
        for pid, name, relation, gender, born in rows
    )
    return HouseholdRow(h.id, h.number, h.address or "", h.grid_id, h.head_id, members)


def household_of(session: Session, person_id: int | None) -> HouseholdRow | None:
    """The household a person on the register belongs to."""
    person = session.get(Person, person_id) if person_id else None
    if person is None or person.household_id is None:
        return None
    return household(session, person.household_id)
