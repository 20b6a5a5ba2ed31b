"""The detail pane's glance of a household (plain SQL) says what the services say: the same
members and groups, last visit, open issues (late ones as ``issues.is_overdue`` decides) and
open errands, leaving out deleted records (issue 15.1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from gridapp.db.engine import make_engine, session_scope
from gridapp.db.models import GroupKind, GroupMembership, Household, Issue, Person, ServiceRequest
from gridapp.db.regdb import RawReader
from gridapp.services import issues, proxy, visits
from gridapp.services.household_glance import OpenItem, household_glance

DAY = dt.date(2026, 11, 20)  # only for the deletion test, which needs no late issue


def _a_day_with_late_issues(session: Session) -> dt.date:
    """The demo is built around the real today: the day after its last deadline of open work
    (so some issues are late whatever the date the suite runs on)."""
    last = session.scalar(select(func.max(Issue.due_on)).where(Issue.due_on.is_not(None)))
    assert last is not None
    return last + dt.timedelta(days=1)


@pytest.fixture
def reader(demo_db: Path) -> Iterator[Engine]:
    engine = make_engine(demo_db, read_only=True)
    yield engine
    engine.dispose()


def _busy_households(session: Session, day: dt.date) -> list[int]:
    """Households with open issues or errands first, then the rest, some of each."""
    with_work = {r.household_id for r in issues.list_issues(session, open_only=True, today=day)} | {
        hid for (hid,) in session.execute(select(ServiceRequest.household_id)) if hid is not None
    }
    others = session.scalars(select(Household.id).order_by(Household.id).limit(40))
    return sorted(h for h in with_work if h is not None)[:60] + list(others)


def _expected_members(session: Session, hid: int) -> list[tuple[int, str, tuple[str, ...]]]:
    people = session.scalars(
        select(Person)
        .where(Person.household_id == hid, Person.deleted_at.is_(None))
        .order_by(Person.sort_order, Person.id)
    )
    out = []
    for p in people:
        groups = session.scalars(
            select(GroupKind.name)
            .join(GroupMembership, GroupMembership.group_id == GroupKind.id)
            .where(
                GroupMembership.person_id == p.id,
                GroupMembership.left_on.is_(None),
                GroupMembership.deleted_at.is_(None),
            )
            .order_by(GroupMembership.id)
        )
        out.append((p.id, p.status, tuple(groups)))
    return out


def test_the_glance_is_what_the_services_say(reader: Engine) -> None:
    raw = RawReader(None, lambda: reader)
    with Session(reader) as session:
        day = _a_day_with_late_issues(session)
        open_issues = issues.list_issues(session, open_only=True, today=day)
        open_errands = proxy.list_requests(session, open_only=True, today=day)
        households = _busy_households(session, day)
        last = visits.last_visits(session, households)
        seen_late = 0
        for hid in households:
            glance = household_glance(raw, hid, day)
            assert glance is not None
            got = [(m.id, m.status, m.groups) for m in glance.members]
            assert got == _expected_members(session, hid)
            mine = sorted((r for r in open_issues if r.household_id == hid), key=lambda r: r.id)
            assert glance.issues == [OpenItem(r.title, r.state, r.overdue) for r in mine]
            household = session.get(Household, hid)
            assert household is not None
            errands = sorted(
                (r for r in open_errands if r.household == household.number and r.household),
                key=lambda r: r.id,
            )
            assert [(e.title, e.state) for e in glance.errands] == [
                (r.errand, r.state) for r in errands
            ]
            visit = last.get(hid)
            expected = (str(visit.visited_on), visit.way, visit.visitor) if visit else None
            assert glance.last_visit == expected
            seen_late += sum(item.overdue for item in glance.issues)
    assert seen_late > 0  # the demo has late issues: the colouring is exercised


def test_deleted_and_finished_work_is_not_shown(demo_db: Path, demo_engine: Engine) -> None:
    with Session(demo_engine) as session:
        row = next(
            r for r in issues.list_issues(session, open_only=True, today=DAY) if r.household_id
        )
    hid = row.household_id
    assert hid is not None
    raw = RawReader(demo_db)
    before = household_glance(raw, hid, DAY)
    assert before is not None and any(i.title == row.title for i in before.issues)
    with session_scope(demo_engine) as session:  # a tombstoned issue is gone from the pane
        session.execute(
            update(Issue).where(Issue.id == row.id).values(deleted_at=dt.datetime(2026, 11, 1))
        )
    after = household_glance(RawReader(demo_db), hid, DAY)
    assert after is not None and len(after.issues) == len(before.issues) - 1
    assert household_glance(raw, 10**9, DAY) is None


def test_the_person_glance_is_the_persons_row(reader: Engine) -> None:
    from gridapp.domain import idcard
    from gridapp.services.household_glance import person_glance

    raw = RawReader(None, lambda: reader)
    with Session(reader) as session:
        people = session.scalars(select(Person).order_by(Person.id).limit(80)).all()
        for p in people:
            glance = person_glance(raw, p.id, DAY)
            assert glance is not None
            assert (glance.name, glance.id_number, glance.birth_date, glance.status) == (
                p.name, idcard.mask(p.id_number), p.birth_date, p.status,
            )  # fmt: skip
            assert glance.age == (idcard.age_at(p.birth_date, DAY) if p.birth_date else None)
            assert (glance.phone, glance.relation, glance.household_id) == (
                p.phone, p.relation, p.household_id,
            )  # fmt: skip
            expected = [n for pid, _s, groups in _expected_members(session, p.household_id)
                        if pid == p.id for n in groups] if p.household_id else []  # fmt: skip
            assert list(glance.groups) == expected
            assert glance.archived == (p.status in ("moved_out", "deceased"))
    assert person_glance(raw, 10_000_000, DAY) is None


def test_households_are_offered_the_lowest_grids_by_community(reader: Engine) -> None:
    from gridapp.db.models import Area
    from gridapp.services.choices import household_grid_choices
    from gridapp.services.places import leaf_grids

    with Session(reader) as session:
        leaves = leaf_grids(session)
        offered = household_grid_choices(session)
        assert [c.id for c in offered] == [g.id for g in leaves]
        for choice, grid in zip(offered, leaves, strict=True):
            community, name = choice.name.split(" › ")
            assert name == grid.name and community.endswith("社区")
        upper = session.scalar(select(Area.id).where(Area.level == "二级网格"))
        assert upper not in {c.id for c in offered}
        kept = household_grid_choices(session, keep=upper)
        assert kept[-1].id == upper and len(kept) == len(offered) + 1
