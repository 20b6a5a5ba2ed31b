"""Edits of the register from the window: through the services, logged, undoable.

``EditCommand`` is a QUndoCommand: its first ``redo`` applies the new values through
``services.register`` (one transaction, one change-log batch); ``undo`` applies the old values
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
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.db.models import Household, Person
from gridapp.services import settings as app_settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NotFound, ServiceError

if TYPE_CHECKING:
    from gridapp.services.life_events import EventResult


def person_values(session: Session, person_id: int) -> dict[str, Any]:
    from gridapp.services import register as reg

    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"人员不存在（编号 {person_id}）")
    return {f: getattr(person, f) for f in reg.PERSON_FIELDS}


def household_values(session: Session, household_id: int) -> dict[str, Any]:
    from gridapp.services import register as reg

    household = session.get(Household, household_id)
    if household is None:
        raise NotFound(f"户不存在（编号 {household_id}）")
    return {f: getattr(household, f) for f in reg.HOUSEHOLD_FIELDS}


def apply_changes(
    engine: Engine,
    entity: str,
    entity_id: int,
    values: Mapping[str, Any],
    expected: Mapping[str, Any] | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Set the given fields in one transaction with one change-log batch; returns the diff.

    ``expected``: the stored values the fields must still hold (an undo or redo), else
    ``register.ChangedSince`` and nothing is changed.
    """
    from gridapp.services import register as reg

    with session_scope(engine) as session:
        writer = ChangeWriter(session, app_settings.operator(session))
        if entity == "person":
            person = session.get(Person, entity_id)
            if person is None:
                raise NotFound(f"人员不存在（编号 {entity_id}）")
            if expected:
                reg.refuse_if_changed(session, entity, person, expected)
            diff = reg.update_person(session, writer, person, values)
        else:
            household = session.get(Household, entity_id)
            if household is None:
                raise NotFound(f"户不存在（编号 {entity_id}）")
            if expected:
                reg.refuse_if_changed(session, entity, household, expected)
            diff = reg.update_household(session, writer, household, values)
        writer.flush()
    return diff


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
        diff = apply_changes(self.engine, self.entity, self.entity_id, self.new, expected)
        self.diff = diff or self.diff

    def _undo(self) -> None:
        # The fields must still hold what this edit stored, or the undo would silently throw
        # away a newer value (from a command, an import or another window).
        expected = {f: new for f, (_old, new) in self.diff.items()}
        apply_changes(self.engine, self.entity, self.entity_id, self.old, expected)


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
        from gridapp.services import register as reg

        with session_scope(self.engine) as session:
            writer = ChangeWriter(session, app_settings.operator(session))
            if self.household_id is None:
                household = reg.create_household(session, writer, **self.household)
                self.household_id = household.id
                if self.head:
                    self.person_id = reg.create_person(session, writer, household, **self.head).id
            else:  # redo after undo: bring the archived household back
                again = session.get(Household, self.household_id)
                assert again is not None
                household = again
                reg.update_household(
                    session, writer, household,
                    {"status": "active", "archived_on": None, "archive_reason": ""},
                )  # fmt: skip
                if self.person_id is not None:
                    person = session.get(Person, self.person_id)
                    assert person is not None
                    reg.update_person(session, writer, person, {"status": "active"})
            writer.flush()

    def _undo(self) -> None:
        from gridapp.services import register as reg

        assert self.household_id is not None
        with session_scope(self.engine) as session:
            writer = ChangeWriter(session, app_settings.operator(session))
            household = session.get(Household, self.household_id)
            assert household is not None
            reason = QCoreApplication.translate("editing", "Undone")
            reg.update_household(
                session, writer, household,
                {"status": "archived", "archived_on": dt.date.today(), "archive_reason": reason},
            )  # fmt: skip
            for pid in session.scalars(
                select(Person.id).where(Person.household_id == self.household_id)
            ):
                person = session.get(Person, pid)
                assert person is not None
                if person.status == "active":
                    reg.update_person(
                        session, writer, person,
                        {"status": "moved_out", "status_date": dt.date.today()},
                    )  # fmt: skip
            writer.flush()


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
        from gridapp.services import register as reg

        with session_scope(self.engine) as session:
            writer = ChangeWriter(session, app_settings.operator(session))
            if self.person_id is None:
                household = session.get(Household, self.household_id)
                if household is None:
                    raise NotFound(f"户不存在（编号 {self.household_id}）")
                self.person_id = reg.create_person(session, writer, household, **self.fields).id
            else:
                person = session.get(Person, self.person_id)
                assert person is not None
                reg.update_person(
                    session, writer, person, {"status": "active", "status_date": None}
                )
            writer.flush()

    def _undo(self) -> None:
        from gridapp.services import register as reg

        assert self.person_id is not None
        with session_scope(self.engine) as session:
            writer = ChangeWriter(session, app_settings.operator(session))
            person = session.get(Person, self.person_id)
            assert person is not None
            reg.update_person(
                session, writer, person, {"status": "moved_out", "status_date": dt.date.today()}
            )
            writer.flush()


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
