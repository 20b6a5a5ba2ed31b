"""The main window's pages: a registry of name -> page class.

A page is a ``Page`` (a QWidget) that knows the window's ``AppContext`` (engine, register path,
undo stack, task runner). To add a page, write a module in this package with::

    @register_page("visits", order=20)
    class VisitsPage(Page):
        def title(self) -> str:
            return self.tr("Visits")

and add the module name to ``PAGE_MODULES`` below. The window builds its side bar from
``page_classes()`` (sorted by ``order``) and ``MainWindow.show_page(name)`` switches to a page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from gridapp.ui.tasks import TaskRunner

# Modules that define pages; each registers its classes on import.
PAGE_MODULES: tuple[str, ...] = (
    "gridapp.ui.pages.register_page",
    "gridapp.ui.pages.visits_page",
    "gridapp.ui.pages.issues_page",
    "gridapp.ui.pages.services_page",
    "gridapp.ui.pages.groups_page",
    "gridapp.ui.pages.duty_page",
    "gridapp.ui.pages.dashboard_page",
    "gridapp.ui.pages.reports_page",
    "gridapp.ui.pages.settings_page",
)


@dataclass
class AppContext:
    """What every page shares with the window."""

    engine: Engine
    path: Path
    undo: QUndoStack
    tasks: TaskRunner
    # Called by a page after it changed the register, so other pages can refresh.
    changed: list[Callable[[], None]] = field(default_factory=list)
    # For reads from the GUI thread: plain BEGIN (not IMMEDIATE), so browsing never waits
    # for a running import or export. None: use ``engine``.
    read_engine: Engine | None = None

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
    return [c.name for c in page_classes()]
