"""Opening a register file: the engine, connection pragmas, explicit transactions.

SQLite's Python driver delays ``BEGIN`` and commits DDL implicitly; we switch that off and
issue ``BEGIN`` ourselves so that every unit of work (an import, an edit) is one real
transaction that a crash or ``kill -9`` leaves as before or as after, never between.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, StaticPool


class RegisterError(Exception):
    """A register that cannot be opened; the message is for the user."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path | str | None) -> Engine:
    """An engine on a register file, or on a private in-memory database when ``path`` is None."""
    if path is None:
        engine = create_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    else:
        engine = create_engine(
            f"sqlite:///{Path(path)}",
            poolclass=NullPool,
            connect_args={"check_same_thread": False, "timeout": 5},
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def check_readable(path: Path) -> None:
    """Refuse, with a message, a file that exists but is not a register."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise RegisterError(f"文件不是网格台账数据库（或已加密/已损坏）：{path}")


def open_register(path: Path | str | None, *, upgrade: bool = True) -> Engine:
    """Open (creating if needed) a register and bring its schema to the newest revision."""
    from gridapp.db import migrate

    if path is not None:
        path = Path(path)
        check_readable(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        if upgrade:
            migrate.upgrade(engine, path)
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise RegisterError(f"无法打开数据库 {path}：{exc}") from exc
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("person")


def copy_aside(path: Path, suffix: str) -> Path:
    """Copy the register file next to itself (before a schema upgrade)."""
    target = path.with_name(f"{path.stem}.{suffix}{path.suffix}")
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    shutil.copystat(path, target)
    return target
