"""The work-record commands as scripts use them: real processes on a real demo register."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def gridapp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
        timeout=300,
    )


def inproc(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The same command in this process (fast, for the many refusals): exit code, out, err."""
    from gridapp.cli.main import main

    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def read(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = inproc(capsys, *args)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("work") / "work.db"
    done = gridapp("--db", str(path), "demo", "--households", "300")
    assert done.returncode == 0, done.stderr
    return path


def _copy(demo: Path, tmp_path: Path) -> str:
    db = tmp_path / "copy.db"
    db.write_bytes(demo.read_bytes())
    return str(db)


def test_visits_due_and_add(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _copy(demo, tmp_path)
    # The contract calls run as real processes; the many refusals run in-process (same code).
    due = json.loads(gridapp("--db", db, "visits", "due", "--json").stdout)
    stats = read(capsys, "--db", db, "stats", "--json")
    assert stats["visits"] > 300 and stats["issues_open"] > 0 and stats["issues"] >= 40
    assert 0 < len(due) < stats["households"]
    for key in ("household", "address", "grid", "every_cycle", "never_visited", "last_visit"):
        assert key in due[0]
    target = due[-1]
    grid = read(capsys, "--db", db, "visits", "due", "--grid", target["grid"], "--json")
    assert {d["grid"] for d in grid} == {target["grid"]} and len(grid) < len(due)

    workers = read(capsys, "--db", db, "visits", "coverage", "--json")["workers"]
    visitor = next(w["worker"] for w in workers if w["grid"] == target["grid"])
    added = gridapp("--db", db, "visits", "add", "--household", target["household"], "--by", visitor,
                    "--note", "测试走访")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert target["household"] in added.stdout
    after = read(capsys, "--db", db, "visits", "due", "--json")
    assert len(after) == len(due) - 1
    assert target["household"] not in {d["household"] for d in after}

    code, text, _ = inproc(capsys, "--db", db, "visits", "due", "--month", "2020-01")
    assert code == 0 and "待走访" in text

    for bad, code, text in [
        (["visits", "add", "--household", "NOPE", "--by", visitor], 1, "户号"),
        (["visits", "add", "--household", target["household"], "--by", "无此人"], 1, "网格员"),
        (["visits", "add", "--household", target["household"], "--by", visitor, "--date",
          (dt.date.today() + dt.timedelta(days=3)).isoformat()], 1, "未来"),
        (["visits", "add", "--household", target["household"], "--by", visitor, "--way", "托梦"], 2, ""),
        (["visits", "due", "--month", "2026-13"], 2, "YYYY-MM"),
        (["visits", "due", "--grid", "火星网格"], 1, "网格"),
    ]:  # fmt: skip
        got, _, err = inproc(capsys, "--db", db, *bad)
        assert got == code, (bad, err)
        assert "Traceback" not in err and text in err


def test_issue_lifecycle(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _copy(demo, tmp_path)
    household = read(capsys, "--db", db, "visits", "due", "--json")[0]["household"]
    made = gridapp("--db", db, "issues", "add", "--household", household, "--title", "楼道堆物",
                   "--category", "环境卫生", "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr
    iid = json.loads(made.stdout)["id"]
    assert isinstance(iid, int)
    past = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    done = gridapp("--db", db, "issues", "escalate", str(iid), "--to", "城管", "--due", past,
                   "--note", "堆了三个月")  # fmt: skip
    assert done.returncode == 0, done.stderr
    overdue = json.loads(gridapp("--db", db, "issues", "list", "--overdue", "--json").stdout)
    mine = next(i for i in overdue if i["id"] == iid)
    assert mine["state"] == "上报" and mine["due"] == past and mine["overdue"] and mine["title"]
    assert iid in {i["id"] for i in read(capsys, "--db", db, "issues", "list", "--open", "--json")}
    code, _, err = inproc(capsys, "--db", db, "issues", "solve", str(iid), "--result", "x")
    assert code == 1 and "不能" in err and "Traceback" not in err
    closed = gridapp("--db", db, "issues", "close", str(iid), "--result", "已清理")
    assert closed.returncode == 0, closed.stderr
    opened = read(capsys, "--db", db, "issues", "list", "--open", "--json")
    assert iid not in {i["id"] for i in opened}
    overdue = read(capsys, "--db", db, "issues", "list", "--overdue", "--json")
    assert iid not in {i["id"] for i in overdue}
    shown = read(capsys, "--db", db, "issues", "show", str(iid), "--json")
    assert [s["to"] for s in shown["steps"]] == ["登记", "上报", "交办", "办理中", "办结", "结案"]
    assert "堆了三个月" in shown["steps"][1]["note"]  # the 说明 kept in the step
    code, _, err = inproc(capsys, "--db", db, "issues", "close", str(iid), "--result", "x")
    assert code == 1 and "已结案" in err

    small = read(capsys, "--db", db, "issues", "add", "--title", "灯坏", "--json")["id"]
    assert inproc(capsys, "--db", db, "issues", "solve", str(small), "--result", "换灯")[0] == 0
    listing = read(capsys, "--db", db, "issues", "list", "--json")
    assert next(i for i in listing if i["id"] == small)["state"] == "现场解决"
    for bad, code in [
        (["issues", "add", "--title", "x", "--category", "外星"], 1),
        (["issues", "add", "--household", "NOPE", "--title", "x"], 1),
        (["issues", "escalate", str(small), "--to", "天庭"], 1),
        (["issues", "close", "999999", "--result", "x"], 1),
        (["issues", "close", "abc", "--result", "x"], 2),
        (["issues", "list", "--open", "--overdue"], 2),
        (["issues", "escalate", str(small), "--to", "城管", "--due", "明天"], 2),
    ]:
        got, _, err = inproc(capsys, "--db", db, *bad)
        assert got == code, (bad, err)
        assert "Traceback" not in err and err.strip()
