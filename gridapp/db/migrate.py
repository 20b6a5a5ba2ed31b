"""Alembic, run programmatically against a register (no alembic.ini needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, path: Path | None = None) -> None:
    """Upgrade to head; an existing register holding data is copied aside first."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and path is not None and path.exists():
        from gridapp.db.engine import copy_aside

        copy_aside(path, f"before-upgrade-{dt.datetime.now():%Y%m%d%H%M%S}")
    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    from gridapp.db.seed import seed_defaults

    seed_defaults(engine)
