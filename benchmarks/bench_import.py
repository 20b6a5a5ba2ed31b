"""Ledger import speed: the whole ``gridapp import`` process against the floor.

Floor = reading the same file with python-calamine and inserting its raw rows with sqlite3
``executemany`` in one transaction. Bar (issue 3): import ≤ 3x floor; peak memory goal < 400 MB.
The register is created (schema migrated) before timing, as it is in real use.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_ledger import write_ledger  # noqa: E402

PERSONS = int(os.environ.get("BENCH_PERSONS", "50000"))


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def floor(path: Path, db: Path) -> tuple[float, float]:
    from python_calamine import CalamineWorkbook

    start, start_cpu = time.perf_counter(), cpu()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    width = max(len(r) for r in rows)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute(f"CREATE TABLE raw ({', '.join(f'c{i} TEXT' for i in range(width))})")
    con.execute("BEGIN")
    con.executemany(
        f"INSERT INTO raw VALUES ({', '.join('?' * width)})",
        ([str(v) for v in r] + [""] * (width - len(r)) for r in rows),
    )
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - start, cpu() - start_cpu


def run_import(path: Path, db: Path) -> tuple[float, float, float]:
    env = {**os.environ, "GRIDAPP_DATA_DIR": str(db.parent / "data")}
    cmd = [sys.executable, "-m", "gridapp.cli.main", "--db", str(db)]
    subprocess.run([*cmd, "stats"], check=True, env=env, capture_output=True)
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, "import", str(path), "--grid", "基准网格", "--new-grid"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"import failed:\n{out}\n{err}")
    print(out.strip())
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ledger = folder / "ledger.xlsx"
        t0 = time.perf_counter()
        count = write_ledger(ledger, PERSONS)
        print(f"generated {count} persons in {time.perf_counter() - t0:.1f} s "
              f"({ledger.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
        base, base_cpu = floor(ledger, folder / "floor.db")
        ours, ours_cpu, peak = run_import(ledger, folder / "register.db")
        ratio = ours / base
        print(f"floor (calamine read + sqlite3 executemany): {base:.2f} s  (cpu {base_cpu:.2f} s)")
        print(f"gridapp import (whole process):            {ours:.2f} s  (cpu {ours_cpu:.2f} s)")
        print(f"ratio: {ratio:.2f}x wall, {ours_cpu / base_cpu:.2f}x cpu (bar 3x)   "
              f"peak memory: {peak:.0f} MB (goal < 400 MB)")  # fmt: skip
        return 0 if ratio <= 3 and peak < 400 else 1


if __name__ == "__main__":
    sys.exit(main())
