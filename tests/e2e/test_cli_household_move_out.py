"""``gridapp household move-out``: a whole household moves away from the command line, on a real
register in a real process; refusals are messages with exit code 1, wrong arguments exit 2."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.e2e.test_cli_register import gridapp


def _household(db: str) -> tuple[int, str, list[str], str]:
    """A live household with at least two members on the register, and the latest birth date
    among them (a move-out date must not be before it nor after today)."""
    con = sqlite3.connect(db)
    hid, number = con.execute(
        "SELECT h.id, h.number FROM household h JOIN person p ON p.household_id = h.id"
        " WHERE h.status = 'active' AND h.deleted_at IS NULL AND p.status = 'active'"
        " AND p.deleted_at IS NULL GROUP BY h.id HAVING count(*) >= 2 ORDER BY h.id LIMIT 1"
    ).fetchone()
    rows = con.execute(
        "SELECT name, birth_date FROM person WHERE household_id = ? AND status = 'active'"
        " AND deleted_at IS NULL ORDER BY sort_order, id",
        (hid,),
    ).fetchall()
    con.close()
    latest = max(r[1] for r in rows if r[1])
    return hid, number, [r[0] for r in rows], latest


def test_household_move_out_archives_the_household_and_its_members(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    assert gridapp("--db", db, "demo", "--households", "40").returncode == 0
    hid, number, names, latest = _household(db)
    done = gridapp("--db", db, "household", "move-out", number, "--to", "江苏省南京市",
                   "--on", latest, "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["household"] == number and answer["destination"] == "江苏省南京市"
    assert answer["on"] == latest and answer["persons"] == names and answer["batch"]

    con = sqlite3.connect(db)
    status, reason = con.execute(
        "SELECT status, archive_reason FROM household WHERE id = ?", (hid,)
    ).fetchone()
    marks = ",".join("?" * len(names))
    people = con.execute(
        "SELECT DISTINCT status, status_date, destination FROM person WHERE household_id = ?"
        f" AND name IN ({marks})",
        (hid, *names),
    ).fetchall()
    logged = con.execute(
        "SELECT count(*) FROM change_log WHERE batch = ?", (answer["batch"],)
    ).fetchone()[0]
    con.close()
    assert status == "archived" and "江苏省南京市" in reason
    assert people == [("moved_out", latest, "江苏省南京市")]
    assert logged > len(names)  # one batch: every member and the household

    # the household is archived now: a second move-out is refused, in words, exit 1
    again = gridapp("--db", db, "household", "move-out", number, "--to", "上海市")
    assert (
        again.returncode == 1
        and again.stderr.startswith("错误：")
        and "Traceback" not in again.stderr
    )


def test_household_move_out_refusals(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    assert gridapp("--db", db, "demo", "--households", "20").returncode == 0
    _hid, number, _names, _latest = _household(db)
    unknown = gridapp("--db", db, "household", "move-out", "没有这户", "--to", "上海市")
    assert unknown.returncode == 1 and "没有户号" in unknown.stderr
    blank = gridapp("--db", db, "household", "move-out", number, "--to", "  ")
    assert blank.returncode == 1 and "迁往地" in blank.stderr
    future = gridapp("--db", db, "household", "move-out", number, "--to", "上海市",
                     "--on", "2999-01-01")  # fmt: skip
    assert future.returncode == 1 and "晚于今天" in future.stderr
    no_to = gridapp("--db", db, "household", "move-out", number)
    assert no_to.returncode == 2
    bad_date = gridapp(
        "--db", db, "household", "move-out", number, "--to", "上海市", "--on", "昨天"
    )
    assert bad_date.returncode == 2
    human = gridapp("--db", db, "household", "move-out", number, "--to", "上海市")
    assert human.returncode == 0 and f"户号 {number} 整户迁出至 上海市" in human.stdout
