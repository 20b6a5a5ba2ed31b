"""The monthly report's figures agree with ``gridapp stats`` and the work-record services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import Household, Person, Worker
from gridapp.services import groups, issues, proxy, visits
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import ServiceError
from gridapp.services.figures import worker_figures
from gridapp.services.monthly import monthly_figures, previous_month
from gridapp.services.register import update_person
from gridapp.services.stats import register_stats


def this_and_last(today: dt.date | None = None) -> tuple[tuple[int, int], tuple[int, int]]:
    today = today or dt.date.today()
    return (today.year, today.month), previous_month(today.year, today.month)


def add_work_records(session: Any) -> dict[str, Any]:
    """Visits, issues, errands, group changes and life events in this month and the last.

    Every event of this month is dated the 1st (never in the future); last month's the 5th.
    """
    (y, m), (ly, lm) = this_and_last()
    day1, last5 = dt.date(y, m, 1), dt.date(ly, lm, 5)
    homes = list(
        session.scalars(
            select(Household)
            .where(Household.status == vocab.HOUSEHOLD_ACTIVE)
            .order_by(Household.id)
            .limit(40)
        )
    )
    for n, home in enumerate(homes[:30]):
        w = session.execute(
            select(Worker.id).where(Worker.area_id == home.grid_id).limit(1)
        ).scalar_one()
        visits.add_visit(session, home.id, w, day1, "入户" if n % 5 else "门口未遇")
        if n < 12:
            visits.add_visit(session, home.id, w, last5, "电话")
    made: dict[str, list[int]] = {"this": [], "last": []}
    for n, home in enumerate(homes[:9]):
        when = day1 if n < 6 else last5
        issue_id = issues.register_issue(
            session,
            title=f"楼道灯坏了{n}",
            category=vocab.ISSUE_CATEGORIES[n % 3],
            household_id=home.id,
            grid_id=home.grid_id,
            reported_on=when,
        )
        made["this" if n < 6 else "last"].append(issue_id)
        if n % 3 == 0:
            issues.solve_on_spot(session, issue_id, "已修好", on=when)
        elif n % 3 == 1:
            issues.escalate(session, issue_id, "物业", due_on=when + dt.timedelta(days=2), on=when)
    people = list(
        session.scalars(
            select(Person)
            .where(Person.status == vocab.STATUS_ACTIVE, Person.household_id.is_not(None))
            .order_by(Person.id)
            .limit(60)
        )
    )
    for n, person in enumerate(people[:4]):
        proxy.register_request(
            session, person_id=person.id, errand="医保缴费", requested_on=day1 if n < 3 else last5
        )
    for person in people[4:7]:
        groups.enter_group(session, person.id, "dujv", joined_on=day1)
    writer = ChangeWriter(session, "测试")
    update_person(session, writer, people[10], {"status": vocab.STATUS_MOVED_OUT,
                                                 "status_date": day1, "destination": "北京"})  # fmt: skip
    update_person(session, writer, people[11], {"status": vocab.STATUS_DECEASED,
                                                 "status_date": day1})  # fmt: skip
    update_person(session, writer, people[12], {"moved_in_on": day1, "moved_from": "洛阳"})
    update_person(session, writer, people[13], {"moved_in_on": last5, "moved_from": "开封"})
    writer.flush()
    return {"issues": made, "day1": day1, "last5": last5}


@pytest.fixture
def worked(demo_engine: Any) -> Any:
    with session_scope(demo_engine) as session:
        add_work_records(session)
    return demo_engine


def test_summary_equals_stats_and_services(demo_engine: Any) -> None:
    (y, m), (ly, lm) = this_and_last()
    with session_scope(demo_engine) as session:
        before = monthly_figures(session, y, m)  # the demo has work records of its own
        add_work_records(session)
    with session_scope(demo_engine) as session:
        fig = monthly_figures(session, y, m)
        stats = register_stats(session)
        cov = visits.coverage(session, y, m)
        last_cov = visits.coverage(session, ly, lm)
        all_issues = issues.list_issues(session)
        counts = {c.code: c.persons for c in groups.group_counts(session)}
        workers = worker_figures(session, y, m)
    t, b = fig.this, before.this
    # Register totals are `gridapp stats`.
    assert (t.households, t.persons) == (stats["households"], stats["persons"])
    assert fig.stats == stats
    assert sum(g.households for g in t.grids) == stats["households"]
    assert sum(g.persons for g in t.grids) == stats["persons"]
    # Coverage is the visit service's, per grid too.
    assert (t.visit_due, t.visit_visited, t.coverage) == (cov.due, cov.visited, cov.ratio)
    assert [(g.grid, g.visited) for g in t.grids] == [(g.name, g.visited) for g in cov.grids]
    assert fig.last.visit_visited == last_cov.visited
    assert t.visits == b.visits + 30
    # Issues: what the issue service lists.
    in_month = [i for i in all_issues if i.reported_on.month == m and i.reported_on.year == y]
    assert t.issues.raised == len(in_month) == b.issues.raised + 6
    assert t.issues.solved_on_spot == b.issues.solved_on_spot + 2
    assert t.issues.escalated == b.issues.escalated + 2
    assert fig.last.issues.raised == before.last.issues.raised + 3
    assert sum(t.issues.by_category.values()) == t.issues.raised
    assert sum(t.issues.by_state.values()) == t.issues.raised
    assert t.issues.open_at_end == sum(1 for i in all_issues if i.is_open)
    # Proxy services, groups, life events.
    assert t.proxy.requested == b.proxy.requested + 3
    assert fig.last.proxy.requested == before.last.proxy.requested + 1
    dujv = next(g for g in t.groups if g.code == "dujv")
    assert dujv.members == counts["dujv"]
    assert dujv.joined == next(g for g in b.groups if g.code == "dujv").joined + 3
    assert (t.moved_out, t.deaths, t.moved_in) == (b.moved_out + 1, b.deaths + 1, b.moved_in + 1)
    assert fig.last.moved_in == before.last.moved_in + 1
    # Two residents left this month; one already counted moved in this month.
    assert t.persons == b.persons - 2
    assert fig.last.persons == before.last.persons - 1
    # The workers' figures are the 考评 service's (visits nobody met do not count there).
    assert t.workers == workers
    assert sum(w.visits for w in t.workers) == sum(w.visits for w in b.workers) + 24


def test_past_month_is_consistent(worked: Any) -> None:
    (y, m), (ly, lm) = this_and_last()
    with session_scope(worked) as session:
        now = monthly_figures(session, y, m)
        before = monthly_figures(session, ly, lm)
    assert before.this.persons == now.last.persons
    assert before.this.issues == now.last.issues
    assert before.this.visit_visited == now.last.visit_visited


def test_bad_month_refused(demo_engine: Any) -> None:
    with session_scope(demo_engine) as session, pytest.raises(ServiceError):
        monthly_figures(session, 2026, 13)


def test_workbook_has_summary_details_and_charts(worked: Any, tmp_path: Path) -> None:
    from gridapp.export.monthly_xlsx import write_monthly_xlsx

    (y, m), _ = this_and_last()
    with session_scope(worked) as session:
        fig = monthly_figures(session, y, m)
    out = write_monthly_xlsx(fig, tmp_path / "月报.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "汇总"
    assert {"人口变动", "走访", "问题", "特殊人群", "网格员工作量"} <= set(wb.sheetnames)
    ws = wb["汇总"]
    labels = {row[1]: row[2:5] for row in ws.iter_rows(min_row=3, max_col=5, values_only=True)}
    assert labels["在册人数"][0] == fig.stats["persons"]
    assert labels["在册户数"][0] == fig.stats["households"]
    assert labels["登记问题"][:2] == (fig.this.issues.raised, fig.last.issues.raised)
    assert labels["走访记录"][2] == fig.this.visits - fig.last.visits
    assert labels["走访覆盖率"][0] == fig.this.coverage_rate.cell()  # rounded as it shows
    # Native charts on the summary: coverage per grid, issues by category and by state.
    assert len(ws._charts) == 3
    values = {r[0]: r[1:3] for r in ws.iter_rows(min_row=3, max_col=3, values_only=True) if r[0]}
    for category, count in fig.this.issues.by_category.items():
        assert values[category][0] == count
    for state, count in fig.last.issues.by_state.items():
        assert values[state][1] == count
    changes = list(wb["人口变动"].iter_rows(min_row=3, values_only=True))
    kinds = [r[1] for r in changes if r[0] == fig.this.label]
    assert {"死亡", "迁入", "迁出"} <= set(kinds)
    assert len(kinds) == len(fig.this.changes)
    assert wb["汇总"].page_setup.paperSize == 9


def test_last_month_uses_the_states_records_had_at_its_end(engine: Any) -> None:
    """An issue and an errand overdue at October's end and finished in November: the report for
    November shows them overdue (and open) last month, not this month."""
    from tests.core.work_helpers import small_register

    oct3, oct5, nov8 = dt.date(2025, 10, 3), dt.date(2025, 10, 5), dt.date(2025, 11, 8)
    with session_scope(engine) as session:
        small = small_register(session)
        iid = issues.register_issue(
            session,
            title="下水道堵塞",
            category=vocab.ISSUE_CATEGORIES[0],
            household_id=small.households[0],
            grid_id=small.grid1,
            reported_on=oct3,
            reported_by="张网格",
        )
        issues.escalate(session, iid, vocab.STATIONS[0], due_on=dt.date(2025, 10, 20), on=oct5)
        rid = proxy.register_request(
            session, person_id=small.heads[0], errand=vocab.ERRANDS[0], requested_on=oct3
        )
        proxy.submit(session, rid, "民政所", promised_on=dt.date(2025, 10, 15), on=oct5)
        issues.close(session, iid, "已疏通", on=nov8)  # logs 交办 and 办结 on the way
        proxy.finish(session, rid, "已办好", on=nov8)
    with session_scope(engine) as session:
        report = monthly_figures(session, 2025, 11, today=dt.date(2025, 11, 27))
        past = worker_figures(session, 2025, 10, today=dt.date(2025, 11, 27))
    assert (report.last.issues.overdue, report.last.issues.open_at_end) == (1, 1)
    assert (report.this.issues.overdue, report.this.issues.open_at_end) == (0, 0)
    assert (report.last.proxy.overdue, report.last.proxy.open) == (1, 1)
    assert (report.this.proxy.overdue, report.this.proxy.open) == (0, 0)
    assert sum(w.overdue for w in past) == 1
