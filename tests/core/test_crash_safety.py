"""Crash safety: ``kill -9`` at several moments of a large write leaves the register as before
or as after, never between; a full disk rolls back; damage is found and a good backup offered."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from gridapp.db.engine import RegisterError, open_register, quick_check, session_scope
from gridapp.db.models import ChangeLog, Household, Person
from gridapp.services import backup
from gridapp.services.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]


def _env(data: Path, password: str | None = None) -> dict[str, str]:
    env = {**os.environ, "GRIDAPP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    env.pop("GRIDAPP_PASSWORD", None)
    if password:
        env["GRIDAPP_PASSWORD"] = password
    return env


def _state(db: Path, password: str | None = None) -> tuple[int, int, int]:
    engine = open_register(db, password=password)
    try:
        assert quick_check(engine) is None
        with session_scope(engine) as session:
            return (
                int(session.scalar(select(func.count()).select_from(Person)) or 0),
                int(session.scalar(select(func.count()).select_from(Household)) or 0),
                int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0),
            )
    finally:
        engine.dispose()


def _size(path: Path) -> int:
    """The file's size, 0 when it is not there (SQLite removes the -wal when the command
    closes the register, between any exists() and stat())."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _run_and_kill(
    args: Sequence[str], env: dict[str, str], wal: Path, moment: tuple[str, float]
) -> bool:
    """Start the command, kill -9 it at the moment; True if it finished before the kill."""
    proc = subprocess.Popen([sys.executable, "-m", "gridapp.cli.main", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    kind, value = moment
    start = time.monotonic()
    try:
        while proc.poll() is None:
            if kind == "wal" and _size(wal) >= value:
                break
            if kind == "time" and time.monotonic() - start >= value:
                break
            if time.monotonic() - start > 120:
                break
            time.sleep(0.002)
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
    return finished


def _moments(
    first: list[tuple[str, float]], spare: list[tuple[str, float]], outcomes: list[str]
) -> Iterator[tuple[str, float]]:
    """``first``, then ``spare`` ones while no kill has yet landed before the commit."""
    yield from first
    for moment in spare:
        if "before" in outcomes:
            return
        yield moment


def _kill_at_moments(
    tmp_path: Path, base: Path, args: Sequence[str], password: str | None = None
) -> tuple[list[str], tuple[int, int, int]]:
    data = tmp_path / "data"
    before = _state(base, password)
    reference = tmp_path / "after.db"
    shutil.copy(base, reference)
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "gridapp.cli.main", "--db", str(reference), *args],
                          env=_env(data, password), capture_output=True, text=True, check=False)  # fmt: skip
    elapsed = time.monotonic() - t0
    assert done.returncode == 0, done.stderr
    after = _state(reference, password)
    assert after != before
    outcomes = []
    # mid-way and late (the benchmark kills a 50,000-person import at six moments)
    moments = [("time", elapsed * 0.4), ("wal", 32_768)]
    # On a loaded machine a run may go faster than the measured one and finish before the
    # kill: earlier moments then, until one lands in the middle of the write.
    later = [("time", elapsed * f) for f in (0.25, 0.15, 0.08)]
    for n, moment in enumerate(_moments(moments, later, outcomes)):
        db = tmp_path / f"kill{n}.db"
        shutil.copy(base, db)
        finished = _run_and_kill(["--db", str(db), *args], _env(data, password),
                                 Path(str(db) + "-wal"), moment)  # fmt: skip
        state = _state(db, password)
        assert state in (before, after), f"half-written register after kill at {moment}: {state}"
        outcomes.append("finished" if finished else ("after" if state == after else "before"))
    return outcomes, after


@pytest.mark.slow
def test_kill_during_demo_build_leaves_before_or_after(tmp_path: Path) -> None:
    base = tmp_path / "base.db"
    open_register(base).dispose()
    outcomes, _ = _kill_at_moments(tmp_path, base, ["demo", "--households", "150", "--seed", "3"])
    assert "before" in outcomes  # the kill did land in the middle of the write


