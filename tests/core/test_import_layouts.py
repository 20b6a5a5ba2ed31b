"""Real ledger layouts beyond one person a row: households a row with members in column groups,
流动人口 registers, hidden rows and columns, headers under notes, subtotal rows, CSV dialects,
.ods, the same person twice, heads listed after their members. Every file is built here."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import Area, Building, Compound, Household, Person, Room, Unit
from gridapp.importer import readers
from gridapp.importer.headers import find_header, parse_member_label
from gridapp.importer.service import ImportOptions, ImportReport, NothingToImport, run_import
from gridapp.importer.target import grid_names
from gridapp.services.common import ServiceError
from tests.helpers import ledgers as L

GRID = "测试网格"


def do_import(engine: Any, path: Path, **options: Any) -> ImportReport:
    with session_scope(engine) as s:
        options.setdefault("grid", GRID)
        options.setdefault("new_grid", options["grid"] not in grid_names(s))
        return run_import(s, path, ImportOptions(**options))


def person(engine: Any, id_number: str) -> dict[str, Any]:
    """The stored person with their household's address and head (plain values)."""
    with session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == id_number)).one()
        hh = p.household
        assert hh is not None
        return {
            "name": p.name, "relation": p.relation, "phone": p.phone, "category": p.category,
            "hukou": p.hukou_address, "moved_in_on": p.moved_in_on, "extra": dict(p.extra or {}),
            "household": hh.id, "address": hh.address, "head_id": hh.head_id, "id": p.id,
            "number": hh.number,
        }  # fmt: skip


def household_count(engine: Any) -> int:
    with session_scope(engine) as s:
        return len(s.scalars(select(Household.id)).all())


def people(count: int, seed: int) -> list[L.Member]:
    return [m for home in L.homes(count, seed=seed) for m in home.members]


# ------------------------------------------------------------------ households a row, wide


def test_member_labels_parsed() -> None:
    cases = {
        "户主姓名": ("户主", "姓名"), "成员1姓名": ("成员1", "姓名"),
        "成员（2）身份证号": ("成员2", "身份证号"), "家庭成员3与户主关系": ("家庭成员3", "与户主关系"),
        "成员一姓名": ("成员1", "姓名"), "成员十二电话": ("成员12", "电话"),
        "配偶身份证号": ("配偶", "身份证号"), "子女2姓名": ("子女2", "姓名"),
        "其他成员": ("其他成员", ""),
    }  # fmt: skip
    for label, (key, rest) in cases.items():
        parsed = parse_member_label(label)
        assert parsed is not None and (parsed.key, parsed.rest) == (key, rest), label
    for label in ("姓名", "与户主关系", "户籍地址", "户号", "身份证号"):
        assert parse_member_label(label) is None, label


def wide_rows(homes: list[L.Home], members: int = 3, number: bool = True) -> list[list[object]]:
    header: list[object] = ["序号", "户号", "住址", "户主姓名", "户主身份证号", "户主电话"]
    for i in range(1, members + 1):
        header += [f"成员{i}姓名", f"成员{i}关系", f"成员{i}身份证号"]
    if not number:
        header.pop(1)
    rows = [["东方花园居民户籍登记表（一户一行）"], header]
    for n, home in enumerate(homes, 1):
        head, *rest = home.members
        row: list[object] = [n, home.number, home.address, head.name, head.id_number, head.phone]
        for m in rest[:members]:
            row += [m.name, m.relation, m.id_number]
        if not number:
            row.pop(1)
        rows.append(row)
    return rows


