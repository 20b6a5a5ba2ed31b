"""The register list: which households or persons a filter shows, in which order, and the
values of their rows — without Qt, for the register table (``ui/register_model.py``), its
tests and benchmarks.

Three paths give the same ids, each proved equal to the SQLAlchemy query by
``tests/core/test_register_list.py``:

* ``plain_ids``: the unfiltered register in register order, by plain SQL (``RawReader``), so
  opening the window loads neither SQLAlchemy nor the models;
* ``TextIndex.match``: the search text alone, from every person's search text held in memory;
* ``id_query``: anything else, built with SQLAlchemy Core (imported when first needed).

``fetch_rows`` reads the display values of a page of ids in one plain query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gridapp.db import regdb, vocab
from gridapp.db.regdb import RawReader
from gridapp.domain import idcard
from gridapp.domain.dates import stored_date
from gridapp.domain.text import search_rank

if TYPE_CHECKING:
    from sqlalchemy import Engine, Select

HOUSEHOLDS = "households"
PERSONS = "persons"
UNSORTED = -1


@dataclass
class RegisterFilter:
    """What the register table shows. Empty fields do not filter."""

    mode: str = HOUSEHOLDS
    text: str = ""
    area_ids: frozenset[int] | None = None  # grids (an area and its descendants)
    compound_id: int | None = None
    building_id: int | None = None
    unit_id: int | None = None
    group_code: str = ""
    category: str = ""
    status: str = ""  # a person status, or "" for all live ones
    age_min: int | None = None
    age_max: int | None = None
    show_archived: bool = False
    today: dt.date = field(default_factory=dt.date.today)


def _age_bounds(flt: RegisterFilter) -> list[Any]:
    from gridapp.db.models import Person

    where: list[Any] = []
    today = flt.today
    if flt.age_min is not None:  # born on or before today minus age_min years
        where.append(Person.birth_date <= _years_before(today, flt.age_min))
    if flt.age_max is not None:  # younger than age_max + 1
        where.append(Person.birth_date > _years_before(today, flt.age_max + 1))
    return where


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _place_where(flt: RegisterFilter) -> list[Any]:
    from sqlalchemy import select

    from gridapp.db.models import Building, Household, Room
    from gridapp.db.models import Unit as UnitRow

    where: list[Any] = []
    if flt.area_ids is not None:
        where.append(Household.grid_id.in_(flt.area_ids))
    room_units = None
    if flt.unit_id is not None:
        room_units = select(Room.id).where(Room.unit_id == flt.unit_id)
    elif flt.building_id is not None:
        room_units = (
            select(Room.id)
            .join(UnitRow, Room.unit_id == UnitRow.id)
            .where(UnitRow.building_id == flt.building_id)
        )
    elif flt.compound_id is not None:
        room_units = (
            select(Room.id)
            .join(UnitRow, Room.unit_id == UnitRow.id)
            .join(Building, UnitRow.building_id == Building.id)
            .where(Building.compound_id == flt.compound_id)
        )
    if room_units is not None:
        where.append(Household.room_id.in_(room_units))
    return where


def _person_where(flt: RegisterFilter, household: Any = None) -> list[Any]:
    """``household``: the household entity joined to the persons (the text also matches its
    户号); the model class unless a subquery needs an alias."""
    from sqlalchemy import select

    from gridapp.db.models import GroupKind, GroupMembership, Household, Person
    from gridapp.domain.text import search_key
    from gridapp.services.search import household_uuid_from_qr, person_matches

    where: list[Any] = [Person.deleted_at.is_(None)]
    if flt.status:
        where.append(Person.status == flt.status)
    elif not flt.show_archived:
        where.append(Person.status.not_in(vocab.ARCHIVED_STATUSES))
    if flt.category:
        where.append(Person.category == flt.category)
    where += _age_bounds(flt)
    if flt.group_code:
        where.append(
            Person.id.in_(
                select(GroupMembership.person_id)
                .join(GroupKind, GroupMembership.group_id == GroupKind.id)
                .where(
                    GroupKind.code == flt.group_code,
                    GroupMembership.left_on.is_(None),
                    GroupMembership.deleted_at.is_(None),
                )
            )
        )
    q = search_key(flt.text)
    if q and household_uuid_from_qr(flt.text) is None:
        where.append(person_matches(q, Household if household is None else household))
    return where


def person_filtered(flt: RegisterFilter) -> bool:
    return bool(
        flt.text or flt.category or flt.status or flt.group_code
        or flt.age_min is not None or flt.age_max is not None
    )  # fmt: skip


def person_filtered_except_text(flt: RegisterFilter) -> bool:
    return bool(
        flt.category or flt.status or flt.group_code
        or flt.age_min is not None or flt.age_max is not None
    )  # fmt: skip


@dataclass(frozen=True)
class Sort:
    """A column of the table (``UNSORTED``: register order) and its direction."""

    column: int = UNSORTED
    descending: bool = False


def _ordered(keys: dict[int, Any], default: list[Any], sort: Sort) -> list[Any]:
    col = keys.get(sort.column)
    if col is None:
        return default
    return [col.desc() if sort.descending else col.asc(), *default]


def _household_order(sort: Sort) -> list[Any]:
    from sqlalchemy import select

    from gridapp.db.models import Household, Person

    head = select(Person.name).where(Person.id == Household.head_id).scalar_subquery()
    keys: dict[int, Any] = {
        0: Household.number,
        1: Household.sort_key,
        2: head,
        4: Household.housing,
        5: Household.grid_id,
        6: Household.status,
    }
    return _ordered(keys, [Household.sort_key, Household.id], sort)


def _person_order(sort: Sort) -> list[Any]:
    from gridapp.db.models import Household, Person

    keys: dict[int, Any] = {
        0: Person.name_pinyin,
        1: Person.gender,
        2: Person.birth_date,
        3: Person.id_number,
        4: Person.relation,
        5: Person.phone,
        6: Person.category,
        7: Household.number,
        8: Household.sort_key,
        9: Household.grid_id,
        10: Person.status,
    }
    if sort.column == 2:  # age: the youngest has the latest birth date
        col = Person.birth_date
        return [col.asc() if sort.descending else col.desc(), Person.id]
    return _ordered(keys, [Household.sort_key, Household.id, Person.sort_order, Person.id], sort)


def _text_match(flt: RegisterFilter, query: Select[Any]) -> Select[Any]:
    """Households whose members match the person filter, or (text alone) whose number or
    address holds the text."""
    from sqlalchemy import or_, select
    from sqlalchemy.orm import aliased

    from gridapp.db.models import Household, Person
    from gridapp.domain.text import escape_like, search_key

    own = aliased(Household)  # the members' household, not the outer query's
    matching = (
        select(Person.household_id)
        .outerjoin(own, Person.household_id == own.id)
        .where(*_person_where(flt, own))
    )
    q = search_key(flt.text)
    if not q or person_filtered_except_text(flt):
        return query.where(Household.id.in_(matching))
    like = f"%{escape_like(q)}%"
    return query.where(
        or_(
            Household.id.in_(matching),
            Household.number.like(like, escape="\\"),
            Household.address.like(like, escape="\\"),
        )
    )


def id_query(flt: RegisterFilter, sort: Sort = Sort()) -> Select[Any]:
    """The ordered ids of any filter and sort, in SQL."""
    from sqlalchemy import select

    from gridapp.db.models import Household, Person
    from gridapp.domain.text import search_key
    from gridapp.services.search import household_uuid_from_qr, rank_expr

    qr = household_uuid_from_qr(flt.text) if flt.text else None
    if flt.mode == PERSONS:
        query = (
            select(Person.id)
            .outerjoin(Household, Person.household_id == Household.id)
            .where(*_person_where(flt), *_place_where(flt))
        )
        if qr is not None:
            return query.where(Household.uuid == qr).order_by(*_person_order(sort))
        q = search_key(flt.text)
        if q and sort.column == UNSORTED:  # the best matches first, as everywhere
            return query.order_by(rank_expr(q), *_person_order(sort))
        return query.order_by(*_person_order(sort))
    query = select(Household.id).where(Household.deleted_at.is_(None), *_place_where(flt))
    if qr is not None:
        query = query.where(Household.uuid == qr)
    elif not flt.show_archived:
        query = query.where(Household.status == vocab.HOUSEHOLD_ACTIVE)
    if person_filtered(flt) and qr is None:
        query = _text_match(flt, query)
    return query.order_by(*_household_order(sort))


def _places_filtered(flt: RegisterFilter) -> bool:
    return (
        flt.area_ids is not None
        or flt.compound_id is not None
        or flt.building_id is not None
        or flt.unit_id is not None
    )


def plain_ids(raw: RawReader, flt: RegisterFilter, sort: Sort = Sort()) -> list[int] | None:
    """The ids of the unfiltered register in register order by plain SQL; None when the
    filter or the sort needs ``id_query``."""
    if (
        sort.column != UNSORTED
        or flt.text
        or person_filtered_except_text(flt)
        or _places_filtered(flt)
    ):
        return None
    archived = list(vocab.ARCHIVED_STATUSES)
    if flt.mode == PERSONS:
        hide = (
            "" if flt.show_archived else f" AND p.status NOT IN ({','.join('?' * len(archived))})"
        )
        rows = raw.rows(
            "SELECT p.id FROM person p LEFT JOIN household h ON p.household_id = h.id"
            f" WHERE p.deleted_at IS NULL{hide}"
            " ORDER BY h.sort_key, h.id, p.sort_order, p.id",
            [] if flt.show_archived else archived,
        )
    elif flt.show_archived:
        rows = raw.rows("SELECT id FROM household WHERE deleted_at IS NULL ORDER BY sort_key, id")
    else:
        rows = raw.rows(*regdb.HOUSEHOLD_IDS)
    return [r[0] for r in rows]


def index_answers(flt: RegisterFilter, sort: Sort = Sort()) -> bool:
    """Whether ``TextIndex.match`` gives this filter's ids: the search text alone, in
    register order."""
    from gridapp.domain.text import search_key
    from gridapp.services.search import household_uuid_from_qr

    return bool(
        search_key(flt.text)
        and household_uuid_from_qr(flt.text) is None
        and sort.column == UNSORTED
        and not person_filtered_except_text(flt)
        and not _places_filtered(flt)
    )


def sql_ids(engine: Engine, flt: RegisterFilter, sort: Sort = Sort()) -> list[int]:
    """The ids by ``id_query``, on a connection of ``engine`` (the window's read-only one)."""
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        return list(session.scalars(id_query(flt, sort)))


def fetch_rows(
    raw: RawReader, flt: RegisterFilter, ids: list[int], labels: dict[str, str]
) -> dict[int, tuple[Any, ...]]:
    """The display values of these rows, one plain SQL query (no ORM objects); the last value
    of each row is its raw status (the table greys archived rows by it), ``labels`` name the
    statuses."""
    marks = ",".join("?" * len(ids))
    if flt.mode == PERSONS:
        p_rows = raw.rows(
            "SELECT p.id, p.name, p.gender, p.birth_date, p.id_number, p.relation, p.phone,"
            " p.category, h.number, h.address, a.name, p.status"
            " FROM person p LEFT JOIN household h ON p.household_id = h.id"
            f" LEFT JOIN area a ON h.grid_id = a.id WHERE p.id IN ({marks})",
            ids,
        )
        today = flt.today
        return {
            r[0]: (
                r[1], r[2],
                _age(r[3], today),
                idcard.mask(r[4]), r[5], r[6], r[7], r[8], r[9], r[10],
                labels.get(r[11], r[11]), r[11],
            )
            for r in p_rows
        }  # fmt: skip
    archived = ",".join("?" * len(vocab.ARCHIVED_STATUSES))
    h_rows = raw.rows(
        "SELECT h.id, h.number, h.address,"
        " (SELECT p.name FROM person p WHERE p.id = h.head_id),"
        " (SELECT count(*) FROM person p WHERE p.household_id = h.id"
        f"   AND p.status NOT IN ({archived}) AND p.deleted_at IS NULL),"
        " h.housing, a.name, h.status"
        f" FROM household h LEFT JOIN area a ON h.grid_id = a.id WHERE h.id IN ({marks})",
        [*vocab.ARCHIVED_STATUSES, *ids],
    )
    return {
        r[0]: (r[1], r[2], r[3], r[4], r[5], r[6], labels.get(r[7], r[7]), r[7]) for r in h_rows
    }


def _age(birth: object, today: dt.date) -> int | None:
    born = stored_date(birth)
    return idcard.age_at(born, today) if born else None


def household_of(raw: RawReader, person_id: int) -> int | None:
    """The household a person of the list belongs to (None: none, or no such person)."""
    rows = raw.rows("SELECT household_id FROM person WHERE id = ?", (person_id,))
    return rows[0][0] if rows else None


class TextIndex:
    """Every person's search text in register order, kept in memory by the window.

    Filtering 100,000 short strings with ``in`` takes a few milliseconds, several times faster
    than SQLite's LIKE scan over the wide person table, and keeps the register order without a
    sort. Same matches and order as the SQL path (``id_query``): the search text anywhere or
    the 户号 (``services.search.person_matches``), persons best first
    (``domain.text.search_rank``); households also by number or address, in register order.
    """

    def __init__(
        self,
        persons: list[tuple[int, int | None, bool, str, str]],
        households: list[tuple[int, bool, str]],
    ) -> None:
        self.persons = persons  # (id, household id, archived, text, 户号 lower-cased)
        self.households = households  # (id, archived, number|address lower-cased)

    @classmethod
    def load(cls, engine: Engine) -> TextIndex:
        """Two plain SQL reads (no ORM rows: this is the hot start of a search)."""
        archived = "','".join(vocab.ARCHIVED_STATUSES)
        with engine.connect() as conn:
            persons = [
                (pid, hid, bool(gone), text or "", (number or "").lower())
                for pid, hid, gone, text, number in conn.exec_driver_sql(
                    "SELECT p.id, p.household_id, p.status IN ('" + archived + "'), p.search_text,"
                    " h.number "
                    "FROM person p LEFT JOIN household h ON p.household_id = h.id "
                    "WHERE p.deleted_at IS NULL "
                    "ORDER BY h.sort_key, h.id, p.sort_order, p.id"
                )
            ]
            households = [
                (hid, status != vocab.HOUSEHOLD_ACTIVE, f"{number or ''}|{address or ''}".lower())
                for hid, status, number, address in conn.exec_driver_sql(
                    "SELECT id, status, number, address FROM household "
                    "WHERE deleted_at IS NULL ORDER BY sort_key, id"
                )
            ]
        return cls(persons, households)

    def match(self, q: str, mode: str, show_archived: bool) -> list[int]:
        hits = [
            (pid, hid, text, number)
            for pid, hid, archived, text, number in self.persons
            if (q in text or q == number) and (show_archived or not archived)
        ]
        if mode == PERSONS:  # sorted() is stable: register order within a rank
            ranked = sorted(hits, key=lambda hit: search_rank(q, hit[2], hit[3]))
            return [hit[0] for hit in ranked]
        with_member = {hit[1] for hit in hits}
        return [
            hid
            for hid, archived, text in self.households
            if (show_archived or not archived) and (hid in with_member or q in text)
        ]
