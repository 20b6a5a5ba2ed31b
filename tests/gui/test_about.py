"""The About dialog shows the version and the licences of the shipped font and libraries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from gridapp import __version__, paths
from gridapp.ui import about


def test_about_shows_version_and_licences(qtbot, tmp_path: Path) -> None:
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.findChild(QWidget, "aboutTitle")
    assert __version__ in title.text()
    libraries = dialog.libraries.toPlainText()
    rows = about.licences_html().split("<tr>")
    for name, licence in [
        ("PySide6 / Shiboken6", "LGPL-3.0"),
        ("Qt 6", "LGPL-3.0"),
        ("SQLAlchemy", "MIT"),
        ("openpyxl", "MIT"),
        ("ReportLab", "BSD-3-Clause"),
        ("WenQuanYi Micro Hei", "Apache-2.0"),
    ]:
        row = next((row for row in rows if f"<td>{name}" in row), "")
        assert f"<td>{licence}" in row, f"{name}: {row!r}"
        assert name in libraries
    # The versions are read from what runs, not written by hand.
    import sqlalchemy

    assert sqlalchemy.__version__ in libraries
    font = dialog.font_licence.toPlainText()
    assert "WenQuanYi" in font and "Apache" in font
    dialog.grab().save(str(tmp_path / "about.png"))
    assert (tmp_path / "about.png").stat().st_size > 5000


def test_every_shipped_runtime_dependency_is_listed() -> None:
    """A dependency added to pyproject.toml must appear in the dialog with its licence."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = " ".join(f"{c.name} {c.dist}" for c in about.COMPONENTS).lower()
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0]
        key = name.lower().replace("-essentials", "").replace("-addons", "")
        assert key in listed or key.replace("-", "_") in listed, (
            f"{name} is not in the About dialog"
        )


def test_missing_font_licence_is_said_not_crashed(qtbot, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nowhere")
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert "missing" in dialog.font_licence.toPlainText()
    assert about.font_licence_text() == ""


def test_component_version_of_a_missing_module_is_blank() -> None:
    ghost = about.Component("Ghost", "no_such_module_here", "MIT", "https://example.invalid/")
    assert about.component_version(ghost) == ""
    assert about.component_version(about.Component("Python", "", "PSF-2.0", "")) != ""


def test_show_about_opens_modal_dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = about.show_about(parent)
    assert opened == [dialog]
    assert dialog.parent() is parent
    assert "gridapp" in dialog.windowTitle() or "网格台账" in dialog.windowTitle()


def test_help_menu_opens_about(qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    import gridapp.ui.about as about
    from gridapp.ui.main_window import MainWindow

    shown: list[object] = []
    monkeypatch.setattr(about, "show_about", lambda parent=None: shown.append(parent))
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "aboutAction")
    assert action is not None
    action.trigger()
    assert shown == [window]
