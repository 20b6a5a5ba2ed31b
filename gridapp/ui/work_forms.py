"""Work records as forms: what the new-visit, new-issue and new-errand dialogs share.

A dialog checks what it needs before OK and hands back a plain draft (``IssueDraft``,
``ErrandDraft``); ``register_issue`` / ``register_errand`` store a draft through the services
(linked to the visit it was found on, when there is one). ``push_records`` is the one way a
page stores them: a ``WorkRecordCommand`` on the window's undo stack (a refusal never reaches it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.services import choices, issues, places, proxy
from gridapp.services import settings as app_settings
from gridapp.ui.editing import ERRAND, ISSUE, WorkRecord, WorkRecordCommand, apply_and_push

if TYPE_CHECKING:
    from gridapp.ui.pages import AppContext


@dataclass(frozen=True)
class IssueDraft:
    title: str
    category: str
    urgency: str
    household_id: int | None  # None: a public area, then ``grid_id`` says where
    grid_id: int | None
    due_on: dt.date | None
    description: str = ""


@dataclass(frozen=True)
class ErrandDraft:
    person_id: int
    person: str  # the name, for the visit form's list of follow-ups
    errand: str
    requested_on: dt.date
    accepted_by: str  # a worker's name, or ""
    materials_missing: str = ""
    description: str = ""


def register_issue(
    session: Session, draft: IssueDraft, actor: str, visit_id: int | None = None
) -> WorkRecord:
    iid = issues.register_issue(
        session,
        title=draft.title,
        category=draft.category,
        urgency=draft.urgency,
        household_id=draft.household_id,
        grid_id=None if draft.household_id is not None else draft.grid_id,
        due_on=draft.due_on,
        description=draft.description,
        visit_id=visit_id,
        actor=actor,
        reported_by="" if visit_id is not None else actor,  # a visit's: the visitor
    )
    return ISSUE, iid


def register_errand(
    session: Session, draft: ErrandDraft, actor: str, visit_id: int | None = None
) -> WorkRecord:
    rid = proxy.register_request(
        session,
        person_id=draft.person_id,
        errand=draft.errand,
        description=draft.description,
        materials_missing=draft.materials_missing,
        accepted_by=draft.accepted_by,
        requested_on=draft.requested_on,
        visit_id=visit_id,
        actor=actor,
    )
    return ERRAND, rid


def push_records(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    create: Callable[[Session, str], list[WorkRecord]],
    refused: str,
) -> WorkRecordCommand | None:
    """Make the records in one transaction and put them on the undo stack; a refusal is
    shown (``refused`` its title) and nothing is stored."""
    command = WorkRecordCommand(ctx.engine, text, create, ctx.notify_changed)
    return command if apply_and_push(ctx.undo, command, parent, refused) else None


# ---------------------------------------------------------------- choices


def listed(session: Session, key: str, fallback: tuple[str, ...]) -> list[str]:
    """A vocabulary the register may have changed in its settings (categories, errands)."""
    value = app_settings.get(session, key)
    return [str(v) for v in value] if isinstance(value, list) and value else list(fallback)


def fill_combo(box: QComboBox, items: list[tuple[str, object]], keep: object = None) -> None:
    box.clear()
    for label, data in items:
        box.addItem(label, data)
    index = box.findData(keep) if keep is not None else -1
    box.setCurrentIndex(index if index >= 0 else 0)


def leaf_grid_items(session: Session) -> list[tuple[str, object]]:
    return [(g.name, g.id) for g in places.leaf_grids(session)]


def worker_items(session: Session) -> list[tuple[str, object]]:
    return [(w.name, w.id) for w in choices.worker_choices(session)]


def issue_categories(session: Session) -> list[str]:
    return listed(session, "issue_categories", vocab.ISSUE_CATEGORIES)


def errand_kinds(session: Session) -> list[str]:
    return listed(session, "errands", vocab.ERRANDS)


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def py_date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())
