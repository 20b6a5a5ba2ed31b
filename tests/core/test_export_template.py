"""Filling other offices' templates (一表通) with the import's own header machinery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Border, Font, PatternFill, Side
from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, MappingProfile
from gridapp.domain import idcard
from gridapp.export.template_fill import TemplateOptions, fill_template
from gridapp.services import groups
from gridapp.services.common import ServiceError

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def dibao_template(path: Path, data_rows: int = 3) -> Path:
    """The civil-affairs office's 低保 roster: a title, a two-level merged header, a footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "低保名单"
    ws["A1"] = "工业路街道低保对象花名册"
    ws.merge_cells("A1:I1")
    ws["A2"] = "填报单位：            （盖章）"
    heads = [("序号", None), ("基本信息", "姓名"), (None, "性别"), (None, "身份证号"),
             ("联系方式", "手机号码"), ("低保证号", None), ("保障人口", None),
             ("家庭住址", None), ("照片", None)]  # fmt: skip
    for c, (top, sub) in enumerate(heads, 1):
        ws.cell(3, c, top)
        ws.cell(4, c, sub)
        for r in (3, 4):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = PatternFill("solid", fgColor="FFFF00")
    for rng in ("B3:D3", "A3:A4", "F3:F4", "G3:G4", "H3:H4", "I3:I4"):
        ws.merge_cells(rng)
    for r in range(5, 5 + data_rows):
        for c in range(1, 10):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).font = Font(name="仿宋", size=11, color="0000FF")
    footer = 5 + data_rows
    ws.cell(footer, 1, "填表人：")
    ws.cell(footer, 5, "审核人：")
    ws.merge_cells(start_row=footer, start_column=1, end_row=footer, end_column=3)
    ws.cell(footer + 1, 1, "注：本表每月5日前报送民政办。")
    ws.print_area = f"A1:I{footer + 1}"
    wb.save(path)
    return path