def test_household_per_row_expands_into_one_person_a_row(engine: Any, tmp_path: Path) -> None:
    homes = [h for h in L.homes(12, seed=21) if len(h.members) <= 4]
    path = L.write_xlsx(tmp_path / "wide.xlsx", {"户籍": wide_rows(homes)})
    report = do_import(engine, path)
    assert report.rejected == [] and report.warnings == []
    assert report.persons_created == sum(len(h.members) for h in homes)
    assert report.households_created == len(homes)
    assert report.unknown_columns == []
    for home in homes:
        head = person(engine, home.members[0].id_number)
        assert head["relation"] == "户主" and head["phone"] == home.members[0].phone
        assert head["head_id"] == head["id"] and head["number"] == home.number
        for m in home.members[1:]:
            got = person(engine, m.id_number)
            assert got["household"] == head["household"], "joined the head's household"
            assert got["relation"] == m.relation and got["name"] == m.name
            assert got["address"] == home.address


def test_household_per_row_without_number_column(engine: Any, tmp_path: Path) -> None:
    """No 户号: every row is its own household, even two households at one address."""
    a, b = L.homes(2, seed=22)
    b.building, b.unit, b.room = a.building, a.unit, a.room
    path = L.write_xlsx(tmp_path / "wide.xlsx", {"户籍": wide_rows([a, b], number=False)})
    report = do_import(engine, path)
    assert report.rejected == [] and report.households_created == 2
    assert (
        person(engine, a.members[-1].id_number)["household"]
        == person(engine, a.members[0].id_number)["household"]
    )
    assert (
        person(engine, b.members[0].id_number)["household"]
        != person(engine, a.members[0].id_number)["household"]
    )


def test_household_per_row_label_variants(engine: Any, tmp_path: Path) -> None:
    """Plain 姓名/身份证号 are the head's; 配偶, 子女 (子 or 女 by the ID), 家庭成员一."""
    ps = people(12, seed=23)
    son = next(m for m in ps if m.gender == "男" and m.relation != "户主")
    daughter = next(m for m in ps if m.gender == "女" and m is not son)
    head, spouse, other = [m for m in ps if m not in (son, daughter)][:3]
    header = ["姓名", "身份证号", "联系电话", "配偶姓名", "配偶身份证号", "子女1姓名",
              "子女1身份证号", "子女2姓名", "子女2身份证号", "家庭成员一姓名",
              "家庭成员一与户主关系", "家庭成员一身份证号", "小区", "楼栋", "单元", "房号"]  # fmt: skip
    row = [head.name, head.id_number, head.phone, spouse.name, spouse.id_number, son.name,
           son.id_number, daughter.name, daughter.id_number, other.name, "母亲",
           other.id_number, "幸福小区", "3号楼", "2单元", "501"]  # fmt: skip
    path = L.write_xlsx(tmp_path / "wide.xlsx", {"Sheet1": [header, row]})
    report = do_import(engine, path)
    assert report.rejected == [] and report.persons_created == 5
    assert report.households_created == 1
    relations = {m.id_number: person(engine, m.id_number)["relation"]
                 for m in (head, spouse, son, daughter, other)}  # fmt: skip
    assert relations == {head.id_number: "户主", spouse.id_number: "配偶",
                         son.id_number: "子", daughter.id_number: "女", other.id_number: "母亲"}  # fmt: skip
    assert person(engine, other.id_number)["address"] == "幸福小区3号楼2单元501室"
    assert person(engine, head.id_number)["phone"] == head.phone


def test_household_per_row_two_level_header(engine: Any, tmp_path: Path) -> None:
    """户主 | 成员1 | 成员2 merged over 姓名 | 身份证号 | 关系."""
    homes = [h for h in L.homes(6, seed=24) if 2 <= len(h.members) <= 3]
    top: list[object] = ["住址", "户主", None, "成员1", None, None, "成员2", None, None]
    sub: list[object] = [None, "姓名", "身份证号", "姓名", "关系", "身份证号", "姓名", "关系",
                         "身份证号"]  # fmt: skip
    rows = [top, sub]
    for home in homes:
        row: list[object] = [home.address]
        for i, m in enumerate(home.members):
            row += [m.name, m.id_number] if i == 0 else [m.name, m.relation, m.id_number]
        rows.append(row)
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5), (0, 6, 0, 8)]
    path = L.write_xlsx(tmp_path / "two.xlsx", {"户籍": rows}, {"户籍": merges})
    report = do_import(engine, path)
    assert report.rejected == [] and report.households_created == len(homes)
    assert report.persons_created == sum(len(h.members) for h in homes)
    for home in homes:
        head = person(engine, home.members[0].id_number)
        assert head["relation"] == "户主" and head["address"] == home.address
        for m in home.members[1:]:
            assert person(engine, m.id_number)["household"] == head["household"]


