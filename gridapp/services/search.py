"""Finding persons as the search box and ``gridapp search`` do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, Person
from gridapp.domain.text import (
    RANK_ANYWHERE,
    RANK_EXACT,
    RANK_PREFIX,
    RANK_WHOLE_PINYIN,
    escape_like,
    search_key,
)

QR_PREFIX = "GRIDAPP:H:"
_QR = re.compile(r"^GRIDAPP:H:([0-9a-fA-F-]{36})$", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    person_id: int
    name: str
    gender: str
    id_number: str
    phone: str
    household: str  # 户号
    household_id: int | None
    address: str
    grid: str
    status: str


def qr_text(household_uuid: str) -> str:
    """The text a printed form's QR code carries: it names the household for good."""
    return f"{QR_PREFIX}{household_uuid}"


def household_uuid_from_qr(text: str) -> str | None:
    m = _QR.match(text.strip())
    return m.group(1).lower() if m else None


# Persons in the order of the register: by household, then as listed in it.
REGISTER_ORDER = (Household.sort_key, Household.id, Person.sort_order, Person.id)


def person_matches(q: str, household: Any = Household) -> ColumnElement[bool]:
    """A person matches a search key anywhere in its search text, or by its household's 户号
    as written on forms (the register table and ``TextIndex`` match the same way).
    ``household``: the joined household entity (an alias inside a subquery)."""
    by_number = func.lower(household.number) == q
    return or_(Person.search_text.like(f"%{escape_like(q)}%", escape="\\"), by_number)


def rank_expr(q: str) -> ColumnElement[int]:
    """``domain.text.search_rank`` in SQL (a test holds the two equal on the demo register)."""
    prefix = f"{escape_like(q)}%"
    return case(
        (func.lower(Household.number) == q, RANK_EXACT),
        (func.lower(Person.name) == q, RANK_EXACT),
        (Person.name_initials == q, RANK_WHOLE_PINYIN),
        (Person.name_pinyin == q, RANK_WHOLE_PINYIN),
        (func.lower(Person.name).like(prefix, escape="\\"), RANK_PREFIX),
        (Person.name_initials.like(prefix, escape="\\"), RANK_PREFIX),
        (Person.name_pinyin.like(prefix, escape="\\"), RANK_PREFIX),
        else_=RANK_ANYWHERE,
    )


def _hit_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Person.id, Person.name, Person.gender, Person.id_number, Person.phone, Person.status,
            Household.number, Household.id.label("hid"), Household.address, Area.name.label("grid"),
        )
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Area, Household.grid_id == Area.id)
        .where(Person.deleted_at.is_(None))
    )  # fmt: skip


def _hits(session: Session, query: Select[*tuple[Any, ...]]) -> list[Hit]:
    return [
        Hit(
            person_id=r.id, name=r.name, gender=r.gender, id_number=r.id_number, phone=r.phone,
            household=r.number or "", household_id=r.hid, address=r.address or "",
            grid=r.grid or "", status=r.status,
        )
        for r in session.execute(query).all()
    ]  # fmt: skip


def search(
    session: Session, text: str, limit: int = 50, include_archived: bool = False
) -> list[Hit]:
    """Persons matching name, pinyin (full or initials), any ID fragment, phone or address.

    The best matches come first: exact name, then name / pinyin prefix, then anything else;
    within a rank, register order (``domain.text.search_rank``). A printed form's QR text gives that household's members.
    """
    query = _hit_query()
    if not include_archived:
        query = query.where(Person.status.not_in(vocab.ARCHIVED_STATUSES))
    q_uuid = household_uuid_from_qr(text)
    if q_uuid is not None:
        query = query.where(Household.uuid == q_uuid).order_by(Person.sort_order, Person.id)
    else:
        q = search_key(text)
        if q:
            query = query.where(person_matches(q)).order_by(rank_expr(q), *REGISTER_ORDER)
        else:
            query = query.order_by(*REGISTER_ORDER)
    return _hits(session, query.limit(limit))


def hit_of_person(session: Session, person_id: int) -> Hit | None:
    """The person as a search lists it (a picker shows the record it starts on this way)."""
    found = _hits(session, _hit_query().where(Person.id == person_id))
    return found[0] if found else None


def hit_of_household(session: Session, household_id: int) -> Hit | None:
    """The household's head (or, without one, its first member) as a search lists it."""
    query = (
        _hit_query()
        .where(Person.household_id == household_id)
        .where(Person.status.not_in(vocab.ARCHIVED_STATUSES))
        .order_by((Person.id == Household.head_id).desc(), Person.sort_order, Person.id)
        .limit(1)
    )
    found = _hits(session, query)
    return found[0] if found else None
