"""Back up and restore from the window (File menu, settings page): the services the
``gridapp backup`` / ``gridapp restore`` commands use, off the GUI thread through the window's
TaskRunner.

A backup goes into a folder the user picks (the backup folder by default), named after the
register and the time. A restore checks the backup first (``inspect_backup``: the same refusals
as ``gridapp restore --check``), shows what it holds and asks; then ``restore`` keeps a safety
copy of the current data in the backup folder and puts the backup in place, under the window's
own hold on the register (``db.lock.replacing``), as the CLI does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from gridapp.ui import dialogs_io, readonly

if TYPE_CHECKING:
    from gridapp.services.backup import BackupSummary
    from gridapp.services.restore import RestoreResult


def backup_folder(window: Any) -> Path:
    """The register's backup folder (setting ``backup_dir``, else the data folder's)."""
    from gridapp.services import backup

    try:
        return backup.backup_dir(window.ctx.reader)
    except Exception:  # e.g. an in-memory register: the data folder
        return backup.default_backup_dir(Path(window.path))


def describe(summary: BackupSummary, with_path: bool = True) -> str:
    """What a backup holds, as ``gridapp restore --check`` says it."""
    last = (summary.last_change or "")[:16]  # to the minute: no microseconds
    lines = [
        QCoreApplication.translate("backup_ui", "Backup file: %1").replace("%1", str(summary.path))
        + (QCoreApplication.translate("backup_ui", " (encrypted)") if summary.encrypted else ""),
        QCoreApplication.translate("backup_ui", "%1 households, %2 persons, %3 visits, %4 issues")
        .replace("%1", str(summary.households))
        .replace("%2", str(summary.persons))
        .replace("%3", str(summary.visits))
        .replace("%4", str(summary.issues)),
        QCoreApplication.translate("backup_ui", "Last change: %1").replace(
            "%1", last or QCoreApplication.translate("backup_ui", "none")
        ),
        QCoreApplication.translate(
            "backup_ui", "Checked against its checksum: it is as it was made."
        )
        if summary.verified
        else QCoreApplication.translate(
            "backup_ui",
            "This backup has no checksum list (an older or copied file): only its structure was checked.",
        ),
    ]
    if not with_path:
        lines = lines[1:]
    if summary.needs_upgrade:
        lines.append(
            QCoreApplication.translate(
                "backup_ui", "Made by an older version: it is upgraded when restored."
            )
        )
    return "\n".join(lines)


def backup_now(window: Any, folder: str | None = None) -> None:
    """Ask for a folder (the backup folder by default) and back the register up into it."""
    from gridapp.db.engine import engine_password
    from gridapp.services import backup

    if folder is None:
        folder = dialogs_io.ask_folder(
            window,
            QCoreApplication.translate("backup_ui", "Back up the register into…"),
            str(backup_folder(window)),
        )
    if not folder:
        return
    target = Path(folder)
    engine = window.ctx.engine  # opened here, in the GUI thread

    def job(_progress: Any, _cancel: Any) -> tuple[Path, BackupSummary]:
        made = backup.backup_to_folder(engine, target)
        return made, backup.inspect_backup(made, engine_password(engine))

    def done(result: tuple[Path, BackupSummary]) -> None:
        made, summary = result
        dialogs_io.info(
            window,
            QCoreApplication.translate("backup_ui", "Backed up"),
            QCoreApplication.translate("backup_ui", "The register was backed up to:\n%1").replace(
                "%1", str(made)
            )
            + "\n\n"
            + describe(summary, with_path=False),
        )

    window.tasks.start_job(
        QCoreApplication.translate("backup_ui", "Backing up the register…"), job, done
    )


def restore_backup(window: Any, source: str | None = None) -> None:
    """Choose a backup, check it, say what it holds, ask, then restore with a safety copy."""
    if window.read_only:
        dialogs_io.warn(
            window,
            QCoreApplication.translate("backup_ui", "Restore from a backup"),
            readonly.refusal_text(),
        )
        return
    if source is None:
        source = dialogs_io.ask_open_file(
            window, QCoreApplication.translate("backup_ui", "Restore from a backup"), dialogs_io.BACKUP_FILTER,
            str(backup_folder(window)),
        )  # fmt: skip
    if not source:
        return
    from gridapp.db.engine import engine_password
    from gridapp.services import backup

    chosen = Path(source)
    engine = window.ctx.engine
    key = engine_password(engine)
    if chosen.resolve() == Path(window.path).resolve():
        dialogs_io.warn(
            window,
            QCoreApplication.translate("backup_ui", "Restore from a backup"),
            QCoreApplication.translate("backup_ui", "This is the register itself, not a backup."),
        )
        return

    own_key = key
    if _needs_own_password(chosen, key):  # ``gridapp restore --backup-password-file``
        from gridapp.ui.password_dialog import ask_password

        def opens(candidate: str) -> str | None:
            if _opens(chosen, candidate):
                return None
            return QCoreApplication.translate("backup_ui", "Wrong password, please try again")

        own_key = ask_password(window, chosen, check=opens)
        if own_key is None:
            return
    backup_key = own_key if own_key != key else None

    def check(_progress: Any, _cancel: Any) -> BackupSummary:
        return backup.inspect_backup(chosen, own_key)

    window.tasks.start_job(
        QCoreApplication.translate("backup_ui", "Checking the backup…"),
        check,
        lambda summary: _confirm_restore(window, summary, backup_key),
    )


def _opens(path: Path, password: str | None) -> bool:
    """``password`` opens the encrypted ``path`` (any other fault: the check says it)."""
    from gridapp.db import crypto

    try:
        crypto.open_raw(path, password, read_only=True).close()
    except crypto.WrongPassword:
        return False
    except Exception:  # damaged, truncated …: inspect_backup words it
        return True
    return True


def _needs_own_password(path: Path, key: str | None) -> bool:
    """An encrypted backup the register's own password does not open."""
    from gridapp.db import crypto
    from gridapp.services.backup import PAGE

    try:  # whole pages only: a cut or foreign file is refused by the check, unasked
        encrypted = path.is_file() and crypto.is_encrypted(path) and path.stat().st_size % PAGE == 0
    except OSError:
        return False
    return encrypted and (key is None or not _opens(path, key))