def test_household_per_row_members_it_cannot_place(engine: Any, tmp_path: Path) -> None:
    """成员3 has a name column but no ID column; 成员1爱好 is no field; 其他成员 lists names
    in one cell; a bad member ID; a head without a name: each reported on its row."""
    ps = people(20, seed=25)
    header = ["户号", "户主姓名", "户主身份证号", "成员1姓名", "成员1身份证号", "成员1爱好",
              "成员2姓名", "成员2身份证号", "成员3姓名", "其他成员"]  # fmt: skip
    rows: list[list[object]] = [header]
    rows.append(["H1", ps[0].name, ps[0].id_number, ps[1].name, ps[1].id_number, "书法",
                 ps[2].name, ps[2].id_number, "王五", ""])  # fmt: skip
    rows.append(["H2", ps[3].name, ps[3].id_number, ps[4].name, ps[4].id_number, "", "", "",
                 "", "赵六、钱七"])  # fmt: skip
    bad = ps[6].id_number[:-1] + ("0" if ps[6].id_number[-1] != "0" else "1")
    rows.append(["H3", ps[5].name, ps[5].id_number, ps[6].name, bad, "", "", "", "", ""])
    rows.append(["H4", "", "", ps[7].name, ps[7].id_number, "", "", "", "", ""])
    path = L.write_xlsx(tmp_path / "wide.xlsx", {"户籍": rows})
    report = do_import(engine, path)
    rejected = {(r.row, r.column) for r in report.rejected}
    assert rejected == {(2, "成员3姓名"), (4, "成员1身份证号"), (5, "户主姓名")}
    by_row = {r.row: r for r in report.rejected}
    assert "成员3没有“身份证号”列" in by_row[2].reason
    assert by_row[2].column_index == 8 and by_row[4].column_index == 4
    assert by_row[2].cells[1] == ps[0].name  # the original row, for the rejects workbook
    warned = {(w["row"], w["column"]) for w in report.warnings}
    assert {(2, "成员1爱好"), (3, "其他成员")} <= warned
    assert "成员1爱好" in report.unknown_columns and "其他成员" in report.unknown_columns
    assert person(engine, ps[1].id_number)["extra"] == {"爱好": "书法"}
    assert person(engine, ps[0].id_number)["extra"] == {}
    # H4's member is imported into H4 (its own household, no head), not into H3
    assert person(engine, ps[7].id_number)["number"] == "H4"
    assert (
        person(engine, ps[7].id_number)["household"] != person(engine, ps[5].id_number)["household"]
    )
    assert report.persons_created == 7  # ps 0-5 and 7


def test_person_header_with_head_name_column_stays_one_person_a_row(
    engine: Any, tmp_path: Path
) -> None:
    """户主姓名 beside 姓名 and 与户主关系 names each row's head: no member groups there."""
    home = L.homes(1, seed=26)[0]
    rows: list[list[object]] = [["姓名", "与户主关系", "身份证号", "户主姓名", "住址"]]
    for m in home.members:
        rows.append([m.name, m.relation, m.id_number, home.members[0].name, home.address])
    report = do_import(engine, L.write_xlsx(tmp_path / "p.xlsx", {"s": rows}))
    assert report.rejected == [] and report.persons_created == len(home.members)
    assert report.unknown_columns == ["户主姓名"]
    assert household_count(engine) == 1


