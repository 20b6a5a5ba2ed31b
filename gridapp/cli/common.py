"""Helpers every command uses: opening the register, printing, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridapp import paths

if TYPE_CHECKING:  # imported when used: `gridapp gui` starts without SQLAlchemy
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


class UsageError(Exception):
    """Wrong arguments: exit 2."""


def register_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    env = os.environ.get("GRIDAPP_DB")
    return Path(env) if env else paths.default_register()


def read_password_file(path: str | Path) -> str:
    """The first line of a password file (the line break is not part of the password)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"无法读取密码文件：{path}") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UsageError(f"密码文件是空的：{path}")
    return lines[0]


def password_for(args: argparse.Namespace) -> str | None:
    """The register password: ``--password-file``, else env ``GRIDAPP_PASSWORD``, else None."""
    if getattr(args, "password_file", None):
        return read_password_file(args.password_file)
    return os.environ.get("GRIDAPP_PASSWORD") or None


def engine_for(args: argparse.Namespace) -> Engine:
    """The register, opened for this command. The command holds the register's gate until it
    ends, so a password change or a restore cannot swap the file under it (db/lock.py)."""
    from gridapp.db.engine import open_register
    from gridapp.db.lock import hold_for_writing

    path = register_path(args)
    hold_for_writing(path, on_wait=lambda: _say("数据库正在加密、更改密码或恢复，等它完成后继续……"))
    _HELD.append(path)
    return open_register(path, password=password_for(args))


_HELD: list[Path] = []


def release_command_locks() -> None:
    """Give back the gate holds of this command (``main`` does, for callers in one process)."""
    from gridapp.db.lock import release_writing

    while _HELD:
        release_writing(_HELD.pop())


def replacing_alone(path: Path) -> AbstractContextManager[None]:
    """The register to this command alone (password, restore): refused while a window has it,
    waits for running commands and says so, makes new ones wait (db/lock.py)."""
    from gridapp.db.lock import replacing

    return replacing(path, on_wait=lambda: _say("数据库正被另一个命令使用，等它完成……"))


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


@contextmanager
def register_engine(args: argparse.Namespace) -> Iterator[Engine]:
    """The command's register (``engine_for``), disposed of when the block ends."""
    engine = engine_for(args)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def unit_of_work(args: argparse.Namespace) -> Iterator[Session]:
    """One transaction on the command's register: committed if the block ends normally."""
    from gridapp.db.engine import session_scope

    with register_engine(args) as engine, session_scope(engine) as session:
        yield session


def grid_id(session: Session, name: str | None) -> int | None:
    """The id of the grid a ``--grid NAME`` option names (refused if none has it); None: all."""
    from gridapp.services.places import grid_by_name

    return grid_by_name(session, name).id if name else None


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def parse_date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def parse_month_arg(text: str) -> str:
    from gridapp.domain.dates import DateError, parse_month

    try:
        year, month = parse_month(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return f"{year:04d}-{month:02d}"


def year_month(text: str | None) -> tuple[int, int]:
    """A ``--month`` value (``YYYY-MM``, from ``parse_month_arg``) as numbers; none: this month."""
    if not text:
        today = dt.date.today()
        return today.year, today.month
    year, month = text.split("-")
    return int(year), int(month)


def progress(done: int, total: int, message: str) -> None:
    """The one progress line of every long command: ``message  42%`` rewritten in place on a
    terminal (nothing when the output goes to a file or a script), ended at 100%."""
    if not (sys.stderr.isatty() and total):
        return
    percent = min(done * 100 // total, 100)
    sys.stderr.write(f"\r{message} {percent:3d}%")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def end_progress() -> None:
    """Close the progress line on a terminal, so the summary that follows has its own line."""
    if sys.stderr.isatty():
        sys.stderr.write("\n")