def _confirm_restore(window: Any, summary: BackupSummary, backup_key: str | None) -> None:
    question = (
        describe(summary)
        + "\n\n"
        + QCoreApplication.translate(
            "backup_ui",
            "Replace everything in the register %1 with this backup? The current data is "
            "saved aside in the backup folder first, so nothing is lost.",
        ).replace("%1", Path(window.path).name)
    )
    if not dialogs_io.confirm(
        window, QCoreApplication.translate("backup_ui", "Restore from a backup"), question
    ):
        return
    from gridapp.db.errors import RegisterError
    from gridapp.db.lock import replacing
    from gridapp.services.common import ServiceError
    from gridapp.services.restore import restore

    engine = window.ctx.engine
    path = Path(window.path)
    lock = window.register_lock

    def job(progress: Any, cancel: Any) -> RestoreResult:
        try:
            with replacing(path, session=lock, wait=5):
                return restore(engine, summary.path, backup_key, progress=progress, cancel=cancel)
        except RegisterError as exc:  # held by another window or command: said, unchanged
            raise ServiceError(str(exc)) from exc

    def done(result: RestoreResult) -> None:
        window.after_restore()
        text = QCoreApplication.translate(
            "backup_ui", "The register was restored from %1."
        ).replace("%1", str(result.restored_from))
        if result.safety_copy is not None:
            text += "\n" + QCoreApplication.translate(
                "backup_ui", "The data before the restore was saved as %1."
            ).replace("%1", str(result.safety_copy))
        dialogs_io.info(window, QCoreApplication.translate("backup_ui", "Restored"), text)

    window.tasks.start_job(QCoreApplication.translate("backup_ui", "Restoring…"), job, done)