@pytest.mark.slow
def test_kill_during_import_leaves_before_or_after_encrypted(tmp_path: Path) -> None:
    from tests.helpers.ledgers import homes, plain_rows, write_xlsx

    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"居民台账": plain_rows(homes(200, seed=11))})
    base = tmp_path / "base.db"
    password = "crash-test-pw"
    engine = open_register(base, password=password)
    with session_scope(engine) as session:  # a register already holding people
        build_demo(session, households=20, seed=1)
    engine.dispose()
    outcomes, after = _kill_at_moments(
        tmp_path, base, ["import", str(ledger), "--grid", "东方花园第一网格"], password
    )
    assert "before" in outcomes
    assert after[0] > 500


def test_kill_during_restore_leaves_before_or_after(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    engine = open_register(db)
    with session_scope(engine) as session:
        build_demo(session, households=60, seed=2)
    saved = backup.backup_now(engine, tmp_path / "saved.db")
    with session_scope(engine) as session:
        session.execute(text("UPDATE person SET name = '之后'"))
    engine.dispose()
    before = _names(db)
    data = tmp_path / "data"
    results = set()
    for delay in (0.05, 0.3, 0.6, 0.9):
        proc = subprocess.Popen([sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "restore",
                                 str(saved)], env=_env(data), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        names = _names(db)
        assert names == before or "之后" not in names, "register between before and after"
        results.add(names == before)
        if names != before:  # put the 'before' back for the next round
            eng = open_register(db)
            with session_scope(eng) as session:
                session.execute(text("UPDATE person SET name = '之后'"))
            eng.dispose()
    # the killed restores' lock files were stale and taken over by the next one
    assert not Path(str(db) + ".lock").exists() or results


def _names(db: Path) -> set[str]:
    engine = open_register(db)
    try:
        assert quick_check(engine) is None
        with session_scope(engine) as session:
            return set(session.scalars(select(Person.name)))
    finally:
        engine.dispose()


def test_full_disk_during_a_write_rolls_back_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    open_register(db).dispose()
    before = _state(db)
    engine = open_register(db)
    pages = os.path.getsize(db) // 4096 + 40  # room for a little, not for a demo sub-district

    with pytest.raises(RegisterError, match="磁盘空间不足"), session_scope(engine) as session:
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        build_demo(session, households=300, seed=5)
    engine.dispose()
    assert _state(db) == before


def _can_mount_tmpfs(where: Path) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0


def test_full_tmpfs_during_cli_import_is_a_message_and_no_change(tmp_path: Path) -> None:
    from tests.helpers.ledgers import homes, plain_rows, write_xlsx

    disk = tmp_path / "disk"
    if not _can_mount_tmpfs(disk):
        pytest.skip("needs root to mount a 1 MB tmpfs")
    try:
        db = disk / "r.db"
        open_register(db).dispose()
        before = _state(db)
        ledger = write_xlsx(tmp_path / "ledger.xlsx", {"居民台账": plain_rows(homes(400, seed=2))})
        done = subprocess.run([sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "import",
                               str(ledger), "--grid", "一网格", "--new-grid"],
                              env=_env(tmp_path / "data"), capture_output=True,
                              text=True, check=False)  # fmt: skip
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        assert "磁盘空间不足" in done.stderr or "无法读写" in done.stderr, done.stderr
        assert _state(db) == before
    finally:
        # Lazy: detached now even while a handle is still open in it (a sqlite connection
        # not yet collected), so that no later clean-up of the temp folders meets a mount.
        subprocess.run(["umount", "--lazy", str(disk)], capture_output=True, check=False)


@pytest.mark.parametrize("seed", [7, 11, 13])
def test_damage_is_found_and_the_latest_good_backup_offered(tmp_path: Path, seed: int) -> None:
    db = tmp_path / "r.db"
    engine = open_register(db)
    with session_scope(engine) as session:
        build_demo(session, households=40, seed=1)
    assert quick_check(engine) is None
    made = backup.auto_backup(engine)
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    raw = bytearray(db.read_bytes())
    noise = random.Random(seed)  # the same scribbles every run (one once raised UnicodeDecodeError)
    for offset in range(20 * 4096, len(raw) - 4096, 7 * 4096):  # scribble over some pages
        raw[offset + 100 : offset + 400] = noise.randbytes(300)
    db.write_bytes(bytes(raw))
    try:
        engine = open_register(db, upgrade=False)
    except RegisterError:
        problem: str | None = "cannot open"
    else:
        problem = quick_check(engine)
        engine.dispose()
    assert problem is not None
    offer = backup.latest_good_backup(backup.default_backup_dir(db), "r", None)
    assert offer is not None and offer.path == made and offer.persons > 0
