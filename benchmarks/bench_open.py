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

# The floor: a bare window with a table showing the first rows of the same register (household
# number, address, head, housing, grid: the register page's first columns) in the same CJK font
# (without it the Chinese text would not render, or render with the system's font).
FLOOR = r"""
import sqlite3
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
out, db, font_file = sys.argv[1:4]
app = QApplication(sys.argv[:1])
font_id = QFontDatabase.addApplicationFont(font_file)
app.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0], 10))
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = con.execute(
    "SELECT h.number, h.address, p.name, h.housing, a.name FROM household h"
    " LEFT JOIN person p ON p.id = h.head_id LEFT JOIN area a ON a.id = h.grid_id"
    " WHERE h.deleted_at IS NULL ORDER BY h.sort_key, h.id LIMIT 100"
).fetchall()
con.close()
w = QMainWindow()
t = QTableWidget(len(rows), 5)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        t.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
w.setCentralWidget(t)
w.resize(1280, 800)
w.show()
def grab():
    w.grab().save(out)
    app.quit()
QTimer.singleShot(0, grab)
app.exec()
"""


# The floor this benchmark had first: an empty 100x8 table, no data, no CJK text. Printed for
# comparison only (it paints no text, so it understates what any real window costs).
EMPTY = r"""
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
    # Both processes run with bytecode caches, as an installed program does (pip compiles the
    # package, the bundle ships .pyc): a PYTHONDONTWRITEBYTECODE=1 shell would otherwise make
    # ours compile its own modules on every run while the floor has none to compile. The caches
    # go to a private folder, written by the warm-up runs.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
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
    empty_script = tmp / "empty.py"
    empty_script.write_text(EMPTY, encoding="utf-8")
    ours_cmd = [sys.executable, "-m", "gridapp.cli.main", "--db", str(db), "gui",
                "--screenshot", str(tmp / "ours.png")]  # fmt: skip
    font = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
    floor_cmd = [sys.executable, str(floor_script), str(tmp / "floor.png"), str(db), str(font)]
    empty_cmd = [sys.executable, str(empty_script), str(tmp / "empty.png")]
    for _ in range(2):  # warm the file cache and write the bytecode caches
        timed(ours_cmd, env)
        timed(floor_cmd, env)
        timed(empty_cmd, env)
    ours: list[float] = []
    floor: list[float] = []
    empty: list[float] = []
    for _ in range(args.runs):  # interleaved: a busy moment of the machine hits all
        ours.append(timed(ours_cmd, env))
        floor.append(timed(floor_cmd, env))
        empty.append(timed(empty_cmd, env))
    o, f, e = statistics.median(ours), statistics.median(floor), statistics.median(empty)
    print(f"register: {persons} persons; {args.runs} runs each (median)")
    print(f"gridapp gui --screenshot       {o:6.3f} s")
    print(f"bare PySide6 table window      {f:6.3f} s  (the register's first rows, CJK font)")
    print(f"ratio                          {o / f:6.2f}x  (limit 3x, goal 1.5x)")
    print(f"(empty 100x8 table, no text:   {e:6.3f} s; ours / that {o / e:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
