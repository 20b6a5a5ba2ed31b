"""Opening a register file: the engine, connection pragmas, explicit transactions, encryption.

SQLite's Python driver delays ``BEGIN`` and commits DDL implicitly; we switch that off and
issue ``BEGIN`` ourselves so that every unit of work (an import, an edit) is one real
transaction that a crash or ``kill -9`` leaves as before or as after, never between.

A register opened with a password is a SQLCipher database: every connection is keyed
(``PRAGMA key``) before anything else, and a wrong password is refused before anything is
written. Plain registers (the demo, older files) keep working without one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool, StaticPool

from gridapp.db import anchor, crypto, migrate
from gridapp.db.errors import PasswordRequiredError as PasswordRequiredError
from gridapp.db.errors import RegisterError as RegisterError
from gridapp.db.errors import WrongPasswordError as WrongPasswordError
from gridapp.db.opened import copy_aside as copy_aside
from gridapp.db.opened import engine_password as engine_password
from gridapp.db.opened import engine_path as engine_path
from gridapp.db.opened import is_read_only as is_read_only
from gridapp.db.opened import remember

PASSWORD_HINT = "请用环境变量 GRIDAPP_PASSWORD 或 --password-file 提供密码"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode not in ("memory", "wal"):
        with contextlib.suppress(Exception):  # a read-only register keeps its journal mode
            cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _on_begin_read_only(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(
    path: Path | str | None, password: str | None = None, *, read_only: bool = False
) -> Engine:
    """An engine on a register file, or on a private in-memory database when ``path`` is None.

    With a password, the file is a SQLCipher database (created encrypted when new or empty);
    a plain SQLite file is opened as it is, whatever the password.
    """
    target = None if path is None else Path(path)
    encrypted = target is not None and password is not None and not crypto.is_plain_sqlite(target)
    if target is None:
        engine = create_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    elif encrypted:
        assert password is not None

        def creator() -> Any:
            try:
                return crypto.connect(target, password, read_only=read_only)
            except crypto.WrongPassword as exc:
                raise WrongPasswordError(f"密码错误，或文件不是网格台账数据库：{target}") from exc

        # Keying costs a key derivation (~0.1 s): keep the keyed connections in a pool.
        engine = create_engine(
            "sqlite://",
            module=crypto.driver_module(),
            creator=creator,
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=8,
        )
    else:
        url = f"sqlite:///{target}"
        args: dict[str, Any] = {"check_same_thread": False, "timeout": 5}
        if read_only:
            url = f"sqlite:///{target.resolve().as_uri()}?mode=ro&uri=true"
        engine = create_engine(url, poolclass=NullPool, connect_args=args)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin_read_only if read_only else _on_begin)
    remember(engine, target, password if encrypted else None, read_only)
    return engine


def check_readable(path: Path, password: str | None = None) -> None:
    """Refuse, with a message, a file that exists but is not a register we can open."""
    if not crypto.is_encrypted(path):
        return
    if password is None:
        raise PasswordRequiredError(
            f"文件不是网格台账数据库，或是加密的数据库（需要密码；{PASSWORD_HINT}）：{path}"
        )


def open_register(
    path: Path | str | None,
    *,
    upgrade: bool = True,
    password: str | None = None,
    read_only: bool = False,
) -> Engine:
    """Open (creating if needed) a register and bring its schema to the newest revision."""
    if password == "":
        password = None
    if path is not None:
        path = Path(path)
        _prepare_file(path, password, read_only)
    fresh = path is not None and not read_only and _is_new_file(path)
    engine = make_engine(path, password, read_only=read_only)
    try:
        with engine.connect() as conn:  # proves the key before anything is written
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        if upgrade and not read_only:
            migrate.upgrade(engine, path)
    except Exception as exc:
        engine.dispose()
        refused = _refusal(exc, path)
        if refused is None or refused is exc:
            raise
        raise refused from exc
    if fresh and path is not None:
        anchor.reset(path, None)  # a new register: whatever was signed at this path is gone
    return engine


def _prepare_file(path: Path, password: str | None, read_only: bool) -> None:
    """Before connecting: refuse what cannot be opened, vet a new register's password, make
    the folder and keep the file private."""
    check_readable(path, password)
    new_encrypted = not crypto.is_encrypted(path) and not crypto.is_plain_sqlite(path)
    if password is not None and not read_only and new_encrypted:
        try:  # a new register, created encrypted
            crypto.validate_new_password(password)
        except crypto.CryptoError as exc:
            raise RegisterError(str(exc)) from exc
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        _owner_only(path)
    elif not path.exists():
        raise RegisterError(f"数据库文件不存在：{path}")


def _refusal(exc: Exception, path: Path | None) -> RegisterError | None:
    """The message for a register that failed to open or upgrade (None: not ours to explain)."""
    if isinstance(exc, RegisterError):
        return exc
    if isinstance(exc, (sqlite3.DatabaseError, DBAPIError)):
        return RegisterError(f"无法打开数据库 {path}：{_reason(exc)}")
    if isinstance(exc, UnicodeDecodeError):  # pages so scribbled that SQLite hands back garbage
        return RegisterError(f"无法打开数据库 {path}：文件已损坏")
    if type(exc).__name__ in ("DatabaseError", "OperationalError"):  # sqlcipher3's own
        return RegisterError(f"无法打开数据库 {path}：{exc}")
    return None


def _is_new_file(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def _owner_only(path: Path) -> None:
    """Tighten a register (and its WAL) made readable by others (by an older version, a copy)."""
    if os.name != "posix":
        return
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            if file.stat().st_mode & 0o077 and file.stat().st_uid == os.getuid():
                file.chmod(0o600)


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error.

    A full disk is reported as a RegisterError for the user (the transaction is rolled back).
    """
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except OperationalError as exc:
        if is_disk_full(exc):
            raise RegisterError("磁盘空间不足，操作未完成，数据未改变。请清理磁盘后重试。") from exc
        raise


def is_disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code == 13 or "database or disk is full" in str(orig)


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("person")


def quick_check(engine: Engine) -> str | None:
    """``PRAGMA quick_check``: None when the register is sound, else what SQLite found."""
    try:
        with engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        return _reason(exc)
    return None if rows == ["ok"] else "; ".join(rows[:5])
