"""The monthly report's figures (月报): this month and last month side by side.

Every figure comes from the services the rest of the app shows: register totals from
``stats.register_stats``, visit coverage from ``visits.coverage``, issues from
``issues.list_issues``, proxy services from ``proxy.list_requests`` and special groups from
``groups.group_counts`` / ``groups.group_members`` and the workers' figures from
``figures.worker_figures``. The workbook (gridapp/export/monthly_xlsx.py)
and the PDF (gridapp/pdf/monthly_report.py) both render a ``MonthlyFigures``.

Register totals are "at the end of the month": for the current month (or a later one) they are
exactly ``gridapp stats``; for a past month the changes dated after its end are backed out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Base, Household, Person, Visit
from gridapp.domain import issue_flow as flow
from gridapp.domain.dates import month_bounds
from gridapp.services import groups, issues, proxy, settings, states_at, visits
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress
from gridapp.services.figures import Rate, WorkerFigures, worker_figures
from gridapp.services.issues import IssueRow
from gridapp.services.stats import register_stats

CHANGE_MOVED_IN = "迁入"
CHANGE_MOVED_OUT = "迁出"
CHANGE_BIRTH = "出生"
CHANGE_DEATH = "死亡"


@dataclass(frozen=True)
class GridLine:
    grid: str
    households: int  # active households now
    persons: int  # residents (在册 + 外出) now
    due: int  # households to visit in the cycle
    visited: int
    coverage: float  # visited / due

    @property
    def coverage_rate(self) -> Rate:
        return Rate(self.visited, self.due)


@dataclass(frozen=True)
class ChangeRow:
    kind: str  # 迁入 / 迁出 / 出生 / 死亡
    on: dt.date
    name: str
    gender: str
    grid: str
    household: str  # 户号
    detail: str  # from / destination


@dataclass(frozen=True)
class IssueFigures:
    raised: int  # registered in the month
    solved_on_spot: int  # of those, solved on the spot
    escalated: int  # escalated in the month
    done: int  # finished (办结 or 现场解决) in the month
    closed: int  # closed (结案) in the month
    overdue: int  # pending past the deadline at the month end (or today)
    open_at_end: int  # still open now among issues raised up to the month end
    by_category: dict[str, int] = field(default_factory=dict)  # raised in the month
    by_state: dict[str, int] = field(default_factory=dict)  # raised in the month, state now


@dataclass(frozen=True)
class ProxyFigures:
    requested: int
    done: int
    returned: int
    cancelled: int
    open: int  # open now, requested up to the month end
    overdue: int
    by_errand: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupLine:
    code: str
    name: str
    members: int  # at the month end
    joined: int  # in the month
    left: int  # in the month


WorkerLine = WorkerFigures  # one line per grid worker: ``figures.worker_figures`` (考评)


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    start: dt.date
    end: dt.date  # last day
    households: int
    persons: int
    moved_in: int
    moved_out: int
    births: int
    deaths: int
    visits: int  # visit records in the month
    visit_due: int
    visit_visited: int
    coverage: float
    grids: list[GridLine]
    changes: list[ChangeRow]
    issues: IssueFigures
    issue_rows: list[IssueRow]
    proxy: ProxyFigures
    groups: list[GroupLine]
    workers: list[WorkerFigures]

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def coverage_rate(self) -> Rate:
        return Rate(self.visit_visited, self.visit_due)


@dataclass(frozen=True)
class MonthlyFigures:
    area: str
    generated_on: dt.date
    this: MonthFigures
    last: MonthFigures
    stats: dict[str, int]  # register_stats at the time of the report


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def monthly_figures(
    session: Session,
    year: int,
    month: int,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
    today: dt.date | None = None,
) -> MonthlyFigures:
    if not 1 <= month <= 12 or not 1900 <= year <= 2999:
        raise ServiceError(f"月份不正确：{year}-{month}")
    today = today or dt.date.today()
    stats = register_stats(session)
    progress(0, 2, "统计本月")
    this = month_figures(session, year, month, stats, today, cancel)
    cancel.check()
    progress(1, 2, "统计上月")
    last = month_figures(session, *previous_month(year, month), stats, today, cancel)
    progress(2, 2, "完成")
    return MonthlyFigures(
        area=area_name(session), generated_on=today, this=this, last=last, stats=stats
    )


def area_name(session: Session) -> str:
    """The area a report covers: the sub-district set up, else the top area."""
    name = settings.get(session, "sub_district")
    if isinstance(name, str) and name:
        return name
    top = session.scalar(
        select(Area.name)
        .where(Area.parent_id.is_(None), Area.deleted_at.is_(None))
        .order_by(Area.sort_order, Area.id)
        .limit(1)
    )
    return top or "本辖区"


def month_figures(
    session: Session,
    year: int,
    month: int,
    stats: dict[str, int],
    today: dt.date,
    cancel: CancelFlag = NEVER,
) -> MonthFigures:
    """One month's figures, section by section (population, visits, issues, errands, groups,
    workers); ``cancel`` is checked between the sections."""
    start, next_start = month_bounds(year, month)
    end = next_start - dt.timedelta(days=1)
    as_of = min(end, today)
    span = _Span(start, end, as_of)

    changes = _changes(session, start, next_start)
    households, persons = _totals_at(session, span, stats, today)
    kinds = Counter(c.kind for c in changes)
    cancel.check()

    cov = visits.coverage(session, year, month)
    grids = _grid_lines(session, cov)
    visit_count = _visit_count(session, start, end)
    cancel.check()

    all_issues = issues.list_issues(session, today=as_of)
    in_month = [i for i in all_issues if start <= i.reported_on <= end]
    issue_then, request_then = _states_then(session, as_of, today)
    issue_figures = _issue_figures(all_issues, in_month, span, issue_then)
    cancel.check()

    requests = proxy.list_requests(session, today=as_of)
    proxy_figures = _proxy_figures(requests, span, request_then)
    cancel.check()

    group_lines = _group_lines(session, start, end, today)
    workers = worker_figures(session, year, month, today=today)
    return MonthFigures(
        year=year, month=month, start=start, end=end, households=households, persons=persons,
        moved_in=kinds[CHANGE_MOVED_IN], moved_out=kinds[CHANGE_MOVED_OUT],
        births=kinds[CHANGE_BIRTH], deaths=kinds[CHANGE_DEATH],
        visits=visit_count, visit_due=cov.due, visit_visited=cov.visited, coverage=cov.ratio,
        grids=grids, changes=changes, issues=issue_figures, issue_rows=in_month,
        proxy=proxy_figures, groups=group_lines, workers=workers,
    )  # fmt: skip


def _grid_lines(session: Session, cov: visits.CoverageReport) -> list[GridLine]:
    """One line per grid: its households and residents now, its visit coverage in the cycle."""
    grid_counts = _grid_counts(session)
    return [
        GridLine(line.name, *grid_counts.get(line.key_id, (0, 0)), line.due, line.visited,
                 line.ratio)
        for line in cov.grids
    ]  # fmt: skip


def _visit_count(session: Session, start: dt.date, end: dt.date) -> int:
    return _count(
        session,
        Visit,
        Visit.deleted_at.is_(None),
        Visit.visited_on >= start,
        Visit.visited_on <= end,
    )


def _states_then(
    session: Session, as_of: dt.date, today: dt.date
) -> tuple[dict[int, str], dict[int, str]]:
    """A past month's end: the states issues and errands had then (by id), rebuilt from their
    steps. Nothing for the current month: the states now are the ones."""
    if as_of >= today:
        return {}, {}
    moment = states_at.day_end(as_of)
    return states_at.issue_states_at(session, moment), states_at.request_states_at(session, moment)


@dataclass(frozen=True)
class _Span:
    start: dt.date
    end: dt.date  # the month's last day
    as_of: dt.date  # the day states and deadlines are judged on: ``end``, or today if sooner

    def holds(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def _issue_figures(
    all_issues: list[IssueRow],
    in_month: list[IssueRow],
    span: _Span,
    then: dict[int, str],
) -> IssueFigures:
    within, end, as_of = span.holds, span.end, span.as_of
    raised_by_end = [i for i in all_issues if i.reported_on <= end]
    return IssueFigures(
        raised=len(in_month),
        solved_on_spot=sum(1 for i in in_month if i.state == flow.SOLVED_ON_SPOT),
        escalated=sum(1 for i in all_issues if within(i.escalated_on)),
        done=sum(1 for i in all_issues if within(i.done_on)),
        closed=sum(1 for i in all_issues if within(i.closed_on)),
        overdue=sum(
            1 for i in raised_by_end if flow.is_overdue(then.get(i.id, i.state), i.due, as_of)
        ),
        open_at_end=sum(1 for i in raised_by_end if flow.is_open(then.get(i.id, i.state))),
        by_category=dict(Counter(i.category for i in in_month)),
        by_state=dict(Counter(i.state for i in in_month)),
    )


def _proxy_figures(
    requests: list[proxy.RequestRow],
    span: _Span,
    then: dict[int, str],
) -> ProxyFigures:
    within, end, as_of = span.holds, span.end, span.as_of
    in_month = [r for r in requests if within(r.requested_on)]
    requested_by_end = [r for r in requests if r.requested_on <= end]
    return ProxyFigures(
        requested=len(in_month),
        done=sum(1 for r in requests if within(r.done_on)),
        returned=sum(1 for r in requests if within(r.returned_on)),
        cancelled=sum(1 for r in in_month if r.state == flow.S_CANCELLED),
        open=sum(
            1 for r in requested_by_end if then.get(r.id, r.state) in flow.SERVICE_OPEN_STATES
        ),
        overdue=sum(
            1
            for r in requested_by_end
            if flow.service_overdue(then.get(r.id, r.state), r.promised_on, as_of)
        ),
        by_errand=dict(Counter(r.errand for r in in_month)),
    )


def _changes(session: Session, start: dt.date, next_start: dt.date) -> list[ChangeRow]:
    """Moved in, moved out, births and deaths dated in the month."""
    rows = session.execute(
        select(Person, Household.number, Area.name)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Area, Household.grid_id == Area.id)
        .where(
            Person.deleted_at.is_(None),
            (
                (Person.moved_in_on >= start) & (Person.moved_in_on < next_start)
                | (Person.birth_date >= start) & (Person.birth_date < next_start)
                | (Person.status_date >= start) & (Person.status_date < next_start)
            ),
        )
        .order_by(Person.id)
    ).all()
    out: list[ChangeRow] = []
    for person, number, grid in rows:
        where = (person.name, person.gender, grid or "", number or "")

        def row(kind: str, on: dt.date, detail: str, w: tuple[str, ...] = where) -> ChangeRow:
            return ChangeRow(kind, on, w[0], w[1], w[2], w[3], detail)

        if person.birth_date and start <= person.birth_date < next_start:
            out.append(row(CHANGE_BIRTH, person.birth_date, ""))
        elif person.moved_in_on and start <= person.moved_in_on < next_start:
            out.append(row(CHANGE_MOVED_IN, person.moved_in_on, person.moved_from))
        if person.status_date and start <= person.status_date < next_start:
            if person.status == vocab.STATUS_MOVED_OUT:
                out.append(row(CHANGE_MOVED_OUT, person.status_date, person.destination))
            elif person.status == vocab.STATUS_DECEASED:
                out.append(row(CHANGE_DEATH, person.status_date, ""))
    out.sort(key=lambda c: (c.on, c.kind))
    return out


def _count(session: Session, model: type[Base], *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _totals_at(
    session: Session, span: _Span, stats: dict[str, int], today: dt.date
) -> tuple[int, int]:
    """Households and residents at the end of the month (the first moment after ``span.end``).

    For the current month that is ``stats``. For a past one: the households that existed then
    (entered in the register before then and not archived by then), and the residents
    then — ``stats`` minus those who arrived after, or were entered after without a birth or
    move-in dated in the month (an import today is not last month's population), plus those who
    left after.
    """
    if span.end >= today:
        return stats["households"], stats["persons"]
    start, next_start = span.start, span.end + dt.timedelta(days=1)
    then = dt.datetime.combine(next_start, dt.time.min)
    households = _count(
        session,
        Household,
        Household.deleted_at.is_(None),
        Household.created_at < then,
        (Household.status == vocab.HOUSEHOLD_ACTIVE) | (Household.archived_on >= next_start),
    )
    arrived_in_month = (Person.moved_in_on >= start) & (Person.moved_in_on < next_start) | (
        Person.birth_date >= start
    ) & (Person.birth_date < next_start)
    came_after = _count(
        session,
        Person,
        Person.deleted_at.is_(None),
        Person.status.not_in(vocab.ARCHIVED_STATUSES),
        (Person.moved_in_on >= next_start)
        | (Person.birth_date >= next_start)
        | ((Person.created_at >= then) & ~func.coalesce(arrived_in_month, False)),
    )
    left_after = _count(
        session,
        Person,
        Person.deleted_at.is_(None),
        Person.status.in_(vocab.ARCHIVED_STATUSES),
        Person.status_date >= next_start,
        (Person.birth_date.is_(None)) | (Person.birth_date < next_start),
        (Person.created_at < then) | func.coalesce(arrived_in_month, False),
    )
    return households, stats["persons"] - came_after + left_after


def _grid_counts(session: Session) -> dict[int, tuple[int, int]]:
    """Grid id → (active households, residents) now."""
    households = dict(
        session.execute(
            select(Household.grid_id, func.count())
            .where(Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE)
            .group_by(Household.grid_id)
        ).all()
    )
    persons = dict(
        session.execute(
            select(Household.grid_id, func.count())
            .select_from(Person)
            .join(Household, Person.household_id == Household.id)
            .where(Person.deleted_at.is_(None), Person.status.not_in(vocab.ARCHIVED_STATUSES))
            .group_by(Household.grid_id)
        ).all()
    )
    return {
        int(gid): (int(households.get(gid, 0)), int(persons.get(gid, 0)))
        for gid in set(households) | set(persons)
        if gid is not None
    }


def _group_lines(session: Session, start: dt.date, end: dt.date, today: dt.date) -> list[GroupLine]:
    current = {c.code: c.persons for c in groups.group_counts(session)}
    lines: list[GroupLine] = []
    for count in groups.group_counts(session):
        history = groups.group_members(session, count.code, include_left=True)
        joined = sum(1 for m in history if m.joined_on and start <= m.joined_on <= end)
        left = sum(1 for m in history if m.left_on and start <= m.left_on <= end)
        if end >= today:
            members = current[count.code]
        else:
            members = sum(
                1
                for m in history
                if (m.joined_on is None or m.joined_on <= end)
                and (m.left_on is None or m.left_on > end)
            )
        lines.append(GroupLine(count.code, count.name, members, joined, left))
    return lines


# (section, label, the MonthFigures attribute): the summary table's fixed lines, in order.
SUMMARY_LINES: tuple[tuple[str, str, str], ...] = (
    ("人口", "在册户数", "households"),
    ("人口", "在册人数", "persons"),
    ("人口变动", "迁入", "moved_in"),
    ("人口变动", "迁出", "moved_out"),
    ("人口变动", "出生", "births"),
    ("人口变动", "死亡", "deaths"),
    ("走访", "走访记录", "visits"),
    ("走访", "应走访户数", "visit_due"),
    ("走访", "已走访户数", "visit_visited"),
    ("走访", "走访覆盖率", "coverage_rate"),
    ("问题反馈", "登记问题", "issues.raised"),
    ("问题反馈", "其中现场解决", "issues.solved_on_spot"),
    ("问题反馈", "上报", "issues.escalated"),
    ("问题反馈", "办结", "issues.done"),
    ("问题反馈", "结案", "issues.closed"),
    ("问题反馈", "逾期未办", "issues.overdue"),
    ("问题反馈", "未办结（月末）", "issues.open_at_end"),
    ("全程代办", "受理", "proxy.requested"),
    ("全程代办", "办结", "proxy.done"),
    ("全程代办", "已反馈居民", "proxy.returned"),
    ("全程代办", "在办", "proxy.open"),
    ("全程代办", "逾期", "proxy.overdue"),
)


SummaryValue = int | Rate
SummaryRow = tuple[str, str, SummaryValue, SummaryValue]


def summary_rows(fig: MonthlyFigures) -> list[SummaryRow]:
    """(section, label, this month, last month): the summary table, in order. Rates are ``Rate``
    (their two counts; ``Rate.text`` / ``Rate.cell`` round them), everything else a count. Each
    group has two lines, 新增 and 退出 (one signed number hid both)."""
    t, p = fig.this, fig.last
    rows: list[SummaryRow] = [
        (section, label, attrgetter(path)(t), attrgetter(path)(p))
        for section, label, path in SUMMARY_LINES
    ]
    last_groups = {g.code: g for g in p.groups}
    for g in t.groups:
        before = last_groups.get(g.code)
        rows.append(("特殊人群", f"{g.name}人数", g.members, before.members if before else 0))
        rows.append(("特殊人群", f"{g.name}新增", g.joined, before.joined if before else 0))
        rows.append(("特殊人群", f"{g.name}退出", g.left, before.left if before else 0))
    return rows
