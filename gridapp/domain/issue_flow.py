"""The state machines of 问题反馈 (issues) and 全程代办 (proxy services), as pure rules.

Issue flow: 登记 → 现场解决 (自办自结) | 上报 → 交办 → 办理中 → 办结 → 回访 → 结案. A return visit
with an unsatisfied resident reopens the issue (→ 办理中). ``close`` walks from any open state
to 结案, each implied step named by :func:`close_path` so the service can log it.

Proxy flow: 受理 → 材料收集 → 已递交 → 办理中 → 已办结 → 已反馈; 已撤销 from any open state.
"""

from __future__ import annotations

import datetime as dt

# TransitionError re-exported: the services catch ``flow.TransitionError``.
from gridapp.domain.workflow import TransitionError as TransitionError
from gridapp.domain.workflow import Workflow

# Issue states (the same words as gridapp.db.vocab; the domain layer does not import the DB).
REGISTERED = "登记"
SOLVED_ON_SPOT = "现场解决"
REPORTED = "上报"
ASSIGNED = "交办"
IN_PROGRESS = "办理中"
DONE = "办结"
REVISITED = "回访"
CLOSED = "结案"

ISSUE_STATES = (
    REGISTERED,
    SOLVED_ON_SPOT,
    REPORTED,
    ASSIGNED,
    IN_PROGRESS,
    DONE,
    REVISITED,
    CLOSED,
)
# Open = still on the grid's list (the same set as vocab.ISSUE_OPEN_STATES).
OPEN_STATES = (REGISTERED, REPORTED, ASSIGNED, IN_PROGRESS, DONE)
# Work not done yet: only these can be overdue.
PENDING_STATES = (REGISTERED, REPORTED, ASSIGNED, IN_PROGRESS)

# Issue actions and their Chinese names (shown in the step log).
SOLVE = "solve_on_spot"
ESCALATE = "escalate"
ASSIGN = "assign"
PROGRESS = "progress"
FINISH = "finish"
RETURN_OK = "return_visit_ok"
RETURN_BAD = "return_visit_bad"
CLOSE = "close"
REGISTER = "register"
CONSULT = "consultation"

ACTION_LABELS: dict[str, str] = {
    REGISTER: "登记",
    SOLVE: "现场解决",
    ESCALATE: "上报",
    ASSIGN: "交办",
    PROGRESS: "办理进展",
    FINISH: "办结",
    RETURN_OK: "回访（满意）",
    RETURN_BAD: "回访（不满意，重新办理）",
    CLOSE: "结案",
    CONSULT: "有事好商量",
}

# action -> {from state: to state}
ISSUE_TRANSITIONS: dict[str, dict[str, str]] = {
    SOLVE: {REGISTERED: SOLVED_ON_SPOT},
    ESCALATE: {REGISTERED: REPORTED},
    ASSIGN: {REPORTED: ASSIGNED, ASSIGNED: ASSIGNED, IN_PROGRESS: ASSIGNED},
    PROGRESS: {ASSIGNED: IN_PROGRESS, IN_PROGRESS: IN_PROGRESS},
    FINISH: {ASSIGNED: DONE, IN_PROGRESS: DONE},
    RETURN_OK: {DONE: REVISITED, SOLVED_ON_SPOT: SOLVED_ON_SPOT, CLOSED: CLOSED},
    RETURN_BAD: {DONE: IN_PROGRESS, SOLVED_ON_SPOT: IN_PROGRESS, CLOSED: IN_PROGRESS},
    CLOSE: {REGISTERED: CLOSED, DONE: CLOSED, REVISITED: CLOSED, SOLVED_ON_SPOT: CLOSED},
    # A consultation (有事好商量) can be held whenever the issue is still being worked on.
    CONSULT: {s: s for s in (REGISTERED, REPORTED, ASSIGNED, IN_PROGRESS)},
}


ISSUE_FLOW = Workflow(
    kind="问题",
    noun="问题",
    states=ISSUE_STATES,
    open_states=OPEN_STATES,
    pending=PENDING_STATES,
    labels=ACTION_LABELS,
    transitions=ISSUE_TRANSITIONS,
    first_action=REGISTER,
    nothing_left="无（已结案）",
)


