"""Finding persons as the search box and ``gridapp search`` do."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, Person
from gridapp.domain.text import escape_like, strip_all_spaces

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


def normalize_query(text: str) -> str:
    return strip_all_spaces(text).lower()


def search(
    session: Session, text: str, limit: int = 50, include_archived: bool = False
) -> list[Hit]:
    """Persons matching name, pinyin (full or initials), any ID fragment, phone or address.

    The best matches come first: exact name, then name / pinyin prefix, then anything else;
    within a rank, register order. A printed form's QR text gives that household's members.
    """
    query = (
        select(
            Person.id, Person.name, Person.gender, Person.id_number, Person.phone, Person.status,
            Household.number, Household.id.label("hid"), Household.address, Area.name.label("grid"),
        )
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Area, Household.grid_id == Area.id)
        .where(Person.deleted_at.is_(None))
    )  # fmt: skip
    if not include_archived:
        query = query.where(Person.status.not_in(vocab.ARCHIVED_STATUSES))
    q_uuid = household_uuid_from_qr(text)
    if q_uuid is not None:
        query = query.where(Household.uuid == q_uuid).order_by(Person.sort_order, Person.id)
    else:
        q = normalize_query(text)
        if q:
            like = f"%{escape_like(q)}%"
            prefix = f"{escape_like(q)}%"
            by_number = func.lower(Household.number) == q  # the 户号, as written on forms
            rank = case(
                (by_number, 0),
                (Person.name == q, 0),
                (Person.name_initials == q, 1),
                (Person.name_pinyin == q, 1),
                (Person.name.like(prefix, escape="\\"), 2),
                (Person.name_initials.like(prefix, escape="\\"), 2),
                (Person.name_pinyin.like(prefix, escape="\\"), 2),
                else_=3,
            )
            query = query.where(
                or_(Person.search_text.like(like, escape="\\"), by_number)
            ).order_by(rank, Person.id)
        else:
            query = query.order_by(Household.sort_key, Household.id, Person.sort_order, Person.id)
    rows = session.execute(query.limit(limit)).all()
    return [
        Hit(
            person_id=r.id, name=r.name, gender=r.gender, id_number=r.id_number, phone=r.phone,
            household=r.number or "", household_id=r.hid, address=r.address or "",
            grid=r.grid or "", status=r.status,
        )
        for r in rows
    ]  # fmt: skip
