"""Issue 16 (settings and files): ``gridapp gui --db NEW.db`` / ``gridapp --db NEW.db gui`` for
a register that does not exist yet makes it at that path (after the first start's questions),
not in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from gridapp import paths


@pytest.mark.parametrize("before", [False, True])
def test_gui_db_new_register_is_made_where_asked(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: bool
) -> None:
    from gridapp.cli import main as cli_main
    from gridapp.ui import app, errors, password_dialog
    from gridapp.ui.start import NewRegisterDialog, StartDialog

    new = tmp_path / "places" / "新台账.db"
    new.parent.mkdir()
    seen: dict[str, Any] = {}

    def start_exec(self: StartDialog) -> int:
        label = self.findChild(QLabel, "wantedLabel")
        seen["said"] = label.text() if label is not None else ""
        self.findChild(QPushButton, "newButton").click()  # the first start's own flow
        return self.result()

    def new_exec(self: NewRegisterDialog) -> int:
        seen["file"] = self.file.text()
        self.street.setText("工业路街道")
        self.community.setText("幸福社区")
        self.grids.setPlainText("第一网格\n第二网格")
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        if not ok.isEnabled():
            return QDialog.DialogCode.Rejected
        return QDialog.DialogCode.Accepted

    opened: list[Path] = []
    monkeypatch.setattr(StartDialog, "exec", start_exec)
    monkeypatch.setattr(NewRegisterDialog, "exec", new_exec)
    monkeypatch.setattr(password_dialog, "ask_password", lambda *_a, **_k: "secret-pass-1")
    monkeypatch.setattr(app, "open_window", lambda path, password=None: opened.append(path))
    monkeypatch.setattr(app, "make_app", lambda **_k: app.QApplication.instance())
    monkeypatch.setattr(errors, "install", lambda: None)  # keep the test run's excepthook
    monkeypatch.delenv("GRIDAPP_DB", raising=False)
    args = ["--db", str(new), "gui"] if before else ["gui", "--db", str(new)]
    assert cli_main.main(args) == 0
    assert str(new) in seen["said"]
    assert Path(seen["file"]) == new
    assert new.is_file() and new.stat().st_size > 0
    assert opened and Path(opened[0]) == new
    assert not paths.default_register().exists()  # nothing went to the data folder


def test_new_register_needs_a_new_file_in_a_folder_that_exists(qtbot: Any, tmp_path: Path) -> None:
    from gridapp.ui.app import make_app
    from gridapp.ui.start import NewRegisterDialog

    make_app(lang="en")
    dialog = NewRegisterDialog(None, tmp_path / "nowhere" / "x.db")
    qtbot.addWidget(dialog)
    dialog.street.setText("工业路街道")
    dialog.community.setText("幸福社区")
    dialog.grids.setPlainText("第一网格")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # the folder does not exist
    dialog.file.setText(str(tmp_path / "x.db"))
    assert ok.isEnabled()
    (tmp_path / "x.db").write_bytes(b"")
    dialog.file.setText(str(tmp_path / "x.db") + " ")
    assert not ok.isEnabled()  # never over an existing file
