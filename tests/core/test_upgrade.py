"""Safe upgrades: a register made with today's schema, holding data, upgrades with nothing lost.

A throwaway revision (made in the test's own script folder) rebuilds the ``person`` table the way
SQLite migrations do (batch mode: copy, drop, rename) and adds a table; every row of every table
must survive, the change history must stay intact and a copy must be made before upgrading.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect

from gridapp.db import crypto, migrate
from gridapp.db.engine import open_register, session_scope
from gridapp.services.audit import verify_history
from gridapp.services.demo import build_demo

REVISION = '''"""throwaway test revision"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))
    op.create_table("test_extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("test_note")
'''


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    tables = [t for t in inspect(engine).get_table_names() if t != "alembic_version"]
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in tables:
            found = inspect(conn).get_columns(table)
            columns = [c["name"] for c in found if c["name"] != "test_note"]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = conn.exec_driver_sql(f'SELECT {names} FROM "{table}"')
            out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


@pytest.mark.parametrize("password", [None, "upgrade-pw-1"])
def test_current_schema_register_upgrades_with_nothing_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, password: str | None
) -> None:
    first = migrate.head_revision()
    path = tmp_path / "old.db"
    engine = open_register(path, password=password)
    assert migrate.current_revision(engine) == first
    with session_scope(engine) as session:
        build_demo(session, households=25, seed=9)
    before = _snapshot(engine)
    engine.dispose()
    assert sum(len(rows) for rows in before.values()) > 1000

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test_upgrade.py").write_text(
        REVISION.format(head=migrate.head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    assert migrate.head_revision() == "9001"

    engine = open_register(path, password=password)
    assert migrate.current_revision(engine) == "9001"
    assert "test_note" in {c["name"] for c in inspect(engine).get_columns("person")}
    assert _snapshot(engine) == {**before, "test_extra": []}
    with session_scope(engine) as session:
        assert verify_history(session).intact
    engine.dispose()

    copies = list(tmp_path.glob("old.before-upgrade-*.db"))
    assert len(copies) == 1
    assert crypto.is_encrypted(copies[0]) == (password is not None)
    monkeypatch.undo()
    old = open_register(copies[0], password=password, upgrade=False)
    assert migrate.current_revision(old) == first
    assert _snapshot(old) == before
    old.dispose()


def test_quick_head_check_agrees_with_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert migrate.quick_head() == migrate.head_revision()
    engine = open_register(tmp_path / "r.db")
    assert migrate.stored_revision(engine) == migrate.current_revision(engine)
    engine.dispose()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test_upgrade.py").write_text(
        REVISION.format(head=migrate.head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    assert migrate.quick_head() == migrate.head_revision() == "9001"
