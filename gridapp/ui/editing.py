"""Edits of the register from the window: through the services, logged, undoable.

``EditCommand`` is a QUndoCommand: its first ``redo`` applies the new values through
``services.edits`` (one transaction, one change-log batch); ``undo`` applies the old values
the same way, as a new logged change, so the history shows both the edit and its undo.
``LifeEventCommand`` does the same for a life event (``services.life_events``): the event
returns what it changed, ``undo_event`` / ``redo_event`` replay it backwards / forwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.services import edits
from gridapp.services import settings as app_settings
from gridapp.services.common import ServiceError

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from gridapp.services.life_events import EventResult


def apply_and_push(
    stack: QUndoStack, command: ServiceCommand, parent: QWidget | None, refused: str
) -> bool:
    """The one way a change reaches the undo stack: applied first (one transaction); a refusal
    (``ServiceError``, or a write to a register opened read-only) is shown with the title
    ``refused`` and never reaches the stack."""
    from gridapp.ui import dialogs_io, readonly

    try:
        command.apply()
    except ServiceError as exc:
        dialogs_io.warn(parent, refused, str(exc))
        return False
    except Exception as exc:
        if not readonly.write_refused(exc):
            raise
        dialogs_io.warn(parent, refused, readonly.refusal_text())
        return False
    stack.push(command)
    return True


class ServiceCommand(QUndoCommand):
    """An undoable change made through the services.

    The caller runs ``apply()`` first (a refusal raises ServiceError before anything is on the
    stack), then pushes the command; QUndoStack's first ``redo`` is then a no-op. Later undo /
    redo refusals (say, the ID number was given to someone else meanwhile, or the person was
    changed again since) reach the user as a dialog, and the command is made obsolete: the
    stack drops it instead of pretending the register is in a state it is not in.
    """

    def __init__(self, text: str, after: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.after = after
        self._applied_once = False

    def apply(self) -> None:
        self._do()
        self._applied_once = True
        if self.after:
            self.after()

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False
            return
        self._guard(self._do)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, action: Callable[[], None]) -> None:
        from gridapp.ui import dialogs_io

        try:
            action()
        except ServiceError as exc:
            self.setObsolete(True)  # QUndoStack removes it once undo() / redo() returns
            dialogs_io.warn(
                None,
                QCoreApplication.translate("editing", "Not done"),
                str(exc)
                + "\n\n"
                + QCoreApplication.translate(
                    "editing", "“%1” was taken off the undo list."
                ).replace("%1", self.text()),
            )
        if self.after:
            self.after()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class EditCommand(ServiceCommand):
    """Change some fields of a person or a household; undo restores the old values."""

    def __init__(
        self,
        engine: Engine,
        entity: str,
        entity_id: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        text: str,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text, after)
        self.engine = engine
        self.entity = entity
        self.entity_id = entity_id
        changed = [k for k in new if old.get(k) != new[k]]
        self.old = {k: old.get(k) for k in changed}
        self.new = {k: new[k] for k in changed}
        self.diff: dict[str, tuple[Any, Any]] = {}

    def _do(self) -> None:
        # A redo expects the fields as the undo left them; the first apply expects nothing.
        expected = {f: old for f, (old, _new) in self.diff.items()}
        with session_scope(self.engine) as session:
            diff = edits.apply_changes(session, self.entity, self.entity_id, self.new, expected)
        self.diff = diff or self.diff

    def _undo(self) -> None:
        # The fields must still hold what this edit stored, or the undo would silently throw
        # away a newer value (from a command, an import or another window).
        expected = {f: new for f, (_old, new) in self.diff.items()}
        with session_scope(self.engine) as session:
            edits.apply_changes(session, self.entity, self.entity_id, self.old, expected)


class CreateHouseholdCommand(ServiceCommand):
    """A new household (with its head); undo archives it (residents are never deleted)."""

    def __init__(
        self,
        engine: Engine,
        household: Mapping[str, Any],
        head: Mapping[str, Any] | None,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("editing", "New household"), after)
        self.engine = engine
        self.household = dict(household)
        self.head = dict(head) if head else None
        self.household_id: int | None = None
        self.person_id: int | None = None

    def _do(self) -> None:
        with session_scope(self.engine) as session:
            if self.household_id is None:
                self.household_id, self.person_id = edits.create_household(
                    session, self.household, self.head
                )
            else:  # redo after undo: bring the archived household back
                edits.reopen_household(session, self.household_id, self.person_id)

    def _undo(self) -> None:
        assert self.household_id is not None
        reason = QCoreApplication.translate("editing", "Undone")
        with session_scope(self.engine) as session:
            edits.withdraw_household(session, self.household_id, reason, dt.date.today())


class CreatePersonCommand(ServiceCommand):
    """A new member of a household; undo marks them moved out (logged, never deleted)."""

    def __init__(
        self,
        engine: Engine,
        household_id: int,
        fields: Mapping[str, Any],
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("editing", "New person"), after)
        self.engine = engine
        self.household_id = household_id
        self.fields = dict(fields)
        self.person_id: int | None = None

    def _do(self) -> None:
        with session_scope(self.engine) as session:
            if self.person_id is None:
                self.person_id = edits.add_member(session, self.household_id, self.fields)
            else:
                edits.reopen_member(session, self.person_id)

    def _undo(self) -> None:
        assert self.person_id is not None
        with session_scope(self.engine) as session:
            edits.withdraw_member(session, self.person_id, dt.date.today())


class LifeEventCommand(ServiceCommand):
    """A life event (birth, death, move, new head, split, group …) on the undo stack.

    ``event(session, actor)`` runs one ``services.life_events`` function; its ``EventResult``
    carries the plain undo data. Undo / redo go through ``life_events.undo_event`` /
    ``redo_event`` (one transaction and one logged batch each; a row changed since refuses them).
    ``text`` may hold ``%1`` (the person or household the event is about) and ``%2`` (the group
    or the other household); they are filled in once the event is done.
    """

    def __init__(
        self,
        engine: Engine,
        text: str,
        event: Callable[[Session, str], EventResult],
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text, after)
        self.engine = engine
        self.event = event
        self.result: EventResult | None = None

    def _do(self) -> None:
        from gridapp.services import life_events

        with session_scope(self.engine) as session:
            actor = app_settings.operator(session)
            if self.result is None:
                result = self.event(session, actor)
            else:  # redo after undo: the same rows get the same values again
                assert self.result.undo is not None
                result = life_events.redo_event(session, self.result.undo, actor=actor)
        if self.result is None:
            undo = result.undo
            if undo is not None:
                self.setText(self.text().replace("%1", undo.subject).replace("%2", undo.detail))
            self.result = result
        else:
            self.result.undo = result.undo

    def _undo(self) -> None:
        from gridapp.services import life_events

        assert self.result is not None and self.result.undo is not None
        with session_scope(self.engine) as session:
            undone = life_events.undo_event(
                session, self.result.undo, actor=app_settings.operator(session)
            )
        self.result.undo = undone.undo


# A work record made from the window: its kind and id. The kinds a WorkRecordCommand undoes.
WorkRecord = tuple[str, int]
VISIT, ISSUE, ERRAND = "visit", "issue", "errand"


def _withdraw(session: Session, record: WorkRecord) -> None:
    from gridapp.services import issues, proxy, visits

    kind, record_id = record
    {VISIT: visits.withdraw_visit, ISSUE: issues.withdraw_issue, ERRAND: proxy.withdraw_request}[
        kind
    ](session, record_id)


def _restore(session: Session, record: WorkRecord) -> None:
    from gridapp.services import issues, proxy, visits

    kind, record_id = record
    {VISIT: visits.restore_visit, ISSUE: issues.restore_issue, ERRAND: proxy.restore_request}[kind](
        session, record_id
    )


class WorkRecordCommand(ServiceCommand):
    """A new visit, issue or errand (or a visit with the issues and errands raised from it, made
    in one transaction) on the undo stack.

    ``create(session, actor)`` makes the records and returns them in the order they were made;
    undo withdraws them newest first through the services (tombstones, logged by the recorder;
    an issue or errand already moved on refuses), redo brings the same rows back."""

    def __init__(
        self,
        engine: Engine,
        text: str,
        create: Callable[[Session, str], list[WorkRecord]],
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text, after)
        self.engine = engine
        self.create = create
        self.records: list[WorkRecord] = []

    def _do(self) -> None:
        with session_scope(self.engine) as session:
            if not self.records:
                self.records = list(self.create(session, app_settings.operator(session)))
            else:
                for record in self.records:
                    _restore(session, record)

    def _undo(self) -> None:
        with session_scope(self.engine) as session:
            for record in reversed(self.records):
                _withdraw(session, record)

    def first(self, kind: str) -> int | None:
        """The id of the first record of ``kind`` it made."""
        return next((rid for k, rid in self.records if k == kind), None)
