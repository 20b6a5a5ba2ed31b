"""The main window's pages: a registry of name -> page class.

A page is a ``Page`` (a QWidget) that knows the window's ``AppContext`` (engine, register path,
undo stack, task runner). To add a page, write a module in this package with::

    @register_page("visits", order=20)
    class VisitsPage(Page):
        def title(self) -> str:
            return self.tr("Visits")

and add it to ``PAGES`` below (module, class, name, order, icon and title, so that the side bar
is drawn without importing every page and the services behind it; a test checks that the table
says what the classes say). The window builds its side bar from ``PAGES`` and
``MainWindow.show_page(name)`` switches to a page; ``page_classes()`` imports them all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from sqlalchemy import Engine

    from gridapp.db.regdb import RawReader
    from gridapp.ui.tasks import TaskRunner


@dataclass(frozen=True)
class PageInfo:
    """What the side bar shows of a page before the page (and its module) is loaded."""

    name: str
    order: int
    icon: str
    module: str
    cls: str
    title: str  # tr() source of ``cls.title()``, in the class's translation context

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.cls, self.title)

    def load(self) -> type[Page]:
        importlib.import_module(self.module)
        return _REGISTRY[self.name]


_P = "gridapp.ui.pages."
# Side bar order (``order``); tests/gui/test_page_info.py compares it with the classes.
PAGES: tuple[PageInfo, ...] = (
    PageInfo("register", 0, "register", _P + "register_page", "RegisterPage", "Register"),
    PageInfo("dashboard", 5, "dashboard", _P + "dashboard_page", "DashboardPage", "Dashboard"),
    PageInfo("visits", 20, "visit", _P + "visits_page", "VisitsPage", "Visits"),
    PageInfo("issues", 30, "issue", _P + "issues_page", "IssuesPage", "Issues"),
    PageInfo("services", 40, "service", _P + "services_page", "ServicesPage", "Services"),
    PageInfo("groups", 50, "group", _P + "groups_page", "GroupsPage", "Groups"),
    PageInfo("duty", 60, "duty", _P + "duty_page", "DutyPage", "Duty"),
    PageInfo("reports", 70, "print", _P + "reports_page", "ReportsPage", "Reports"),
    PageInfo("settings", 90, "settings", _P + "settings_page", "SettingsPage", "Settings"),
)

# Modules that define pages; each registers its classes on import.
PAGE_MODULES: tuple[str, ...] = tuple(dict.fromkeys(p.module for p in PAGES))


class AppContext:
    """What every page shares with the window.

    ``engine`` (writes, ``BEGIN IMMEDIATE``), ``reader`` (reads from the GUI thread: plain
    ``BEGIN``, so browsing never waits for a running import or export) and ``tasks`` may be
    given as zero-argument callables: they are then opened the first time they are used, so
    the window's first screen does not load SQLAlchemy. ``raw`` gives plain DB-API reads.
    """

    def __init__(
        self,
        engine: Engine | Callable[[], Engine],
        path: Path,
        undo: QUndoStack,
        tasks: TaskRunner | Callable[[], TaskRunner],
        changed: list[Callable[[], None]] | None = None,
        read_engine: Engine | Callable[[], Engine] | None = None,
        raw: RawReader | None = None,
    ) -> None:
        self._engine = engine
        self.path = path
        self.undo = undo
        self._tasks = tasks
        # Called by a page after it changed the register, so other pages can refresh.
        self.changed: list[Callable[[], None]] = changed if changed is not None else []
        self._read_engine = read_engine
        if raw is None:
            from gridapp.db.regdb import RawReader

            raw = RawReader(path, lambda: self.reader)
        self.raw = raw

    # Engines and the task runner are not callable: a callable is what opens them.

    @property
    def engine(self) -> Engine:
        if callable(self._engine):
            self._engine = self._engine()
        return self._engine

    @property
    def engine_opened(self) -> bool:
        return not callable(self._engine)

    @property
    def read_engine(self) -> Engine | None:
        if callable(self._read_engine):
            self._read_engine = self._read_engine()
        return self._read_engine

    @property
    def read_engine_opened(self) -> bool:
        return self._read_engine is not None and not callable(self._read_engine)

    @property
    def tasks(self) -> TaskRunner:
        if callable(self._tasks):
            self._tasks = self._tasks()
        return self._tasks

    @property
    def tasks_made(self) -> bool:
        return not callable(self._tasks)

    @property
    def reader(self) -> Engine:
        return self.read_engine or self.engine

    def notify_changed(self) -> None:
        for callback in list(self.changed):
            callback()


class Page(QWidget):
    """Base of every page. Subclasses override ``title`` (translated) and may override the rest."""

    name = ""
    order = 100
    icon_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        return self.name

    def icon(self) -> QIcon:
        from gridapp.ui.icons import icon

        return icon(self.icon_name or self.name)

    def activated(self) -> None:
        """Called each time the page is shown."""

    def refresh(self) -> None:
        """Reload from the register (after another page or an undo changed it)."""

    def save_state(self) -> dict[str, object]:
        """What to remember between sessions (stored in QSettings under the page name)."""
        return {}

    def restore_state(self, state: dict[str, object]) -> None:
        return None


P = TypeVar("P", bound=type[Page])
_REGISTRY: dict[str, type[Page]] = {}


def register_page(name: str, order: int = 100, icon: str = "") -> Callable[[P], P]:
    def deco(cls: P) -> P:
        cls.name = name
        cls.order = order
        cls.icon_name = icon or name
        _REGISTRY[name] = cls
        return cls

    return deco


def page_classes() -> list[type[Page]]:
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return sorted(_REGISTRY.values(), key=lambda c: (c.order, c.name))


def page_names() -> list[str]:
    return [p.name for p in sorted(PAGES, key=lambda p: (p.order, p.name))]
