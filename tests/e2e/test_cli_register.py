"""The command line as scripts use it: real processes on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def gridapp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=300,
    )


def test_demo_stats_search(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    done = gridapp("--db", db, "demo", "--households", "300")
    assert done.returncode == 0, done.stderr
    stats = json.loads(gridapp("--db", db, "stats", "--json").stdout)
    for key in ("households", "persons", "persons_moved_out", "persons_deceased", "grids", "buildings",
                "party_members", "visits", "issues_open"):  # fmt: skip
        assert isinstance(stats[key], int), key
    assert stats["households"] > 250 and stats["grids"] == 9

    listing = json.loads(gridapp("--db", db, "search", "", "--json", "--limit", "5").stdout)
    assert len(listing) == 5
    someone = listing[2]
    for key in ("name", "id_number", "household", "address", "grid"):
        assert key in someone
    from gridapp.domain.pinyin import full_and_initials

    initials = full_and_initials(someone["name"])[1]
    by_initials = json.loads(
        gridapp("--db", db, "search", initials, "--json", "--limit", "500").stdout
    )
    assert someone["id_number"] in {h["id_number"] for h in by_initials}
    by_id = json.loads(gridapp("--db", db, "search", someone["id_number"][6:14], "--json").stdout)
    assert someone["id_number"] in {h["id_number"] for h in by_id}


def test_env_db_and_human_output(tmp_path: Path) -> None:
    db = str(tmp_path / "y.db")
    assert gridapp("demo", "--households", "20", env={"GRIDAPP_DB": db}).returncode == 0
    done = gridapp("stats", env={"GRIDAPP_DB": db})
    assert done.returncode == 0 and "在册户数" in done.stdout
    done = gridapp("search", "zzzzzz", env={"GRIDAPP_DB": db})
    assert done.returncode == 0 and "没有找到" in done.stdout


def test_errors_are_messages_not_tracebacks(tmp_path: Path) -> None:
    bogus = tmp_path / "ledger.db"
    bogus.write_text("not a database", encoding="utf-8")
    done = gridapp("--db", str(bogus), "stats")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "不是网格台账数据库" in done.stderr
    assert bogus.read_text(encoding="utf-8") == "not a database"

    db = str(tmp_path / "z.db")
    gridapp("--db", db, "demo", "--households", "5")
    again = gridapp("--db", db, "demo", "--households", "5")
    assert again.returncode == 1 and "Traceback" not in again.stderr

    usage = gridapp("--db", db, "stats", "--no-such-option")
    assert usage.returncode == 2


def test_help_on_every_command() -> None:
    from gridapp.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"gui", "demo", "stats", "search"} <= set(commands)
    for name in commands:
        done = gridapp(name, "--help")
        assert done.returncode == 0 and "usage" in done.stdout
