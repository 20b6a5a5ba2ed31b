"""Life events from the register page: birth, death, move out, move in, the whole household
moving out, new head, move a person to another household, split a household, enter / leave a
special group. Each opens ONE form (``life_event_forms_people`` / ``_households``, layouts in
``forms/life_*.ui``) that starts on the selected person or household; its OK does ONE
``gridapp.services.life_events`` call in one transaction, logged as one change batch and
shown in the history, and pushed on the window's undo stack as a ``LifeEventCommand`` (Ctrl+Z
undoes it through the services, Ctrl+Shift+Z does it again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from gridapp.ui.editing import LifeEventCommand, apply_and_push

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gridapp.services.life_events import EventResult
    from gridapp.ui.main_window import MainWindow
    from gridapp.ui.pages import AppContext


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
    return apply_and_push(ctx.undo, command, parent, title)


def _selection(window: MainWindow) -> tuple[int | None, int | None]:
    """(person, household) selected on the register page: where a form starts."""
    page = window.register_page
    return page.current_person_id(), page.current_household_id()


def birth(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import BirthDialog

    pid, hid = _selection(window)
    return done(BirthDialog(window.ctx, hid, pid, window))


def death(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import LeaveDialog

    return done(LeaveDialog(window.ctx, _selection(window)[0], death=True, parent=window))


def move_out(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import LeaveDialog

    return done(LeaveDialog(window.ctx, _selection(window)[0], death=False, parent=window))


def move_out_household(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_households import HouseholdOutDialog

    return done(HouseholdOutDialog(window.ctx, _selection(window)[1], window))


def move_in(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import MoveInDialog

    return done(MoveInDialog(window.ctx, _selection(window)[1], window))


def set_head(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_households import SetHeadDialog

    pid, hid = _selection(window)
    return done(SetHeadDialog(window.ctx, hid, pid, window))


def move_person(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import MovePersonDialog

    return done(MovePersonDialog(window.ctx, _selection(window)[0], window))


def split_household(window: MainWindow) -> bool:
    """分户: the selected person starts ticked (and as the new head); others may be ticked."""
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_households import SplitDialog

    pid, hid = _selection(window)
    return done(SplitDialog(window.ctx, hid, pid, window))


def enter_group(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import GroupDialog

    return done(GroupDialog(window.ctx, _selection(window)[0], leave=False, parent=window))


def leave_group(window: MainWindow) -> bool:
    from gridapp.ui.life_event_forms import done
    from gridapp.ui.life_event_forms_people import GroupDialog

    return done(GroupDialog(window.ctx, _selection(window)[0], leave=True, parent=window))


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
            QCoreApplication.translate("LifeEvents", "Make head of household…"),
            set_head,
            False,
        ),
        ("event-move-out", QCoreApplication.translate("LifeEvents", "Move out…"), move_out, True),
        (
            "event-move-out-household",
            QCoreApplication.translate("LifeEvents", "Whole household moves out…"),
            move_out_household,
            False,
        ),
        ("event-death", QCoreApplication.translate("LifeEvents", "Death…"), death, True),
        (
            "event-split",
            QCoreApplication.translate("LifeEvents", "Split the household…"),
            split_household,
            False,
        ),
        (
            "event-leave-group",
            QCoreApplication.translate("LifeEvents", "Leave a special group…"),
            leave_group,
            True,
        ),
    ]
