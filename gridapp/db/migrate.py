"""Alembic, run programmatically against a register (no alembic.ini needed).

Every open checks the register's revision; a register already at head (nearly always) is told
apart with one SELECT and a look at the revision files, without importing Alembic (~0.15 s of
every command's start-up).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from gridapp.db import anchor
from gridapp.db.errors import RegisterError
from gridapp.db.opened import copy_aside, engine_password

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head


def quick_head() -> str | None:
    """The head revision read from the revision files (None: let Alembic decide)."""
    from gridapp.db.regdb import scan_head

    return scan_head(MIGRATIONS / "versions")


def stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version`` (None for a new register), read with plain SQL."""
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except OperationalError:  # no such table: a new register
            return None
    return str(rows[0][0]) if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, path: Path | None = None) -> None:
    """Upgrade to head; an existing register holding data is copied aside first."""
    quick = quick_head()
    if quick is not None and stored_revision(engine) == quick:
        return
    from alembic import command

    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and path is not None and path.exists():
        stamp = f"before-upgrade-{dt.datetime.now():%Y%m%d%H%M%S}"
        copy_aside(path, stamp, engine_password(engine))
    cfg = config()
    with engine.connect() as conn:
        # SQLite's recipe for table rebuilds (batch migrations): foreign keys off outside the
        # transaction, checked before commit; otherwise dropping a referenced table fails.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        signed: anchor.Head | None = None
        try:
            with conn.begin():
                before = anchor.raw_head(raw)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RegisterError(
                        f"数据库升级后数据关联不一致（{broken[0][0]} 表），升级已撤销，数据未改变"
                    )
                # A data migration that logged its changes (0002 numbers households) moves
                # the chain's head: signed like any other write.
                after = anchor.raw_head(raw)
                if path is not None and after is not None and after != before:
                    anchor.propose(path, before, after)
                    signed = after
        except BaseException:
            if signed is not None and path is not None:
                anchor.withdraw(path, signed)
            raise
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
        if signed is not None and path is not None:
            anchor.confirm(path, signed)
    from gridapp.db.seed import seed_defaults

    seed_defaults(engine)
