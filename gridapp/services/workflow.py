"""What issues (问题) and errands (代办) do alike: find a record, number it and log its first
step, move it by an action (every move logged as a step with who and when), record a result,
list the open or overdue ones, read back the steps.

A :class:`Tracker` binds one :class:`~gridapp.domain.workflow.Workflow` to its record and step
tables; ``services.issues`` and ``services.proxy`` each hold one and add what is theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, TypeVarTuple, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from gridapp.db.models import Issue, IssueStep, ServiceRequest, ServiceStep
from gridapp.domain.workflow import TransitionError, Workflow
from gridapp.services import settings
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.places import descendant_ids
from gridapp.services.states_at import step_time

Record = TypeVar("Record", Issue, ServiceRequest)
Step = IssueStep | ServiceStep
Columns = TypeVarTuple("Columns")


def choose(session: Session, key: str, value: str, what: str, fallback: Sequence[str]) -> str:
    """``value`` trimmed, refused unless it is one of the options set under ``key``."""
    allowed = settings.get(session, key)
    options = [str(v) for v in allowed] if isinstance(allowed, list) and allowed else list(fallback)
    text = value.strip()
    if text not in options:
        raise ServiceError(f"{what}“{text}”不在可选列表中（{'、'.join(options)}）")
    return text


@dataclass(frozen=True)
class Note:
    """A step's required note: ``missing`` is the refusal when ``text`` is empty."""

    action: str
    text: str
    missing: str


@dataclass(frozen=True)
class Tracker(Generic[Record]):
    flow: Workflow
    model: type[Record]
    step_model: type[IssueStep] | type[ServiceStep]
    owner_key: str  # the step's column naming its record: issue_id / request_id
    due: InstrumentedAttribute[dt.date | None]  # the deadline column (办理时限)
    noun: str  # in "问题不存在"
    short: str  # in "问题 WT…：不能…"
    prefix: str  # of the record's number: WT202501000123

    def get(self, session: Session, record_id: int) -> Record:
        record = session.get(self.model, record_id)
        if record is None or record.deleted_at is not None:
            raise NotFound(f"{self.noun}不存在（编号 {record_id}）")
        return record

    def _log(
        self,
        session: Session,
        record: Record,
        label: str,
        actor: str,
        at: dt.datetime,
        from_state: str,
        to_state: str,
        note: str,
    ) -> None:
        session.add(
            self.step_model(
                **{self.owner_key: record.id},
                at=at,
                actor=actor,
                action=label,
                from_state=from_state,
                to_state=to_state,
                note=note,
            )
        )

    def open(self, session: Session, record: Record, day: dt.date, actor: str, note: str) -> int:
        """Store a new record (its state already the first one), number it and log its first
        step, named by ``flow.first_action``. Returns its id."""
        session.add(record)
        session.flush()
        record.number = f"{self.prefix}{day:%Y%m}{record.id:05d}"
        label = self.flow.labels[self.flow.first_action]
        self._log(session, record, label, actor, step_time(day), "", record.state, note)
        session.flush()
        return record.id

    def move(
        self,
        session: Session,
        record: Record,
        action: str,
        actor: str,
        on: dt.date | None,
        note: str = "",
    ) -> str:
        """Apply ``action`` (refused with ServiceError when the state does not allow it) and log
        the step. Returns the new state."""
        try:
            target = self.flow.next_state(record.state, action)
        except TransitionError as exc:
            raise ServiceError(f"{self.short} {record.number or record.id}：{exc}") from exc
        label = self.flow.labels[action]
        self._log(session, record, label, actor, step_time(on), record.state, target, note)
        record.state = target
        return target

    def note_step(self, session: Session, record_id: int, note: Note, actor: str,
                  on: dt.date | None) -> Record:  # fmt: skip
        """Apply ``note.action`` with its note, refused while the note is empty."""
        record = self.get(session, record_id)
        if not note.text.strip():
            raise ServiceError(note.missing)
        self.move(session, record, note.action, actor, on, note.text.strip())
        return record

    def note_only(self, session: Session, record_id: int, note: Note, actor: str,
                  on: dt.date | None) -> str:  # fmt: skip
        """A step that changes nothing but the state. Returns the new state."""
        record = self.note_step(session, record_id, note, actor, on)
        session.flush()
        return record.state

    def conclude(self, session: Session, record_id: int, note: Note, actor: str,
                 on: dt.date | None) -> str:  # fmt: skip
        """A step whose note is the work's result, recorded with the day it was done."""
        record = self.note_step(session, record_id, note, actor, on)
        record.result = note.text.strip()
        record.done_on = on or dt.date.today()
        session.flush()
        return record.state

    def filtered(
        self,
        session: Session,
        query: Select[*Columns],
        *,
        open_only: bool,
        overdue_only: bool,
        pending_only: bool = False,
        grid_id: int | None,
        worker_id: int | None,
        day: dt.date,
    ) -> Select[*Columns]:
        """``query`` kept to live records, open ones (still on the grid's list), pending ones
        (未办结: the work is not done yet), overdue ones (pending, deadline passed), those of a
        grid (and the grids below it) or of a worker."""
        model = self.model
        query = query.where(model.deleted_at.is_(None))
        if open_only:
            query = query.where(model.state.in_(self.flow.open_states))
        if pending_only:
            query = query.where(model.state.in_(self.flow.pending))
        if overdue_only:
            query = query.where(
                model.state.in_(self.flow.pending), self.due.is_not(None), self.due < day
            )
        if grid_id is not None:
            query = query.where(model.grid_id.in_(descendant_ids(session, grid_id)))
        if worker_id is not None:
            query = query.where(model.worker_id == worker_id)
        return query

    def steps(self, session: Session, record_id: int) -> list[Step]:
        """The record's live steps in the order they were logged (NotFound for no such record);
        a withdrawn (tombstoned) step is not one, for issues and errands alike."""
        self.get(session, record_id)
        owner = getattr(self.step_model, self.owner_key)
        query = (
            select(self.step_model)
            .where(owner == record_id, self.step_model.deleted_at.is_(None))
            .order_by(self.step_model.id)
        )
        return list(session.scalars(query))

    def withdraw(self, session: Session, record_id: int) -> None:
        """Take back a record registered by mistake (the undo of its registration): the record
        and its steps are tombstoned (logged by the recorder, kept for merging). Refused once
        the record has moved on: a later step would be thrown away with it."""
        record = self.get(session, record_id)
        steps = self.steps(session, record_id)
        if len(steps) > 1:
            raise ServiceError(
                f"{self.short} {record.number}：已有后续办理（{steps[-1].action}），不能撤销登记"
            )
        from gridapp.db.models import now

        moment = now()
        record.deleted_at = moment
        for step in steps:
            step.deleted_at = moment
        session.flush()

    def restore(self, session: Session, record_id: int) -> None:
        """Bring back a withdrawn record with the steps withdrawn with it (the redo)."""
        record = session.get(self.model, record_id)
        if record is None:
            raise NotFound(f"{self.noun}不存在（编号 {record_id}）")
        if record.deleted_at is None:
            return
        moment = record.deleted_at
        owner = getattr(self.step_model, self.owner_key)
        steps = cast(
            "list[Step]", list(session.scalars(select(self.step_model).where(owner == record_id)))
        )
        for step in steps:
            if step.deleted_at == moment:
                step.deleted_at = None
        record.deleted_at = None
        session.flush()
