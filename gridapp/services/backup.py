"""Backups: online copies encrypted like the register, rotation, verification, restore.

A backup is made with SQLite's online backup API from an open connection, so it is a
consistent snapshot even while the register is in use, and it is keyed with the register's
password (a backup of an encrypted register is encrypted). Automatic backups (on close,
daily) are rotated: the newest of each of the last 7 days and of each of the last 4 weeks are
kept. Restore checks the backup first (integrity, what it holds), backs up the current state,
then copies the backup into the register in one transaction (a crash leaves it as before or as
after).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from gridapp.db import crypto
from gridapp.db.engine import engine_password, engine_path, is_read_only
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_BEFORE_RESTORE = 5
AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>auto|manual|before-restore)-(?P<at>\d{8}-\d{6})\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    at: dt.datetime


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, shown before restoring it."""

    path: Path
    encrypted: bool
    revision: str | None
    households: int
    persons: int
    visits: int
    issues: int
    changes: int
    last_change: str | None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path
    summary: BackupSummary


def _register_file(engine: Engine) -> Path:
    path = engine_path(engine)
    if path is None:
        raise ServiceError("内存数据库不能备份")
    return path


def default_backup_dir(register: Path) -> Path:
    from gridapp import paths

    return paths.data_dir() / "backups" / register.stem


def backup_dir(engine: Engine) -> Path:
    """The folder of automatic backups: setting ``backup_dir`` or the data folder."""
    from gridapp.db.engine import session_scope
    from gridapp.services import settings

    register = _register_file(engine)
    try:
        with session_scope(engine) as session:
            chosen = settings.get(session, "backup_dir")
    except Exception:  # an unreadable register still gets its backups in the default place
        chosen = ""
    base = Path(chosen) / register.stem if isinstance(chosen, str) and chosen else None
    return base or default_backup_dir(register)


def _stamp(at: dt.datetime) -> str:
    return at.strftime("%Y%m%d-%H%M%S")


def backup_name(register: Path, kind: str, at: dt.datetime) -> str:
    return f"{register.stem}-{kind}-{_stamp(at)}.db"


