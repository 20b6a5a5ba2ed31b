"""kill -9 at several moments of a 50,000-person import: the register is as before or as after.

Also times an encrypted register against a plain one (the same import) and the backup of the
result against a plain file copy (the floor). ``python benchmarks/bench_crash_import.py [PERSONS]``
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.gen_ledger import write_ledger  # noqa: E402
from gridapp.db.engine import open_register, quick_check, session_scope  # noqa: E402

PASSWORD = "bench-password-1"


def state(db: Path, password: str | None) -> tuple[int, int]:
    from sqlalchemy import func, select

    from gridapp.db.models import ChangeLog, Person

    engine = open_register(db, password=password)
    try:
        problem = quick_check(engine)
        assert problem is None, problem
        with session_scope(engine) as session:
            return (
                int(session.scalar(select(func.count()).select_from(Person)) or 0),
                int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0),
            )
    finally:
        engine.dispose()


def env(data: Path, password: str | None) -> dict[str, str]:
    out = {**os.environ, "GRIDAPP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    out.pop("GRIDAPP_PASSWORD", None)
    if password:
        out["GRIDAPP_PASSWORD"] = password
    return out


TARGET = ("--grid", "基准网格", "--new-grid")  # an empty register: the grid is created


def run_import(db: Path, ledger: Path, data: Path, password: str | None) -> float:
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "import",
                           str(ledger), *TARGET], env=env(data, password), capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return time.perf_counter() - t0


def main() -> int:
    persons = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    work = Path(tempfile.mkdtemp(prefix="gridapp-crash-"))
    data = work / "data"
    ledger = work / "ledger.xlsx"
    print(f"ledger: {write_ledger(ledger, persons)} persons")
    failures = 0
    for password in (None, PASSWORD):
        label = "encrypted" if password else "plain"
        base = work / f"base-{label}.db"
        open_register(base, password=password).dispose()
        before = state(base, password)
        ref = work / f"after-{label}.db"
        shutil.copy(base, ref)
        elapsed = run_import(ref, ledger, data, password)
        after = state(ref, password)
        print(f"{label}: full import {elapsed:.1f} s -> {after[0]} persons, {after[1]} log entries")
        if password is None:
            plain_time = elapsed
        else:
            print(f"encrypted / plain import time: {elapsed / plain_time:.2f}")
        for fraction in (0.15, 0.35, 0.55, 0.75, 0.9, 0.97):
            db = work / f"kill-{label}.db"
            for extra in ("", "-wal", "-shm", ".lock"):
                Path(str(db) + extra).unlink(missing_ok=True)
            shutil.copy(base, db)
            proc = subprocess.Popen([sys.executable, "-m", "gridapp.cli.main", "--db", str(db),
                                     "import", str(ledger), *TARGET], env=env(data, password),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
            time.sleep(elapsed * fraction)
            finished = proc.poll() is not None
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            wal = Path(str(db) + "-wal")
            wal_size = wal.stat().st_size if wal.exists() else 0
            got = state(db, password)
            verdict = "before" if got == before else "after" if got == after else "BETWEEN"
            failures += verdict == "BETWEEN"
            print(f"  kill -9 at {fraction:4.0%} ({'finished' if finished else 'running'}, "
                  f"WAL {wal_size / 1e6:5.1f} MB): {verdict}")  # fmt: skip
        # backup of the result vs the floor: a plain file copy
        from gridapp.services.backup import backup_now

        engine = open_register(ref, password=password)
        t0 = time.perf_counter()
        backup_now(engine, work / f"backup-{label}.db")
        ours = time.perf_counter() - t0
        engine.dispose()
        t0 = time.perf_counter()
        shutil.copyfile(ref, work / f"copy-{label}.db")
        floor = time.perf_counter() - t0
        print(f"{label}: backup {ours:.2f} s, file copy {floor:.3f} s, ratio {ours / floor:.1f}")
    shutil.rmtree(work, ignore_errors=True)
    print("RESULT:", "FAILED (a register was left between before and after)" if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
