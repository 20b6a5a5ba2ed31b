"""考评: the monthly figures of each grid worker, from the visits, issues and errands recorded.

Definitions (the monthly report uses these same numbers):
- ``households_visited`` / ``households_due`` / ``coverage``: from ``visits.coverage`` (the cycle
  containing the month; a worker's due = households of the worker's grid).
- ``visits``: visit records by the worker dated in the month (门口未遇 not counted).
- ``issues_raised``: issues attributed to the worker (``Issue.worker_id``) reported in the month.
- ``solved_on_spot`` / ``escalated``: those issues' 现场解决 / 上报 steps dated in the month.
- ``done_in_time``: the worker's issues finished (现场解决 or 办结) in the month within the deadline.
- ``closed``: the worker's issues 结案 in the month.
- ``overdue``: the worker's issues pending past their deadline on the month's last day (or today
  for the current month).
- ``proxy_completed``: errands accepted by the worker finished (已办结) in the month.
- ``return_visits`` / ``satisfied``: return visits of the worker's issues dated in the month, and
  how many found the resident satisfied; ``satisfaction`` = satisfied / return_visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import Area, Issue, IssueStep, ServiceRequest, Visit, Worker
from gridapp.domain import issue_flow as flow
from gridapp.domain.dates import month_bounds
from gridapp.services.states_at import day_end, issue_states_at
from gridapp.services.visits import NOT_MET, coverage


@dataclass(frozen=True)
class WorkerFigures:
    worker_id: int
    name: str
    grid: str
    role: str
    visits: int
    households_visited: int
    households_due: int
    coverage: float
    issues_raised: int
    solved_on_spot: int
    escalated: int
    done_in_time: int
    closed: int
    overdue: int
    proxy_completed: int
    return_visits: int
    satisfied: int
    satisfaction: float | None


def worker_figures(
    session: Session, year: int, month: int, today: dt.date | None = None
) -> list[WorkerFigures]:
    first, next_first = month_bounds(year, month)
    last = next_first - dt.timedelta(days=1)
    ref = min(last, today or dt.date.today())
    cov = {line.key_id: line for line in coverage(session, year, month).workers}
    visits = dict(
        session.execute(
            select(Visit.worker_id, func.count())
            .where(
                Visit.deleted_at.is_(None),
                Visit.visited_on >= first,
                Visit.visited_on <= last,
                Visit.way != NOT_MET,
                Visit.worker_id.is_not(None),
            )
            .group_by(Visit.worker_id)
        ).all()
    )
    live = Issue.deleted_at.is_(None)
    raised = dict(
        session.execute(
            select(Issue.worker_id, func.count())
            .where(live, Issue.reported_on >= first, Issue.reported_on <= last)
            .group_by(Issue.worker_id)
        ).all()
    )
    start_at = dt.datetime.combine(first, dt.time.min)
    end_at = dt.datetime.combine(next_first, dt.time.min)

    def step_counts(label: str) -> dict[int | None, int]:
        return dict(
            session.execute(
                select(Issue.worker_id, func.count(func.distinct(Issue.id)))
                .join(IssueStep, IssueStep.issue_id == Issue.id)
                .where(live, IssueStep.action == label, IssueStep.at >= start_at,
                       IssueStep.at < end_at, IssueStep.deleted_at.is_(None))
                .group_by(Issue.worker_id)
            ).all()
        )  # fmt: skip

    on_spot = step_counts(flow.ACTION_LABELS[flow.SOLVE])
    escalated = step_counts(flow.ACTION_LABELS[flow.ESCALATE])
    in_time: dict[int | None, int] = {}
    closed: dict[int | None, int] = {}
    overdue: dict[int | None, int] = {}
    # A past month's end: each issue's state then, rebuilt from its steps.
    then = issue_states_at(session, day_end(ref)) if ref < (today or dt.date.today()) else {}
    for iid, wid, state, due_on, done_on, closed_on in session.execute(
        select(
            Issue.id, Issue.worker_id, Issue.state, Issue.due_on, Issue.done_on, Issue.closed_on
        ).where(live, Issue.worker_id.is_not(None))
    ):
        if done_on is not None and first <= done_on <= last and flow.in_time(due_on, done_on):
            in_time[wid] = in_time.get(wid, 0) + 1
        if closed_on is not None and first <= closed_on <= last and state == flow.CLOSED:
            closed[wid] = closed.get(wid, 0) + 1
        if flow.is_overdue(then.get(iid, state), due_on, ref) and first <= ref:
            overdue[wid] = overdue.get(wid, 0) + 1
    proxy = dict(
        session.execute(
            select(ServiceRequest.worker_id, func.count())
            .where(
                ServiceRequest.deleted_at.is_(None),
                ServiceRequest.done_on >= first,
                ServiceRequest.done_on <= last,
            )
            .group_by(ServiceRequest.worker_id)
        ).all()
    )
    ok_label = flow.ACTION_LABELS[flow.RETURN_OK]
    bad_label = flow.ACTION_LABELS[flow.RETURN_BAD]
    returns: dict[int | None, list[int]] = {}
    for wid, action in session.execute(
        select(Issue.worker_id, IssueStep.action)
        .join(IssueStep, IssueStep.issue_id == Issue.id)
        .where(
            live,
            IssueStep.action.in_((ok_label, bad_label)),
            IssueStep.at >= start_at,
            IssueStep.at < end_at,
            Issue.worker_id.is_not(None),
        )
    ):
        pair = returns.setdefault(wid, [0, 0])
        pair[0] += 1
        pair[1] += action == ok_label
    grid_names = {a.id: a.name for a in session.scalars(select(Area))}
    figures: list[WorkerFigures] = []
    for w in session.scalars(
        select(Worker).where(Worker.deleted_at.is_(None)).order_by(Worker.area_id, Worker.id)
    ):
        line = cov.get(w.id)
        total, good = returns.get(w.id, [0, 0])
        figures.append(
            WorkerFigures(
                worker_id=w.id,
                name=w.name,
                grid=grid_names.get(w.area_id, ""),
                role=w.role,
                visits=int(visits.get(w.id, 0)),
                households_visited=line.visited if line else 0,
                households_due=line.due if line else 0,
                coverage=line.ratio if line else 0.0,
                issues_raised=int(raised.get(w.id, 0)),
                solved_on_spot=int(on_spot.get(w.id, 0)),
                escalated=int(escalated.get(w.id, 0)),
                done_in_time=in_time.get(w.id, 0),
                closed=closed.get(w.id, 0),
                overdue=overdue.get(w.id, 0),
                proxy_completed=int(proxy.get(w.id, 0)),
                return_visits=total,
                satisfied=good,
                satisfaction=round(good / total, 4) if total else None,
            )
        )
    return figures
