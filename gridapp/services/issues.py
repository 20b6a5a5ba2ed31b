"""问题反馈: register, solve on the spot or escalate, follow up, return visit, close.

Every transition goes through ``gridapp.domain.issue_flow`` (illegal ones raise ServiceError)
and is logged as an ``IssueStep`` with who and when. ``on`` (the business date of a step)
defaults to today; entering a paper record later may give an earlier date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, Issue, IssueStep, Person, Visit
from gridapp.domain import issue_flow as flow
from gridapp.services import recorder, settings
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.places import descendant_ids
from gridapp.services.states_at import step_time

recorder.install()  # these records reach the change log through the recorder's hooks


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _get(session: Session, issue_id: int) -> Issue:
    issue = session.get(Issue, issue_id)
    if issue is None or issue.deleted_at is not None:
        raise NotFound(f"问题不存在（编号 {issue_id}）")
    return issue


def _move(
    session: Session, issue: Issue, action: str, actor: str, on: dt.date | None, note: str = ""
) -> str:

    try:
        target = flow.next_state(issue.state, action)
    except flow.TransitionError as exc:
        raise ServiceError(f"问题 {issue.number or issue.id}：{exc}") from exc
    session.add(
        IssueStep(
            issue_id=issue.id,
            at=step_time(on),
            actor=actor,
            action=flow.ACTION_LABELS[action],
            from_state=issue.state,
            to_state=target,
            note=note,
        )
    )
    issue.state = target
    return target


def _choice(session: Session, key: str, value: str, what: str, fallback: tuple[str, ...]) -> str:
    allowed = settings.get(session, key)
    options = [str(v) for v in allowed] if isinstance(allowed, list) and allowed else list(fallback)
    text = value.strip()
    if text not in options:
        raise ServiceError(f"{what}“{text}”不在可选列表中（{'、'.join(options)}）")
    return text


def _worker_id(session: Session, name: str, grid_id: int | None) -> int | None:
    if not name:
        return None
    from gridapp.services.visits import find_worker

    try:
        return find_worker(session, name, grid_id).id
    except ServiceError:
        return None


def register_issue(
    session: Session,
    *,
    title: str,
    category: str = "其他",
    source: str = "走访发现",
    urgency: str = "一般",
    household_id: int | None = None,
    person_id: int | None = None,
    visit_id: int | None = None,
    grid_id: int | None = None,
    place: str = "",
    people: str = "",
    description: str = "",
    reported_by: str = "",
    reported_on: dt.date | None = None,
    due_on: dt.date | None = None,
    actor: str = "",
    today: dt.date | None = None,
) -> int:
    """Register an issue (state 登记). ``reported_by`` is the worker's name when a worker found it."""
    title = title.strip()
    if not title:
        raise ServiceError("问题标题不能为空")
    if len(title) > 200:
        raise ServiceError("问题标题不能超过 200 字")
    category = _choice(session, "issue_categories", category, "问题类别", vocab.ISSUE_CATEGORIES)
    source = _choice(session, "issue_sources", source, "问题来源", vocab.ISSUE_SOURCES)
    if urgency not in vocab.URGENCY:
        raise ServiceError(f"紧急程度应为 {'、'.join(vocab.URGENCY)} 之一：{urgency}")
    reported_on = reported_on or _today(today)
    if reported_on > _today(today):
        raise ServiceError(f"登记日期 {reported_on.isoformat()} 晚于今天")
    household: Household | None = None
    if household_id is not None:
        household = session.get(Household, household_id)
        if household is None or household.deleted_at is not None:
            raise NotFound(f"住户不存在（编号 {household_id}）")
        grid_id = grid_id or household.grid_id
        if not place:
            place = household.address
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound(f"人员不存在（编号 {person_id}）")
        if household_id is None and person.household_id is not None:
            household_id = person.household_id
            hh = session.get(Household, household_id)
            grid_id = grid_id or (hh.grid_id if hh else None)
    if visit_id is not None:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound(f"走访记录不存在（编号 {visit_id}）")
        if household_id is not None and visit.household_id != household_id:
            raise ServiceError("走访记录与问题所属住户不一致")
        household_id = visit.household_id
        reported_by = reported_by or visit.visitor
    if grid_id is not None and session.get(Area, grid_id) is None:
        raise NotFound(f"网格不存在（编号 {grid_id}）")
    reported_by = reported_by.strip()
    issue = Issue(
        title=title,
        category=category,
        source=source,
        urgency=urgency,
        household_id=household_id,
        person_id=person_id,
        visit_id=visit_id,
        grid_id=grid_id,
        place=place.strip(),
        people=people.strip(),
        description=description,
        state=flow.REGISTERED,
        reported_by=reported_by or actor,
        reported_on=reported_on,
        worker_id=_worker_id(session, reported_by or actor, grid_id),
        due_on=due_on,
    )
    session.add(issue)
    session.flush()
    issue.number = f"WT{reported_on:%Y%m}{issue.id:05d}"
    session.add(
        IssueStep(
            issue_id=issue.id,
            at=step_time(reported_on),
            actor=actor or reported_by,
            action=flow.ACTION_LABELS[flow.REGISTER],
            from_state="",
            to_state=flow.REGISTERED,
            note=f"{category}·{source}",
        )
    )
    session.flush()
    return issue.id


