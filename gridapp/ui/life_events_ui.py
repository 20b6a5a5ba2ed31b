"""Life events from the register page: birth, death, move out, move in, new head, move a
person to another household, leave a special group. Each is ONE service call
(``gridapp.services.life_events`` / ``groups``) in one transaction, logged as one change batch
and shown in the history. Questions go through ``dialogs_io`` (tests patch them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import GroupKind, GroupMembership, Household
from gridapp.domain import relations
from gridapp.services import settings as app_settings
from gridapp.services.common import ServiceError
from gridapp.ui import dialogs_io

if TYPE_CHECKING:
    from gridapp.ui.main_window import MainWindow


def _ask_date(window: MainWindow, title: str) -> dt.date | None:
    raw = dialogs_io.ask_text(
        window, title, QCoreApplication.translate("LifeEvents", "Date (YYYY-MM-DD)"),
        dt.date.today().isoformat(),
    )  # fmt: skip
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        dialogs_io.warn(
            window,
            title,
            QCoreApplication.translate("LifeEvents", "Not a date: %1").replace("%1", raw),
        )
        return None


def _run(window: MainWindow, title: str, work: Callable[[Session, str], Any]) -> bool:
    try:
        with session_scope(window.engine) as session:
            work(session, app_settings.operator(session))
    except ServiceError as exc:
        dialogs_io.warn(window, title, str(exc))
        return False
    window.ctx.notify_changed()
    return True


def birth(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Birth")
    hid = window.register_page.current_household_id()
    if hid is None:
        return False
    name = dialogs_io.ask_text(
        window, title, QCoreApplication.translate("LifeEvents", "Name of the baby")
    )
    if not name:
        return False
    gender = dialogs_io.ask_item(
        window, title, QCoreApplication.translate("LifeEvents", "Gender"), list(vocab.GENDERS)
    )
    if not gender:
        return False
    born = _ask_date(window, title)
    if born is None:
        return False
    relation = dialogs_io.ask_item(
        window,
        title,
        QCoreApplication.translate("LifeEvents", "Relation to head"),
        list(relations.RELATIONS[1:]),
    )
    if not relation:
        return False
    return _run(window, title, lambda s, actor: life_events.birth(
        s, hid, name.strip(), gender, born, relation, actor=actor))  # fmt: skip


def death(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Death")
    pid = window.register_page.current_person_id()
    if pid is None:
        return False
    on = _ask_date(window, title)
    if on is None:
        return False
    return _run(window, title, lambda s, actor: life_events.death(s, pid, on, actor=actor))


def move_out(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Move out")
    pid = window.register_page.current_person_id()
    if pid is None:
        return False
    on = _ask_date(window, title)
    if on is None:
        return False
    where = dialogs_io.ask_text(window, title, QCoreApplication.translate("LifeEvents", "Moved to"))
    if not where:
        return False
    return _run(
        window, title, lambda s, actor: life_events.move_out(s, pid, on, where, actor=actor)
    )


def move_in(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Move in")
    hid = window.register_page.current_household_id()
    if hid is None:
        return False
    name = dialogs_io.ask_text(window, title, QCoreApplication.translate("LifeEvents", "Name"))
    if not name:
        return False
    id_number = dialogs_io.ask_text(
        window, title, QCoreApplication.translate("LifeEvents", "ID number")
    )
    if id_number is None:
        return False
    relation = dialogs_io.ask_item(
        window,
        title,
        QCoreApplication.translate("LifeEvents", "Relation to head"),
        list(relations.RELATIONS[1:]),
    )
    if not relation:
        return False
    origin = dialogs_io.ask_text(
        window, title, QCoreApplication.translate("LifeEvents", "Moved from")
    )
    if origin is None:
        return False
    fields: dict[str, Any] = {"name": name.strip(), "relation": relation}
    if id_number.strip():
        fields["id_number"] = id_number.strip()
    return _run(window, title, lambda s, actor: life_events.move_in(
        s, hid, dt.date.today(), origin.strip(), actor=actor, **fields))  # fmt: skip


def set_head(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Make head of household")
    page = window.register_page
    pid, hid = page.current_person_id(), page.current_household_id()
    if pid is None or hid is None:
        return False
    return _run(window, title, lambda s, actor: life_events.set_head(s, hid, pid, actor=actor))


def move_person(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Move to another household")
    pid = window.register_page.current_person_id()
    if pid is None:
        return False
    number = dialogs_io.ask_text(
        window,
        title,
        QCoreApplication.translate("LifeEvents", "Household no. of the new household"),
    )
    if not number:
        return False
    with Session(window.engine) as session:
        target = session.scalar(
            select(Household.id).where(
                Household.number == number.strip(), Household.deleted_at.is_(None)
            )
        )
    if target is None:
        dialogs_io.warn(
            window,
            title,
            QCoreApplication.translate("LifeEvents", "No household with number %1").replace(
                "%1", number
            ),
        )
        return False
    relation = dialogs_io.ask_item(
        window,
        title,
        QCoreApplication.translate("LifeEvents", "Relation to head"),
        list(relations.RELATIONS[1:]),
    )
    if not relation:
        return False
    return _run(window, title, lambda s, actor: life_events.move_person(
        s, pid, target, relation, actor=actor))  # fmt: skip


def leave_group(window: MainWindow) -> bool:
    from gridapp.services import groups

    title = QCoreApplication.translate("LifeEvents", "Leave a special group")
    pid = window.register_page.current_person_id()
    if pid is None:
        return False
    with Session(window.engine) as session:
        rows = session.execute(
            select(GroupMembership.id, GroupKind.name)
            .join(GroupKind, GroupMembership.group_id == GroupKind.id)
            .where(GroupMembership.person_id == pid, GroupMembership.left_on.is_(None),
                   GroupMembership.deleted_at.is_(None))
        ).all()  # fmt: skip
    if not rows:
        dialogs_io.info(
            window,
            title,
            QCoreApplication.translate("LifeEvents", "This person is in no special group."),
        )
        return False
    names = [r.name for r in rows]
    choice = dialogs_io.ask_item(
        window, title, QCoreApplication.translate("LifeEvents", "Group"), names
    )
    if not choice:
        return False
    reason = dialogs_io.ask_text(window, title, QCoreApplication.translate("LifeEvents", "Reason"))
    if reason is None:
        return False
    mid = rows[names.index(choice)].id
    return _run(window, title, lambda s, actor: groups.leave_group(
        s, mid, dt.date.today(), reason, actor=actor))  # fmt: skip


def events() -> list[tuple[str, str, Callable[[MainWindow], bool], bool]]:
    """(action name, label, handler, needs a person) for the Residents menu."""
    return [
        ("event-birth", QCoreApplication.translate("LifeEvents", "Birth…"), birth, False),
        ("event-move-in", QCoreApplication.translate("LifeEvents", "Move in…"), move_in, False),
        (
            "event-move-person",
            QCoreApplication.translate("LifeEvents", "Move to another household…"),
            move_person,
            True,
        ),
        (
            "event-set-head",
            QCoreApplication.translate("LifeEvents", "Make head of household"),
            set_head,
            True,
        ),
        ("event-move-out", QCoreApplication.translate("LifeEvents", "Move out…"), move_out, True),
        ("event-death", QCoreApplication.translate("LifeEvents", "Death…"), death, True),
        (
            "event-leave-group",
            QCoreApplication.translate("LifeEvents", "Leave a special group…"),
            leave_group,
            True,
        ),
    ]
