"""Restoring a backup so that the register is never left worse than before.

The backup is checked (manifest checksum, integrity, a schema this app knows), copied into a
staging file beside the register, keyed like the register, upgraded to this app's schema and
checked again there. Only then is the current state saved aside and the staged copy put in
place: with SQLite's backup API in one transaction (the register keeps its file, so an open
read-only window sees the new content), or, when the register itself is too damaged for that,
by an atomic rename. Anything that fails before that point leaves the register as it was,
and the message says so.

The caller holds the register alone (``db.lock.replacing``), so no command writes between
the safety copy and the swap: every write is in one or the other.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from gridapp.db import anchor, crypto
from gridapp.db.engine import engine_password, engine_path, is_read_only
from gridapp.db.errors import RegisterError
from gridapp.services.backup import (
    BEFORE_RESTORE,
    BackupSummary,
    backup_name,
    default_backup_dir,
    inspect_backup,
    rotate,
    write_backup,
)
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress

UNCHANGED = "恢复未进行，数据库未改变"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # None: there was no register before
    summary: BackupSummary
    swapped_file: bool  # True: the register was too damaged to copy into, its file was replaced


def staging_path(register: Path) -> Path:
    return register.with_name(register.name + ".restore.part")


def restore(
    engine: Engine,
    source: Path,
    source_password: str | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> RestoreResult:
    """Restore into the register an engine has open (the window); the engine stays usable.

    The caller holds the register alone (db.lock.replacing with the window's own session).
    """
    if is_read_only(engine):
        raise ServiceError("数据库以只读方式打开，不能恢复")
    register = engine_path(engine)
    if register is None:
        raise ServiceError("内存数据库不能恢复")
    key = engine_password(engine)
    engine.dispose()  # pooled connections would keep the old schema cached
    return restore_register(
        register, key, source, source_password, progress=progress, cancel=cancel
    )


def restore_register(
    register: Path,
    key: str | None,
    source: Path,
    source_password: str | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> RestoreResult:
    """Replace the register at ``register`` (keyed with ``key``; it may be missing or damaged)
    with the backup ``source``. ``source_password`` defaults to ``key``."""
    register, source = Path(register), Path(source)
    if register.exists() and source.resolve() == register.resolve():
        raise ServiceError("不能用数据库自身恢复")
    source_key = source_password if source_password is not None else key
    staged = staging_path(register)
    staged.unlink(missing_ok=True)  # left by a killed restore (the caller holds the register)
    try:
        progress(0, 5, "检查备份")
        summary = _checked(source, source_key)
        cancel.check()
        progress(1, 5, "准备恢复的数据")
        _stage(source, source_key if crypto.is_encrypted(source) else None, staged, key)
        cancel.check()
        progress(2, 5, "升级并检查")
        _upgrade_and_check(staged, key)
        cancel.check()
        progress(3, 5, "备份当前数据")
        safety = _safety_copy(register, key)
        progress(4, 5, "写入数据库")
        head = _head_of(staged, key)
        swapped = _put_in_place(staged, register, key)
        anchor.reset(register, head)  # the restored history is the one signed from now on
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    staged.unlink(missing_ok=True)
    if safety is not None:
        rotate(safety.parent, register.stem)
    progress(5, 5, "恢复完成")
    return RestoreResult(source, safety, summary, swapped)


def _checked(source: Path, key: str | None) -> BackupSummary:
    try:
        return inspect_backup(source, key)
    except ServiceError as exc:
        raise ServiceError(f"{UNCHANGED}：{exc}") from exc


def _head_of(staged: Path, key: str | None) -> anchor.Head | None:
    conn = crypto.open_raw(staged, key, read_only=True)
    try:
        return anchor.raw_head(conn)
    finally:
        conn.close()


def _stage(source: Path, source_key: str | None, target: Path, key: str | None) -> None:
    """Copy a backup into ``target``, keyed with ``key`` (None: plain), read-only on the source."""
    try:
        if source_key is not None:
            conn = crypto.connect(source, source_key, read_only=True)
        else:
            conn = crypto.driver_module().connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            conn.isolation_level = None
            conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            literal = crypto.quote(key) if key is not None else "''"
            conn.execute(f"ATTACH DATABASE ? AS restored KEY {literal}", (str(target),))
            conn.execute("SELECT sqlcipher_export('restored')")
            conn.execute("DETACH DATABASE restored")
        finally:
            conn.close()
    except OSError as exc:
        raise ServiceError(f"{UNCHANGED}：无法写入 {target.parent}：{exc.strerror or exc}") from exc
    except (sqlite3.DatabaseError, crypto.driver_module().DatabaseError, crypto.CryptoError) as exc:
        raise ServiceError(f"{UNCHANGED}：无法复制备份 {source}（{exc}）") from exc


def _upgrade_and_check(staged: Path, key: str | None) -> None:
    """The staged copy must open, reach this app's schema and pass the integrity check."""
    from gridapp.db import migrate
    from gridapp.db.engine import make_engine, quick_check

    engine = make_engine(staged, key)
    try:
        migrate.upgrade(engine)  # no path: no copy aside of a staging file
        problem = quick_check(engine)
    except (RegisterError, sqlite3.DatabaseError, DBAPIError) as exc:
        raise ServiceError(f"{UNCHANGED}：备份无法升级到本程序的数据库版本（{exc}）") from exc
    finally:
        engine.dispose()
    if problem is not None:
        raise ServiceError(f"{UNCHANGED}：升级后的备份没有通过完整性检查（{problem}）")


def _backup_folder(register: Path, key: str | None) -> Path:
    """The register's backup folder (its ``backup_dir`` setting if it can be read: the
    register may be one nothing opens, so this reads it raw, not with backup.backup_dir)."""
    try:
        conn = crypto.open_raw(register, key, read_only=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backup_dir'").fetchone()
        finally:
            conn.close()
        chosen = json.loads(row[0]) if row and row[0] else ""
    except Exception:  # a damaged register keeps its safety copy in the default place
        chosen = ""
    if isinstance(chosen, str) and chosen:
        return Path(chosen) / register.stem
    return default_backup_dir(register)


def _safety_copy(register: Path, key: str | None) -> Path | None:
    """The current state, kept before the swap; a register that cannot be read is copied as
    its files (with its WAL), so nothing is lost even then."""
    if not register.exists() or register.stat().st_size == 0:
        return None
    folder = _backup_folder(register, key)
    folder.mkdir(parents=True, exist_ok=True)
    at = dt.datetime.now()
    target = folder / backup_name(register, BEFORE_RESTORE, at)
    while target.exists():
        at += dt.timedelta(seconds=1)
        target = folder / backup_name(register, BEFORE_RESTORE, at)
    try:
        conn = crypto.open_raw(register, key)
        try:
            write_backup(conn, target, key if crypto.is_encrypted(register) else None)
        finally:
            conn.close()
        return target
    except (
        ServiceError,
        sqlite3.DatabaseError,
        crypto.driver_module().DatabaseError,
        crypto.CryptoError,
    ):
        pass  # unreadable: its files are copied as they are
    try:
        for suffix in ("", "-wal"):
            part = Path(str(register) + suffix)
            if part.exists():
                shutil.copy2(part, Path(str(target) + suffix))
    except OSError as exc:
        raise ServiceError(
            f"{UNCHANGED}：无法先备份当前数据到 {folder}：{exc.strerror or exc}"
        ) from exc
    return target


def _put_in_place(staged: Path, register: Path, key: str | None) -> bool:
    """Copy the staged register in (one transaction), or swap the file if that is impossible.

    Returns True when the file was swapped.
    """
    if register.exists() and register.stat().st_size > 0:
        try:
            _copy_into(staged, register, key)
            return False
        except (sqlite3.DatabaseError, crypto.driver_module().DatabaseError, crypto.CryptoError):
            pass  # the register is too damaged to write into: replace its file
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(register) + extra).unlink(missing_ok=True)
    os.replace(staged, register)
    return True


def _copy_into(staged: Path, register: Path, key: str | None) -> None:
    keyed = key is not None and crypto.is_encrypted(register)
    if key is not None and not keyed:
        raise crypto.CryptoError("the register is plain, the staged copy encrypted")
    src: Any = crypto.open_raw(staged, key, read_only=True)
    try:
        dst: Any = crypto.open_raw(register, key if keyed else None)
        try:
            src.backup(dst)  # all pages in one step: one write transaction on the register
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
