"""Life events from the register page: birth, death, move out, move in, new head, move a
person to another household, split a household, enter / leave a special group. Each is ONE
``gridapp.services.life_events`` call in one transaction, logged as one change batch and shown
in the history, and pushed on the window's undo stack as a ``LifeEventCommand`` (Ctrl+Z undoes
it through the services, Ctrl+Shift+Z does it again). Questions go through ``dialogs_io``
(tests patch them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.domain import relations
from gridapp.services import choices
from gridapp.services.common import ServiceError
from gridapp.ui import dialogs_io
from gridapp.ui.editing import LifeEventCommand

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gridapp.services.life_events import EventResult
    from gridapp.ui.main_window import MainWindow
    from gridapp.ui.pages import AppContext

_NO_ANSWER = -1  # the user cancelled a question


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


def push_event(
    ctx: AppContext,
    parent: QWidget | None,
    title: str,
    text: str,
    work: Callable[[Session, str], EventResult],
) -> bool:
    """Do the event and put it on the undo stack (a refused event never reaches the stack).
    ``text`` names it in the Edit menu: ``%1`` the person / household, ``%2`` the group or the
    other household. Also used by the groups page."""
    command = LifeEventCommand(ctx.engine, text, work, ctx.notify_changed)
    try:
        command.apply()
    except ServiceError as exc:
        dialogs_io.warn(parent, title, str(exc))
        return False
    ctx.undo.push(command)
    return True


def _run(
    window: MainWindow, title: str, text: str, work: Callable[[Session, str], EventResult]
) -> bool:
    return push_event(window.ctx, window, title, text, work)


def _ask_new_head(window: MainWindow, title: str, leaving: set[int]) -> int | None:
    """When the head leaves a household others stay in, who is the new head (their id);
    None when no new head is needed, ``_NO_ANSWER`` when the user cancelled."""
    with Session(window.read_engine) as session:
        others = choices.new_head_candidates(session, leaving)
    if not others:
        return None
    labels = [f"{r.name}（{r.relation or '-'}）" for r in others]
    choice = dialogs_io.ask_item(
        window, title, QCoreApplication.translate("LifeEvents", "New head of household"), labels
    )
    if not choice:
        return _NO_ANSWER
    return int(others[labels.index(choice)].id)


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
    text = QCoreApplication.translate("LifeEvents", "Birth of %1")
    return _run(window, title, text, lambda s, actor: life_events.birth(
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
    head = _ask_new_head(window, title, {pid})
    if head == _NO_ANSWER:
        return False
    text = QCoreApplication.translate("LifeEvents", "Death of %1")
    return _run(window, title, text, lambda s, actor: life_events.death(
        s, pid, on, new_head_id=head, actor=actor))  # fmt: skip


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
    head = _ask_new_head(window, title, {pid})
    if head == _NO_ANSWER:
        return False
    text = QCoreApplication.translate("LifeEvents", "Move out of %1")
    return _run(window, title, text, lambda s, actor: life_events.move_out(
        s, pid, on, where, new_head_id=head, actor=actor))  # fmt: skip


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
    text = QCoreApplication.translate("LifeEvents", "Move in of %1")
    return _run(window, title, text, lambda s, actor: life_events.move_in(
        s, hid, dt.date.today(), origin.strip(), actor=actor, **fields))  # fmt: skip


def set_head(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Make head of household")
    page = window.register_page
    pid, hid = page.current_person_id(), page.current_household_id()
    if pid is None or hid is None:
        return False
    text = QCoreApplication.translate("LifeEvents", "%1 made head of household")
    return _run(window, title, text, lambda s, actor: life_events.set_head(
        s, hid, pid, actor=actor))  # fmt: skip


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
    with Session(window.read_engine) as session:
        target = choices.live_household_by_number(session, number)
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
    head = _ask_new_head(window, title, {pid})
    if head == _NO_ANSWER:
        return False
    text = QCoreApplication.translate("LifeEvents", "Move of %1 to household %2")
    return _run(window, title, text, lambda s, actor: life_events.move_person(
        s, pid, target, relation, new_head_id=head, actor=actor))  # fmt: skip


def split_household(window: MainWindow) -> bool:
    """分户: the selected person heads a new household; others of the household may go along."""
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Split the household")
    pid = window.register_page.current_person_id()
    hid = window.register_page.current_household_id()
    if pid is None or hid is None:
        return False
    number = dialogs_io.ask_text(
        window,
        title,
        QCoreApplication.translate("LifeEvents", "Household no. of the new household"),
    )
    if not number:
        return False
    others = dialogs_io.ask_text(
        window,
        title,
        QCoreApplication.translate(
            "LifeEvents", "Who else goes to the new household (names, separated by commas)"
        ),
    )
    if others is None:
        return False
    with Session(window.read_engine) as session:
        members = choices.members_by_name(session, hid)
    going = [pid]
    for name in (n.strip() for n in others.replace("，", ",").replace("、", ",").split(",")):
        if not name:
            continue
        if name not in members:
            dialogs_io.warn(
                window,
                title,
                QCoreApplication.translate("LifeEvents", "%1 is not a member of this household")
                .replace("%1", name),
            )  # fmt: skip
            return False
        going.append(members[name])
    head = _ask_new_head(window, title, set(going))
    if head == _NO_ANSWER:
        return False
    text = QCoreApplication.translate("LifeEvents", "Split of household %1 into %2")
    return _run(window, title, text, lambda s, actor: life_events.split_household(
        s, hid, going, pid, number.strip(), new_head_of_old=head, actor=actor))  # fmt: skip


def enter_group(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Enter a special group")
    pid = window.register_page.current_person_id()
    if pid is None:
        return False
    with Session(window.read_engine) as session:
        kinds = choices.active_group_kinds(session)
    names = [k.name for k in kinds]
    choice = dialogs_io.ask_item(
        window, title, QCoreApplication.translate("LifeEvents", "Group"), names
    )
    if not choice:
        return False
    code = kinds[names.index(choice)].code
    text = QCoreApplication.translate("LifeEvents", "%1 enters %2")
    return _run(window, title, text, lambda s, actor: life_events.enter_group(
        s, pid, code, dt.date.today(), actor=actor))  # fmt: skip


def leave_group(window: MainWindow) -> bool:
    from gridapp.services import life_events

    title = QCoreApplication.translate("LifeEvents", "Leave a special group")
    pid = window.register_page.current_person_id()
    if pid is None:
        return False
    with Session(window.read_engine) as session:
        rows = choices.open_memberships(session, pid)
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
    text = QCoreApplication.translate("LifeEvents", "%1 leaves %2")
    return _run(window, title, text, lambda s, actor: life_events.leave_group(
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
            "event-split",
            QCoreApplication.translate("LifeEvents", "Split the household…"),
            split_household,
            True,
        ),
        (
            "event-leave-group",
            QCoreApplication.translate("LifeEvents", "Leave a special group…"),
            leave_group,
            True,
        ),
    ]
