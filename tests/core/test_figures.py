import datetime as dt

from sqlalchemy import Engine, func, select

from gridapp.db.engine import session_scope
from gridapp.db.models import Issue, ServiceRequest, Visit
from gridapp.services import issues, proxy
from gridapp.services.figures import worker_figures
from gridapp.services.visits import add_visit, coverage
from tests.core.work_helpers import TODAY, small_register

D = dt.date


def test_figures_of_a_small_month(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        h = small.households
        add_visit(s, h[0], "张网格", D(2026, 11, 2))
        add_visit(s, h[1], "张网格", D(2026, 11, 3))
        add_visit(s, h[1], "张网格", D(2026, 11, 4))
        add_visit(s, h[2], "张网格", D(2026, 11, 4), "门口未遇")
        add_visit(s, h[3], "李网格", D(2026, 10, 28))  # last month
        a = issues.register_issue(s, title="a", household_id=h[0], reported_by="张网格",
                                  reported_on=D(2026, 11, 2))  # fmt: skip
        issues.solve_on_spot(s, a, "ok", on=D(2026, 11, 2))
        issues.return_visit(s, a, True, on=D(2026, 11, 5))
        b = issues.register_issue(s, title="b", household_id=h[1], reported_by="张网格",
                                  reported_on=D(2026, 11, 3))  # fmt: skip
        issues.escalate(s, b, "城管", "", D(2026, 11, 10), on=D(2026, 11, 3))  # overdue on 20th
        c = issues.register_issue(s, title="c", household_id=h[1], reported_by="张网格",
                                  reported_on=D(2026, 11, 3))  # fmt: skip
        issues.escalate(s, c, "城管", "", D(2026, 11, 6), on=D(2026, 11, 3))
        issues.close(s, c, "晚了", on=D(2026, 11, 8))  # done late
        issues.return_visit(s, c, False, on=D(2026, 11, 9))  # unhappy: reopened
        d = issues.register_issue(s, title="d", household_id=h[4], reported_by="王网格",
                                  reported_on=D(2026, 10, 3))  # fmt: skip
        issues.solve_on_spot(s, d, "ok", on=D(2026, 10, 3))
        r = proxy.register_request(s, person_id=small.heads[0], errand="医保缴费",
                                   accepted_by="李网格", requested_on=D(2026, 11, 1))  # fmt: skip
        proxy.submit(s, r, "医保局", on=D(2026, 11, 2))
        proxy.finish(s, r, "已缴", on=D(2026, 11, 6))

        figs = {f.name: f for f in worker_figures(s, 2026, 11, today=TODAY)}
        z, li, w = figs["张网格"], figs["李网格"], figs["王网格"]
        assert (z.visits, z.households_visited, z.households_due) == (3, 2, 4)
        assert z.coverage == 0.5 and li.visits == 0 and li.households_visited == 0
        assert (z.issues_raised, z.solved_on_spot, z.escalated) == (3, 1, 2)
        assert z.done_in_time == 1  # a on the spot; c was late and is reopened
        assert z.closed == 0  # c was closed, then reopened by the return visit
        assert z.overdue == 2  # b past its deadline, c reopened past its deadline
        assert (z.return_visits, z.satisfied, z.satisfaction) == (2, 1, 0.5)
        assert li.proxy_completed == 1 and z.proxy_completed == 0
        assert (w.issues_raised, w.solved_on_spot, w.satisfaction) == (0, 0, None)
        october = {f.name: f for f in worker_figures(s, 2026, 10, today=TODAY)}
        assert october["王网格"].solved_on_spot == 1 and october["李网格"].visits == 1
        assert october["张网格"].overdue == 0  # nothing was past its deadline on 31 October


def test_figures_add_up_on_the_demo(demo_engine: Engine) -> None:
    today = dt.date.today()
    with session_scope(demo_engine) as s:
        for back in (0, 1):
            index = today.year * 12 + today.month - 1 - back
            year, month = index // 12, index % 12 + 1
            first = D(year, month, 1)
            last = D(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            figs = worker_figures(s, year, month)
            visits = s.scalar(
                select(func.count())
                .select_from(Visit)
                .where(Visit.visited_on.between(first, last), Visit.way != "门口未遇")
            )
            assert sum(f.visits for f in figs) == visits and visits
            raised = s.scalar(
                select(func.count())
                .select_from(Issue)
                .where(Issue.reported_on.between(first, last), Issue.worker_id.is_not(None))
            )
            assert sum(f.issues_raised for f in figs) == raised and raised
            done = s.scalar(
                select(func.count())
                .select_from(ServiceRequest)
                .where(ServiceRequest.done_on.between(first, last))
            )
            assert sum(f.proxy_completed for f in figs) == done
            cov = coverage(s, year, month)
            by_worker = {w.key_id: w.visited for w in cov.workers}
            assert all(by_worker.get(f.worker_id, 0) == f.households_visited for f in figs)
            assert sum(f.households_visited for f in figs) >= cov.visited
        assert sum(f.overdue for f in worker_figures(s, today.year, today.month)) == len(
            issues.list_issues(s, overdue_only=True)
        )
