"""`gridapp audit history`: the change log in words, for a household or the whole register."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.e2e.test_cli_register import gridapp


def test_history_of_a_household_in_words(demo_db: Path) -> None:
    from gridapp.db.engine import open_register, session_scope
    from gridapp.services import edits

    con = sqlite3.connect(demo_db)
    pid, name, phone, number = con.execute(
        "SELECT p.id, p.name, p.phone, h.number FROM person p JOIN household h"
        " ON h.id = p.household_id WHERE p.phone != '' ORDER BY p.id LIMIT 1 OFFSET 3"
    ).fetchone()
    con.close()
    engine = open_register(demo_db)
    with session_scope(engine) as s:
        s.info["gridapp.recorder.actor"] = "张网格"
        edits.apply_changes(s, "person", pid, {"phone": "13800000009", "separated": True})
    engine.dispose()
    done = gridapp("--db", str(demo_db), "audit", "history", "--household", number, "--limit", "2")
    assert done.returncode == 0, done.stderr
    lines = [line.split(" ", 2)[2] for line in done.stdout.splitlines()]
    who = lines[0].split(" ", 1)[0]  # the operator setting, else the OS user (CLI convention)
    assert lines == [
        f"{who} {name}（户号 {number}） 修改 人户分离：否 → 是",
        f"{who} {name}（户号 {number}） 修改 联系电话：{phone} → 13800000009",
    ]
    listed = json.loads(
        gridapp("--db", str(demo_db), "audit", "history", "--limit", "1", "--json").stdout
    )
    assert (
        listed[0]["field"] == "人户分离" and listed[0]["old"] == "否" and listed[0]["new"] == "是"
    )
    wrong = gridapp("--db", str(demo_db), "audit", "history", "--household", "无此户")
    assert wrong.returncode == 1 and "无此户" in wrong.stderr
