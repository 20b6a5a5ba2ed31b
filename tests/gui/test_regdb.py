"""The window's plain-SQL first screen (db/regdb.py): opening without Alembic when at head, the
prefetch taken once and only while the register is unchanged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path


def test_head_revision_is_alembics() -> None:
    from gridapp.db import regdb
    from gridapp.db.migrate import head_revision

    assert regdb.head_revision() == head_revision()


def test_at_head(demo_db: Path, tmp_path: Path) -> None:
    from gridapp.db import regdb

    assert regdb.at_head(demo_db)
    assert not regdb.at_head(tmp_path / "missing.db")
    old = tmp_path / "old.db"
    with sqlite3.connect(demo_db) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    with sqlite3.connect(old) as con:
        con.execute("UPDATE alembic_version SET version_num = 'older'")
    assert not regdb.at_head(old)
    (tmp_path / "junk.db").write_bytes(b"not a database at all")
    assert not regdb.at_head(tmp_path / "junk.db")


def test_prefetch_is_taken_once_and_only_while_unchanged(demo_db: Path) -> None:
    from gridapp.db import regdb

    raw = regdb.RawReader(demo_db)
    fresh = raw.rows(*regdb.STATUS_COUNTS)
    regdb.prefetch(demo_db)
    try:
        pending = regdb._prefetches[demo_db.resolve()]
        pending.thread.join(10)
        assert regdb.STATUS_COUNTS in pending.results
        assert raw.rows(*regdb.STATUS_COUNTS) == fresh
        assert regdb.STATUS_COUNTS not in pending.results  # taken once
        with sqlite3.connect(demo_db) as con:  # the register changes: the rest is dropped
            con.execute(
                "UPDATE household SET status = 'archived' WHERE id = (SELECT min(id) FROM household)"
            )
        ids = raw.rows(*regdb.HOUSEHOLD_IDS)
        assert len(ids) == fresh[0][0] - 1
        assert demo_db.resolve() not in regdb._prefetches
    finally:
        regdb.forget_prefetch()


def test_gui_starts_without_sqlalchemy(demo_db: Path, tmp_path: Path) -> None:
    """The window's first screen loads neither SQLAlchemy nor Alembic nor the other pages."""
    probe = (
        "import sys\n"
        "from gridapp.cli.main import main\n"
        "code = main(['--db', sys.argv[1], 'gui', '--screenshot', sys.argv[2]])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')\n"
        "          or m.startswith(('gridapp.services.visits', 'gridapp.db.models'))]\n"
        "print(code, sorted(loaded))\n"
    )
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRIDAPP_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", probe, str(demo_db), str(tmp_path / "shot.png")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 []"


def test_settle_waits_for_the_background_reads(demo_db: Path) -> None:
    from gridapp.db import regdb

    regdb.prefetch(demo_db)
    regdb.start_integrity_check(demo_db)
    regdb.settle()
    key = demo_db.resolve()
    assert not regdb._prefetches[key].thread.is_alive()
    assert not regdb._checks[key].thread.is_alive()
    assert regdb.integrity_problem(demo_db) is None  # the settled result, taken once
    regdb.forget_prefetch()