def allowed_actions(state: str) -> list[str]:
    return ISSUE_FLOW.allowed_actions(state)


def next_state(state: str, action: str) -> str:
    """The state after ``action``, or TransitionError saying why not."""
    return ISSUE_FLOW.next_state(state, action)


def close_path(state: str) -> list[str]:
    """The actions that take an issue from ``state`` to 结案, in order (the implied steps)."""
    paths: dict[str, list[str]] = {
        REGISTERED: [CLOSE],
        REPORTED: [ASSIGN, PROGRESS, FINISH, CLOSE],
        ASSIGNED: [PROGRESS, FINISH, CLOSE],
        IN_PROGRESS: [FINISH, CLOSE],
        DONE: [CLOSE],
        REVISITED: [CLOSE],
        SOLVED_ON_SPOT: [CLOSE],
    }
    if state == CLOSED:
        raise TransitionError("问题已结案，不能再次结案")
    if state not in paths:
        raise TransitionError(f"未知的问题状态：{state}")
    return list(paths[state])


def is_open(state: str) -> bool:
    return ISSUE_FLOW.is_open(state)


def is_overdue(state: str, due_on: dt.date | None, today: dt.date) -> bool:
    """Overdue: work still pending and the deadline (办理时限) has passed."""
    return ISSUE_FLOW.is_overdue(state, due_on, today)


def in_time(due_on: dt.date | None, done_on: dt.date | None) -> bool:
    """Finished within the deadline (an issue without a deadline is always in time)."""
    return done_on is not None and (due_on is None or done_on <= due_on)


# ---------------------------------------------------------------- proxy services (全程代办)

S_ACCEPTED = "受理"
S_COLLECTING = "材料收集"
S_SUBMITTED = "已递交"
S_IN_PROGRESS = "办理中"
S_DONE = "已办结"
S_RETURNED = "已反馈"
S_CANCELLED = "已撤销"
SERVICE_STATES = (
    S_ACCEPTED, S_COLLECTING, S_SUBMITTED, S_IN_PROGRESS, S_DONE, S_RETURNED, S_CANCELLED,
)  # fmt: skip
SERVICE_OPEN_STATES = (S_ACCEPTED, S_COLLECTING, S_SUBMITTED, S_IN_PROGRESS)

SV_ACCEPT = "accept"
SV_MATERIALS = "materials"
SV_SUBMIT = "submit"
SV_PROGRESS = "progress"
SV_FINISH = "finish"
SV_RETURN = "return"
SV_CANCEL = "cancel"

SERVICE_ACTION_LABELS: dict[str, str] = {
    SV_ACCEPT: "受理",
    SV_MATERIALS: "收集材料",
    SV_SUBMIT: "递交",
    SV_PROGRESS: "办理进展",
    SV_FINISH: "办结",
    SV_RETURN: "反馈居民",
    SV_CANCEL: "撤销",
}

SERVICE_TRANSITIONS: dict[str, dict[str, str]] = {
    SV_MATERIALS: {S_ACCEPTED: S_COLLECTING, S_COLLECTING: S_COLLECTING},
    SV_SUBMIT: {S_ACCEPTED: S_SUBMITTED, S_COLLECTING: S_SUBMITTED},
    SV_PROGRESS: {S_SUBMITTED: S_IN_PROGRESS, S_IN_PROGRESS: S_IN_PROGRESS},
    SV_FINISH: {S_SUBMITTED: S_DONE, S_IN_PROGRESS: S_DONE},
    SV_RETURN: {S_DONE: S_RETURNED},
    SV_CANCEL: {s: S_CANCELLED for s in SERVICE_OPEN_STATES},
}


SERVICE_FLOW = Workflow(
    kind="代办",
    noun="代办事项",
    states=SERVICE_STATES,
    open_states=SERVICE_OPEN_STATES,
    pending=SERVICE_OPEN_STATES,
    labels=SERVICE_ACTION_LABELS,
    transitions=SERVICE_TRANSITIONS,
    first_action=SV_ACCEPT,
)


def service_next_state(state: str, action: str) -> str:
    return SERVICE_FLOW.next_state(state, action)


def service_overdue(state: str, promised_on: dt.date | None, today: dt.date) -> bool:
    return SERVICE_FLOW.is_overdue(state, promised_on, today)
