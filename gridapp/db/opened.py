"""What each engine was opened on (file, password, read only), and the copy of a register set
aside before a schema upgrade. Below both ``engine`` and ``migrate``, so neither needs the other
to find a register's password."""

from __future__ import annotations

import shutil
import weakref
from pathlib import Path

from sqlalchemy import Engine

from gridapp.db import crypto

# Per engine: (path, password or None, read only). Never logged; needed for backups.
_OPENED: weakref.WeakKeyDictionary[Engine, tuple[Path | None, str | None, bool]] = (
    weakref.WeakKeyDictionary()
)
_UNKNOWN: tuple[Path | None, str | None, bool] = (None, None, False)


def remember(engine: Engine, path: Path | None, password: str | None, read_only: bool) -> None:
    _OPENED[engine] = (path, password, read_only)


def engine_path(engine: Engine) -> Path | None:
    return _OPENED.get(engine, _UNKNOWN)[0]


def engine_password(engine: Engine) -> str | None:
    """The password an encrypted register was opened with (None for a plain one)."""
    return _OPENED.get(engine, _UNKNOWN)[1]


def is_read_only(engine: Engine) -> bool:
    return _OPENED.get(engine, _UNKNOWN)[2]


def copy_aside(path: Path, suffix: str, password: str | None = None) -> Path:
    """Copy the register file next to itself (before a schema upgrade), encrypted like it."""
    target = path.with_name(f"{path.stem}.{suffix}{path.suffix}")
    encrypted = password is not None and not crypto.is_plain_sqlite(path)
    src = crypto.open_raw(path, password if encrypted else None)
    try:
        crypto.backup_to(src, target, password if encrypted else None)
    finally:
        src.close()
    shutil.copystat(path, target)
    return target
