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
from gridapp.services.lookups import live_row
from gridapp.services.workflow import Note, Tracker, choose

recorder.install()  # these records reach the change log through the recorder's hooks


TRACKER = Tracker(
    flow=flow.ISSUE_FLOW, model=Issue, step_model=IssueStep, owner_key="issue_id",
    due=Issue.due_on, noun="问题", short="问题", prefix="WT",
)  # fmt: skip


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _get(session: Session, issue_id: int) -> Issue:
    return TRACKER.get(session, issue_id)


def _move(
    session: Session, issue: Issue, action: str, actor: str, on: dt.date | None, note: str = ""
) -> str:
    return TRACKER.move(session, issue, action, actor, on, note)


def _worker_id(session: Session, name: str, grid_id: int | None) -> int | None:
    if not name:
        return None
    from gridapp.services.visits import find_worker

    try:
        return find_worker(session, name, grid_id).id
    except ServiceError:
        return None


@dataclass
class _Origin:
    """Where an issue comes from: the household, person and visit it is about fill in each
    other (and the grid, place and reporter) when not given."""

    household_id: int | None
    person_id: int | None
    visit_id: int | None
    grid_id: int | None
    place: str
    reported_by: str

    def from_household(self, session: Session) -> None:
        if self.household_id is None:
            return
        household = live_row(session, Household, self.household_id, "住户")
        self.grid_id = self.grid_id or household.grid_id
        self.place = self.place or household.address

    def from_person(self, session: Session) -> None:
        if self.person_id is None:
            return
        person = live_row(session, Person, self.person_id, "人员")
        if self.household_id is None and person.household_id is not None:
            self.household_id = person.household_id
            household = session.get(Household, person.household_id)
            self.grid_id = self.grid_id or (household.grid_id if household else None)

    def from_visit(self, session: Session) -> None:
        if self.visit_id is None:
            return
        visit = live_row(session, Visit, self.visit_id, "走访记录")
        if self.household_id is not None and visit.household_id != self.household_id:
            raise ServiceError("走访记录与问题所属住户不一致")
        self.household_id = visit.household_id
        self.reported_by = self.reported_by or visit.visitor

    def resolve(self, session: Session) -> _Origin:
        self.from_household(session)
        self.from_person(session)
        self.from_visit(session)
        if self.grid_id is not None and session.get(Area, self.grid_id) is None:
            raise NotFound(f"网格不存在（编号 {self.grid_id}）")
        self.reported_by = self.reported_by.strip()
        return self


def _checked_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise ServiceError("问题标题不能为空")
    if len(title) > 200:
        raise ServiceError("问题标题不能超过 200 字")
    return title


def _checked_day(reported_on: dt.date | None, today: dt.date | None) -> dt.date:
    day = reported_on or _today(today)
    if day > _today(today):
        raise ServiceError(f"登记日期 {day.isoformat()} 晚于今天")
    return day


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
    title = _checked_title(title)
    category = choose(session, "issue_categories", category, "问题类别", vocab.ISSUE_CATEGORIES)
    source = choose(session, "issue_sources", source, "问题来源", vocab.ISSUE_SOURCES)
    if urgency not in vocab.URGENCY:
        raise ServiceError(f"紧急程度应为 {'、'.join(vocab.URGENCY)} 之一：{urgency}")
    day = _checked_day(reported_on, today)
    origin = _Origin(household_id, person_id, visit_id, grid_id, place, reported_by)
    origin.resolve(session)
    reporter = origin.reported_by or actor
    issue = Issue(
        title=title, category=category, source=source, urgency=urgency,
        household_id=origin.household_id, person_id=person_id, visit_id=visit_id,
        grid_id=origin.grid_id, place=origin.place.strip(), people=people.strip(),
        description=description, state=flow.REGISTERED, reported_by=reporter, reported_on=day,
        worker_id=_worker_id(session, reporter, origin.grid_id), due_on=due_on,
    )  # fmt: skip
    return TRACKER.open(session, issue, day, actor or origin.reported_by, f"{category}·{source}")


def withdraw_issue(session: Session, issue_id: int) -> None:
    """The undo of ``register_issue``: tombstoned with its first step (refused once it has a
    later step)."""
    TRACKER.withdraw(session, issue_id)


def restore_issue(session: Session, issue_id: int) -> None:
    """The redo: the withdrawn issue and its first step are live again."""
    TRACKER.restore(session, issue_id)


