"""Make the README's screenshots: the demo register, in Chinese, at 1366x768, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [OUT_DIR]

Each page is grabbed as the window shows it; each form is grabbed over the window, centred, as
the user sees it open (the form is drawn, then cancelled: nothing is saved).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GRIDAPP_DATA_DIR"] = tempfile.mkdtemp(prefix="gridapp-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["GRIDAPP_DATA_DIR"]

PAGES = ("register", "dashboard", "visits", "issues", "services", "reports")
SIZE = (1366, 768)


def _settle(app: Any, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def _over_window(window: Any, dialog: Any) -> Any:
    """The window with the form drawn on it where it opens (centred), as one picture."""
    from PySide6.QtGui import QColor, QPainter

    shot = window.grab()
    form = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the modal shade the eye expects
    x = max(0, (shot.width() - form.width()) // 2)
    y = max(0, (shot.height() - form.height()) // 2)
    painter.drawPixmap(x, y, form)
    painter.end()
    return shot


class FormCatcher:
    """Replaces QDialog.exec / open: the next form is grabbed over the window, then cancelled."""

    def __init__(self, app: Any, window: Any) -> None:
        self.app, self.window = app, window
        self.shots: dict[str, Any] = {}
        self.name = ""
        self.prepare: Callable[[Any], None] = lambda _dialog: None

    def catch(self, dialog: Any) -> int:
        dialog.show()
        _settle(self.app)
        self.prepare(dialog)
        _settle(self.app)
        self.shots[self.name] = _over_window(self.window, dialog)
        dialog.reject()
        return 0


def _first_household_row(window: Any) -> None:
    page = window.register_page
    page.select_row(0)


def _person_then(window: Any, action: str) -> None:
    """Person mode, the first person selected, then the life event (it needs a person)."""
    page = window.register_page
    page.show_mode("persons")
    page.select_row(0)
    window.event_actions[action].trigger()
    page.show_mode("households")
    page.select_row(0)


def main(out: Path) -> int:
    from PySide6.QtWidgets import QDialog

    from gridapp.db.engine import open_register, session_scope
    from gridapp.services import settings
    from gridapp.services.demo_register import ensure_demo
    from gridapp.ui.app import make_app
    from gridapp.ui.main_window import MainWindow

    path = Path(os.environ["GRIDAPP_DATA_DIR"]) / "demo.db"
    ensure_demo(path)
    engine = open_register(path)
    with session_scope(engine) as session:
        settings.put(session, "operator", "李敏")
    engine.dispose()
    app = make_app(lang=None)
    window = MainWindow(path)
    window.resize(*SIZE)
    window.show()
    _settle(app, 60)
    out.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        window.show_page(page)
        _settle(app, 60)
        if page == "register":
            _first_household_row(window)
            _settle(app, 30)
        window.grab().save(str(out / f"{page}.png"))

    catcher = FormCatcher(app, window)
    QDialog.exec = lambda dialog: catcher.catch(dialog)  # type: ignore[method-assign]
    QDialog.open = lambda dialog: catcher.catch(dialog)  # type: ignore[method-assign]
    window.show_page("register")
    _first_household_row(window)
    _settle(app, 30)
    forms: list[tuple[str, Callable[[], None]]] = [
        ("form-birth", lambda: window.event_actions["event-birth"].trigger()),
        ("form-death", lambda: _person_then(window, "event-death")),
        ("form-split", lambda: window.event_actions["event-split"].trigger()),
        ("form-visit", window.record_visit),
        ("form-history", window.show_history),
    ]
    for name, open_form in forms:
        catcher.name = name
        open_form()
        _settle(app, 10)
    window.show_page("issues")
    _settle(app, 30)
    issues_page = window.pages["issues"]
    catcher.name = "form-issue"
    issues_page.new_issue()
    issues_page.table.selectRow(0)
    _settle(app, 10)
    catcher.name = "form-escalate"
    issues_page.act("escalate")
    for name, shot in catcher.shots.items():
        shot.save(str(out / f"{name}.png"))
    print("\n".join(sorted(p.name for p in out.glob("*.png"))))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
