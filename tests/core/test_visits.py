import datetime as dt

import pytest
from sqlalchemy import Engine, func, select

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import Household, Issue, Visit
from gridapp.services import settings
from gridapp.services.common import ServiceError
from gridapp.services.issues import register_issue
from gridapp.services.visits import (
    VisitFilter,
    add_visit,
    coverage,
    cycle_bounds,
    due_households,
    household_by_number,
    last_visits,
    visit_history,
)
from tests.core.work_helpers import small_register

D = dt.date


def test_cycle_bounds() -> None:
    assert cycle_bounds(2026, 2) == (D(2026, 2, 1), D(2026, 2, 28))
    assert cycle_bounds(2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))
    assert cycle_bounds(2026, 12) == (D(2026, 12, 1), D(2026, 12, 31))
    assert cycle_bounds(2026, 4, 2) == (D(2026, 3, 1), D(2026, 4, 30))
    assert cycle_bounds(2026, 3, 2) == (D(2026, 3, 1), D(2026, 4, 30))
    assert cycle_bounds(2026, 12, 3) == (D(2026, 10, 1), D(2026, 12, 31))
    with pytest.raises(ServiceError):
        cycle_bounds(2026, 13)


def test_due_list_order_flags_and_visits(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        due = due_households(s, 2026, 11)
        assert due[0].household_id == small.households[2]  # 低保 first
        assert due[0].every_cycle and due[0].groups == ("低保",)
        # then walk order: sort_key descends with creation order
        rest = [d.household_id for d in due[1:]]
        assert rest == [h for h in reversed(small.households) if h != small.households[2]]
        assert all(d.never_visited and d.last_visit is None for d in due)
        assert len(due) == 6

        # A visit last month does not count for this month, but gives the last visit date.
        add_visit(s, small.households[0], "张网格", D(2026, 10, 30), actor="t")
        # Nobody at the door: still due.
        add_visit(s, small.households[1], "李网格", D(2026, 11, 3), "门口未遇")
        # A real visit this month takes the household off the list.
        add_visit(s, small.households[3], "李网格", D(2026, 11, 5), "电话")
        due = {d.household_id: d for d in due_households(s, 2026, 11)}
        assert small.households[3] not in due
        assert small.households[1] in due and due[small.households[1]].never_visited
        first = due[small.households[0]]
        assert not first.never_visited and first.last_visit == D(2026, 10, 30)
        assert len(due) == 5
        # Grid filter.
        in_g2 = due_households(s, 2026, 11, small.grid2)
        assert {d.household_id for d in in_g2} == set(small.households[4:])
        # Archived households are not due.
        h = s.get(Household, small.households[5])
        assert h is not None
        h.status = vocab.HOUSEHOLD_ARCHIVED
        s.flush()
        assert small.households[5] not in {d.household_id for d in due_households(s, 2026, 11)}


def test_cycle_setting_two_months(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        add_visit(s, small.households[0], "张网格", D(2026, 9, 10))
        assert small.households[0] in {d.household_id for d in due_households(s, 2026, 10)}
        settings.put(s, "cycle_months", 2)
        s.flush()
        # Sep–Oct is one cycle now.
        assert small.households[0] not in {d.household_id for d in due_households(s, 2026, 10)}
        assert small.households[0] in {d.household_id for d in due_households(s, 2026, 11)}
        settings.put(s, "cycle_months", "garbage")
        s.flush()
        assert small.households[0] in {d.household_id for d in due_households(s, 2026, 10)}


def test_coverage_per_grid_and_worker(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        add_visit(s, small.households[0], "张网格", D(2026, 11, 2))
        add_visit(s, small.households[1], "张网格", D(2026, 11, 2))
        add_visit(s, small.households[1], "李网格", D(2026, 11, 9))  # twice: once
        add_visit(s, small.households[4], "王网格", D(2026, 11, 9), "门口未遇")
        report = coverage(s, 2026, 11)
        assert (report.due, report.visited) == (6, 2)
        assert report.ratio == pytest.approx(2 / 6, abs=1e-4)
        grids = {g.name: g for g in report.grids}
        assert (grids["一网格"].due, grids["一网格"].visited) == (4, 2)
        assert (grids["二网格"].due, grids["二网格"].visited, grids["二网格"].ratio) == (2, 0, 0.0)
        workers = {w.name: w for w in report.workers}
        assert (workers["张网格"].visited, workers["张网格"].due) == (2, 4)
        assert workers["李网格"].visited == 1 and workers["王网格"].visited == 0
        assert workers["张网格"].ratio == 0.5


def test_add_visit_refusals(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        hid = small.households[0]
        bad = [
            dict(visitor="张网格", on=D(2026, 11, 1), way="托人带话"),
            dict(visitor="张网格", on=dt.date.today() + dt.timedelta(days=1), way="入户"),
            dict(visitor="无此人", on=D(2026, 11, 1), way="入户"),
            dict(visitor="", on=D(2026, 11, 1), way="入户"),
            dict(visitor="张网格", on=D(1999, 11, 1), way="入户"),
        ]
        for kwargs in bad:
            with pytest.raises(ServiceError):
                add_visit(s, hid, kwargs["visitor"], kwargs["on"], kwargs["way"])
        for extra in ({"hazards": "地震"}, {"visited_time": "25:00"}, {"colour": "红"}):
            with pytest.raises(ServiceError):
                add_visit(s, hid, "张网格", D(2026, 11, 1), **extra)
        with pytest.raises(ServiceError):
            add_visit(s, 999999, "张网格", D(2026, 11, 1))
        with pytest.raises(ServiceError, match="户号"):
            household_by_number(s, "NOPE")
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
        h = s.get(Household, hid)
        assert h is not None
        h.status = vocab.HOUSEHOLD_ARCHIVED
        with pytest.raises(ServiceError, match="已注销"):
            add_visit(s, hid, "张网格", D(2026, 11, 1))


def test_visit_fields_last_visits_and_history(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        hid = small.households[0]
        v1 = add_visit(s, hid, "张网格", D(2026, 10, 1), situation="旧")
        v2 = add_visit(s, hid, small.workers["李网格"], D(2026, 11, 1), "入户",
                       visited_time="9:30", hazards="燃气，消防", met="户主", difficulties="楼道灯坏",
                       companions="张网格")  # fmt: skip
        issue = register_issue(s, title="楼道灯坏", category="设施维修", visit_id=v2)
        last = last_visits(s, [hid, small.households[1]])
        assert set(last) == {hid}
        assert last[hid].id == v2 and last[hid].hazards == "燃气;消防"
        assert last[hid].visited_time == "09:30" and last[hid].visitor == "李网格"
        history = visit_history(s, VisitFilter(household_id=hid))
        assert [r.id for r in history] == [v2, v1]
        assert history[0].issue_ids == (issue,)
        assert visit_history(s, VisitFilter(worker_id=small.workers["张网格"]))[0].id == v1
        assert visit_history(s, VisitFilter(date_from=D(2026, 10, 15)))[0].id == v2
        assert visit_history(s, VisitFilter(grid_id=small.grid2)) == []
        row = s.get(Issue, issue)
        assert row is not None and row.household_id == hid and row.reported_by == "李网格"


def test_demo_due_list_is_partial(demo_engine: Engine) -> None:
    today = dt.date.today()
    with session_scope(demo_engine) as s:
        households = s.scalar(
            select(func.count()).select_from(Household).where(Household.status == "active")
        )
        due = due_households(s, today.year, today.month)
        assert 0 < len(due) < (households or 0)
        assert any(d.every_cycle for d in due)
        flags = [d.every_cycle for d in due]
        assert flags == sorted(flags, reverse=True)  # every-cycle households first
        assert any(d.never_visited for d in due)
        report = coverage(s, today.year, today.month)
        assert report.visited + len(due) == report.due
