"""The register list's fast paths give what the SQLAlchemy query gives (issue 15.1): the
plain-SQL ids of the unfiltered register, the in-memory text index, and the row values read by
plain SQL against the ORM rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.engine import make_engine
from gridapp.db.models import Area, Household, Person
from gridapp.db.regdb import RawReader
from gridapp.domain import idcard
from gridapp.domain.text import search_key
from gridapp.services import register_list
from gridapp.services.register_list import (
    HOUSEHOLDS,
    PERSONS,
    RegisterFilter,
    Sort,
    TextIndex,
)

DAY = dt.date(2026, 11, 15)


@pytest.fixture
def reader(demo_db: Path) -> Iterator[Engine]:
    """A read-only engine, as the window reads (its sessions take no write lock)."""
    engine = make_engine(demo_db, read_only=True)
    yield engine
    engine.dispose()


def _person(demo_db: Path) -> sqlite3.Row:
    con = sqlite3.connect(demo_db)
    con.row_factory = sqlite3.Row
    row = con.execute(
        "SELECT p.*, h.number, h.address FROM person p JOIN household h ON p.household_id = h.id"
        " WHERE p.status='active' AND length(p.name_initials) >= 2 AND p.id_number != ''"
        " AND p.phone != '' ORDER BY p.id LIMIT 1 OFFSET 17"
    ).fetchone()
    con.close()
    assert row is not None
    return row


@pytest.mark.parametrize("mode", [PERSONS, HOUSEHOLDS])
@pytest.mark.parametrize("archived", [False, True])
def test_plain_ids_are_the_queried_ids(reader: Engine, mode: str, archived: bool) -> None:
    flt = RegisterFilter(mode=mode, show_archived=archived, today=DAY)
    plain = register_list.plain_ids(RawReader(None, lambda: reader), flt)
    assert plain is not None and len(plain) > 100
    assert plain == register_list.sql_ids(reader, flt)


def test_plain_ids_step_aside_for_filters_and_sorts(reader: Engine) -> None:
    raw = RawReader(None, lambda: reader)
    assert register_list.plain_ids(raw, RegisterFilter(text="张")) is None
    assert register_list.plain_ids(raw, RegisterFilter(area_ids=frozenset({1}))) is None
    assert register_list.plain_ids(raw, RegisterFilter(), Sort(2, descending=True)) is None


@pytest.mark.parametrize("mode", [PERSONS, HOUSEHOLDS])
@pytest.mark.parametrize("archived", [False, True])
def test_text_index_matches_the_sql_path(
    reader: Engine, demo_db: Path, mode: str, archived: bool
) -> None:
    person = _person(demo_db)
    index = TextIndex.load(reader)
    queries = [
        person["name"][:1], person["name_initials"], person["name_pinyin"][:5].upper(),
        person["id_number"][4:12], person["phone"][-6:], person["number"],
        person["address"][:4], "z", "%", "无此人",
    ]  # fmt: skip
    for q in queries:
        flt = RegisterFilter(mode=mode, text=q, show_archived=archived, today=DAY)
        assert register_list.index_answers(flt)
        fast = index.match(search_key(q), mode, archived)
        assert fast == register_list.sql_ids(reader, flt), q


def test_the_index_does_not_answer_what_it_cannot() -> None:
    assert not register_list.index_answers(RegisterFilter(text=""))
    assert not register_list.index_answers(RegisterFilter(text="张", category="户籍"))
    assert not register_list.index_answers(RegisterFilter(text="张"), Sort(0))
    qr = "GRIDAPP:H:12345678-1234-1234-1234-123456789abc"
    assert not register_list.index_answers(RegisterFilter(text=qr))


def _orm_person_row(session: Session, person: Person, labels: dict[str, str]) -> tuple[Any, ...]:
    household = session.get(Household, person.household_id) if person.household_id else None
    grid = session.get(Area, household.grid_id) if household and household.grid_id else None
    age = idcard.age_at(person.birth_date, DAY) if person.birth_date else None
    return (
        person.name, person.gender, age, idcard.mask(person.id_number), person.relation,
        person.phone, person.category, household.number if household else None,
        household.address if household else None, grid.name if grid else None,
        labels.get(person.status, person.status), person.status,
    )  # fmt: skip


def _orm_household_row(
    session: Session, household: Household, labels: dict[str, str]
) -> tuple[Any, ...]:
    head = session.get(Person, household.head_id) if household.head_id else None
    members = session.scalars(
        select(Person).where(
            Person.household_id == household.id,
            Person.deleted_at.is_(None),
            Person.status.not_in(vocab.ARCHIVED_STATUSES),
        )
    ).all()
    grid = session.get(Area, household.grid_id) if household.grid_id else None
    return (
        household.number, household.address, head.name if head else None, len(members),
        household.housing, grid.name if grid else None,
        labels.get(household.status, household.status), household.status,
    )  # fmt: skip


@pytest.mark.parametrize("mode", [PERSONS, HOUSEHOLDS])
def test_fetched_rows_are_the_orm_values(reader: Engine, mode: str) -> None:
    labels = {vocab.STATUS_ACTIVE: "在册", vocab.HOUSEHOLD_ARCHIVED: "已归档"}
    flt = RegisterFilter(mode=mode, show_archived=True, today=DAY)
    raw = RawReader(None, lambda: reader)
    ids = register_list.sql_ids(reader, flt)
    page = ids[:150] + ids[-50:]  # archived rows sit at the end of some households
    rows = register_list.fetch_rows(raw, flt, page, labels)
    assert sorted(rows) == sorted(page)
    with Session(reader) as session:
        for entity_id in page:
            if mode == PERSONS:
                person = session.get(Person, entity_id)
                assert person is not None
                assert rows[entity_id] == _orm_person_row(session, person, labels)
            else:
                household = session.get(Household, entity_id)
                assert household is not None
                assert rows[entity_id] == _orm_household_row(session, household, labels)


def _queries(demo_db: Path) -> list[str]:
    person = _person(demo_db)
    return [
        person["name"], person["name"][:1], person["name_initials"], person["name_pinyin"],
        person["name_pinyin"][:3], person["number"], person["phone"][-6:], "z", "无此人",
    ]  # fmt: skip


def test_python_and_sql_ranks_agree(reader: Engine, demo_db: Path) -> None:
    from gridapp.domain.text import search_rank
    from gridapp.services.search import person_matches, rank_expr

    with Session(reader) as session:
        for q in map(search_key, _queries(demo_db)):
            rows = session.execute(
                select(Person.search_text, Household.number, rank_expr(q))
                .outerjoin(Household, Person.household_id == Household.id)
                .where(person_matches(q))
            ).all()
            assert [search_rank(q, t, n or "") for t, n, _r in rows] == [r for *_x, r in rows]


def test_one_search_one_ranking(reader: Engine, demo_db: Path) -> None:
    """The search box of the register, its fast index and ``gridapp search`` list the same
    persons in the same order."""
    from gridapp.services.search import search

    index = TextIndex.load(reader)
    ranks_seen: set[int] = set()
    with Session(reader) as session:
        for q in _queries(demo_db):
            flt = RegisterFilter(mode=PERSONS, text=q, today=DAY)
            by_sql = register_list.sql_ids(reader, flt)
            assert index.match(search_key(q), PERSONS, False) == by_sql, q
            hits = [hit.person_id for hit in search(session, q, limit=500)]
            assert hits == by_sql[:500], q
            ranks_seen.add(len(by_sql))
    assert len(ranks_seen) > 3  # the queries found different things