def test_wide_header_found_without_plain_name_column() -> None:
    rows: list[list[object]] = [
        ["说明"],
        ["户主姓名", "户主身份证号", "成员1姓名", "成员1身份证号"],
    ]
    match = find_header(rows, [])
    assert match is not None and match.header_row == 1


# ------------------------------------------------------------------------ 流动人口 register


def floating_rows(ps: list[L.Member], category: bool = False) -> list[list[object]]:
    header = ["序号", "姓名", "性别", "公民身份号码", "暂住证号", "户籍地址", "现住址", "登记日期",
              "联系电话"] + (["人员类别"] if category else [])  # fmt: skip
    rows: list[list[object]] = [["工业路社区流动人口登记表"], header]
    for n, m in enumerate(ps, 1):
        rows.append([n, m.name, m.gender, m.id_number, f"豫郑{n:08d}", "河南省周口市川汇区",
                     f"东方花园{n}号楼1单元101室", dt.date(2025, 3, n), m.phone]
                    + (["寄住人口"] if category else []))  # fmt: skip
    return rows


def test_floating_population_register(engine: Any, tmp_path: Path) -> None:
    ps = people(3, seed=27)[:4]
    path = L.write_xlsx(tmp_path / "float.xlsx", {"流动人口": floating_rows(ps)})
    report = do_import(engine, path)
    assert report.rejected == [] and report.persons_created == len(ps)
    assert report.unknown_columns == []  # 暂住证号 is read on purpose
    headers = report.headers[0].columns
    assert headers["登记日期"] == "moved_in_on" and headers["现住址"] == "address"
    for n, m in enumerate(ps, 1):
        got = person(engine, m.id_number)
        assert got["category"] == "流动人口" and got["hukou"] == "河南省周口市川汇区"
        assert got["moved_in_on"] == dt.date(2025, 3, n)
        assert got["extra"] == {"暂住证号": f"豫郑{n:08d}"}
        assert got["address"].startswith(f"东方花园{n}号楼")


def test_floating_register_keeps_its_own_category_column(engine: Any, tmp_path: Path) -> None:
    ps = people(2, seed=28)[:2]
    path = L.write_xlsx(tmp_path / "float.xlsx", {"Sheet1": floating_rows(ps, category=True)})
    do_import(engine, path)
    assert {person(engine, m.id_number)["category"] for m in ps} == {"寄住人口"}


def test_registration_date_outside_floating_register_is_not_a_move_in(
    engine: Any, tmp_path: Path
) -> None:
    ps = people(2, seed=29)[:2]
    rows = floating_rows(ps)
    rows[0] = ["居民信息登记表"]
    report = do_import(engine, L.write_xlsx(tmp_path / "p.xlsx", {"居民": rows}))
    assert "登记日期" in report.unknown_columns
    got = person(engine, ps[0].id_number)
    assert got["category"] == "户籍人口" and got["moved_in_on"] is None
    assert got["extra"]["登记日期"] == "2025-03-01"


# ---------------------------------------------------------------- hidden rows and columns