def solve_on_spot(
    session: Session, issue_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    """自办自结: a small matter solved by the worker at once."""
    return TRACKER.conclude(
        session, issue_id, Note(flow.SOLVE, result, "请填写现场解决的结果"), actor, on
    )


def _with_note(text: str, note: str) -> str:
    """A step's own words, then what the user typed in 说明 (kept, never dropped)."""
    return text + (f"；{note.strip()}" if note.strip() else "")


def escalate(
    session: Session,
    issue_id: int,
    station: str,
    handler: str = "",
    due_on: dt.date | None = None,
    *,
    note: str = "",
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """上报 to the sub-district or a station with a deadline (default: ``issue_default_days``);
    ``note`` (说明) is kept in the step after the station and the deadline."""
    issue = _get(session, issue_id)
    station = choose(session, "stations", station, "上报部门", vocab.STATIONS)
    day = on or dt.date.today()
    if due_on is None:
        days = settings.get(session, "issue_default_days")
        due_on = day + dt.timedelta(days=int(days) if isinstance(days, int) and days > 0 else 7)
    who = f"（{handler.strip()}）" if handler.strip() else ""
    text = _with_note(f"上报{station}{who}，办理时限 {due_on.isoformat()}", note)
    _move(session, issue, flow.ESCALATE, actor, on, text)
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
    note: str = "",
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """交办: the station (or another one) takes the issue, with a handler and a deadline."""
    issue = _get(session, issue_id)
    if station:
        issue_station = choose(session, "stations", station, "承办部门", vocab.STATIONS)
    else:
        issue_station = issue.station
    text = f"交办{issue_station}" + (f"（{handler.strip()}）" if handler.strip() else "")
    if due_on is not None:
        text += f"，办理时限 {due_on.isoformat()}"
    _move(session, issue, flow.ASSIGN, actor, on, _with_note(text, note))
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
    return TRACKER.note_only(
        session, issue_id, Note(flow.PROGRESS, note, "请填写办理进展"), actor, on
    )


def finish(
    session: Session, issue_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    """办结: the station has answered; the result is recorded."""
    return TRACKER.conclude(
        session, issue_id, Note(flow.FINISH, result, "请填写办理结果"), actor, on
    )


def satisfaction_word(satisfied: bool | str) -> tuple[bool, str]:
    """(satisfied, the word for the step) from the resident's answer: one of
    ``vocab.SATISFACTION`` (基本满意 counts as satisfied), or a plain yes / no (no word)."""
    if isinstance(satisfied, bool):
        return satisfied, ""
    word = satisfied.strip()
    if word not in vocab.SATISFACTION:
        raise ServiceError(f"回访结果应为 {'、'.join(vocab.SATISFACTION)} 之一：{word or '未选择'}")
    return word != vocab.SATISFIED_NOT, word


def return_visit(
    session: Session,
    issue_id: int,
    satisfied: bool | str,
    note: str = "",
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """回访. ``satisfied``: the resident's answer (满意 / 基本满意 / 不满意, or True / False).
    Satisfied: 办结 → 回访 (a closed or on-spot issue keeps its state). Not satisfied: the issue
    is reopened (→ 办理中). The answer's word opens the step's note. Returns the new state."""
    issue = _get(session, issue_id)
    ok, word = satisfaction_word(satisfied)
    action = flow.RETURN_OK if ok else flow.RETURN_BAD
    text = _with_note(word, note) if word else note.strip()
    state = _move(session, issue, action, actor, on, text.lstrip("；"))
    issue.satisfied = ok
    if not ok:
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
    issue = TRACKER.note_step(
        session, issue_id, Note(flow.CONSULT, outcome, "请填写协商结果"), actor, on
    )
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
    pending_only: bool = False,
    grid_id: int | None = None,
    state: str | None = None,
    worker_id: int | None = None,
    reported_from: dt.date | None = None,
    reported_to: dt.date | None = None,
    today: dt.date | None = None,
) -> list[IssueRow]:
    """Issues, newest first. ``open_only``: still on the grid's list (办结 waits for its return
    visit); ``pending_only``: 未办结, the work not done yet (登记, 上报, 交办, 办理中);
    ``overdue_only``: pending work whose deadline has passed."""
    day = _today(today)
    if state is not None and state not in flow.ISSUE_STATES:
        raise ServiceError(f"未知的问题状态：{state}（可选：{'、'.join(flow.ISSUE_STATES)}）")
    query = (
        select(Issue, Household.number, Area.name)
        .outerjoin(Household, Issue.household_id == Household.id)
        .outerjoin(Area, Issue.grid_id == Area.id)
    )
    query = TRACKER.filtered(
        session, query, open_only=open_only, overdue_only=overdue_only, pending_only=pending_only,
        grid_id=grid_id, worker_id=worker_id, day=day,
    )  # fmt: skip
    if state is not None:
        query = query.where(Issue.state == state)
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
    return [
        StepRow(s.at, s.actor, s.action, s.from_state, s.to_state, s.note)
        for s in TRACKER.steps(session, issue_id)
    ]


def return_answer(steps: list[StepRow]) -> str:
    """What the resident said at the latest return visit (满意 / 基本满意 / 不满意), "" before
    any return visit: there is no satisfaction until one records it."""
    good, bad = flow.ACTION_LABELS[flow.RETURN_OK], flow.ACTION_LABELS[flow.RETURN_BAD]
    for step in reversed(steps):
        if step.action in (good, bad):
            word = step.note.split("；", 1)[0]
            if word in vocab.SATISFACTION:
                return word
            return vocab.SATISFACTION[0] if step.action == good else vocab.SATISFIED_NOT
    return ""
