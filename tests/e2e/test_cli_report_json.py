"""``gridapp report monthly --json``: 新增 and 退出 as two keys, the rate as the documents print it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest


def test_report_json_has_joined_and_left(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gridapp.cli.main import main

    month = dt.date.today().strftime("%Y-%m")
    out = tmp_path / "月报.xlsx"
    capsys.readouterr()
    assert (
        main(["--db", str(demo_db), "report", "monthly", "--month", month, str(out), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert out.exists() and data["month"] == month
    assert data["groups"], data
    for g in data["groups"]:
        assert {"group", "members", "net", "joined", "left"} <= set(g)
        assert g["net"] == g["joined"] - g["left"]
    rate = next(r for r in data["summary"] if r["label"] == "走访覆盖率")["this"]
    assert rate["text"] == data["coverage_text"]
    labels = [r["label"] for r in data["summary"]]
    assert f"{data['groups'][0]['group']}新增" in labels
    assert f"{data['groups'][0]['group']}退出" in labels
    # the text line keeps its words for people
    assert main(["--db", str(demo_db), "report", "monthly", "--month", month, str(out)]) == 0
    assert "走访覆盖率 " + data["coverage_text"] in capsys.readouterr().out
