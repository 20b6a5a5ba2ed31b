"""Commands racing a file replacement (password set/remove, restore): real processes.

Every write a command reports as done must be in the register afterwards (or, for a restore,
in the register or in the safety copy made just before it); a command that could not write
says why and exits 1. Before the writers' gate (db/lock.py), most such writes were lost.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gridapp.db import crypto
from tests.e2e.test_cli_register import gridapp

PASSWORD = "race-password-1"
WRITERS = 12


@pytest.fixture(scope="module")
def base_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Big enough that encrypting it takes about a second, the window the writers aim at."""
    db = tmp_path_factory.mktemp("race") / "base.db"
    done = gridapp("--db", str(db), "demo", "--households", "6000")
    assert done.returncode == 0, done.stderr
    return db


def _copy(base: Path, tmp_path: Path) -> Path:
    db = tmp_path / "r.db"
    shutil.copy(base, db)
    return db


def _households(db: Path, count: int) -> list[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT number FROM household WHERE status = 'active' AND number != '' "
            "ORDER BY id LIMIT ?",
            (count,),
        ).fetchall()
    return [str(r[0]) for r in rows]


def _start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("GRIDAPP_")}
    return subprocess.Popen(
        [sys.executable, "-m", "gridapp.cli.main", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**base, **(env or {})},
    )


def _visits_during(
    db: Path, base: Path, replacement: subprocess.Popen[str], env: dict[str, str]
) -> list[tuple[int, str, str]]:
    """Start a visit every 0.15 s while the replacement runs; (exit code, out, err) of each.
    Households and worker are read from ``base`` (``db`` may be encrypted by now)."""
    with sqlite3.connect(base) as conn:
        worker = str(conn.execute("SELECT name FROM worker ORDER BY id").fetchone()[0])
    writers = []
    for number in _households(base, WRITERS):
        time.sleep(0.15)
        writers.append(
            _start(
                *("--db", str(db), "visits", "add", "--household", number, "--by", worker),
                *("--date", "2026-11-20", "--json"),
                env=env,
            )
        )
    results = []
    for proc in writers:
        out, err = proc.communicate(timeout=300)
        results.append((proc.returncode, out, err))
    replacement.communicate(timeout=300)
    assert replacement.returncode == 0
    return results


def _visit_ids(db: Path, password: str | None) -> set[tuple[int, str]]:
    """(visit id, household number) of every visit: a write lost in a swapped-out file shows
    as a reported id that is missing or belongs to another household's visit."""
    conn = crypto.open_raw(db, password, read_only=True)
    try:
        rows = conn.execute(
            "SELECT v.id, h.number FROM visit v JOIN household h ON h.id = v.household_id"
        )
        return {(int(r[0]), str(r[1])) for r in rows}
    finally:
        conn.close()


def _reported(results: list[tuple[int, str, str]]) -> set[tuple[int, str]]:
    done = set()
    for code, out, err in results:
        assert "Traceback" not in err
        if code == 0:
            answer = json.loads(out)
            done.add((int(answer["id"]), str(answer["household"])))
        else:
            assert code == 1 and err.strip(), err  # a message saying why, never silence
    assert len(done) == sum(1 for code, _, _ in results if code == 0)  # no id given twice
    return done


def test_no_visit_is_lost_to_password_set(base_register: Path, tmp_path: Path) -> None:
    db = _copy(base_register, tmp_path)
    before = _visit_ids(db, None)
    setting = _start("--db", str(db), "password", "set", env={"GRIDAPP_NEW_PASSWORD": PASSWORD})
    results = _visits_during(db, base_register, setting, {"GRIDAPP_PASSWORD": PASSWORD})
    reported = _reported(results)
    assert crypto.is_encrypted(db)
    assert reported, "every writer failed: the race was not exercised"
    assert reported <= _visit_ids(db, PASSWORD) - before
    assert len(reported) == WRITERS  # they waited for the password change, then wrote
    # Twelve writers signing the chain's head in turn: it ends where the last one signed it.
    verify = _start(
        "--db", str(db), "audit", "verify", "--json", env={"GRIDAPP_PASSWORD": PASSWORD}
    )
    out, err = verify.communicate(timeout=120)
    assert verify.returncode == 0, err
    assert json.loads(out)["anchor"] == "ok"


def test_no_visit_is_lost_to_password_remove(base_register: Path, tmp_path: Path) -> None:
    db = _copy(base_register, tmp_path)
    done = gridapp("--db", str(db), "password", "set", env={"GRIDAPP_NEW_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    removing = _start("--db", str(db), "password", "remove", env={"GRIDAPP_PASSWORD": PASSWORD})
    results = _visits_during(db, base_register, removing, {"GRIDAPP_PASSWORD": PASSWORD})
    reported = _reported(results)
    assert crypto.is_plain_sqlite(db)
    assert reported and reported <= _visit_ids(db, None)


def test_no_visit_is_lost_to_a_restore(base_register: Path, tmp_path: Path) -> None:
    db = _copy(base_register, tmp_path)
    saved = tmp_path / "saved.db"
    done = gridapp("--db", str(db), "backup", str(saved))
    assert done.returncode == 0, done.stderr
    data = tmp_path / "data"
    env = {"GRIDAPP_DATA_DIR": str(data)}
    restoring = _start("--db", str(db), "restore", str(saved), env=env)
    results = _visits_during(db, base_register, restoring, env)
    reported = _reported(results)
    (safety,) = data.rglob("r-before-restore-*.db")
    kept = _visit_ids(db, None) | _visit_ids(safety, None)
    assert reported and reported <= kept


def test_an_import_during_password_set_is_kept_or_refused(
    base_register: Path, tmp_path: Path
) -> None:
    from tests.helpers import ledgers

    db = _copy(base_register, tmp_path)
    ledger = ledgers.write_xlsx(
        tmp_path / "new.xlsx", {"居民": ledgers.plain_rows(ledgers.homes(20, seed=5))}
    )
    setting = _start("--db", str(db), "password", "set", env={"GRIDAPP_NEW_PASSWORD": PASSWORD})
    time.sleep(0.3)
    importing = _start("--db", str(db), "import", str(ledger), "--grid", "新网格", "--json",
                       env={"GRIDAPP_PASSWORD": PASSWORD})  # fmt: skip
    _out, err = importing.communicate(timeout=300)
    setting.communicate(timeout=300)
    assert setting.returncode == 0 and "Traceback" not in err
    listed = gridapp("--db", str(db), "imports", "list", "--json",
                     env={"GRIDAPP_PASSWORD": PASSWORD})  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    if importing.returncode == 0:
        assert ledger.name in listed.stdout
    else:
        assert importing.returncode == 1 and err.strip()
        assert ledger.name not in listed.stdout