def hidden_book(path: Path, ps: list[L.Member]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "居民"
    ws.append(["姓名", "身份证号", "联系电话", "住址"])
    for m in ps:
        ws.append([m.name, m.id_number, m.phone, "东方花园1号楼1单元101室"])
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions.group("H", "Z", hidden=True)  # unused columns hidden: not reported
    plain = book.create_sheet("其他")
    plain.append(["姓名", "身份证号"])
    plain.append([ps[-1].name + "甲", L.homes(1, seed=99)[0].members[0].id_number])
    book.save(path)
    return path


def test_hidden_rows_and_columns_are_read_and_reported(engine: Any, tmp_path: Path) -> None:
    ps = people(3, seed=30)[:5]
    path = hidden_book(tmp_path / "hidden.xlsx", ps)
    sheet = readers.read_book(path, ["居民"])[0]
    assert sheet.hidden_rows == [2, 4] and 2 in sheet.hidden_cols
    report = do_import(engine, path)
    assert report.rejected == [] and report.persons_created == len(ps) + 1
    assert person(engine, ps[1].id_number)["phone"] == ps[1].phone  # hidden row, hidden column
    hidden = [w for w in report.warnings if "隐藏" in w["message"]]
    assert len(hidden) == 1 and hidden[0]["sheet"] == "居民"
    assert "2 行被隐藏（第 3、5 行）" in hidden[0]["message"]
    assert "1 列被隐藏（联系电话）" in hidden[0]["message"]


def test_hidden_sheet_is_reported(engine: Any, tmp_path: Path) -> None:
    import openpyxl

    m = people(1, seed=31)[0]
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["姓名", "身份证号"])
    ws.append([m.name, m.id_number])
    ws.sheet_state = "hidden"
    book.create_sheet("可见").append(["备注"])
    book.save(tmp_path / "h.xlsx")
    report = do_import(engine, tmp_path / "h.xlsx")
    assert report.persons_created == 1
    assert any("隐藏的工作表" in w["message"] for w in report.warnings)


# ------------------------------------------------------- notes above, subtotals, blank rows


def test_header_under_notes_with_subtotal_and_blank_rows(engine: Any, tmp_path: Path) -> None:
    homes = L.homes(6, seed=32)
    notes: list[list[object]] = [["东方花园小区居民信息台账"]]
    notes += [
        [f"{i}. 填表说明：身份证号请填写18位，姓名与户口本一致（第{i}条）"] for i in range(1, 12)
    ]
    rows = [*notes, ["姓名", "与户主关系", "身份证号", "楼栋", "单元", "房号"]]
    last_building = homes[0].building
    ignored = 0
    for home in homes:
        if home.building != last_building:
            rows += [[f"{last_building}号楼小计", "", "", "", "", ""], [None] * 6]
            ignored += 2
            last_building = home.building
        for m in home.members:
            rows.append([m.name, m.relation, m.id_number, f"{home.building}号楼", home.unit,
                         home.room])  # fmt: skip
        rows.append([None] * 6)
        ignored += 1
    rows += [["", "小计：6户", "", "", "", ""], ["本页合计", "", "", "", "", ""]]
    path = L.write_xlsx(tmp_path / "notes.xlsx", {"台账": rows})
    report = do_import(engine, path)
    assert report.headers[0].header_row == 13
    assert report.rejected == []
    assert report.ignored_rows == ignored + 2
    assert report.persons_created == sum(len(h.members) for h in homes)
    assert report.households_created == len(homes)


def test_subtotal_rows_between_buildings_in_one_sheet(engine: Any, tmp_path: Path) -> None:
    a, b = L.homes(2, seed=33)
    b.building = 2
    rows: list[list[object]] = [["姓名", "与户主关系", "身份证号", "楼栋", "房号"]]
    for home, label in ((a, "1号楼小计：2人"), (b, "二单元合计")):
        rows += [[m.name, m.relation, m.id_number, f"{home.building}号楼", home.room]
                 for m in home.members]  # fmt: skip
        rows.append([label, "", "", "", ""])
    report = do_import(engine, L.write_xlsx(tmp_path / "s.xlsx", {"s": rows}))
    assert report.rejected == [] and report.ignored_rows == 2


# ----------------------------------------------------------------------------- CSV dialects


def csv_text(rows: list[list[object]], sep: str, quote_all: bool = False) -> str:
    def cell(v: object) -> str:
        text = "" if v is None else str(v)
        return '"' + text.replace('"', '""') + '"' if quote_all or sep in text else text

    return "".join(sep.join(cell(v) for v in row) + "\r\n" for row in rows)


