"""Asking for the register password, and opening a register with the safety checks.

* a new register: the password twice, with the warning that it cannot be recovered;
* an encrypted register: the password, asked again after a wrong one;
* a register held by another running instance: refused, or opened read-only;
* a damaged register (``PRAGMA quick_check``): the latest good backup is offered.

(Strings are Chinese literals, not ``tr()``: this module came with the security issue after the
translation pass; see docs/architecture.md.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy import Engine

from gridapp.db import crypto
from gridapp.db.engine import (
    RegisterError,
    WrongPasswordError,
    open_register,
    quick_check,
)
from gridapp.db.lock import RegisterLock, RegisterLockedError

WARNING = (
    "密码用于加密数据库：丢失电脑的人没有密码就看不到居民信息。\n"
    "<b>密码无法找回</b>：忘记密码，数据库就再也打不开了，请把密码记在安全的地方。"
)
MIN_LENGTH = 6


class PasswordDialog(QDialog):
    """One password field (open) or two (create, with the warning)."""

    def __init__(
        self,
        path: Path,
        *,
        create: bool,
        check: Callable[[str], str | None] | None = None,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.creating = create
        self.check = check
        self.password = ""
        self.setWindowTitle(title or ("设置数据库密码" if create else "输入数据库密码"))
        form = QFormLayout(self)
        intro = QLabel(
            f"新数据库 {path.name} 将加密保存。<br>{WARNING.replace(chr(10), '<br>')}"
            if create
            else f"数据库 {path.name} 已加密，请输入密码。"
        )
        intro.setWordWrap(True)
        intro.setObjectName("passwordIntro")
        form.addRow(intro)
        self.first = QLineEdit()
        self.first.setObjectName("passwordEdit")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("密码", self.first)
        self.second = QLineEdit()
        self.second.setObjectName("passwordAgainEdit")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow("再输入一次", self.second)
        self.error = QLabel("")
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)

    def try_accept(self) -> None:
        first = self.first.text()
        if self.creating:
            if len(first) < MIN_LENGTH:
                self.error.setText(f"密码至少需要 {MIN_LENGTH} 个字符")
                return
            if first != first.strip():
                self.error.setText("密码首尾不能有空格")
                return
            if first != self.second.text():
                self.error.setText("两次输入的密码不一致")
                self.second.clear()
                self.second.setFocus()
                return
        elif not first:
            self.error.setText("请输入密码")
            return
        if self.check is not None:
            problem = self.check(first)
            if problem:  # a wrong password: ask again
                self.error.setText(problem)
                self.first.selectAll()
                self.first.setFocus()
                return
        self.password = first
        self.accept()


def ask_password(
    parent: QWidget | None,
    path: Path,
    *,
    create: bool = False,
    check: Callable[[str], str | None] | None = None,
) -> str | None:
    """The password, or None when the user cancels. ``check`` returns an error to ask again."""
    dialog = PasswordDialog(path, create=create, check=check, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password


def ask_read_only(parent: QWidget | None, message: str) -> bool:
    """The register is held by another instance: open it read-only (True) or not at all."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("数据库正在使用")
    box.setText(message)
    read_only = box.addButton("只读打开", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only


@dataclass
class OpenedRegister:
    engine: Engine
    password: str | None
    read_only: bool
    lock: RegisterLock | None


def _open(path: Path, password: str | None, read_only: bool) -> Engine:
    return open_register(path, password=password, read_only=read_only)


def open_interactive(
    parent: QWidget | None,
    path: Path,
    *,
    encrypt_new: bool = True,
    password: str | None = None,
) -> OpenedRegister | None:
    """Open a register the way the window needs it, asking what must be asked; None = cancelled.

    ``password``: already known (just set when creating the register); asked for if wrong.
    """
    path = Path(path)
    known = password
    lock: RegisterLock | None = RegisterLock(path)
    read_only = False
    try:
        lock.acquire()  # type: ignore[union-attr]
    except RegisterLockedError as exc:
        if not ask_read_only(parent, str(exc)):
            return None
        lock, read_only = None, True

    def release() -> None:
        if lock is not None:
            lock.release()

    password = None
    try:
        new = not path.exists() or path.stat().st_size == 0
        if known is not None and crypto.is_encrypted(path):
            try:
                engine = _open(path, known, read_only)
            except WrongPasswordError:
                pass
            else:
                return _after_open(parent, path, engine, known, read_only, lock)
        if new and encrypt_new:
            password = known if known is not None else ask_password(parent, path, create=True)
            if password is None:
                release()
                return None
        elif crypto.is_encrypted(path):
            opened: list[Engine] = []

            def check(candidate: str) -> str | None:
                try:
                    opened.append(_open(path, candidate, read_only))
                except WrongPasswordError:
                    return "密码错误，请重新输入"
                except RegisterError as exc:
                    return str(exc)
                return None

            password = ask_password(parent, path, check=check)
            if password is None or not opened:
                release()
                return None
            engine = opened[0]
            return _after_open(parent, path, engine, password, read_only, lock)
        engine = _open(path, password, read_only)
    except RegisterError as exc:
        release()
        QMessageBox.critical(parent, "无法打开数据库", str(exc))
        return None
    return _after_open(parent, path, engine, password, read_only, lock)


def _after_open(
    parent: QWidget | None,
    path: Path,
    engine: Engine,
    password: str | None,
    read_only: bool,
    lock: RegisterLock | None,
) -> OpenedRegister | None:
    """Startup integrity check; on damage offer the latest good backup."""
    problem = quick_check(engine)
    if problem is None:
        return OpenedRegister(engine, password, read_only, lock)
    from gridapp.services import backup

    offer = backup.latest_good_backup(backup.backup_dir(engine), path.stem, password)
    if offer is None:
        QMessageBox.warning(
            parent, "数据库可能已损坏", f"完整性检查发现问题：{problem}\n没有找到可用的备份。"
        )
        return OpenedRegister(engine, password, read_only, lock)
    answer = QMessageBox.question(
        parent,
        "数据库可能已损坏",
        f"完整性检查发现问题：{problem}\n\n最近的完好备份：{offer.path.name}\n"
        f"（{offer.households} 户，{offer.persons} 人，最后变更 {offer.last_change or '无'}）\n\n"
        "要用这个备份恢复吗？当前文件会先另存一份。",
    )
    if answer == QMessageBox.StandardButton.Yes and not read_only:
        try:
            backup.restore(engine, offer.path, password)
        except Exception as exc:  # the user must see why, and keeps the current file
            QMessageBox.critical(parent, "恢复失败", str(exc))
    return OpenedRegister(engine, password, read_only, lock)
