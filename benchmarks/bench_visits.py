"""The visit cycle and worker figures on a whole sub-district, against bare SQL floors.

Times, on a demo register (40,000 households, three months of visits):
  - ``visits.due_households`` (the due list of the month, flags and order) against the floor
    ``SELECT id FROM household WHERE … AND id NOT IN (visits of the month)`` through sqlite3;
  - ``visits.coverage`` (per grid and worker) against a bare GROUP BY over the month's visits;
  - ``figures.worker_figures`` and ``issues.list_issues(open_only=True)`` (no floor: reported).
Prints best-of-5 times and the ratios.

    .venv/bin/python benchmarks/bench_visits.py [--households 40000] [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_search import ensure_register


def best(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=40000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"gridapp-bench-{args.households}.db"
    ensure_register(db, args.households)

    from sqlalchemy.orm import Session

    from gridapp.db.engine import open_register
    from gridapp.services import figures, issues, visits

    today = dt.date.today()
    first = today.replace(day=1).isoformat()
    last = today.isoformat()
    engine = open_register(db)
    raw = sqlite3.connect(db)

    def floor_due() -> list[Any]:
        return raw.execute(
            "SELECT id FROM household WHERE status = 'active' AND deleted_at IS NULL AND id NOT IN"
            " (SELECT household_id FROM visit WHERE visited_on BETWEEN ? AND ? AND way != '门口未遇')"
            " ORDER BY sort_key",
            (first, last),
        ).fetchall()

    def floor_cov() -> list[Any]:
        return raw.execute(
            "SELECT worker_id, COUNT(DISTINCT household_id) FROM visit WHERE visited_on BETWEEN ?"
            " AND ? AND way != '门口未遇' GROUP BY worker_id",
            (first, last),
        ).fetchall()

    with Session(engine) as s:
        t_due, due = best(lambda: visits.due_households(s, today.year, today.month))
        t_floor, rows = best(floor_due)
        assert len(due) == len(rows), (len(due), len(rows))
        t_cov, _ = best(lambda: visits.coverage(s, today.year, today.month))
        t_fcov, _ = best(floor_cov)
        t_fig, _ = best(lambda: figures.worker_figures(s, today.year, today.month), 3)
        t_iss, open_rows = best(lambda: issues.list_issues(s, open_only=True))
    print(f"due list ({len(due)} households):  {t_due * 1000:8.1f} ms   floor {t_floor * 1000:7.1f} ms"
          f"   ratio {t_due / t_floor:5.1f}")  # fmt: skip
    print(f"coverage:                   {t_cov * 1000:8.1f} ms   floor {t_fcov * 1000:7.1f} ms"
          f"   ratio {t_cov / t_fcov:5.1f}")  # fmt: skip
    print(f"worker figures:             {t_fig * 1000:8.1f} ms")
    print(f"open issues ({len(open_rows)}):          {t_iss * 1000:8.1f} ms")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
