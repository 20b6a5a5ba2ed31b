"""全程代办: a resident's errand carried through the offices, from request to result.

States (``vocab.SERVICE_STATES``): 受理 → 材料收集 → 已递交 → 办理中 → 已办结 → 已反馈; 已撤销 from
any open state. Every step is logged (``ServiceStep``) with who and when; an open request past
its promised date is overdue.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, Person, ServiceRequest, ServiceStep
from gridapp.domain import issue_flow as flow
from gridapp.services import recorder
from gridapp.services.common import ServiceError
from gridapp.services.lookups import live_person
from gridapp.services.workflow import Note, Tracker, choose

recorder.install()  # these records reach the change log through the recorder's hooks


TRACKER = Tracker(
    flow=flow.SERVICE_FLOW, model=ServiceRequest, step_model=ServiceStep, owner_key="request_id",
    due=ServiceRequest.promised_on, noun="代办事项", short="代办", prefix="DB",
)  # fmt: skip


def _get(session: Session, request_id: int) -> ServiceRequest:
    return TRACKER.get(session, request_id)


def _step(
    session: Session, req: ServiceRequest, action: str, actor: str, on: dt.date | None, note: str
) -> str:
    return TRACKER.move(session, req, action, actor, on, note)


def register_request(
    session: Session,
    *,
    person_id: int,
    errand: str,
    description: str = "",
    materials_missing: str = "",
    accepted_by: str = "",
    requested_on: dt.date | None = None,
    actor: str = "",
    today: dt.date | None = None,
) -> int:
    """受理 an errand for a person of the register. Returns the request id."""
    person = live_person(session, person_id, "受理代办")
    errand = choose(session, "errands", errand, "代办事项", vocab.ERRANDS)
    day = requested_on or today or dt.date.today()
    if day > (today or dt.date.today()):
        raise ServiceError(f"受理日期 {day.isoformat()} 晚于今天")
    household = session.get(Household, person.household_id) if person.household_id else None
    from gridapp.services.visits import find_worker

    worker_id: int | None = None
    if accepted_by.strip():
        worker_id = find_worker(session, accepted_by, household.grid_id if household else None).id
    req = ServiceRequest(
        person_id=person.id,
        household_id=household.id if household else None,
        grid_id=household.grid_id if household else None,
        errand=errand,
        description=description,
        materials_missing=materials_missing.strip(),
        worker_id=worker_id,
        accepted_by=accepted_by.strip() or actor,
        requested_on=day,
        state=flow.S_ACCEPTED,
    )
    missing = materials_missing.strip()
    note = errand + (f"；缺材料：{missing}" if missing else "")
    return TRACKER.open(session, req, day, actor or accepted_by, note)


def note_materials(
    session: Session, request_id: int, missing: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    """材料收集: record what is still missing ("" = complete)."""
    req = _get(session, request_id)
    _step(
        session,
        req,
        flow.SV_MATERIALS,
        actor,
        on,
        f"尚缺：{missing.strip()}" if missing.strip() else "材料已齐",
    )
    req.materials_missing = missing.strip()
    session.flush()
    return req.state


def missing_list(missing: str) -> list[str]:
    """The materials still missing, one each, from the stored text ("户口本、身份证复印件")."""
    return [m.strip() for m in re.split(r"[、，,；;\n]+", missing) if m.strip()]


def receive_materials(
    session: Session,
    request_id: int,
    received: Sequence[str],
    also_missing: str = "",
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """材料收集: ``received`` (of the materials still missing) have come in; ``also_missing``
    adds what was found missing since. Logged as one step (收到…；尚缺… / 材料已齐); when
    nothing is missing any more the errand can be submitted. Returns the new state."""
    req = _get(session, request_id)
    missing = missing_list(req.materials_missing)
    got = [m.strip() for m in received if m.strip()]
    unknown = [m for m in got if m not in missing]
    if unknown:
        raise ServiceError(f"代办 {req.number}：“{'、'.join(unknown)}”不在尚缺的材料中")
    more = [m for m in missing_list(also_missing) if m not in missing]
    if not got and not more:
        raise ServiceError("请勾选收到的材料，或填写还缺的材料")
    left = [m for m in missing if m not in got] + more
    parts = [f"收到：{'、'.join(got)}"] if got else []
    parts.append(f"尚缺：{'、'.join(left)}" if left else "材料已齐")
    _step(session, req, flow.SV_MATERIALS, actor, on, "；".join(parts))
    req.materials_missing = "、".join(left)
    session.flush()
    return req.state


def submit(
    session: Session,
    request_id: int,
    office: str,
    promised_on: dt.date | None = None,
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """已递交 to an office with the date it promised. Refused while materials are missing."""
    req = _get(session, request_id)
    if not office.strip():
        raise ServiceError("请填写递交的部门")
    if req.materials_missing:
        raise ServiceError(
            f"代办 {req.number}：材料未齐（尚缺：{req.materials_missing}），不能递交"
        )
    note = f"递交{office.strip()}" + (
        f"，承诺 {promised_on.isoformat()} 办结" if promised_on else ""
    )
    _step(session, req, flow.SV_SUBMIT, actor, on, note)
    req.office = office.strip()
    req.promised_on = promised_on
    session.flush()
    return req.state


def record_progress(
    session: Session, request_id: int, note: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    return TRACKER.note_only(
        session, request_id, Note(flow.SV_PROGRESS, note, "请填写办理进展"), actor, on
    )


def finish(
    session: Session, request_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    return TRACKER.conclude(
        session, request_id, Note(flow.SV_FINISH, result, "请填写办理结果"), actor, on
    )


def return_to_resident(
    session: Session,
    request_id: int,
    satisfied: bool | str | None = None,
    note: str = "",
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """已反馈: the result (a card, a payment receipt) has reached the resident; ``satisfied``
    is what the resident said (满意 / 基本满意 / 不满意, True / False, or None: not asked)."""
    req = _get(session, request_id)
    word = ""
    if isinstance(satisfied, str):
        if satisfied.strip() not in vocab.SATISFACTION:
            raise ServiceError(
                f"居民评价应为 {'、'.join(vocab.SATISFACTION)} 之一：{satisfied.strip() or '未选择'}"
            )
        word = satisfied.strip()
        satisfied = word != vocab.SATISFIED_NOT
    text = "；".join(t for t in (word, note.strip()) if t)
    _step(session, req, flow.SV_RETURN, actor, on, text)
    req.returned_on = on or dt.date.today()
    req.satisfied = satisfied
    session.flush()
    return req.state


def cancel(
    session: Session, request_id: int, reason: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    return TRACKER.note_only(
        session, request_id, Note(flow.SV_CANCEL, reason, "请填写撤销原因"), actor, on
    )


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    person_id: int | None
    person: str
    household: str
    grid: str
    errand: str
    state: str
    materials_missing: str
    office: str
    worker_id: int | None
    accepted_by: str
    requested_on: dt.date
    promised_on: dt.date | None
    done_on: dt.date | None
    returned_on: dt.date | None
    result: str
    satisfied: bool | None
    overdue: bool


def list_requests(
    session: Session,
    open_only: bool = False,
    overdue_only: bool = False,
    *,
    grid_id: int | None = None,
    worker_id: int | None = None,
    today: dt.date | None = None,
) -> list[RequestRow]:
    """Errands, newest first; ``open_only``: not done (an errand's open states are all
    pending); ``overdue_only``: open and past the promised date."""
    day = today or dt.date.today()
    query = (
        select(ServiceRequest, Person.name, Household.number, Area.name)
        .outerjoin(Person, ServiceRequest.person_id == Person.id)
        .outerjoin(Household, ServiceRequest.household_id == Household.id)
        .outerjoin(Area, ServiceRequest.grid_id == Area.id)
    )
    query = TRACKER.filtered(
        session, query, open_only=open_only or overdue_only, overdue_only=overdue_only,
        grid_id=grid_id, worker_id=worker_id, day=day,
    )  # fmt: skip
    query = query.order_by(ServiceRequest.requested_on.desc(), ServiceRequest.id.desc())
    return [
        RequestRow(
            id=r.id,
            number=r.number,
            person_id=r.person_id,
            person=name or "",
            household=number or "",
            grid=grid or "",
            errand=r.errand,
            state=r.state,
            materials_missing=r.materials_missing,
            office=r.office,
            worker_id=r.worker_id,
            accepted_by=r.accepted_by,
            requested_on=r.requested_on,
            promised_on=r.promised_on,
            done_on=r.done_on,
            returned_on=r.returned_on,
            result=r.result,
            satisfied=r.satisfied,
            overdue=flow.service_overdue(r.state, r.promised_on, day),
        )
        for r, name, number, grid in session.execute(query)
    ]


def request_steps(
    session: Session, request_id: int
) -> list[tuple[dt.datetime, str, str, str, str, str]]:
    """(at, actor, action, from, to, note) of every step."""
    return [
        (s.at, s.actor, s.action, s.from_state, s.to_state, s.note)
        for s in TRACKER.steps(session, request_id)
    ]
