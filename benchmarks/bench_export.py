"""The 50,000-person ledger export against a bare openpyxl write_only of the same cells.

Ours: ``export_ledger`` — a streaming query over the register (persons, households, places,
groups), masking, ages, print set-up, written with XlsxWriter in constant-memory mode.
Floor: the same number of rows and cells, already in memory (reading them is not timed), appended
to a bare openpyxl ``write_only`` sheet. Bar: ratio ≤ 1.5 (goal: below 1.0).

Also printed, to justify the writer: the same cells through a bare XlsxWriter constant-memory
sheet, and the peak memory of our export run alone in a child process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl
import xlsxwriter

from gridapp.db.engine import open_register, session_scope
from gridapp.export.ledger import LedgerFilter, export_ledger
from gridapp.services.demo import build_demo

EVERYONE = LedgerFilter(status="all")


def make_register(db: Path, persons: int) -> int:
    engine = open_register(db)
    try:
        with session_scope(engine) as session:
            result = build_demo(session, households=int(persons / 2.7) + 1, seed=11)
        return result.persons
    finally:
        engine.dispose()


def ours(db: Path, out: Path) -> tuple[int, int]:
    engine = open_register(db)
    try:
        with session_scope(engine) as session:
            result = export_ledger(session, out, EVERYONE)
        return result.persons, len(result.columns)
    finally:
        engine.dispose()


def cells_in_memory(out: Path) -> list[tuple[object, ...]]:
    """The exported rows as plain values (what a bare script would have in hand)."""
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = [tuple(r) for r in wb.active.iter_rows(min_row=2, values_only=True)]
    wb.close()
    return rows


def floor_openpyxl(rows: list[tuple[object, ...]], out: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("居民台账")
    for row in rows:
        ws.append(row)
    wb.save(out)


def floor_xlsxwriter(rows: list[tuple[object, ...]], out: Path) -> None:
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet("居民台账")
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.datetime):
                ws.write_datetime(r, c, value, date_format)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, str(value))
    wb.close()


def timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


def peak_memory_mb(db: Path, out: Path) -> float:
    """Peak resident memory (VmHWM: reset by exec, unlike ru_maxrss) of the export alone."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[3]);"
        "from pathlib import Path;"
        "from benchmarks.bench_export import ours;"
        "ours(Path(sys.argv[1]), Path(sys.argv[2]));"
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    root = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", code, str(db), str(out), root],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=50_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this register")
    parser.add_argument("--rounds", type=int, default=3, help="best of N, interleaved (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = args.db or tmp / "bench.db"
        if not db.exists():
            t, persons = timed(make_register, db, args.persons)
            print(f"register: {persons} persons built in {t:.1f}s")
        peak = peak_memory_mb(db, tmp / "peak.xlsx")
        out = tmp / "ours.xlsx"
        best_ours = best_floor = best_xw = float("inf")
        for _ in range(args.rounds):
            t, (persons, columns) = timed(ours, db, out)
            best_ours = min(best_ours, t)
            rows = cells_in_memory(out)
            best_floor = min(best_floor, timed(floor_openpyxl, rows, tmp / "floor.xlsx")[0])
            best_xw = min(best_xw, timed(floor_xlsxwriter, rows, tmp / "xw.xlsx")[0])
        cells = persons * columns
        print(f"persons {persons}, columns {columns}, cells {cells}")
        print(f"ours (export_ledger, XlsxWriter constant_memory)  {best_ours:7.2f}s")
        print(f"floor: bare openpyxl write_only, same cells        {best_floor:7.2f}s")
        print(f"bare XlsxWriter constant_memory, same cells        {best_xw:7.2f}s")
        ratio = best_ours / best_floor
        print(f"ratio ours / openpyxl floor = {ratio:.2f} (bar 1.5, goal < 1.0)")
        print(f"bare XlsxWriter / bare openpyxl = {best_xw / best_floor:.2f}")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the export alone: {peak:.0f} MB "
              f"(this script, holding every cell for the floors: {own:.0f} MB)")  # fmt: skip
        return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
