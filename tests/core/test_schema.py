import contextlib
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from gridapp.db import migrate
from gridapp.db.engine import RegisterError, open_register
from gridapp.db.models import Base


def test_upgrade_of_empty_file_creates_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    engine = open_register(path)
    assert migrate.current_revision(engine) == migrate.head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"person", "household", "area", "visit", "issue", "change_log", "group_kind"} <= tables
    engine.dispose()


def test_migrations_match_models(tmp_path: Path) -> None:
    """A model change without a migration fails here."""
    engine = open_register(tmp_path / "r.db")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_register_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = open_register(tmp_path / "r.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_not_a_register_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "ledger.db"
    bogus.write_bytes(b"%PDF-1.4 not a database")
    try:
        open_register(bogus)
    except RegisterError as exc:
        assert "不是网格台账数据库" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a PDF was opened as a register")
    assert bogus.read_bytes() == b"%PDF-1.4 not a database"


def test_old_register_is_copied_aside_before_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    engine = open_register(path)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'base-old'")
    # An unknown older revision cannot be upgraded, but a copy must exist before trying.
    plain = create_engine(f"sqlite:///{path}")
    assert migrate.current_revision(plain) == "base-old"
    plain.dispose()
    with contextlib.suppress(Exception):
        open_register(path)
    assert list(tmp_path.glob("r.before-upgrade-*.db"))
