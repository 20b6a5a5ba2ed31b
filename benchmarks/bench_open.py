"""Opening the main window on a 50,000-person register, as a whole process with --screenshot,
against a bare PySide6 window with a table (the floor), in the same run.

    .venv/bin/python benchmarks/bench_open.py [--households 18000] [--db PATH] [--runs 5]

Goal: ours at most 3x the floor (target 1.5x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
w = QMainWindow()
t = QTableWidget(100, 8)
w.setCentralWidget(t)
w.resize(1280, 800)
w.show()
def grab():
    w.grab().save(sys.argv[1])
    app.quit()
QTimer.singleShot(0, grab)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=18000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gridapp-bench-open-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRIDAPP_DATA_DIR=str(tmp))
    db = args.db or Path(tempfile.gettempdir()) / f"gridapp-bench-{args.households}.db"
    if not db.exists():
        print(f"generating {args.households} households into {db} …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "demo",
             "--households", str(args.households)],
            check=True, env=env,
        )  # fmt: skip
    import sqlite3

    with sqlite3.connect(db) as con:
        persons = con.execute("SELECT count(*) FROM person").fetchone()[0]
    floor_script = tmp / "floor.py"
    floor_script.write_text(FLOOR, encoding="utf-8")
    ours_cmd = [sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "gui",
                "--screenshot", str(tmp / "ours.png")]  # fmt: skip
    floor_cmd = [sys.executable, str(floor_script), str(tmp / "floor.png")]
    timed(ours_cmd, env)  # warm the file cache
    timed(floor_cmd, env)
    ours = [timed(ours_cmd, env) for _ in range(args.runs)]
    floor = [timed(floor_cmd, env) for _ in range(args.runs)]
    o, f = statistics.median(ours), statistics.median(floor)
    print(f"register: {persons} persons; {args.runs} runs each (median)")
    print(f"gridapp gui --screenshot   {o:6.2f} s")
    print(f"bare PySide6 table window  {f:6.2f} s")
    print(f"ratio                      {o / f:6.2f}x  (limit 3x, goal 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