@pytest.mark.parametrize(
    ("name", "sep", "encoding", "prefix"),
    [
        ("semicolon.csv", ";", "utf-8-sig", ""),
        ("excel-unicode.txt", "\t", "utf-16", ""),  # Excel "Unicode 文本": UTF-16LE, BOM, tabs
        ("gbk.csv", ",", "gbk", ""),
        ("gb18030.csv", ",", "gb18030", ""),
        ("sep-line.csv", ";", "utf-8", "sep=;\r\n"),
    ],
)
def test_csv_dialects(
    engine: Any, tmp_path: Path, name: str, sep: str, encoding: str, prefix: str
) -> None:
    data = L.homes(5, seed=34)
    rows = L.plain_rows(data)
    for row in rows[1:]:
        row[7] = "东方花园,北区"  # a separator inside a quoted cell
    rows[2][3] = "bad"
    path = tmp_path / name
    path.write_bytes((prefix + csv_text(rows, sep)).encode(encoding))
    if encoding == "utf-16":
        assert path.read_bytes()[:2] == b"\xff\xfe"
    report = do_import(engine, path)
    assert [(r.row, r.column) for r in report.rejected] == [(3, "身份证号")]
    assert report.persons_created == sum(len(h.members) for h in data) - 1
    got = person(engine, data[-1].members[0].id_number)
    assert got["address"].startswith("东方花园,北区")


WEB_ID = '="{}"'


def web_export(path: Path, ps: list[L.Member]) -> Path:
    rows: list[list[object]] = [["姓名", "身份证号", "联系电话", "住址"]]
    for m in ps:
        rows.append([m.name, WEB_ID.format(m.id_number), WEB_ID.format(m.phone), "东方花园1号楼"])
    path.write_bytes(csv_text(rows, ",", quote_all=True).encode("utf-8-sig"))
    return path


def test_web_export_cells_are_read_as_excel_shows_them(tmp_path: Path) -> None:
    """``="410…"`` is how a CSV keeps digits as text in Excel: the reader unwraps it."""
    ps = people(2, seed=35)[:2]
    sheet = readers.read_book(web_export(tmp_path / "web.csv", ps))[0]
    assert sheet.rows[1][:3] == [ps[0].name, ps[0].id_number, ps[0].phone]


def test_web_export_imports_ids_and_phones(engine: Any, tmp_path: Path) -> None:
    ps = people(2, seed=35)[:3]
    report = do_import(engine, web_export(tmp_path / "web.csv", ps))
    assert report.rejected == [] and report.persons_created == len(ps)
    assert person(engine, ps[0].id_number)["phone"] == ps[0].phone


# ------------------------------------------------------------------------------------- .ods


def write_ods(path: Path, sheets: dict[str, list[list[object]]], tail: bool = True) -> Path:
    """A minimal OpenDocument spreadsheet (what LibreOffice writes, less the styles), with the
    repeated empty rows and cells it writes for the rest of the sheet."""
    body: list[str] = []
    for name, rows in sheets.items():
        body.append(f'<table:table table:name="{escape(name)}">')
        body.append('<table:table-column table:number-columns-repeated="30"/>')
        for row in rows:
            body.append("<table:table-row>")
            for value in row:
                if value is None or value == "":
                    body.append("<table:table-cell/>")
                elif isinstance(value, (int, float)):
                    body.append(f'<table:table-cell office:value-type="float" '
                                f'office:value="{value}"><text:p>{value}</text:p>'
                                "</table:table-cell>")  # fmt: skip
                else:
                    body.append('<table:table-cell office:value-type="string">'
                                f"<text:p>{escape(str(value))}</text:p></table:table-cell>")  # fmt: skip
            body.append('<table:table-cell table:number-columns-repeated="1000"/>')
            body.append("</table:table-row>")
        if tail:
            body.append('<table:table-row table:number-rows-repeated="1048000">'
                        '<table:table-cell table:number-columns-repeated="1024"/>'
                        "</table:table-row>")  # fmt: skip
        body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
               'office:version="1.2"><office:body><office:spreadsheet>' + "".join(body)
               + "</office:spreadsheet></office:body></office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')  # fmt: skip
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize("name", ["ledger.ods", "saved-as.xlsx"])
def test_ods_ledger(engine: Any, tmp_path: Path, name: str) -> None:
    """LibreOffice/WPS .ods, also when it was given an .xlsx name."""
    data = L.homes(6, seed=37)
    rows = L.plain_rows(data)
    rows[2][3] = float(rows[2][3])  # type: ignore[arg-type]  # a number cell: refused
    path = write_ods(tmp_path / name, {"说明": [["本表说明"]], "台账": rows})
    report = do_import(engine, path)
    assert report.sheets == ["台账"] and report.skipped_sheets == ["说明"]
    assert [(r.row, r.column) for r in report.rejected] == [(3, "身份证号")]
    assert report.persons_created == sum(len(h.members) for h in data) - 1
    assert report.households_created == len(data)


