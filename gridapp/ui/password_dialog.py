"""Asking for the register password, and opening a register with the safety checks.

* a new register: the password twice, with the warning that it cannot be recovered;
* an encrypted register: the password, asked again after a wrong one;
* a register held by another running instance: refused, or opened read-only;
* a damaged register (``PRAGMA quick_check``): the latest good backup is offered.

Texts are English ``tr()`` sources with Chinese translations, like the rest of the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from gridapp.db import crypto, regdb
from gridapp.db.errors import RegisterError, WrongPasswordError
from gridapp.db.lock import RegisterLock, RegisterLockedError
from gridapp.ui.generated.ui_password import Ui_PasswordDialog

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIN_LENGTH = 6


def warning_text() -> str:
    """Why a password, and that it cannot be recovered (shown when a register is created)."""
    return QCoreApplication.translate(
        "PasswordDialog",
        "The password encrypts the register: whoever finds a lost laptop cannot read the "
        "residents' files without it.<br><b>The password cannot be recovered</b>: if it is "
        "forgotten, the register can never be opened again. Keep it somewhere safe.",
    )


class PasswordDialog(QDialog):
    """One password field (open) or two (create, with the warning); ``forms/password.ui``."""

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
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.creating = create
        self.check = check
        self.password = ""
        self.setWindowTitle(
            title
            or (self.tr("Set the register password") if create else self.tr("Register password"))
        )
        ui = self.ui
        self.first, self.second, self.error, self.buttons = (
            ui.passwordEdit,
            ui.passwordAgainEdit,
            ui.passwordError,
            ui.buttons,
        )
        ui.passwordIntro.setText(
            self.tr("The new register %1 will be stored encrypted.").replace("%1", path.name)
            + "<br>"
            + warning_text()
            if create
            else self.tr("The register %1 is encrypted. Please enter its password.").replace(
                "%1", path.name
            )
        )
        ui.passwordForm.setRowVisible(self.second, create)  # "once more" only for a new one
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

    def try_accept(self) -> None:
        first = self.first.text()
        if self.creating:
            if len(first) < MIN_LENGTH:
                self.error.setText(
                    self.tr("The password needs at least %1 characters").replace(
                        "%1", str(MIN_LENGTH)
                    )
                )
                return
            if first != first.strip():
                self.error.setText(self.tr("The password cannot begin or end with a space"))
                return
            if first != self.second.text():
                self.error.setText(self.tr("The two passwords differ"))
                self.second.clear()
                self.second.setFocus()
                return
        elif not first:
            self.error.setText(self.tr("Please enter the password"))
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
    box.setWindowTitle(QCoreApplication.translate("PasswordDialog", "Register in use"))
    box.setText(message)
    read_only = box.addButton(
        QCoreApplication.translate("PasswordDialog", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("PasswordDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is read_only


@dataclass
class OpenedRegister:
    # None: a sound plain register already at the newest schema, opened by the window when
    # first needed (opening it would change nothing; SQLAlchemy then loads after the first
    # screen is up).
    engine: Engine | None
    password: str | None
    read_only: bool
    lock: RegisterLock | None


def quick_check(engine: Engine) -> str | None:
    from gridapp.db import engine as db_engine

    return db_engine.quick_check(engine)


def _open(path: Path, password: str | None, read_only: bool) -> Engine:
    from gridapp.db.engine import open_register

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
        # A sound plain register at the newest schema: nothing to ask or upgrade.
        fast = not read_only and known is None and regdb.at_head(path)
        if fast and regdb.integrity_problem(path) is None:
            return OpenedRegister(None, None, read_only, lock)
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
                    return QCoreApplication.translate(
                        "PasswordDialog", "Wrong password, please try again"
                    )
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
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("PasswordDialog", "Cannot open the register"),
            str(exc),
        )
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
    title = QCoreApplication.translate("PasswordDialog", "The register may be damaged")
    found = QCoreApplication.translate(
        "PasswordDialog", "The integrity check found a problem: %1"
    ).replace("%1", problem)
    if offer is None:
        QMessageBox.warning(
            parent,
            title,
            found + "\n" + QCoreApplication.translate("PasswordDialog", "No usable backup found."),
        )
        return OpenedRegister(engine, password, read_only, lock)
    details = (
        QCoreApplication.translate(
            "PasswordDialog",
            "Latest good backup: %1\n(%2 households, %3 persons, last change %4)\n\n"
            "Restore from this backup? The current file is saved aside first.",
        )
        .replace("%1", offer.path.name)
        .replace("%2", str(offer.households))
        .replace("%3", str(offer.persons))
        .replace("%4", offer.last_change or QCoreApplication.translate("PasswordDialog", "none"))
    )
    answer = QMessageBox.question(parent, title, found + "\n\n" + details)
    if answer == QMessageBox.StandardButton.Yes and not read_only:
        from gridapp.db.lock import replacing
        from gridapp.services.restore import restore
        from gridapp.ui.tasks import run_blocking

        def restore_offer(_progress: object, _cancel: object) -> None:
            with replacing(path, session=lock, wait=5):
                restore(engine, offer.path, password)

        # a refusal or failure is shown by the task; the current file stays as it was
        run_blocking(
            parent, QCoreApplication.translate("PasswordDialog", "Restoring…"), restore_offer
        )
    return OpenedRegister(engine, password, read_only, lock)