def backup_now(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the open register to ``target`` (a file path)."""
    _register_file(engine)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise ServiceError(f"备份文件已存在，不会覆盖：{target}")
    raw = engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        crypto.backup_to(conn, target, engine_password(engine))
    except OSError as exc:
        Path(str(target) + ".part").unlink(missing_ok=True)
        raise ServiceError(f"无法写入备份 {target}：{exc.strerror or exc}") from exc
    finally:
        raw.close()
    return target


def backup_to_folder(
    engine: Engine, folder: Path, kind: str = MANUAL, at: dt.datetime | None = None
) -> Path:
    """A backup into a folder (a USB stick), named after the register and the time."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ServiceError(f"不是文件夹：{folder}")
    at = at or dt.datetime.now()
    target = folder / backup_name(_register_file(engine), kind, at)
    while target.exists():
        at += dt.timedelta(seconds=1)
        target = folder / backup_name(_register_file(engine), kind, at)
    return backup_now(engine, target)


def list_backups(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """Backups in a folder, newest first."""
    found: list[BackupFile] = []
    if not Path(folder).is_dir():
        return found
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        try:
            at = dt.datetime.strptime(match["at"], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupFile(path, match["kind"], at))
    found.sort(key=lambda b: b.at, reverse=True)
    return found


def rotation_keeps(backups: list[BackupFile], today: dt.date) -> set[Path]:
    """Which automatic backups to keep: newest per day (7 days), newest per ISO week (4)."""
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in sorted(backups, key=lambda b: b.at, reverse=True):
        day = backup.at.date()
        if day > today:  # clock went back: keep what we do not understand
            keep.add(backup.path)
            continue
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(backup.path)
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add((week[0], week[1]))
            keep.add(backup.path)
    return keep


def rotate(folder: Path, stem: str, today: dt.date | None = None) -> list[Path]:
    """Delete automatic backups beyond the rotation; returns the deleted files."""
    today = today or dt.date.today()
    backups = list_backups(folder, stem)
    auto = [b for b in backups if b.kind == AUTO]
    keep = rotation_keeps(auto, today)
    before = [b for b in backups if b.kind == BEFORE_RESTORE][KEEP_BEFORE_RESTORE:]
    removed: list[Path] = []
    for backup in [*(b for b in auto if b.path not in keep), *before]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def auto_backup(engine: Engine, at: dt.datetime | None = None) -> Path:
    """The automatic backup (on close, daily), then rotation."""
    folder = backup_dir(engine)
    at = at or dt.datetime.now()
    path = backup_to_folder(engine, folder, AUTO, at)
    rotate(folder, _register_file(engine).stem, at.date())
    return path


def backup_if_due(engine: Engine, now: dt.datetime | None = None) -> Path | None:
    """The daily backup: made when there is none of today yet."""
    now = now or dt.datetime.now()
    folder = backup_dir(engine)
    stem = _register_file(engine).stem
    if any(b.at.date() == now.date() for b in list_backups(folder, stem) if b.kind == AUTO):
        return None
    return auto_backup(engine, now)


def _count(conn: Any, sql: str) -> int:
    try:
        return int(conn.execute(sql).fetchone()[0])
    except (sqlite3.DatabaseError, crypto.driver_module().DatabaseError):
        return 0


def inspect_backup(path: Path, password: str | None) -> BackupSummary:
    """Verify a backup (integrity, that it is a register) and say what it holds."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise ServiceError(f"备份文件不存在或为空：{path}")
    encrypted = crypto.is_encrypted(path)
    if encrypted and password is None:
        raise ServiceError(f"备份已加密，需要密码：{path}")
    errors: tuple[type[BaseException], ...] = (
        sqlite3.DatabaseError,
        crypto.driver_module().DatabaseError,
        crypto.CryptoError,
    )
    try:
        conn = crypto.open_raw(path, password if encrypted else None, read_only=True)
    except crypto.WrongPassword as exc:
        raise ServiceError(f"密码错误，或文件不是网格台账备份：{path}") from exc
    except errors as exc:
        raise ServiceError(f"无法读取备份 {path}：{exc}") from exc
    try:
        try:
            check = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            tables = {
                str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except errors as exc:
            raise ServiceError(f"备份文件已损坏或不是数据库：{path}（{exc}）") from exc
        if check != ["ok"]:
            raise ServiceError(f"备份文件已损坏：{path}（{'; '.join(check[:3])}）")
        if not {"person", "household", "change_log", "alembic_version"} <= tables:
            raise ServiceError(f"文件不是网格台账数据库的备份：{path}")
        revision_row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        last = conn.execute("SELECT max(at) FROM change_log").fetchone()[0]
        return BackupSummary(
            path=path,
            encrypted=encrypted,
            revision=str(revision_row[0]) if revision_row else None,
            households=_count(conn, "SELECT count(*) FROM household WHERE status='active'"),
            persons=_count(conn, "SELECT count(*) FROM person WHERE status IN ('active','away')"),
            visits=_count(conn, "SELECT count(*) FROM visit"),
            issues=_count(conn, "SELECT count(*) FROM issue"),
            changes=_count(conn, "SELECT count(*) FROM change_log"),
            last_change=str(last) if last is not None else None,
        )
    finally:
        conn.close()


def latest_good_backup(folder: Path, stem: str, password: str | None) -> BackupSummary | None:
    """The newest backup in the folder that passes verification (offered on damage)."""
    for backup in list_backups(folder, stem):
        try:
            return inspect_backup(backup.path, password)
        except ServiceError:
            continue
    return None


def _export_keyed(source: Path, source_password: str | None, target: Path, key: str | None) -> None:
    """Copy a register into ``target`` keyed with ``key`` (None = plain) via sqlcipher_export."""
    target.unlink(missing_ok=True)
    if source_password is not None:
        conn = crypto.connect(source, source_password)
    else:
        conn = crypto.driver_module().connect(str(source))
        conn.isolation_level = None
        conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        literal = crypto.quote(key) if key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS restored KEY {literal}", (str(target),))
        conn.execute("SELECT sqlcipher_export('restored')")
        conn.execute("DETACH DATABASE restored")
    finally:
        conn.close()


def _safety_copy(engine: Engine, register: Path) -> Path:
    """The current state, kept before a restore; a damaged register is copied file by file."""
    try:
        return backup_to_folder(engine, backup_dir(engine), BEFORE_RESTORE)
    except (ServiceError, sqlite3.DatabaseError, DBAPIError, crypto.driver_module().DatabaseError):
        target = default_backup_dir(register) / backup_name(
            register, BEFORE_RESTORE, dt.datetime.now()
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        engine.dispose()
        shutil.copy2(register, target)
        wal = Path(str(register) + "-wal")
        if wal.exists():
            shutil.copy2(wal, Path(str(target) + "-wal"))
        return target


def restore(
    engine: Engine,
    source: Path,
    source_password: str | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> RestoreResult:
    """Replace the register's content with a verified backup, after backing up the current state.

    ``source_password`` defaults to the register's own. The copy into the register is one
    SQLite backup step (one transaction): a crash leaves the register as before or as after.
    The engine stays usable; the caller should reload what it shows.
    """
    if is_read_only(engine):
        raise ServiceError("数据库以只读方式打开，不能恢复")
    register = _register_file(engine)
    key = engine_password(engine)
    source = Path(source)
    if source.resolve() == register.resolve():
        raise ServiceError("不能用数据库自身恢复")
    progress(0, 4, "检查备份")
    summary = inspect_backup(source, source_password if source_password is not None else key)
    cancel.check()
    progress(1, 4, "备份当前数据")
    safety = _safety_copy(engine, register)
    cancel.check()
    progress(2, 4, "准备恢复")
    staging = register.with_name(register.name + ".restore.part")
    try:
        source_key = None
        if crypto.is_encrypted(source):
            source_key = source_password if source_password is not None else key
        _export_keyed(source, source_key, staging, key)
        cancel.check()
        progress(3, 4, "写入数据库")
        src: Any = crypto.open_raw(staging, key, read_only=True)
        try:
            raw = engine.raw_connection()
            try:
                src.backup(raw.driver_connection)
            finally:
                raw.close()
        finally:
            src.close()
    finally:
        staging.unlink(missing_ok=True)
    engine.dispose()  # pooled connections may cache the old schema
    from gridapp.db import migrate

    migrate.upgrade(engine, register)
    rotate(backup_dir(engine), register.stem)
    progress(4, 4, "恢复完成")
    return RestoreResult(restored_from=source, safety_copy=safety, summary=summary)