def test_ods_with_repeated_rows_unfolding_too_far_is_refused(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "bomb.ods", {"s": [["姓名", "身份证号"]]}, tail=False)
    blob = (path.read_bytes(), zipfile.ZipFile(path).read("content.xml").decode())
    content = blob[1].replace(
        "</table:table>",
        '<table:table-row table:number-rows-repeated="200000"><table:table-cell '
        'table:number-columns-repeated="100" office:value-type="string"><text:p>x</text:p>'
        "</table:table-cell></table:table-row></table:table>",
    )
    bomb = tmp_path / "bomb2.ods"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = content.encode() if info.filename == "content.xml" else src.read(info)
            dst.writestr(info, data)
    assert bomb.stat().st_size < 2000
    with pytest.raises(ServiceError, match="使用范围过大"):
        readers.read_book(bomb)
    # the same file without the repeat is read
    assert readers.read_book(path)[0].rows[0] == ["姓名", "身份证号"]


def test_corrupt_ods_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ServiceError, match="损坏"):
        readers.read_book(path)


# ------------------------------------------------------------ the same person, heads later


def test_same_person_in_two_sheets_reported_once_first_kept(engine: Any, tmp_path: Path) -> None:
    home = L.homes(1, seed=38)[0]
    first: list[list[object]] = [["姓名", "与户主关系", "身份证号", "住址"]]
    first += [[m.name, m.relation, m.id_number, home.address] for m in home.members]
    twin = home.members[0]
    second: list[list[object]] = [["姓名", "身份证号", "住址", "联系电话"],
                                  [twin.name, twin.id_number, "别处1号楼", "13900000000"]]  # fmt: skip
    path = L.write_xlsx(tmp_path / "two.xlsx", {"全部人口": first, "党员": second})
    report = do_import(engine, path)
    assert [(r.sheet, r.row) for r in report.rejected] == [("党员", 2)]
    assert "工作表“全部人口”第 2 行重复" in report.rejected[0].reason
    assert report.persons_created == len(home.members)
    got = person(engine, twin.id_number)
    assert got["address"] == home.address and got["phone"] != "13900000000"


def test_head_listed_after_members_of_numbered_household(engine: Any, tmp_path: Path) -> None:
    """Rows sorted by name: the 户主 is not the household's first row, 户号 groups them; the
    place stands on the head's row only and must not come from the household above."""
    a, b = [h for h in L.homes(8, seed=39) if len(h.members) >= 3][:2]
    rows: list[list[object]] = [["户号", "姓名", "与户主关系", "身份证号", "住址"]]
    for home in (a, b):
        head, *rest = home.members
        for m in rest:
            rows.append([home.number, m.name, m.relation, m.id_number, ""])
        rows.append([home.number, head.name, "户主", head.id_number, home.address])
    report = do_import(engine, L.write_xlsx(tmp_path / "sorted.xlsx", {"s": rows}))
    assert report.rejected == [] and report.households_created == 2
    for home in (a, b):
        head = person(engine, home.members[0].id_number)
        assert head["head_id"] == head["id"] and head["relation"] == "户主"
        assert head["address"] == home.address
        for m in home.members[1:]:
            assert person(engine, m.id_number)["household"] == head["household"]


