"""Backups: online copies encrypted like the register, rotation, verification, restore.

A backup is made with SQLite's online backup API from an open connection, so it is a
consistent snapshot even while the register is in use, and it is keyed with the register's
password (a backup of an encrypted register is encrypted). Automatic backups (on close,
daily) are rotated: the newest of each of the last 7 days and of each of the last 4 weeks are
kept. Every backup gets a manifest beside it (services/backup_manifest.py: size, SHA-256,
versions), checked by ``inspect_backup``; restoring lives in services/restore.py.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from gridapp.db import crypto
from gridapp.db.engine import engine_password, engine_path
from gridapp.services import backup_manifest
from gridapp.services.common import ServiceError

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
    # Checked against its manifest (False: an older backup or a file copied without it).
    verified: bool = False
    made_by: str | None = None  # the app version that made it, from the manifest
    needs_upgrade: bool = False  # an older schema: upgraded when restored


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
        write_backup(conn, target, engine_password(engine))
    finally:
        raw.close()
    return target


def write_backup(conn: Any, target: Path, password: str | None) -> None:
    """A backup of an open raw connection and its manifest; nothing is left of a failed one."""
    try:
        crypto.backup_to(conn, target, password)
        backup_manifest.write_manifest(target, conn, encrypted=password is not None)
    except OSError as exc:
        for leftover in (Path(str(target) + ".part"), target):
            leftover.unlink(missing_ok=True)
        backup_manifest.remove_manifest(target)
        raise ServiceError(f"无法写入备份 {target}：{exc.strerror or exc}") from exc


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
        backup_manifest.remove_manifest(backup.path)
        removed.append(backup.path)
    remove_stale_parts(folder)
    return removed


STALE_PART_SECONDS = 600.0


def remove_stale_parts(folder: Path) -> None:
    """Half-written backups (``*.db.part``) of a killed run: a live backup keeps writing its
    file, so one untouched for ten minutes is dead."""
    if not Path(folder).is_dir():
        return
    for part in Path(folder).glob("*.part"):
        try:
            if time.time() - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
        except OSError:
            continue


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


PAGE = 4096  # SQLCipher's page size: an encrypted file is a whole number of pages


def inspect_backup(path: Path, password: str | None) -> BackupSummary:
    """Verify a backup (manifest checksum, integrity, that it is a register this app can read)
    and say what it holds; ServiceError with what is wrong otherwise."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise ServiceError(f"备份文件不存在或为空：{path}")
    manifest = backup_manifest.check_against_manifest(path)
    encrypted = crypto.is_encrypted(path)
    if encrypted and path.stat().st_size % PAGE:
        raise ServiceError(
            f"备份文件不完整（被截断，可能复制时中断）或已损坏，或不是网格台账备份：{path}"
        )
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
        revision = backup_manifest.schema_revision(conn)
        needs_upgrade = _check_revision(path, revision, manifest)
        last = conn.execute("SELECT max(at) FROM change_log").fetchone()[0]
        return BackupSummary(
            path=path,
            encrypted=encrypted,
            revision=revision,
            households=_count(conn, "SELECT count(*) FROM household WHERE status='active'"),
            persons=_count(conn, "SELECT count(*) FROM person WHERE status IN ('active','away')"),
            visits=_count(conn, "SELECT count(*) FROM visit"),
            issues=_count(conn, "SELECT count(*) FROM issue"),
            changes=_count(conn, "SELECT count(*) FROM change_log"),
            last_change=str(last) if last is not None else None,
            verified=manifest is not None,
            made_by=manifest.app_version if manifest is not None else None,
            needs_upgrade=needs_upgrade,
        )
    finally:
        conn.close()


def _check_revision(
    path: Path, revision: str | None, manifest: backup_manifest.Manifest | None
) -> bool:
    """Refuse a schema this app does not know (made by a newer app); True when it is older."""
    from gridapp import __version__
    from gridapp.db import regdb

    if revision is None:
        raise ServiceError(f"备份中没有数据库版本信息，不是完整的网格台账备份：{path}")
    if revision not in regdb.known_revisions():
        made_by = (
            f"网格台账 {manifest.app_version} " if manifest is not None else "更新版本的网格台账"
        )
        raise ServiceError(
            f"这份备份由{made_by}制作（数据库版本 {revision}），本程序（{__version__}）读不了它。"
            f"请先把网格台账升级到{' ' + manifest.app_version + ' 或更新的' if manifest else '最新'}"
            f"版本，再恢复这份备份：{path}"
        )
    return revision != regdb.head_revision()


def latest_good_backup(folder: Path, stem: str, password: str | None) -> BackupSummary | None:
    """The newest backup in the folder that passes verification (offered on damage)."""
    for backup in list_backups(folder, stem):
        try:
            return inspect_backup(backup.path, password)
        except ServiceError:
            continue
    return None


def encrypt_plain_backups(folder: Path, stem: str, password: str) -> list[Path]:
    """After ``password set``: the register's plain backups in its backup folder would keep the
    whole register readable; each is rewritten encrypted with the new password (staged, then
    swapped in; its manifest rewritten). Returns the files changed."""
    changed: list[Path] = []
    for backup in list_backups(folder, stem):
        if not crypto.is_plain_sqlite(backup.path):
            continue
        staged = backup.path.with_name(backup.path.name + ".enc")
        crypto.encrypt_file(backup.path, staged, password)
        backup_manifest.remove_manifest(backup.path)  # a crash now leaves "no manifest", not a lie
        os.replace(staged, backup.path)
        conn = crypto.connect(backup.path, password, read_only=True)
        try:
            backup_manifest.write_manifest(backup.path, conn, encrypted=True)
        finally:
            conn.close()
        changed.append(backup.path)
    return changed
