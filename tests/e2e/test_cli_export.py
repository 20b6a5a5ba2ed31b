"""``gridapp export …`` and ``gridapp report monthly`` as a user runs them: real processes, real files."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.core.test_export_template import dibao_template


def gridapp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "reg.db")
    done = gridapp("--db", db, "demo", "--households", "150", "--seed", "3")
    assert done.returncode == 0, done.stderr
    return db


def test_export_ledger_and_import_back(register: str, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    done = gridapp("--db", register, "export", "ledger", str(out), "--status", "all", "--full-id")
    assert done.returncode == 0, done.stderr
    assert "已导出" in done.stdout and "修改日志" in done.stdout
    wb = openpyxl.load_workbook(out, read_only=True)
    header = next(wb.active.iter_rows(min_row=2, max_row=2, values_only=True))
    wb.close()
    assert header[:3] == ("网格", "小区", "楼栋")
    # Our own export goes back in through our own import into an empty register.
    empty = str(tmp_path / "empty.db")
    done = gridapp("--db", empty, "import", str(out), "--json")
    if done.returncode == 2 and "invalid choice" in done.stderr:
        pytest.skip("the import command is not wired yet")
    assert done.returncode == 0, done.stderr
    again = tmp_path / "again.xlsx"
    assert gridapp("--db", empty, "export", "ledger", str(again), "--status", "all",
                   "--full-id").returncode == 0  # fmt: skip

    def persons(path: Path) -> set[tuple[object, ...]]:
        book = openpyxl.load_workbook(path, read_only=True)
        found = {r for r in book.active.iter_rows(min_row=3, values_only=True) if r[7]}
        book.close()
        return found

    # The same grids, places, household numbers and people, column for column.
    first = persons(out)
    assert first and all(r[5] for r in first)  # every household numbered
    assert first == persons(again)


def test_masked_grid_ledger(register: str, tmp_path: Path) -> None:
    out = tmp_path / "g.xlsx"
    done = gridapp("--db", register, "export", "ledger", str(out), "--grid", "东方花园第一网格")
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = [r for r in wb.active.iter_rows(min_row=3, values_only=True) if r[7]]
    wb.close()
    assert rows and all("********" in r[10] for r in rows)
    assert {r[0] for r in rows} == {"东方花园第一网格"}


def test_lists_and_template(register: str, tmp_path: Path) -> None:
    # Every kind is tested in tests/core/test_export_lists.py; here the command's wiring.
    done = gridapp("--db", register, "export", "list", "unvisited", str(tmp_path / "u.xlsx"))
    assert done.returncode == 0 and "未走访户" in done.stdout, done.stderr
    done = gridapp("--db", register, "export", "list", "group", str(tmp_path / "g.xlsx"),
                   "--group", "残疾")  # fmt: skip
    assert done.returncode == 0 and "残疾名单" in done.stdout, done.stderr
    template = dibao_template(tmp_path / "民政模板.xlsx")
    out = tmp_path / "filled.xlsx"
    done = gridapp("--db", register, "export", "template", str(template), str(out),
                   "--group", "残疾", "--map", "低保证号=", "--map", "保障人口=")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "照片" in done.stdout and "身份证号 ← 公民身份号码" in done.stdout
    assert openpyxl.load_workbook(out).active.cell(5, 2).value


def test_monthly_report(register: str, tmp_path: Path) -> None:
    month = dt.date.today().strftime("%Y-%m")
    out = tmp_path / "月报.xlsx"
    done = gridapp("--db", register, "report", "monthly", "--month", month, str(out))
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "汇总"
    stats = json.loads(gridapp("--db", register, "stats", "--json").stdout)
    summary = {r[1]: r[2] for r in wb["汇总"].iter_rows(min_row=3, max_col=3, values_only=True)}
    assert summary["在册人数"] == stats["persons"]
    assert summary["在册户数"] == stats["households"]
    pdf = gridapp("--db", register, "report", "monthly", "--month", month, str(tmp_path / "m.pdf"))
    if pdf.returncode == 0:
        assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    else:
        assert pdf.returncode == 1 and "PDF" in pdf.stderr and "Traceback" not in pdf.stderr


def test_bad_input(register: str, tmp_path: Path) -> None:
    done = gridapp("--db", register, "export", "ledger", str(tmp_path / "x.xlsx"), "--grid", "火星")
    assert done.returncode == 1 and "没有名为" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_bad_input_in_process(
    register: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same command line, called in this process (cheap): every refusal is a message."""
    from gridapp.cli.main import main

    cases = [
        (("export", "ledger", str(tmp_path / "x.csv")), 2, ".xlsx"),
        (("export", "ledger", str(tmp_path / "no" / "x.xlsx")), 1, "目录不存在"),
        (("export", "list", "group", str(tmp_path / "x.xlsx")), 1, "--group"),
        (
            ("export", "template", str(tmp_path / "none.xlsx"), str(tmp_path / "x.xlsx")),
            2,
            "找不到",
        ),
        (("export", "template", __file__, str(tmp_path / "x.xlsx")), 1, "xlsx"),
        (("report", "monthly", str(tmp_path / "m.docx")), 2, ".xlsx"),
    ]
    for args, code, text in cases:
        assert main(["--db", register, *args]) == code, args
        err = capsys.readouterr().err
        assert text in err, (args, err)
    with pytest.raises(SystemExit) as stopped:
        main(["--db", register, "export", "list", "nonsense", str(tmp_path / "x.xlsx")])
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.xlsx"))
