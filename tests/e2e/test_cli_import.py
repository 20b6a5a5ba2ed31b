"""``gridapp import`` / ``gridapp imports`` as scripts use them: real processes on real files."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from tests.helpers import ledgers as L

ROOT = Path(__file__).resolve().parents[2]


def gridapp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=ROOT,
    )


def state(db: Path) -> tuple[int, int, str]:
    """Person and household counts and a checksum of the person rows."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT * FROM person ORDER BY id").fetchall()
        households = con.execute("SELECT count(*) FROM household").fetchone()[0]
    return len(rows), households, hashlib.sha256(repr(rows).encode()).hexdigest()


def test_import_json_contract_dry_run_rejects_and_history(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    data = L.homes(5, seed=21)
    rows = L.plain_rows(data)
    rows[2][3] = rows[2][3][:17]  # a wrong-length ID in Excel row 3
    rows.insert(1, [None] * len(rows[0]))  # a blank row is ignored
    path = L.write_xlsx(tmp_path / "台账.xlsx", {"居民": rows})
    people = sum(len(h.members) for h in data)

    dry = gridapp("--db", str(db), "import", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert preview["persons_created"] == people - 1 and preview["dry_run"] is True
    assert gridapp("--db", str(db), "stats", "--json").returncode == 0
    assert state(db)[0] == 0

    rejects = tmp_path / "rejects.xlsx"
    done = gridapp("--db", str(db), "import", str(path), "--json", "--rejects", str(rejects),
                   "--grid", "东方花园第三网格", "--new-grid")  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for key in ("persons_created", "persons_updated", "persons_unchanged", "households_created",
                "ignored_rows"):  # fmt: skip
        assert isinstance(result[key], int), key
    assert result["persons_created"] == people - 1 and result["households_created"] == 5
    assert result["ignored_rows"] == 1
    assert result["rejected"] == [
        {"sheet": "居民", "row": 4, "column": "身份证号", "reason": result["rejected"][0]["reason"]}
    ]
    assert "位数" in result["rejected"][0]["reason"]
    assert rejects.exists()

    human = gridapp("--db", str(db), "import", str(path))  # the grid chosen last time
    assert human.returncode == 0 and "未变化：" + str(people - 1) in human.stdout
    assert "沿用上次为此格式台账选择的网格：东方花园第三网格" in human.stdout
    assert "拒绝" in human.stdout and rows[3][3] not in human.stdout  # no full ID printed

    listing = json.loads(gridapp("--db", str(db), "imports", "list", "--json").stdout)
    assert [i["file_name"] for i in listing] == ["台账.xlsx"] * 2
    first = listing[-1]["id"]
    undo = gridapp("--db", str(db), "imports", "undo", str(first))
    assert undo.returncode == 0, undo.stderr
    assert f"移除 {people - 1} 人" in undo.stdout
    twice = gridapp("--db", str(db), "imports", "undo", str(first))
    assert twice.returncode == 1 and "已于" in twice.stderr
    assert "已撤销" in gridapp("--db", str(db), "imports", "list").stdout


def test_bad_files_exit_1_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert gridapp("--db", str(db), "stats").returncode == 0
    before = state(db)
    files = L.bad_files(tmp_path)  # every kind is checked in core; the exit code on a few here
    for name in ("random.bin", "encrypted.xlsx", "foreign.xlsx"):
        done = gridapp("--db", str(db), "import", str(files[name]), "--json")
        assert done.returncode == 1, (name, done.stdout, done.stderr)
        assert done.stderr.startswith("错误："), (name, done.stderr)
        assert "Traceback" not in done.stderr
    missing = gridapp("--db", str(db), "import", str(tmp_path / "nope.xlsx"))
    assert missing.returncode == 1 and "不存在" in missing.stderr
    assert state(db) == before
    usage = gridapp("--db", str(db), "import", str(tmp_path / "x.xlsx"), "--rejects", "out.txt")
    assert usage.returncode == 2


def test_all_rejected_exits_1_and_still_reports(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    path = L.write_xlsx(tmp_path / "bad.xlsx", {"s": [["姓名", "身份证号"], ["张三", "12"]]})
    done = gridapp("--db", str(db), "import", str(path), "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["rejected"][0]["row"] == 2 and report["persons_created"] == 0
    assert state(db)[0] == 0


def test_map_and_saved_mapping(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    rows = L.plain_rows(L.homes(2, seed=22))
    rows[0][6] = "电话A"  # unknown wording of the phone column
    path = L.write_xlsx(tmp_path / "m.xlsx", {"s": rows})
    done = gridapp("--db", str(db), "import", str(path), "--dry-run", "--json")
    assert json.loads(done.stdout)["unknown_columns"] == ["电话A"]
    done = gridapp("--db", str(db), "import", str(path), "--map", "电话A=phone",
                   "--save-mapping", "社区A", "--json", "--grid", "一网格", "--new-grid")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["unknown_columns"] == []
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM person WHERE phone != ''").fetchone()[0] > 0
    reuse = gridapp("--db", str(db), "import", str(path), "--mapping", "社区A", "--json",
                    "--dry-run")  # fmt: skip
    assert json.loads(reuse.stdout)["unknown_columns"] == []
    bad = gridapp("--db", str(db), "import", str(path), "--map", "电话A")
    assert bad.returncode == 2


KILLER = textwrap.dedent(
    """
    import sys, time
    from gridapp.db.engine import open_register, session_scope
    from gridapp.importer.service import ImportOptions, run_import

    def progress(done, total, message):
        if message == "写入数据":
            print("WRITING", flush=True)
            time.sleep(60)

    engine = open_register(sys.argv[1])
    with session_scope(engine) as session:
        run_import(session, sys.argv[2], ImportOptions(grid="一网格"), progress)
    """
)


def test_kill_mid_import_leaves_register_as_before(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    first = L.write_xlsx(tmp_path / "first.xlsx", {"s": L.plain_rows(L.homes(20, seed=23))})
    done = gridapp("--db", str(db), "import", str(first), "--grid", "一网格", "--new-grid")
    assert done.returncode == 0, done.stderr
    before = state(db)
    big = L.write_xlsx(tmp_path / "big.xlsx",
                       {"s": L.plain_rows(L.homes(900, seed=24, first_number=5000))})  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(db), str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 240
    line = ""
    while time.monotonic() < deadline and "WRITING" not in line:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
    if "WRITING" not in line:
        proc.kill()
        _, err = proc.communicate(timeout=30)
        raise AssertionError(err)
    # the first chunk is in the database file's write-ahead log, uncommitted
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)  # reaps the process and closes its pipes
    assert proc.returncode == -signal.SIGKILL
    assert state(db) == before
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM import_batch").fetchone()[0] == 1
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = gridapp("--db", str(db), "import", str(big), "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["persons_created"] > 2000


def test_columns_mapped_for_a_layout_are_read_so_next_time(tmp_path: Path) -> None:
    """A clerk maps 爱好 to 备注 once; next month's ledger of the same layout reads it so."""
    db = tmp_path / "r.db"

    def ledger(name: str, seed: int) -> tuple[Path, list[Any]]:
        data = L.homes(3, seed=seed)
        rows = L.plain_rows(data)
        rows[0].append("爱好")
        for row in rows[1:]:
            row.append("下棋")
        return L.write_xlsx(tmp_path / name, {"居民": rows}), data

    first, _ = ledger("十月.xlsx", 51)
    done = gridapp("--db", str(db), "import", str(first), "--map", "爱好=notes",
                   "--grid", "东方花园第三网格", "--new-grid")  # fmt: skip
    assert done.returncode == 0, done.stderr
    second, data = ledger("十一月.xlsx", 52)
    again = gridapp("--db", str(db), "import", str(second), "--json")
    assert again.returncode == 0, again.stderr
    result = json.loads(again.stdout)
    assert result["mapping_remembered"] is True and result["unknown_columns"] == []
    with sqlite3.connect(db) as con:
        notes = con.execute(
            "SELECT notes FROM person WHERE id_number = ?", (data[0].members[0].id_number,)
        ).fetchone()
    assert notes == ("下棋",)
    human = gridapp("--db", str(db), "import", str(second), "--dry-run")
    assert "沿用上次为此格式台账选择的列对应" in human.stdout
