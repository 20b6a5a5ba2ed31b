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

Every rate anyone reads (the dashboard, the PDF report, the workbook, the CLI) is written by
``percent_text`` / ``rounded_rate`` from the two counts: half up on the exact fraction, so 629 of
2000 is 31.5% everywhere (float rounding gave 31.4% in the PDF and 31.5% in Excel).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import Select, func, select
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

    @property
    def coverage_rate(self) -> Rate:
        return Rate(self.households_visited, self.households_due)

    @property
    def satisfaction_rate(self) -> Rate | None:
        return Rate(self.satisfied, self.return_visits) if self.return_visits else None


def rounded_percent(part: int, whole: int, digits: int = 1) -> Fraction:
    """``part / whole`` in percent, rounded half up to ``digits`` decimals (0 when nothing is
    due). Exact: the fraction itself is rounded, never a float."""
    if not whole:
        return Fraction(0)
    scale = 10**digits
    scaled = Fraction(part * 100 * scale, whole)
    return Fraction(math.floor(scaled + Fraction(1, 2)), scale)


def percent_text(part: int, whole: int, digits: int = 1) -> str:
    """The rate as people read it: ``31.5%`` (``digits`` decimals, half up)."""
    value = rounded_percent(part, whole, digits)
    return f"{_decimal_text(value, digits)}%"


def points_text(now: Fraction, before: Fraction, digits: int = 1) -> str:
    """The change between two rounded percentages, signed: ``+2.5``."""
    diff = now - before
    text = _decimal_text(abs(diff), digits)
    return ("-" if diff < 0 else "+") + text


def _decimal_text(value: Fraction, digits: int) -> str:
    """A Fraction that is already a multiple of 10**-digits, as exact decimal text."""
    scaled = int(value * 10**digits)
    sign = "-" if scaled < 0 else ""
    whole, rest = divmod(abs(scaled), 10**digits)
    return f"{sign}{whole}.{rest:0{digits}d}" if digits else f"{sign}{whole}"


def rounded_rate(part: int, whole: int, digits: int = 1) -> float:
    """The rate as a fraction of 1 for a spreadsheet cell formatted ``0.0%``: already rounded to
    what the cell shows (0.315 for 31.5%), so the workbook and the PDF cannot differ."""
    return float(rounded_percent(part, whole, digits) / 100)


@dataclass(frozen=True)
class Rate:
    """A rate kept as its two counts, so every place rounds it the same way."""

    part: int
    whole: int

    def percent(self, digits: int = 1) -> Fraction:
        return rounded_percent(self.part, self.whole, digits)

    def text(self, digits: int = 1) -> str:
        return percent_text(self.part, self.whole, digits)

    def cell(self, digits: int = 1) -> float:
        return rounded_rate(self.part, self.whole, digits)


PerWorker = dict[int | None, int]  # worker id → a count
LIVE = Issue.deleted_at.is_(None)


@dataclass(frozen=True)
class _Month:
    first: dt.date
    last: dt.date
    ref: dt.date  # the day overdue is judged on: the last day, or today for the current month
    past: bool  # the month ended before today: states are rebuilt as they were on ``ref``

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time.min)

    @property
    def end_at(self) -> dt.datetime:  # exclusive
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time.min)

    def holds(self, day: dt.date | None) -> bool:
        return day is not None and self.first <= day <= self.last


@dataclass(frozen=True)
class _Outcomes:
    """The worker's issues done in time, closed, and overdue, by worker."""

    in_time: PerWorker
    closed: PerWorker
    overdue: PerWorker


