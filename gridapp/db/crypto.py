"""Encryption at rest: SQLCipher connections, encrypting a plaintext register, changing the password.

A register is either a plain SQLite file (the demo; registers made before encryption) or a
SQLCipher 4 database keyed with the user's password (PBKDF2 in SQLCipher). Nothing here logs
or stores the password; it lives only in the memory of the process that was given it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"


class CryptoError(Exception):
    """A problem with the key or the encrypted file; the message is for the user."""


class WrongPassword(CryptoError):
    pass


def _driver() -> Any:
    try:
        import sqlcipher3.dbapi2 as driver
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise CryptoError("缺少加密组件 sqlcipher3，无法打开加密的数据库") from exc
    return driver


def driver_module() -> Any:
    """The DB-API module for encrypted registers (``sqlcipher3.dbapi2``)."""
    return _driver()


def is_plain_sqlite(path: Path) -> bool:
    """A file that starts with the SQLite header (unencrypted)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """A non-empty file that is not plain SQLite: encrypted (or not a database at all)."""
    path = Path(path)
    return path.exists() and path.stat().st_size > 0 and not is_plain_sqlite(path)


def quote(password: str) -> str:
    """The password as an SQL string literal for ``PRAGMA key``."""
    if "\x00" in password:
        raise CryptoError("密码不能包含空字符")
    return "'" + password.replace("'", "''") + "'"


def validate_new_password(password: str) -> None:
    if len(password) < 6:
        raise CryptoError("密码至少需要 6 个字符")
    if password != password.strip():
        raise CryptoError("密码首尾不能有空格")


def key_connection(conn: Any, password: str) -> None:
    """``PRAGMA key`` first, then prove the key by reading the schema (raises WrongPassword)."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(password)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _driver().DatabaseError as exc:
        raise WrongPassword("密码错误，或文件不是网格台账数据库") from exc


def connect(
    path: Path | str, password: str, *, read_only: bool = False, timeout: float = 5.0
) -> Any:
    """A raw, keyed SQLCipher connection (autocommit; the caller issues BEGIN)."""
    driver = _driver()
    target = Path(path)
    if read_only:
        uri = f"{target.resolve().as_uri()}?mode=ro"
        conn = driver.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    else:
        conn = driver.connect(str(target), timeout=timeout, check_same_thread=False)
    conn.isolation_level = None
    try:
        key_connection(conn, password)
    except BaseException:
        conn.close()
        raise
    return conn


def open_raw(path: Path, password: str | None, *, read_only: bool = False) -> Any:
    """A raw DB-API connection on a register, encrypted or not."""
    if password is not None and not is_plain_sqlite(path):
        return connect(path, password, read_only=read_only)
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def _checkpoint(conn: Any) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_to(src: Any, target: Path, password: str | None) -> None:
    """Online-backup an open connection into a new file, keyed like the source.

    ``password`` None means the source is plain SQLite and the copy is too.
    """
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    if password is None:
        dst: Any = sqlite3.connect(tmp)
    else:
        dst = _driver().connect(str(tmp))
        dst.execute("PRAGMA cipher_log_level = NONE")
        dst.execute(f"PRAGMA key = {quote(password)}")
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
    os.replace(tmp, target)


def encrypt_file(plain: Path, target: Path, password: str) -> None:
    """Write an encrypted copy of a plain register (``sqlcipher_export``)."""
    validate_new_password(password)
    conn = _driver().connect(str(plain))
    conn.isolation_level = None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    _export(conn, target, "encrypted", quote(password))


def decrypt_file(encrypted: Path, target: Path, password: str) -> None:
    """Write a plain copy of an encrypted register (for a user who asks for it)."""
    _export(connect(encrypted, password), target, "plaintext", "''")


def _export(conn: Any, target: Path, alias: str, key: str) -> None:
    """Copy what ``conn`` holds into a new file keyed with ``key`` (SQL; '' for plain), then
    close ``conn``. The file appears at ``target`` only when complete."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        conn.execute(f"ATTACH DATABASE ? AS {alias} KEY {key}", (str(tmp),))
        conn.execute(f"SELECT sqlcipher_export('{alias}')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # export leaves it behind
        conn.execute(f"PRAGMA {alias}.user_version = {int(version)}")
        conn.execute(f"DETACH DATABASE {alias}")
    finally:
        conn.close()
    os.replace(tmp, target)


def change_password(path: Path, old: str, new: str) -> None:
    """``PRAGMA rekey`` in place (SQLCipher rewrites every page in one transaction)."""
    validate_new_password(new)
    conn = connect(path, old)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA rekey = {quote(new)}")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
