"""Password dialogs, opening encrypted / locked / damaged registers, auto-lock."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox

from gridapp.db import crypto, regdb
from gridapp.db.engine import open_register
from gridapp.db.lock import RegisterLock
from gridapp.ui import password_dialog
from gridapp.ui.lock import install_auto_lock
from gridapp.ui.password_dialog import PasswordDialog, open_interactive

PASSWORD = "gui-secret-1"


def _scripted(
    monkeypatch, attempts: list[tuple[str, str]], errors: list[str], shot: Path | None = None
):  # type: ignore[no-untyped-def]
    """Replace the modal prompt: a real PasswordDialog is filled with each attempt in turn."""

    def ask(parent, path, *, create=False, check=None):  # type: ignore[no-untyped-def]
        dialog = PasswordDialog(path, create=create, check=check, parent=parent)
        dialog.show()
        if shot is not None:
            dialog.grab().save(str(shot))
        try:
            for first, second in attempts:
                dialog.first.setText(first)
                dialog.second.setText(second)
                dialog.try_accept()
                if dialog.result() == QDialog.DialogCode.Accepted:
                    return dialog.password
                errors.append(dialog.error.text())
            return None  # the user gives up: Cancel
        finally:
            dialog.close()
            dialog.deleteLater()

    monkeypatch.setattr(password_dialog, "ask_password", ask)


def test_new_register_asks_twice_warns_and_is_encrypted(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "new.db"
    errors: list[str] = []
    attempts = [("abc", "abc"), ("abcdef12", "abcdef13"), (PASSWORD, PASSWORD)]
    _scripted(monkeypatch, attempts, errors, tmp_path / "create.png")
    opened = open_interactive(None, path)
    assert opened is not None and opened.password == PASSWORD and not opened.read_only
    assert "at least" in errors[0] and "differ" in errors[1]
    opened.engine.dispose()
    opened.lock.release()  # type: ignore[union-attr]
    assert crypto.is_encrypted(path)
    dialog = PasswordDialog(path, create=True)
    qtbot.addWidget(dialog)
    intro = dialog.findChild(QLabel, "passwordIntro")
    assert "cannot be recovered" in intro.text()


def test_wrong_password_is_asked_again(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "enc.db"
    open_register(path, password=PASSWORD).dispose()
    errors: list[str] = []
    _scripted(monkeypatch, [("wrong-1", ""), ("wrong-2", ""), (PASSWORD, "")], errors)
    opened = open_interactive(None, path)
    assert opened is not None and opened.password == PASSWORD
    assert errors == ["Wrong password, please try again"] * 2
    opened.engine.dispose()
    opened.lock.release()  # type: ignore[union-attr]

    _scripted(monkeypatch, [("wrong-3", "")], errors)  # then cancel
    assert open_interactive(None, path) is None
    assert RegisterLock(path).owner() is None  # cancelled: nobody holds it
    # a known password (just set when creating) opens without asking
    _scripted(monkeypatch, [], errors)
    opened = open_interactive(None, path, password=PASSWORD)
    assert opened is not None
    opened.engine.dispose()
    opened.lock.release()  # type: ignore[union-attr]


def test_register_held_elsewhere_opens_read_only_or_not_at_all(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "plain.db"
    open_register(path).dispose()
    holder = RegisterLock(path)
    holder.acquire()
    seen: list[str] = []
    answer = [True]

    def ask_read_only(_parent, message):  # type: ignore[no-untyped-def]
        seen.append(message)
        return answer[0]

    monkeypatch.setattr(password_dialog, "ask_read_only", ask_read_only)
    opened = open_interactive(None, path)
    assert opened is not None and opened.read_only and opened.lock is None
    assert "正被另一个" in seen[0]
    import pytest
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError, match="readonly"), opened.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE intruder(a)")
    opened.engine.dispose()
    answer[0] = False
    assert open_interactive(None, path) is None
    holder.release()


def test_auto_lock_hides_the_register_until_the_password(qtbot, tmp_path: Path) -> None:
    window = QMainWindow()
    secret = QLabel("张三 110105194912310029")
    window.setCentralWidget(secret)
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    auto = install_auto_lock(window, minutes=0.001, password=PASSWORD)  # 60 ms
    auto.last_activity = time.monotonic() - 1
    auto.check_idle()
    assert auto.locked and auto.screen.isVisible()
    assert auto.screen.geometry() == window.rect()
    assert not secret.isVisible()
    image = window.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 200, 2) for y in range(240, 260)}
    assert len(colours) == 1  # where the resident's line was, only the lock screen's background
    window.grab().save(str(tmp_path / "locked.png"))
    auto.screen.edit.setText("not-it")
    auto.screen.try_unlock()
    assert auto.locked and auto.screen.error.text() == "Wrong password"
    auto.screen.edit.setText(PASSWORD)
    auto.screen.try_unlock()
    assert not auto.locked and not auto.screen.isVisible()
    assert secret.isVisible()
    auto.check_idle()  # activity was just now
    assert not auto.locked


def test_damaged_register_offers_the_latest_backup(qtbot, tmp_path: Path, monkeypatch) -> None:
    from gridapp.services import backup

    path = tmp_path / "r.db"
    engine = open_register(path)
    made = backup.auto_backup(engine)
    engine.dispose()
    monkeypatch.setattr(password_dialog, "quick_check", lambda _engine: "page 7 is damaged")
    monkeypatch.setattr(regdb, "quick_check", lambda _path: "page 7 is damaged")
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    opened = open_interactive(None, path, encrypt_new=False)
    assert opened is not None
    assert made.name in asked[0] and "page 7" in asked[0]
    opened.engine.dispose()
    opened.lock.release()  # type: ignore[union-attr]


def test_window_opens_encrypted_register_locks_and_backs_up_on_close(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from gridapp.db.lock import lock_path, read_owner
    from gridapp.services import backup
    from gridapp.ui import app

    path = tmp_path / "enc.db"
    open_register(path, password=PASSWORD).dispose()
    errors: list[str] = []
    _scripted(monkeypatch, [("wrong-pass", ""), (PASSWORD, "")], errors)
    window = app.open_window(path)
    assert window is not None and errors == ["Wrong password, please try again"]
    qtbot.addWidget(window)
    assert window.property("autoLock") is True
    assert lock_path(path).exists()
    window._auto_lock.lock()
    assert window._auto_lock.screen.isVisible()
    window._auto_lock.unlock(PASSWORD)
    window.close()
    assert read_owner(lock_path(path)) is None
    with RegisterLock(path):  # released on close
        pass
    made = backup.list_backups(backup.default_backup_dir(path), "enc")
    assert made and crypto.is_encrypted(made[0].path)

    _scripted(monkeypatch, [], errors)  # cancelled: no window
    assert app.open_window(path) is None


def test_window_opens_a_sound_plain_register_without_waiting_for_the_database_layer(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A plain register at the newest schema: locked and checked (in the background), the
    engine opened when first needed, the auto-lock setting read just after the first screen."""
    from gridapp.db.engine import session_scope
    from gridapp.db.lock import lock_path, read_owner
    from gridapp.services import settings
    from gridapp.ui import app

    path = tmp_path / "plain.db"
    engine = open_register(path, password=None)
    with session_scope(engine) as session:
        settings.put(session, "auto_lock_minutes", 5)
    engine.dispose()
    checked: list[Path] = []
    real_check = regdb.quick_check
    monkeypatch.setattr(regdb, "quick_check", lambda p: checked.append(p) or real_check(p))
    regdb.start_integrity_check(path)
    window = app.open_window(path)
    assert window is not None
    qtbot.addWidget(window)
    assert checked == [path.resolve()]  # the background check was used, not run twice
    assert lock_path(path).exists() and window.property("autoLock") is True
    assert not window.ctx.engine_opened
    qtbot.waitUntil(lambda: window._auto_lock.minutes == 5, timeout=3000)
    window.close()
    assert read_owner(lock_path(path)) is None
    with RegisterLock(path):  # released on close
        pass
    from gridapp.services import backup

    # the backup on close opens the engine the window had not needed yet
    assert backup.list_backups(backup.default_backup_dir(path), "plain")


def test_a_register_changed_after_the_background_check_is_checked_again(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "plain.db"
    open_register(path, password=None).dispose()
    regdb.start_integrity_check(path)
    regdb._checks[path.resolve()].thread.join()
    with path.open("ab") as fh:  # the file changed since the check
        fh.write(b"\0" * 4096)
    calls: list[Path] = []
    monkeypatch.setattr(regdb, "quick_check", lambda p: calls.append(p) or "changed")
    assert regdb.integrity_problem(path) == "changed" and calls == [path.resolve()]
