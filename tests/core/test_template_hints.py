"""一表通 templates with a hint row and an example row, and their own value conventions."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Border, Font, Side
from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import Person
from gridapp.export.template_fill import TemplateOptions, fill_template

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = ["序号", "姓名", "公民身份号码", "出生日期", "迁入日期", "是否重点人员", "人户分离", "备注"]


def system_template(path: Path, hint: list[str], example: list[Any] | None) -> Path:
    """A 一表通 upload form: title, header, a red hint row, an example row, empty rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人口信息"
    ws["A1"] = "实有人口信息采集表（一表通）"
    ws.merge_cells("A1:H1")
    for c, label in enumerate(HEAD, 1):
        ws.cell(2, c, label).border = BOX
    for c, text in enumerate(hint, 1):
        cell = ws.cell(3, c, text or None)
        cell.font = Font(color="FF0000", italic=True)
    row = 4
    if example is not None:
        for c, value in enumerate(example, 1):
            ws.cell(4, c, value)
        row = 5
    for r in range(row, row + 5):
        for c in range(1, 9):
            ws.cell(r, c).border = BOX
    wb.save(path)
    return path


HINT = ["填写说明", "必填", "18位", "格式：YYYYMMDD", "格式：yyyy-mm-dd", "是=1 否=0", "是/否",
        "选填"]  # fmt: skip
EXAMPLE = ["示例", "张三", "110101198001010011", "19800101", "2020-05-01", 1, "否", ""]


def _rows(path: Path) -> list[tuple[Any, ...]]:
    ws = openpyxl.load_workbook(path)["人口信息"]
    return list(ws.iter_rows(min_row=1, values_only=True))


def _fill(demo_engine: Any, template: Path, out: Path) -> list[tuple[Any, ...]]:
    with session_scope(demo_engine) as s:
        fill_template(s, template, out, TemplateOptions(full_id=True), today=dt.date(2026, 12, 1))
    return _rows(out)


def test_hint_and_example_rows_give_way_to_the_data(demo_engine: Any, tmp_path: Path) -> None:
    template = system_template(tmp_path / "一表通.xlsx", HINT, EXAMPLE)
    rows = _fill(demo_engine, template, tmp_path / "out.xlsx")
    assert rows[1][:3] == ("序号", "姓名", "公民身份号码")  # the header stays
    text = " ".join(str(v) for row in rows for v in row if v is not None)
    for gone in ("填写说明", "示例", "必填", "YYYYMMDD", "张三"):
        assert gone not in text
    assert rows[2][0] == 1 and rows[2][1]  # the first person where the hint row was
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["人口信息"]
    assert not ws.cell(3, 2).font.italic  # the hint's red italic is not the data's look


def test_values_follow_the_templates_conventions(demo_engine: Any, tmp_path: Path) -> None:
    template = system_template(tmp_path / "一表通.xlsx", HINT, EXAMPLE)
    rows = _fill(demo_engine, template, tmp_path / "out.xlsx")[2:]
    with session_scope(demo_engine) as s:
        born = {p.id_number: p for p in s.scalars(select(Person))}
    for row in rows:
        if not row[1]:
            continue
        person = born[row[2]]
        assert row[3] == person.birth_date.strftime("%Y%m%d")  # YYYYMMDD, as text
        if person.moved_in_on:
            assert row[4] == person.moved_in_on.isoformat()
        assert row[5] in (0, 1)  # 是=1 否=0
        assert row[6] in ("是", "否")  # 是/否: 否 written, not left empty
    assert {r[5] for r in rows if r[1]} == {0, 1} or {r[5] for r in rows if r[1]} == {0}
    assert "否" in {r[6] for r in rows if r[1]}


def test_conventions_from_the_header_alone_and_from_examples(
    demo_engine: Any, tmp_path: Path
) -> None:
    """No hint row: a header saying 出生日期(yyyy/mm/dd) and 是否重点人员(1/0); then a template
    whose only hint is an example row (1980.01.01, 是)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人口信息"
    for c, label in enumerate(
        ["姓名", "公民身份号码", "出生日期(yyyy/mm/dd)", "是否重点人员(1/0)"], 1
    ):
        ws.cell(1, c, label)
    wb.save(tmp_path / "a.xlsx")
    rows = _fill(demo_engine, tmp_path / "a.xlsx", tmp_path / "a_out.xlsx")
    assert re.fullmatch(r"\d{4}/\d{2}/\d{2}", rows[1][2]) and rows[1][3] in (0, 1)

    example = ["例：", "李四", "", "1980.01.01", "", "是", "是", ""]
    template = system_template(tmp_path / "b.xlsx", example, None)
    rows = _fill(demo_engine, template, tmp_path / "b_out.xlsx")
    assert "李四" not in str(rows)
    first = rows[2]
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", first[3]) and first[5] in ("是", "否")


def test_formula_protection_is_kept_with_hints(demo_engine: Any, tmp_path: Path) -> None:
    template = system_template(tmp_path / "一表通.xlsx", HINT, EXAMPLE)
    with session_scope(demo_engine) as s:
        person = s.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        person.notes = '=HYPERLINK("http://x")'
    _fill(demo_engine, template, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["人口信息"]
    notes = [ws.cell(r, 8) for r in range(3, ws.max_row + 1) if ws.cell(r, 8).value]
    risky = [c for c in notes if str(c.value).startswith("=")]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)