def worker_figures(
    session: Session, year: int, month: int, today: dt.date | None = None
) -> list[WorkerFigures]:
    """One line per worker (by area, then id), with the definitions above."""
    first, next_first = month_bounds(year, month)
    last = next_first - dt.timedelta(days=1)
    day = today or dt.date.today()
    m = _Month(first, last, min(last, day), min(last, day) < day)
    cov = {line.key_id: line for line in coverage(session, year, month).workers}
    visits = _visits(session, m)
    raised = _grouped(
        session, select(Issue.worker_id, func.count()).where(
            LIVE, Issue.reported_on >= first, Issue.reported_on <= last
        )
    )  # fmt: skip
    on_spot = _step_counts(session, m, flow.ACTION_LABELS[flow.SOLVE])
    escalated = _step_counts(session, m, flow.ACTION_LABELS[flow.ESCALATE])
    outcomes = _outcomes(session, m)
    proxy = _grouped(
        session, select(ServiceRequest.worker_id, func.count()).where(
            ServiceRequest.deleted_at.is_(None),
            ServiceRequest.done_on >= first,
            ServiceRequest.done_on <= last,
        )
    )  # fmt: skip
    returns = _return_visits(session, m)
    grid_names = {a.id: a.name for a in session.scalars(select(Area))}
    figures: list[WorkerFigures] = []
    for w in session.scalars(
        select(Worker).where(Worker.deleted_at.is_(None)).order_by(Worker.area_id, Worker.id)
    ):
        line = cov.get(w.id)
        total, good = returns.get(w.id, (0, 0))
        figures.append(
            WorkerFigures(
                worker_id=w.id,
                name=w.name,
                grid=grid_names.get(w.area_id, ""),
                role=w.role,
                visits=visits.get(w.id, 0),
                households_visited=line.visited if line else 0,
                households_due=line.due if line else 0,
                coverage=line.ratio if line else 0.0,
                issues_raised=raised.get(w.id, 0),
                solved_on_spot=on_spot.get(w.id, 0),
                escalated=escalated.get(w.id, 0),
                done_in_time=outcomes.in_time.get(w.id, 0),
                closed=outcomes.closed.get(w.id, 0),
                overdue=outcomes.overdue.get(w.id, 0),
                proxy_completed=proxy.get(w.id, 0),
                return_visits=total,
                satisfied=good,
                satisfaction=round(good / total, 4) if total else None,
            )
        )
    return figures


def _grouped(session: Session, query: Select[int | None, int]) -> PerWorker:
    """(worker id, count) rows of ``query``, grouped by the worker."""
    worker_id = query.selected_columns[0]
    return {wid: int(n) for wid, n in session.execute(query.group_by(worker_id))}


def _visits(session: Session, m: _Month) -> PerWorker:
    """Visit records in the month where somebody was met."""
    return _grouped(
        session,
        select(Visit.worker_id, func.count()).where(
            Visit.deleted_at.is_(None),
            Visit.visited_on >= m.first,
            Visit.visited_on <= m.last,
            Visit.way != NOT_MET,
            Visit.worker_id.is_not(None),
        ),
    )


def _step_counts(session: Session, m: _Month, label: str) -> PerWorker:
    """The worker's issues with a ``label`` step in the month."""
    return _grouped(
        session,
        select(Issue.worker_id, func.count(func.distinct(Issue.id)))
        .join(IssueStep, IssueStep.issue_id == Issue.id)
        .where(LIVE, IssueStep.action == label, IssueStep.at >= m.start_at,
               IssueStep.at < m.end_at, IssueStep.deleted_at.is_(None)),
    )  # fmt: skip


def _outcomes(session: Session, m: _Month) -> _Outcomes:
    # A past month's end: each issue's state then, rebuilt from its steps.
    then = issue_states_at(session, day_end(m.ref)) if m.past else {}
    out = _Outcomes({}, {}, {})
    for iid, wid, state, due_on, done_on, closed_on in session.execute(
        select(
            Issue.id, Issue.worker_id, Issue.state, Issue.due_on, Issue.done_on, Issue.closed_on
        ).where(LIVE, Issue.worker_id.is_not(None))
    ):
        if m.holds(done_on) and flow.in_time(due_on, done_on):
            out.in_time[wid] = out.in_time.get(wid, 0) + 1
        if m.holds(closed_on) and state == flow.CLOSED:
            out.closed[wid] = out.closed.get(wid, 0) + 1
        if flow.is_overdue(then.get(iid, state), due_on, m.ref) and m.first <= m.ref:
            out.overdue[wid] = out.overdue.get(wid, 0) + 1
    return out


def _return_visits(session: Session, m: _Month) -> dict[int | None, tuple[int, int]]:
    """Worker id → (return visits in the month, of which the resident was satisfied)."""
    ok_label = flow.ACTION_LABELS[flow.RETURN_OK]
    bad_label = flow.ACTION_LABELS[flow.RETURN_BAD]
    returns: dict[int | None, tuple[int, int]] = {}
    for wid, action in session.execute(
        select(Issue.worker_id, IssueStep.action)
        .join(IssueStep, IssueStep.issue_id == Issue.id)
        .where(
            LIVE,
            IssueStep.action.in_((ok_label, bad_label)),
            IssueStep.at >= m.start_at,
            IssueStep.at < m.end_at,
            Issue.worker_id.is_not(None),
        )
    ):
        total, good = returns.get(wid, (0, 0))
        returns[wid] = (total + 1, good + (action == ok_label))
    return returns