def solve_on_spot(
    session: Session, issue_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    """自办自结: a small matter solved by the worker at once."""
    return _conclude(session, issue_id, result, flow.SOLVE, "请填写现场解决的结果", actor, on)


def _conclude(
    session: Session,
    issue_id: int,
    result: str,
    action: str,
    missing: str,
    actor: str,
    on: dt.date | None,
) -> str:
    """A step that records the issue's result (solved on the spot, finished by the station)."""
    issue = _get(session, issue_id)
    if not result.strip():
        raise ServiceError(missing)
    _move(session, issue, action, actor, on, result.strip())
    issue.result = result.strip()
    issue.done_on = on or dt.date.today()
    session.flush()
    return issue.state


def escalate(
    session: Session,
    issue_id: int,
    station: str,
    handler: str = "",
    due_on: dt.date | None = None,
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """上报 to the sub-district or a station with a deadline (default: ``issue_default_days``)."""
    issue = _get(session, issue_id)
    station = _choice(session, "stations", station, "上报部门", vocab.STATIONS)
    day = on or dt.date.today()
    if due_on is None:
        days = settings.get(session, "issue_default_days")
        due_on = day + dt.timedelta(days=int(days) if isinstance(days, int) and days > 0 else 7)
    _move(session, issue, flow.ESCALATE, actor, on, f"上报{station}，办理时限 {due_on.isoformat()}")
    issue.station = station
    issue.handler = handler.strip()
    issue.due_on = due_on
    issue.escalated_on = day
    session.flush()
    return issue.state


def assign(
    session: Session,
    issue_id: int,
    station: str | None = None,
    handler: str = "",
    due_on: dt.date | None = None,
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """交办: the station (or another one) takes the issue, with a handler and a deadline."""
    issue = _get(session, issue_id)
    if station:
        issue_station = _choice(session, "stations", station, "承办部门", vocab.STATIONS)
    else:
        issue_station = issue.station
    note = f"交办{issue_station}" + (f"（{handler.strip()}）" if handler.strip() else "")
    if due_on is not None:
        note += f"，办理时限 {due_on.isoformat()}"
    _move(session, issue, flow.ASSIGN, actor, on, note)
    issue.station = issue_station
    if handler.strip():
        issue.handler = handler.strip()
    if due_on is not None:
        issue.due_on = due_on
    session.flush()
    return issue.state


def record_progress(
    session: Session, issue_id: int, note: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    issue = _get(session, issue_id)
    if not note.strip():
        raise ServiceError("请填写办理进展")
    _move(session, issue, flow.PROGRESS, actor, on, note.strip())
    session.flush()
    return issue.state


def finish(
    session: Session, issue_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    """办结: the station has answered; the result is recorded."""
    return _conclude(session, issue_id, result, flow.FINISH, "请填写办理结果", actor, on)


def return_visit(
    session: Session,
    issue_id: int,
    satisfied: bool,
    note: str = "",
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """回访. Satisfied: 办结 → 回访 (a closed or on-spot issue keeps its state). Not satisfied:
    the issue is reopened (→ 办理中). Returns the new state."""
    issue = _get(session, issue_id)
    action = flow.RETURN_OK if satisfied else flow.RETURN_BAD
    state = _move(session, issue, action, actor, on, note.strip())
    issue.satisfied = satisfied
    if not satisfied:
        issue.done_on = None
        issue.closed_on = None
    session.flush()
    return state


def close(
    session: Session, issue_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> list[str]:
    """结案 from any open state; every implied step is logged. Returns the states passed."""
    issue = _get(session, issue_id)
    if not result.strip():
        raise ServiceError("请填写结案结果")
    try:
        path = flow.close_path(issue.state)
    except flow.TransitionError as exc:
        raise ServiceError(f"问题 {issue.number or issue.id}：{exc}") from exc
    day = on or dt.date.today()
    passed: list[str] = []
    for action in path:
        implied = action != flow.CLOSE
        note = f"（结案时补记）{result.strip()}" if implied else result.strip()
        if action == flow.ASSIGN:
            note = f"（结案时补记）交办{issue.station}"
        passed.append(_move(session, issue, action, actor, on, note))
        if action == flow.FINISH:
            issue.done_on = day
    issue.result = result.strip()
    if issue.done_on is None:
        issue.done_on = day
    issue.closed_on = day
    session.flush()
    return passed


def record_consultation(
    session: Session, issue_id: int, outcome: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    """有事好商量: a consultation of the parties was held; its outcome is recorded."""
    issue = _get(session, issue_id)
    if not outcome.strip():
        raise ServiceError("请填写协商结果")
    _move(session, issue, flow.CONSULT, actor, on, outcome.strip())
    issue.consultation = True
    issue.consultation_outcome = outcome.strip()
    session.flush()
    return issue.state


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class IssueRow:
    id: int
    number: str
    title: str
    category: str
    source: str
    urgency: str
    state: str
    household_id: int | None
    household: str  # 户号
    grid_id: int | None
    grid: str
    place: str
    reported_by: str
    reported_on: dt.date
    worker_id: int | None
    station: str
    handler: str
    due: dt.date | None
    escalated_on: dt.date | None
    done_on: dt.date | None
    closed_on: dt.date | None
    result: str
    satisfied: bool | None
    consultation: bool
    consultation_outcome: str
    overdue: bool
    is_open: bool


def is_overdue(issue: Issue, today: dt.date | None = None) -> bool:
    return flow.is_overdue(issue.state, issue.due_on, _today(today))


def _row(issue: Issue, number: str, grid: str, today: dt.date) -> IssueRow:
    return IssueRow(
        id=issue.id, number=issue.number, title=issue.title, category=issue.category,
        source=issue.source, urgency=issue.urgency, state=issue.state,
        household_id=issue.household_id, household=number, grid_id=issue.grid_id, grid=grid,
        place=issue.place, reported_by=issue.reported_by, reported_on=issue.reported_on,
        worker_id=issue.worker_id, station=issue.station, handler=issue.handler,
        due=issue.due_on, escalated_on=issue.escalated_on, done_on=issue.done_on,
        closed_on=issue.closed_on, result=issue.result, satisfied=issue.satisfied,
        consultation=issue.consultation, consultation_outcome=issue.consultation_outcome,
        overdue=flow.is_overdue(issue.state, issue.due_on, today),
        is_open=flow.is_open(issue.state),
    )  # fmt: skip


def list_issues(
    session: Session,
    open_only: bool = False,
    overdue_only: bool = False,
    *,
    grid_id: int | None = None,
    state: str | None = None,
    worker_id: int | None = None,
    reported_from: dt.date | None = None,
    reported_to: dt.date | None = None,
    today: dt.date | None = None,
) -> list[IssueRow]:
    """Issues, newest first. ``overdue_only``: pending work whose deadline has passed."""
    day = _today(today)
    query = (
        select(Issue, Household.number, Area.name)
        .outerjoin(Household, Issue.household_id == Household.id)
        .outerjoin(Area, Issue.grid_id == Area.id)
        .where(Issue.deleted_at.is_(None))
    )
    if open_only:
        query = query.where(Issue.state.in_(flow.OPEN_STATES))
    if overdue_only:
        query = query.where(
            Issue.state.in_(flow.PENDING_STATES), Issue.due_on.is_not(None), Issue.due_on < day
        )
    if state is not None:
        if state not in flow.ISSUE_STATES:
            raise ServiceError(f"未知的问题状态：{state}（可选：{'、'.join(flow.ISSUE_STATES)}）")
        query = query.where(Issue.state == state)
    if grid_id is not None:
        query = query.where(Issue.grid_id.in_(descendant_ids(session, grid_id)))
    if worker_id is not None:
        query = query.where(Issue.worker_id == worker_id)
    if reported_from is not None:
        query = query.where(Issue.reported_on >= reported_from)
    if reported_to is not None:
        query = query.where(Issue.reported_on <= reported_to)
    query = query.order_by(Issue.reported_on.desc(), Issue.id.desc())
    return [_row(i, number or "", grid or "", day) for i, number, grid in session.execute(query)]


def get_issue(session: Session, issue_id: int, today: dt.date | None = None) -> IssueRow:
    issue = _get(session, issue_id)
    number = ""
    if issue.household_id is not None:
        hh = session.get(Household, issue.household_id)
        number = hh.number if hh else ""
    grid = session.get(Area, issue.grid_id) if issue.grid_id is not None else None
    return _row(issue, number, grid.name if grid else "", _today(today))


@dataclass(frozen=True)
class StepRow:
    at: dt.datetime
    actor: str
    action: str
    from_state: str
    to_state: str
    note: str


def issue_steps(session: Session, issue_id: int) -> list[StepRow]:
    _get(session, issue_id)
    return [
        StepRow(s.at, s.actor, s.action, s.from_state, s.to_state, s.note)
        for s in session.scalars(
            select(IssueStep)
            .where(IssueStep.issue_id == issue_id, IssueStep.deleted_at.is_(None))
            .order_by(IssueStep.id)
        )
    ]