def ledger_template(path: Path) -> Path:
    """A community ledger layout the import reads: title row, one header row, no data rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "居民花名册"
    labels = ["序号", "户号", "姓名", "与户主关系", "公民身份号码", "性别", "出生年月",
              "联系方式", "户籍地", "备注"]  # fmt: skip
    for c, label in enumerate(labels, 1):
        ws.cell(2, c, label).border = BOX
    wb.save(path)
    return path


def test_dibao_template_filled_in_its_own_style(demo_engine: Any, tmp_path: Path) -> None:
    template = dibao_template(tmp_path / "模板.xlsx")
    out = tmp_path / "填好.xlsx"
    with session_scope(demo_engine) as session:
        result = fill_template(session, template, out, TemplateOptions(group="低保"))
        members = groups.group_members(session, "dibao")
    assert result.rows == len(members) > 3  # more than the template's three empty rows
    assert result.header_row == 4
    assert result.unfilled == ["照片"]
    assert dict(result.mapped)["低保证号"] == "低保证号"
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "工业路街道低保对象花名册"
    assert ws["A2"].value.startswith("填报单位")
    rows = [[c.value for c in ws[r]] for r in range(5, 5 + result.rows)]
    by_name = {m.name: m for m in members}
    for n, row in enumerate(rows, 1):
        seq, name, gender, id_text, phone, number, size, address, photo = row
        m = by_name[name]
        assert seq == n
        assert gender == m.gender and phone == m.phone and address == m.address
        assert id_text == idcard.mask(m.id_number)
        assert number == m.fields["低保证号"] and size == m.fields["保障人口"]
        assert photo is None
    # Styled as the template's data rows, IDs as text, the footer moved below the rows.
    last = 4 + result.rows
    assert ws.cell(last, 2).font.name == "仿宋" and ws.cell(last, 2).border.left.style == "thin"
    assert ws.cell(last, 4).number_format == "@" and ws.cell(last, 4).data_type == "s"
    assert ws.cell(last + 1, 1).value == "填表人："
    assert ws.cell(last + 1, 5).value == "审核人："
    assert ws.cell(last + 2, 1).value.startswith("注：")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert f"A{last + 1}:C{last + 1}" in merged and "B3:D3" in merged
    assert ws.print_area.endswith(f"$A$1:$I${last + 2}")  # the print area grew with the rows
    # The template itself is untouched.
    assert openpyxl.load_workbook(template).active.cell(5, 2).value is None


def test_few_rows_keep_the_template_rows_and_footer(demo_engine: Any, tmp_path: Path) -> None:
    template = dibao_template(tmp_path / "t.xlsx", data_rows=40)
    out = tmp_path / "o.xlsx"
    with session_scope(demo_engine) as session:
        result = fill_template(session, template, out, TemplateOptions(group="低保"))
    ws = openpyxl.load_workbook(out).active
    assert result.rows < 40
    assert ws.cell(5 + 40, 1).value == "填表人："  # footer stays where the template put it
    assert ws.cell(5 + result.rows, 2).value is None  # the rest of the form is left blank
    assert ws.cell(5 + result.rows, 2).border.left.style == "thin"


def test_mapping_correction_is_remembered(demo_engine: Any, tmp_path: Path) -> None:
    template = dibao_template(tmp_path / "t.xlsx")
    with session_scope(demo_engine) as session:
        first = fill_template(
            session, template, tmp_path / "1.xlsx",
            TemplateOptions(group="低保", mapping={"家庭住址": "", "照片": "备注"}),
        )  # fmt: skip
    assert "家庭住址" in first.unfilled and "照片" not in first.unfilled
    # Next month, the same form under another name: the correction holds without asking.
    again = dibao_template(tmp_path / "十二月.xlsx")
    with session_scope(demo_engine) as session:
        second = fill_template(session, again, tmp_path / "2.xlsx", TemplateOptions(group="低保"))
        profiles = session.scalars(select(MappingProfile).where(MappingProfile.kind == "template"))
        assert len(list(profiles)) == 1
    assert second.unfilled == first.unfilled
    ws = openpyxl.load_workbook(tmp_path / "2.xlsx").active
    assert ws.cell(5, 8).value is None


def test_bad_mapping_and_bad_templates(demo_engine: Any, tmp_path: Path) -> None:
    template = dibao_template(tmp_path / "t.xlsx")
    blank = tmp_path / "blank.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "随便写点什么"
    wb.save(blank)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"%PDF-1.4 not a workbook")
    with session_scope(demo_engine) as session:
        with pytest.raises(ServiceError, match="无法识别的字段"):
            fill_template(session, template, tmp_path / "o.xlsx",
                          TemplateOptions(mapping={"照片": "星座"}))  # fmt: skip
        with pytest.raises(ServiceError, match="表头中没有列"):
            fill_template(session, template, tmp_path / "o.xlsx",
                          TemplateOptions(mapping={"血型": "备注"}))  # fmt: skip
        with pytest.raises(ServiceError, match="找不到表头"):
            fill_template(session, blank, tmp_path / "o.xlsx")
        with pytest.raises(ServiceError, match="已损坏"):
            fill_template(session, broken, tmp_path / "o.xlsx")
        with pytest.raises(ServiceError, match="xlsx"):
            fill_template(session, tmp_path / "old.xls", tmp_path / "o.xlsx")
    assert not (tmp_path / "o.xlsx").exists()


def test_filled_template_imports_back_unchanged(demo_engine: Any, tmp_path: Path) -> None:
    from gridapp.importer.service import preview_import

    template = ledger_template(tmp_path / "花名册.xlsx")
    out = tmp_path / "filled.xlsx"
    with session_scope(demo_engine) as session:
        result = fill_template(
            session, template, out, TemplateOptions(grid="东方花园第一网格", full_id=True)
        )
        assert result.unfilled == []
        assert session.scalars(select(ChangeLog).where(ChangeLog.action == "disclose")).all()
        report = preview_import(session, out)
    assert not report.rejected, report.rejected[:3]
    assert report.persons_created == 0 and report.persons_updated == 0
    assert report.persons_unchanged == result.rows > 100