def test_unreadable_layout_writes_nothing(engine: Any, tmp_path: Path) -> None:
    """Member columns without any ID at all: every member refused, nothing half-imported."""
    rows: list[list[object]] = [["户主姓名", "户主身份证号", "成员1姓名", "成员1身份证号"],
                                ["张三", "", "李四", ""]]  # fmt: skip
    with pytest.raises(NothingToImport) as caught:
        do_import(engine, L.write_xlsx(tmp_path / "x.xlsx", {"s": rows}))
    assert len(caught.value.report.rejected) == 2
    assert household_count(engine) == 0


# ------------------------------------------------- every layout: numbered and placed as chosen


def _layout_files(tmp_path: Path) -> dict[str, Path]:
    ps = people(4, seed=61)
    plain = [["姓名", "与户主关系", "身份证号", "楼栋", "单元", "房号"]]
    plain += [[m.name, "户主", m.id_number, f"{n % 3 + 1}号楼", "1单元", f"{100 + n}"]
              for n, m in enumerate(ps[:6])]  # fmt: skip
    semicolon = tmp_path / "分号.csv"
    semicolon.write_bytes(csv_text(plain, ";").encode("gb18030"))
    unicode_text = tmp_path / "unicode.txt"
    unicode_text.write_bytes(csv_text(plain, "\t").encode("utf-16"))
    return {
        "wide": L.write_xlsx(tmp_path / "wide.xlsx", {"s": wide_rows(L.homes(4, seed=62))}),
        "floating": L.write_xlsx(tmp_path / "f.xlsx", {"流动人口": floating_rows(ps[6:9])}),
        "semicolon": semicolon,
        "utf16": unicode_text,
        "ods": write_ods(tmp_path / "o.ods", {"s": plain}),
        "web": web_export(tmp_path / "web.csv", ps[9:11]),
    }


@pytest.mark.parametrize("layout", ["wide", "floating", "semicolon", "utf16", "ods", "web"])
def test_every_layout_numbers_every_household_and_places_it_as_chosen(
    engine: Any, tmp_path: Path, layout: str
) -> None:
    path = _layout_files(tmp_path)[layout]
    report = do_import(engine, path, grid="选定网格", new_grid=True, compound="选定小区")
    assert report.rejected == [] and report.households_created > 0
    with session_scope(engine) as s:
        rows = s.execute(
            select(Household.number, Household.grid_id, Household.room_id)
        ).all()  # fmt: skip
        grid_id = s.scalar(select(Area.id).where(Area.name == "选定网格"))
        compounds = dict(
            s.execute(
                select(Room.id, Compound.name)
                .join(Unit, Unit.id == Room.unit_id)
                .join(Building, Building.id == Unit.building_id)
                .join(Compound, Compound.id == Building.compound_id)
            ).all()
        )
    numbers = [r.number for r in rows]
    assert all(numbers) and len(set(numbers)) == len(numbers)  # numbered, no two alike
    assert {r.grid_id for r in rows} == {grid_id}
    placed = [compounds[r.room_id] for r in rows if r.room_id is not None]
    warned = [w for w in report.warnings if "未归入" in w["message"]]
    assert placed or warned, "no household placed in a building, and no warning said so"
    # the ledger's own compound where its addresses name one, else the chosen one
    assert set(placed) <= {"东方花园", "东方花园小区", "选定小区"}
    if layout in ("semicolon", "utf16", "ods"):  # no compound anywhere in these ledgers
        assert set(placed) == {"选定小区"}
    unplaced = len(rows) - len(placed)
    assert unplaced <= len(warned)  # a household placed nowhere is named in a warning
