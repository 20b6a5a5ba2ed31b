"""What the work pages share: loading on first show, one-transaction changes, choices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.services import choices, places
from gridapp.services import settings as app_settings
from gridapp.services.common import ServiceError
from gridapp.ui import dialogs_io
from gridapp.ui import pages as _pages
from gridapp.ui.pages import AppContext, Page

T = TypeVar("T")
P = TypeVar("P", bound=type[Page])


def work_page(name: str, order: int, icon: str = "") -> Callable[[P], P]:
    """Registers a page like ``pages.register_page`` (that name is shadowed in the package by
    the ``register_page`` module once it is imported)."""

    def deco(cls: P) -> P:
        cls.name = name
        cls.order = order
        cls.icon_name = icon or name
        _pages._REGISTRY[name] = cls
        return cls

    return deco


class WorkPage(Page):
    """A page that loads its data the first time it is shown and after each change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = True
        self.last_result: object = None

    def activated(self) -> None:
        if self._stale:
            self.reload()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        # On the read-only connection: a refresh never takes the write lock (a CLI import or
        # a visit typed on another page is not held up by it).
        with Session(self.ctx.reader) as session:
            self.load(session)

    def load(self, session: Session) -> None:
        """Fill the page from the register."""

    def change(self, work: Callable[[Session], object], title: str = "") -> bool:
        """Run one change in one transaction; a refusal is shown, the pages refresh after.
        The work's return value is kept in ``last_result``."""
        try:
            with session_scope(self.ctx.engine) as session:
                self.last_result = work(session)
        except ServiceError as exc:
            dialogs_io.warn(
                self, title or QCoreApplication.translate("WorkPage", "Not saved"), str(exc)
            )
            return False
        self.ctx.notify_changed()
        if not self.isVisible():
            self.reload()
        return True

    def actor(self, session: Session) -> str:
        return app_settings.operator(session)


def fill_grids(
    box: QComboBox, session: Session, all_label: str | None, leaf_only: bool = False
) -> None:
    """Grids into a combo (id as data); ``all_label`` adds a first "all grids" entry;
    ``leaf_only``: only the grids households belong to (no grid below them)."""
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    if all_label is not None:
        box.addItem(all_label, None)
    for g in places.leaf_grids(session) if leaf_only else places.grids(session):
        box.addItem(g.name, g.id)
    index = box.findData(keep)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)


def fill_workers(box: QComboBox, session: Session, all_label: str | None) -> None:
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    if all_label is not None:
        box.addItem(all_label, None)
    for w in choices.worker_choices(session):
        box.addItem(w.name, w.id)
    index = box.findData(keep)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)


def action_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button with its object name (the tests find it by that) and what it does."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def widget_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side from the left, the spare room after them."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def set_combo_data(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def month_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(False)
    return edit


def date_edit(name: str, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day) if day else QDate.currentDate())
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def py_date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def flow_layout(
    page: QWidget,
    *,
    top: QLayout,
    table: QWidget,
    detail: QWidget,
    form: QFormLayout,
    steps: tuple[tuple[str, str], ...],
    act: Callable[[str], None],
    prefix: str,
    splitter_name: str,
) -> tuple[dict[str, QPushButton], QSplitter]:
    """The shared layout of the issue and errand pages: filters on top, the list on the left,
    and on the right the record's detail over a "Next step" box (the form, then one button per
    step of the flow, two per row, named ``{prefix}_{action}``). Returns the step buttons by action and the splitter."""
    buttons: dict[str, QPushButton] = {}
    grid = QGridLayout()
    for k, (action, text) in enumerate(steps):
        btn = QPushButton(text)
        btn.setObjectName(f"{prefix}_{action}")
        btn.clicked.connect(lambda _c=False, a=action: act(a))
        buttons[action] = btn
        grid.addWidget(btn, k // 2, k % 2)
    actions = QGroupBox(QCoreApplication.translate("support", "Next step"))
    a_layout = QVBoxLayout(actions)
    a_layout.addLayout(form)
    a_layout.addLayout(grid)
    right = QWidget()
    r_layout = QVBoxLayout(right)
    r_layout.setContentsMargins(0, 0, 0, 0)
    r_layout.addWidget(detail, 1)
    r_layout.addWidget(actions)
    right.setMinimumWidth(330)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(splitter_name)
    splitter.addWidget(table)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 1)
    splitter.setSizes([800, 380])
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addLayout(top)
    layout.addWidget(splitter, 1)
    return buttons, splitter
