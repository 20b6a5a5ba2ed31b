"""全程代办: a resident's errand carried through the offices, from request to result.

States (``vocab.SERVICE_STATES``): 受理 → 材料收集 → 已递交 → 办理中 → 已办结 → 已反馈; 已撤销 from
any open state. Every step is logged (``ServiceStep``) with who and when; an open request past
its promised date is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, Person, ServiceRequest, ServiceStep
from gridapp.domain import issue_flow as flow
from gridapp.services import recorder, settings
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.places import descendant_ids
from gridapp.services.states_at import step_time

recorder.install()  # these records reach the change log through the recorder's hooks


def _get(session: Session, request_id: int) -> ServiceRequest:
    req = session.get(ServiceRequest, request_id)
    if req is None or req.deleted_at is not None:
        raise NotFound(f"代办事项不存在（编号 {request_id}）")
    return req


def _step(
    session: Session, req: ServiceRequest, action: str, actor: str, on: dt.date | None, note: str
) -> str:
    try:
        target = flow.service_next_state(req.state, action)
    except flow.TransitionError as exc:
        raise ServiceError(f"代办 {req.number or req.id}：{exc}") from exc
    session.add(
        ServiceStep(
            request_id=req.id,
            at=step_time(on),
            actor=actor,
            action=flow.SERVICE_ACTION_LABELS[action],
            from_state=req.state,
            to_state=target,
            note=note,
        )
    )
    req.state = target
    return target


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
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(f"人员不存在（编号 {person_id}）")
    if person.status in vocab.ARCHIVED_STATUSES:
        raise ServiceError(f"{person.name} 已{vocab.STATUS_LABELS[person.status]}，不能受理代办")
    allowed = settings.get(session, "errands")
    options = (
        [str(e) for e in allowed] if isinstance(allowed, list) and allowed else list(vocab.ERRANDS)
    )
    if errand.strip() not in options:
        raise ServiceError(f"代办事项“{errand}”不在可选列表中（{'、'.join(options)}）")
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
        errand=errand.strip(),
        description=description,
        materials_missing=materials_missing.strip(),
        worker_id=worker_id,
        accepted_by=accepted_by.strip() or actor,
        requested_on=day,
        state=flow.S_ACCEPTED,
    )
    session.add(req)
    session.flush()
    req.number = f"DB{day:%Y%m}{req.id:05d}"
    session.add(
        ServiceStep(
            request_id=req.id,
            at=step_time(day),
            actor=actor or accepted_by,
            action=flow.SERVICE_ACTION_LABELS[flow.SV_ACCEPT],
            from_state="",
            to_state=flow.S_ACCEPTED,
            note=errand.strip()
            + (f"；缺材料：{materials_missing.strip()}" if materials_missing.strip() else ""),
        )
    )
    session.flush()
    return req.id


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
    req = _get(session, request_id)
    if not note.strip():
        raise ServiceError("请填写办理进展")
    _step(session, req, flow.SV_PROGRESS, actor, on, note.strip())
    session.flush()
    return req.state


def finish(
    session: Session, request_id: int, result: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    req = _get(session, request_id)
    if not result.strip():
        raise ServiceError("请填写办理结果")
    _step(session, req, flow.SV_FINISH, actor, on, result.strip())
    req.result = result.strip()
    req.done_on = on or dt.date.today()
    session.flush()
    return req.state


def return_to_resident(
    session: Session,
    request_id: int,
    satisfied: bool | None = None,
    note: str = "",
    *,
    actor: str = "",
    on: dt.date | None = None,
) -> str:
    """已反馈: the result (a card, a payment receipt) has reached the resident."""
    req = _get(session, request_id)
    _step(session, req, flow.SV_RETURN, actor, on, note.strip())
    req.returned_on = on or dt.date.today()
    req.satisfied = satisfied
    session.flush()
    return req.state


def cancel(
    session: Session, request_id: int, reason: str, *, actor: str = "", on: dt.date | None = None
) -> str:
    req = _get(session, request_id)
    if not reason.strip():
        raise ServiceError("请填写撤销原因")
    _step(session, req, flow.SV_CANCEL, actor, on, reason.strip())
    session.flush()
    return req.state


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
    day = today or dt.date.today()
    query = (
        select(ServiceRequest, Person.name, Household.number, Area.name)
        .outerjoin(Person, ServiceRequest.person_id == Person.id)
        .outerjoin(Household, ServiceRequest.household_id == Household.id)
        .outerjoin(Area, ServiceRequest.grid_id == Area.id)
        .where(ServiceRequest.deleted_at.is_(None))
    )
    if open_only or overdue_only:
        query = query.where(ServiceRequest.state.in_(flow.SERVICE_OPEN_STATES))
    if overdue_only:
        query = query.where(
            ServiceRequest.promised_on.is_not(None), ServiceRequest.promised_on < day
        )
    if grid_id is not None:
        query = query.where(ServiceRequest.grid_id.in_(descendant_ids(session, grid_id)))
    if worker_id is not None:
        query = query.where(ServiceRequest.worker_id == worker_id)
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
    _get(session, request_id)
    return [
        (s.at, s.actor, s.action, s.from_state, s.to_state, s.note)
        for s in session.scalars(
            select(ServiceStep).where(ServiceStep.request_id == request_id).order_by(ServiceStep.id)
        )
    ]
