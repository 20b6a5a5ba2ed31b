"""Issue 16 (settings and files): the backup folder is browsed for, and the register is backed up
and restored from the window (settings page, File menu) with the services the CLI uses: the same
checks and refusals, a confirmation, the safety copy."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _phone(db: Path, pid: int) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("SELECT phone FROM person WHERE id = ?", (pid,)).fetchone()[0])
    finally:
        con.close()


def _cli_refusal(db: Path, backup: Path, data: Path) -> str:
    env = dict(os.environ, GRIDAPP_DATA_DIR=str(data))
    done = subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "restore", "--check",
         str(backup)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout
    return done.stderr.strip().removeprefix("错误：")


def test_backup_and_restore_from_the_settings_page(
    qtbot: QtBot,
    window: Any,
    answers: Answers,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gridapp.services import backup
    from gridapp.ui import dialogs_io

    folders: list[str | None] = []
    files: list[str | None] = []
    asked: list[str] = []

    def ask_folder(_p: Any, _t: str, start: str = "") -> str | None:
        asked.append(start)
        return folders.pop(0)

    monkeypatch.setattr(dialogs_io, "ask_folder", ask_folder)
    monkeypatch.setattr(dialogs_io, "ask_open_file", lambda *_a, **_k: files.pop(0))
    window.show_page("settings")
    page = window.pages["settings"]

    # Browse… fills the backup folder
    chosen = tmp_path / "U盘"
    chosen.mkdir()
    folders.append(str(chosen))
    page.findChild(QPushButton, "setBackupBrowse").click()
    assert page.findChild(QLineEdit, "setBackup").text() == str(chosen)
    folders.append(None)  # Browse… cancelled: the field stays
    page.findChild(QPushButton, "setBackupBrowse").click()
    assert page.findChild(QLineEdit, "setBackup").text() == str(chosen)

    # Back up now… into the folder chosen; the message names the file and what it holds
    folders.append(str(chosen))
    page.findChild(QPushButton, "backupNow").click()
    made = list(chosen.glob("demo-manual-*.db"))
    assert len(made) == 1
    assert str(made[0]) in answers.kinds("info")[-1]
    assert "households" in answers.kinds("info")[-1]
    assert asked[-1]  # started in the backup folder

    # a change after the backup, then restore: refused files first, as the CLI refuses them
    window.show_page("register")
    window.register_page.show_mode("persons")
    window.register_page.select_row(0)
    pid = window.register_page.current_person_id()
    assert pid is not None
    before = _phone(demo_db, pid)
    con = sqlite3.connect(demo_db)
    con.execute("UPDATE person SET phone = '13900009999' WHERE id = ?", (pid,))
    con.commit()
    con.close()

    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("just some text", encoding="utf-8")
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(made[0].read_bytes()[:8192])
    window.show_page("settings")
    for bad in (not_a_backup, truncated):
        files.append(str(bad))
        shown = len(answers.shown)
        page.findChild(QPushButton, "restoreBackup").click()
        said = answers.kinds("warn")[-1]
        assert len(answers.shown) == shown + 1  # refused: no question asked
        assert said == _cli_refusal(demo_db, bad, tmp_path / "cli-data")
        assert _phone(demo_db, pid) == "13900009999"  # unchanged

    answers.confirm = False  # the question answered No: nothing changes
    files.append(str(made[0]))
    page.findChild(QPushButton, "restoreBackup").click()
    assert _phone(demo_db, pid) == "13900009999"

    answers.confirm = True
    files.append(str(made[0]))
    window.act_restore.trigger()  # the File menu's entry, the same flow
    assert _phone(demo_db, pid) == before
    text = answers.kinds("info")[-1]
    assert "restored" in text and "saved as" in text
    safety = list(backup.backup_dir(window.engine).glob("demo-before-restore-*.db"))
    assert len(safety) == 1 and str(safety[0]) in text
    assert not answers.kinds("error")


def test_restore_an_encrypted_backup_asks_its_password(
    qtbot: QtBot,
    window: Any,
    answers: Answers,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``gridapp restore --backup-password-file``: the backup's own password, asked again
    when wrong; Cancel restores nothing."""
    from gridapp.db.engine import open_register, session_scope
    from gridapp.services import backup
    from gridapp.services.settings import put
    from gridapp.ui import dialogs_io, password_dialog

    other = tmp_path / "other.db"
    eng = open_register(other, password="backup-pass-1")
    with session_scope(eng) as session:
        put(session, "operator", "备份里的人")
    made = backup.backup_to_folder(eng, tmp_path / "bk")
    eng.dispose()

    tries: list[str | None] = []
    errors: list[str | None] = []

    def ask_password(_p: Any, _path: Path, *, create: bool = False, check: Any = None) -> Any:
        for attempt in tries:
            if attempt is None:
                return None  # Cancel
            problem = check(attempt)
            errors.append(problem)
            if problem is None:
                return attempt
        return None

    monkeypatch.setattr(password_dialog, "ask_password", ask_password)
    monkeypatch.setattr(dialogs_io, "ask_open_file", lambda *_a, **_k: str(made))
    tries[:] = ["wrong-one-1", None]
    window.restore_backup()
    assert errors == ["Wrong password, please try again"]
    assert not [t for k, t in answers.shown if k != "warn"] and not answers.kinds("warn")

    tries[:] = ["wrong-one-1", "backup-pass-1"]
    window.restore_backup()
    assert "restored" in answers.kinds("info")[-1]
    con = sqlite3.connect(demo_db)  # the register stays plain, with the backup's content
    try:
        value = con.execute("SELECT value FROM setting WHERE key = 'operator'").fetchone()[0]
    finally:
        con.close()
    assert json.loads(value) == "备份里的人"
