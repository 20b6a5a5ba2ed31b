"""The ledger export: print-ready, IDs as text and masked, and it round-trips through the import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from gridapp.db import vocab
from gridapp.db.engine import open_register, session_scope
from gridapp.db.models import ChangeLog, Person
from gridapp.domain import idcard
from gridapp.export.ledger import LEDGER_COLUMNS, LedgerFilter, export_ledger
from gridapp.services.changelog import ChangeWriter, verify
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.register import update_person

ISSUE_LABELS = ["网格", "小区", "楼栋", "单元", "房号", "户号", "与户主关系", "姓名", "性别", "民族",
                "公民身份号码", "出生日期", "年龄", "联系电话", "人员类别", "政治面貌", "特殊人群",
                "状态", "备注"]  # fmt: skip


def read(path: Path, full: bool = False) -> tuple[Any, list[str], list[tuple[Any, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=not full)
    ws = wb.active
    header = list(next(ws.iter_rows(min_row=2, max_row=2, values_only=True)))
    # 姓名 present: persons only, not the footer
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[7] is not None]
    if not full:
        wb.close()
    return ws, header, rows


def by_id(header: list[str], rows: list[tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    i = header.index("公民身份号码")
    return {r[i]: r for r in rows}


def test_ledger_layout_and_print_setup(demo_engine: Any, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    with session_scope(demo_engine) as session:
        result = export_ledger(session, out, today=dt.date(2026, 11, 27))
        live = session.scalar(
            select(Person.id).where(Person.status.not_in(vocab.ARCHIVED_STATUSES)).limit(1)
        )
        assert live is not None
        count = len(
            list(
                session.scalars(
                    select(Person.id).where(Person.status.not_in(vocab.ARCHIVED_STATUSES))
                )
            )
        )
    ws, header, rows = read(out, full=True)
    assert header[: len(ISSUE_LABELS)] == ISSUE_LABELS
    assert header == [label for label, _, _ in LEDGER_COLUMNS]
    assert "工业路街道" in ws["A1"].value and "2026年11月27日" in ws["A1"].value
    assert result.persons == len(rows) == count
    assert result.households > 300
    # IDs and phones as text, masked; dates as dates.
    ids = [ws.cell(r, 11) for r in range(3, 3 + len(rows))]
    assert all(c.data_type == "s" and c.number_format == "@" for c in ids)
    assert all("********" in c.value and len(c.value) == 18 for c in ids)
    phones = [ws.cell(r, 14) for r in range(3, 3 + len(rows)) if ws.cell(r, 14).value]
    assert phones and all(c.data_type == "s" for c in phones)
    assert all(isinstance(ws.cell(r, 12).value, dt.datetime) for r in range(3, 13))
    assert ws.cell(3, 12).number_format == "yyyy-mm-dd"
    # Head of household first, each household together.
    number_col, rel_col = header.index("户号"), header.index("与户主关系")
    households: dict[str, list[str]] = {}
    previous = None
    for row in rows:
        if row[number_col] != previous:
            assert row[number_col] not in households, "a household is split"
            previous = row[number_col]
        households.setdefault(row[number_col], []).append(row[rel_col])
    for relations_of in households.values():
        if "户主" in relations_of:
            assert relations_of[0] == "户主"
    assert sum(1 for r in households.values() if r[0] == "户主") > 300
    # Print set-up.
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1)  # 1 is the default, left out of the file
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$2:$2"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.cell(2, 1).font.b
    # Empty cells are bordered too, by one conditional format over the whole table.
    rules = [(str(cf.sqref), r.type) for cf in ws.conditional_formatting for r in cf.rules]
    assert (f"A3:AM{2 + len(rows)}", "containsBlanks") in rules
    assert ws.column_dimensions["K"].width >= 18  # 18-character IDs fit
    with session_scope(demo_engine) as session:
        assert not session.scalars(select(ChangeLog).where(ChangeLog.action == "disclose")).all()


def test_full_id_is_recorded_as_disclosure(demo_engine: Any, tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    with session_scope(demo_engine) as session:
        result = export_ledger(session, out, LedgerFilter(grid="东方花园第一网格"), full_id=True)
    _, header, rows = read(out)
    ids = [r[header.index("公民身份号码")] for r in rows]
    assert all(idcard.is_valid(i) for i in ids)
    with session_scope(demo_engine) as session:
        entries = session.scalars(select(ChangeLog).where(ChangeLog.action == "disclose")).all()
        assert len(entries) == 1
        assert entries[0].new == str(result.persons)
        assert "东方花园第一网格" in entries[0].note
        assert verify(session) is None


def test_filters(demo_engine: Any, tmp_path: Path) -> None:
    with session_scope(demo_engine) as session:
        everyone = export_ledger(session, tmp_path / "all.xlsx", LedgerFilter(status="all"))
        active = export_ledger(session, tmp_path / "a.xlsx")
        grid = export_ledger(session, tmp_path / "g.xlsx", LedgerFilter(grid="东方花园第一网格"))
        building = export_ledger(session, tmp_path / "b.xlsx", LedgerFilter(building="1号楼"))
        dibao = export_ledger(session, tmp_path / "d.xlsx", LedgerFilter(group="低保"))
    assert everyone.persons > active.persons > grid.persons > 0
    _, header, rows = read(tmp_path / "all.xlsx")
    statuses = {r[header.index("状态")] for r in rows}
    assert {"已迁出", "已死亡", "在册"} <= statuses
    _, header, rows = read(tmp_path / "g.xlsx")
    assert {r[0] for r in rows} == {"东方花园第一网格"}
    ws, header, rows = read(tmp_path / "b.xlsx", full=True)
    assert "1号楼" in ws["A1"].value
    assert building.persons == len(rows) > 0 and {r[2] for r in rows} == {"1号楼"}
    _, header, rows = read(tmp_path / "d.xlsx")
    assert dibao.persons == len(rows) > 0
    assert all("低保" in r[header.index("特殊人群")] for r in rows)


def test_bad_requests_are_refused(demo_engine: Any, tmp_path: Path) -> None:
    with session_scope(demo_engine) as session:
        with pytest.raises(NotFound, match="没有名为“火星网格”的网格"):
            export_ledger(session, tmp_path / "x.xlsx", LedgerFilter(grid="火星网格"))
        with pytest.raises(NotFound):
            export_ledger(session, tmp_path / "x.xlsx", LedgerFilter(building="99号楼"))
        with pytest.raises(NotFound, match="特殊人群"):
            export_ledger(session, tmp_path / "x.xlsx", LedgerFilter(group="火星人"))
        with pytest.raises(ServiceError, match="active 或 all"):
            export_ledger(session, tmp_path / "x.xlsx", LedgerFilter(status="dead"))
        with pytest.raises(ServiceError, match=r"\.xlsx"):
            export_ledger(session, tmp_path / "x.xls")
        with pytest.raises(ServiceError, match="目录不存在"):
            export_ledger(session, tmp_path / "nowhere" / "x.xlsx")
    assert not list(tmp_path.glob("*.xlsx")), "no file, not even a temporary one, is left"


def test_round_trip_export_import_export(demo_engine: Any, tmp_path: Path) -> None:
    """Export → import into an empty register → export gives identical persons."""
    from gridapp.importer.service import run_import

    with session_scope(demo_engine) as session:
        someone = session.scalars(
            select(Person).where(Person.status == vocab.STATUS_ACTIVE).order_by(Person.id)
        ).first()  # in the first grid (the demo numbers households grid by grid)
        assert someone is not None
        writer = ChangeWriter(session, "测试")
        update_person(session, writer, someone, {"extra": {"车牌号": "豫A12345"},
                                                 "notes": "腿脚不便"})  # fmt: skip
        writer.flush()
        whole = LedgerFilter(grid="东方花园第一网格", status="all")  # a small register
        first = export_ledger(session, tmp_path / "1.xlsx", whole, full_id=True)
    empty = open_register(tmp_path / "empty.db")
    try:
        with session_scope(empty) as session:
            report = run_import(session, tmp_path / "1.xlsx")
            assert not report.rejected, report.rejected[:3]
            assert report.persons_created == first.persons
        with session_scope(empty) as session:
            second = export_ledger(
                session, tmp_path / "2.xlsx", LedgerFilter(status="all"), full_id=True
            )  # everything the empty register now holds
    finally:
        empty.dispose()
    _, h1, rows1 = read(tmp_path / "1.xlsx")
    _, h2, rows2 = read(tmp_path / "2.xlsx")
    assert h1 == h2 and "车牌号" in h1
    assert second.persons == first.persons
    a, b = by_id(h1, rows1), by_id(h2, rows2)
    assert len(a) == first.persons > 100
    assert {r[h1.index("状态")] for r in rows1} >= {"在册", "已迁出"}
    assert a == b
    assert a[someone.id_number][h1.index("车牌号")] == "豫A12345"


def test_streams_in_chunks_and_can_be_cancelled(
    demo_engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.export import ledger
    from gridapp.services.common import CancelFlag, Cancelled

    with session_scope(demo_engine) as session:
        export_ledger(session, tmp_path / "one.xlsx")
    monkeypatch.setattr(ledger, "CHUNK", 37)  # many chunk boundaries in a small register
    seen: list[int] = []
    with session_scope(demo_engine) as session:
        export_ledger(session, tmp_path / "chunked.xlsx", progress=lambda d, t, m: seen.append(d))
    assert read(tmp_path / "one.xlsx")[2] == read(tmp_path / "chunked.xlsx")[2]
    assert len(seen) > 20 and seen == sorted(seen)
    flag = CancelFlag()
    flag.cancel()
    with session_scope(demo_engine) as session, pytest.raises(Cancelled):
        export_ledger(session, tmp_path / "cancelled.xlsx", cancel=flag)
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["chunked.xlsx", "one.xlsx"]


def test_a_failed_export_leaves_no_parts_and_no_file(demo_engine: Any, tmp_path: Path,
                                                    monkeypatch: Any) -> None:  # fmt: skip
    """XlsxWriter spills parts to disk while writing; a failure must take them along."""
    import tempfile

    from gridapp.export import style

    spill = tmp_path / "tmp"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    calls = {"n": 0}
    real_write = style.Sheet.write

    def failing_write(self: Any, values: Any) -> None:
        calls["n"] += 1
        if calls["n"] > 50:
            raise OSError(28, "No space left on device")
        real_write(self, values)

    monkeypatch.setattr(style.Sheet, "write", failing_write)
    out = tmp_path / "out" / "ledger.xlsx"
    out.parent.mkdir()
    with session_scope(demo_engine) as session, pytest.raises(OSError):
        export_ledger(session, out)
    assert calls["n"] > 50
    assert not list(out.parent.iterdir()) and not list(spill.iterdir())


@pytest.mark.real_clock
def test_what_a_killed_export_left_is_cleaned_by_the_next_one(
    demo_engine: Any, tmp_path: Path
) -> None:
    import os
    import time

    out = tmp_path / "ledger.xlsx"
    dead_file = tmp_path / ".ledger.k1ll3d.xlsx"
    dead_parts = tmp_path / ".ledger.k1ll3d.xlsx.parts"
    live_file = tmp_path / ".ledger.running.xlsx"
    dead_file.write_bytes(b"half a workbook")
    dead_parts.mkdir()
    (dead_parts / "tmpx").write_bytes(b"spilled rows with ID numbers")
    live_file.write_bytes(b"another export, still writing")
    old = time.time() - 3600
    for path in (dead_file, dead_parts):
        os.utime(path, (old, old))
    with session_scope(demo_engine) as session:
        export_ledger(session, out)
    assert out.exists() and live_file.exists()
    assert not dead_file.exists() and not dead_parts.exists()
