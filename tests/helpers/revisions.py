"""Turning a register back into an older revision, to test the upgrade of an older register."""

from __future__ import annotations

from typing import Any

from alembic import command

from gridapp.db import migrate


def downgrade(engine: Any, revision: str) -> None:
    """Alembic's own downgrade to ``revision`` (SQLite's batch copies need the foreign keys off)."""
    cfg = migrate.config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
