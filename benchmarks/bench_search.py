"""Search latency per keystroke on a 100,000-person register, against a bare SQLite LIKE scan.

Types a few queries one character at a time (name, pinyin initials, full pinyin, ID fragment,
phone, address) and times, for every keystroke:
  - ``services.search.search`` (50 best hits, ranked) — the ``gridapp search`` command;
  - the register table while you type (``register_list.TextIndex.match``, what
    ``RegisterModel.matching_ids`` answers from: every matching id, best first, from the
    in-memory text index the window loads on the first keystroke);
  - the register table's SQL path (``services.register_list.id_query``, used with other filters);
  - the floor: a bare ``SELECT id FROM person WHERE search_text LIKE ?`` through sqlite3.
Prints median and 95th percentile and the ratios. Goal: median under 30 ms.

    .venv/bin/python benchmarks/bench_search.py [--households 40000] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def ensure_register(path: Path, households: int) -> None:
    if path.exists():
        return
    print(f"generating {households} households into {path} …", flush=True)
    env = dict(os.environ, GRIDAPP_DATA_DIR=str(path.parent))
    subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", "--db", str(path), "demo",
         "--households", str(households)],
        check=True, env=env,
    )  # fmt: skip


def keystrokes(queries: list[str]) -> list[str]:
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=40000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"gridapp-bench-{args.households}.db"
    ensure_register(db, args.households)

    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from gridapp.db.engine import open_register
    from gridapp.db.models import Household, Person
    from gridapp.domain.text import search_key
    from gridapp.services.search import qr_text, search

    engine = open_register(db)
    with Session(engine) as s:
        persons = s.scalar(select(func.count()).select_from(Person)) or 0
        sample = s.execute(
            select(Person.name, Person.name_pinyin, Person.name_initials, Person.id_number,
                   Person.phone).where(Person.id_number != "", Person.phone != "")
            .order_by(Person.id).offset(persons // 2).limit(1)
        ).one()  # fmt: skip
        address = s.scalar(select(Household.address).offset(777).limit(1)) or "1号楼"
        uuid = s.scalar(select(Household.uuid).offset(999).limit(1)) or ""
    queries = [
        sample.name, sample.name_initials, sample.name_pinyin[:8], sample.id_number[6:14],
        sample.phone[:7], address[:6], "zzq9",
    ]  # fmt: skip
    keys = [*keystrokes(queries), qr_text(uuid)]
    print(f"register: {persons} persons; {len(keys)} keystroke queries")

    # the register table's paths (services/register_list.py, what RegisterModel calls), no Qt
    from gridapp.services import register_list
    from gridapp.services.register_list import PERSONS, RegisterFilter, TextIndex

    t0 = time.perf_counter()
    index = TextIndex.load(engine)
    print(
        f"text index (loaded once, in a background thread): {(time.perf_counter() - t0) * 1000:.0f} ms"
    )

    def time_ours(q: str) -> tuple[float, float, float]:
        with Session(engine) as s:
            t0 = time.perf_counter()
            search(s, q)
            t1 = time.perf_counter()
            flt = RegisterFilter(mode=PERSONS, text=q)
            list(s.scalars(register_list.id_query(flt)))
            t2 = time.perf_counter()
        index.match(search_key(q), PERSONS, False)
        t3 = time.perf_counter()
        return (t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000

    con = sqlite3.connect(db)

    def time_floor(q: str) -> float:
        like = f"%{search_key(q)}%"
        t0 = time.perf_counter()
        con.execute("SELECT id FROM person WHERE search_text LIKE ?", (like,)).fetchall()
        return (time.perf_counter() - t0) * 1000

    for q in keys[:5]:  # warm the page cache
        time_ours(q)
        time_floor(q)
    svc: list[float] = []
    table: list[float] = []
    live: list[float] = []
    floor: list[float] = []
    for q in keys:
        a, b, c = time_ours(q)
        svc.append(a)
        table.append(b)
        live.append(c)
        floor.append(time_floor(q))
    con.close()
    engine.dispose()
    rows = [
        ("table as you type", live),
        ("table, SQL path", table),
        ("search() 50 best", svc),
        ("bare LIKE scan", floor),
    ]
    print(f"{'':22}{'median ms':>10}{'p95 ms':>10}{'x floor':>10}")
    f_med = statistics.median(floor)
    for label, values in rows:
        med = statistics.median(values)
        print(f"{label:22}{med:10.1f}{pct(values, 0.95):10.1f}{med / f_med:10.2f}")
    typing = statistics.median(live)
    print(f"goal (search box) median < 30 ms: {'met' if typing < 30 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
