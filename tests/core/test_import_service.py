"""The import service on generated messy ledgers: layouts, re-import, preview, undo, bad files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from gridapp.db.engine import session_scope
from gridapp.db.models import (
    Area,
    Building,
    ChangeLog,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    ImportBatch,
    Person,
    Room,
    Unit,
)
from gridapp.importer import profiles, target
from gridapp.importer.service import (
    ImportOptions,
    NothingToImport,
    list_imports,
    preview_import,
    run_import,
    undo_import,
)
from gridapp.services.audit import verify_history
from gridapp.services.changelog import history, verify
from gridapp.services.common import CancelFlag, Cancelled, ServiceError
from tests.helpers import ledgers as L


def fingerprint(engine: Any) -> tuple[int, int, int, str]:
    """Counts and a checksum of every person row: 'exactly as before'."""
    with session_scope(engine) as s:
        rows = s.execute(text("SELECT * FROM person ORDER BY id")).all()
        households = s.scalar(select(func.count()).select_from(Household)) or 0
        log = s.scalar(select(func.count()).select_from(ChangeLog)) or 0
    digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
    return len(rows), households, log, digest


def live_persons(engine: Any) -> int:
    with session_scope(engine) as s:
        return int(s.scalar(select(func.count()).where(Person.deleted_at.is_(None))) or 0)


TEST_GRID = "测试网格"


def grid_options(session: Any, **options: Any) -> ImportOptions:
    """Rows without a grid go to the test grid (created by the first import)."""
    options.setdefault("grid", TEST_GRID)
    if "new_grid" not in options:
        options["new_grid"] = options["grid"] not in target.grid_names(session)
    return ImportOptions(**options)


def do_import(engine: Any, path: Path, **options: Any) -> Any:
    with session_scope(engine) as s:
        return run_import(s, path, grid_options(s, **options))


def members(data: list[L.Home]) -> int:
    return sum(len(h.members) for h in data)


def test_messy_two_level_ledger(engine: Any, tmp_path: Path) -> None:
    data = L.homes(12, seed=3)
    path = L.messy_two_level(tmp_path / "messy.xlsx", data)
    report = do_import(engine, path)
    assert report.rejected == []
    assert report.persons_created == members(data)
    assert report.households_created == len(data)
    # a blank row and a 序号-only row per household, 合计 and 填表人 rows
    assert report.ignored_rows == 2 * len(data) + 2
    with session_scope(engine) as s:
        first = data[0].members[0]
        person = s.scalars(select(Person).where(Person.id_number == first.id_number)).one()
        assert person.name == first.name and person.phone == first.phone
        assert person.birth_date == first.birth and person.gender == first.gender
        assert person.household is not None
        assert person.household.address == "1号楼1单元101室"
        assert person.household.room_id is not None and person.household.sort_key
        assert first.id_number.lower() in person.search_text
        landline = s.scalars(select(Person).where(Person.phone_other == "03716789123")).all()
        assert landline  # the 固定电话 column went to the other phone, not the mobile
        noted = s.scalars(select(Person).where(Person.notes == "老党员")).all()
        assert noted
        assert verify(s) is None


@pytest.mark.parametrize("merged", [True, False])
def test_household_grouped_fill_down(engine: Any, tmp_path: Path, merged: bool) -> None:
    data = L.homes(10, seed=4)
    path = L.household_grouped(tmp_path / "grouped.xlsx", data, merged=merged)
    report = do_import(engine, path)
    assert report.rejected == [] and report.persons_created == members(data)
    assert report.households_created == len(data)
    with session_scope(engine) as s:
        for home in data:
            hh = s.scalars(select(Household).where(Household.number == home.number)).one()
            assert hh.address == home.address
            got = sorted(m.id_number for m in hh.members)
            assert got == sorted(m.id_number for m in home.members)
            head = s.get(Person, hh.head_id)
            assert head is not None and head.relation == "户主"
        wives = s.scalars(select(Person.relation).where(Person.relation == "配偶")).all()
        assert wives  # 妻子/丈夫 → 配偶


def test_heads_start_households_without_number(engine: Any, tmp_path: Path) -> None:
    """No 户号 column: every 户主 row starts a household; two in one flat stay two."""
    a, b = L.homes(2, seed=9)
    b.building, b.unit, b.room = a.building, a.unit, a.room  # the same flat
    rows: list[list[object]] = [["姓名", "与户主关系", "身份证号", "住址"]]
    for home in (a, b):
        for i, m in enumerate(home.members):
            rows.append([m.name, m.relation, m.id_number, home.address if i == 0 else ""])
    path = L.write_xlsx(tmp_path / "flat.xlsx", {"Sheet1": rows})
    report = do_import(engine, path)
    assert report.households_created == 2
    with session_scope(engine) as s:
        addresses = s.scalars(select(Household.address)).all()
        assert addresses == [a.address, a.address]


def test_sheet_per_building(engine: Any, tmp_path: Path) -> None:
    data = L.homes(50, seed=5)  # buildings 1 and 2
    path = L.per_building(tmp_path / "buildings.xlsx", data)
    report = do_import(engine, path)
    assert report.sheets == ["1号楼", "2号楼"] and report.skipped_sheets == ["说明"]
    assert report.persons_created == members(data)
    with session_scope(engine) as s:
        names = set(s.scalars(text("SELECT name FROM building")))
        assert names == {"1号楼", "2号楼"}
        rooms = s.scalar(select(func.count()).select_from(Room))
        assert rooms == len(data)


def test_only_named_sheets(engine: Any, tmp_path: Path) -> None:
    path = L.per_building(tmp_path / "buildings.xlsx", L.homes(50, seed=5))
    report = do_import(engine, path, sheets=["2号楼"])
    assert report.sheets == ["2号楼"]
    with pytest.raises(ServiceError, match="没有工作表"):
        do_import(engine, path, sheets=["9号楼"])


@pytest.mark.skipif(not L.TEMPLATE.exists(), reason="../shared/samples not checked out")
def test_peer_template_filled(engine: Any, tmp_path: Path) -> None:
    data = L.homes(8, seed=6)
    data[0].members[0].groups = ["独居老人", "低保户"]
    path = L.fill_template(tmp_path / "template.xlsx", data, grid="幸福网格")
    report = do_import(engine, path)
    assert report.rejected == []
    assert report.ignored_rows == 1  # the hint row under the header
    assert report.persons_created == members(data)
    with session_scope(engine) as s:
        grid = s.scalars(select(Area).where(Area.name == "幸福网格")).one()
        assert s.scalar(select(func.count()).where(Household.grid_id == grid.id)) == len(data)
        head = s.scalars(
            select(Person).where(Person.id_number == data[0].members[0].id_number)
        ).one()
        kinds = s.scalars(
            select(GroupKind.name)
            .join(GroupMembership, GroupMembership.group_id == GroupKind.id)
            .where(GroupMembership.person_id == head.id)
        ).all()
        assert sorted(kinds) == ["低保", "独居老人"]
        assert head.category == "常住人口" and head.ethnicity == "汉族"


@pytest.mark.parametrize(("encoding", "bom"), [("gb18030", False), ("gbk", False), ("utf-8", True),
                                               ("utf-8", False)])  # fmt: skip
def test_csv_encodings(engine: Any, tmp_path: Path, encoding: str, bom: bool) -> None:
    data = L.homes(6, seed=7)
    rows = L.plain_rows(data)
    rows[3][3] = "bad"  # a rejected row: its line number counts the header as line 1
    path = L.write_csv(tmp_path / "ledger.csv", rows, encoding=encoding, bom=bom)
    report = do_import(engine, path)
    assert report.persons_created == members(data) - 1
    assert [(r.row, r.column) for r in report.rejected] == [(4, "身份证号")]
    with session_scope(engine) as s:
        assert data[0].members[0].name in s.scalars(select(Person.name)).all()


def test_xls(engine: Any, tmp_path: Path) -> None:
    data = L.homes(6, seed=8)
    path = L.write_xls(tmp_path / "old.xls", {"台账": L.plain_rows(data)})
    report = do_import(engine, path)
    assert report.persons_created == members(data) and report.rejected == []


def test_reimport_changes_nothing_then_updates_only_changed_fields(
    engine: Any, tmp_path: Path
) -> None:
    data = L.homes(10, seed=10)
    path = L.write_xlsx(tmp_path / "a.xlsx", {"台账": L.plain_rows(data)})
    do_import(engine, path)
    before = fingerprint(engine)
    again = do_import(engine, path)
    assert again.persons_unchanged == members(data)
    assert again.persons_created == again.persons_updated == again.households_created == 0
    assert fingerprint(engine)[:2] == before[:2] and fingerprint(engine)[3] == before[3]

    rows = L.plain_rows(data)
    rows[1][6] = "13912345678"  # phone changed
    rows[2][6] = ""  # an empty cell never wipes a stored value
    changed = L.write_xlsx(tmp_path / "b.xlsx", {"台账": rows})
    with session_scope(engine) as s:
        preview = preview_import(s, changed)
    assert preview.persons_updated == 1 and preview.persons_unchanged == members(data) - 1
    assert preview.updates[0].changes == {"phone": (data[0].members[0].phone, "13912345678")}
    assert fingerprint(engine) == fingerprint(engine)  # preview wrote nothing
    report = do_import(engine, changed)
    assert report.persons_updated == 1
    with session_scope(engine) as s:
        first = s.scalars(
            select(Person).where(Person.id_number == data[0].members[0].id_number)
        ).one()
        assert first.phone == "13912345678"
        second = s.scalars(
            select(Person).where(Person.id_number == data[0].members[1].id_number)
        ).one()
        assert second.phone == data[0].members[1].phone
        log = s.scalars(select(ChangeLog).where(ChangeLog.field == "phone")).all()
        assert [(e.old, e.new) for e in log] == [(data[0].members[0].phone, "13912345678")]
        assert verify(s) is None


def test_preview_writes_nothing(engine: Any, tmp_path: Path) -> None:
    path = L.messy_two_level(tmp_path / "m.xlsx", L.homes(5, seed=11))
    before = fingerprint(engine)
    with session_scope(engine) as s:
        report = preview_import(s, path)
    assert report.persons_created > 0 and not report.committed
    assert fingerprint(engine) == before


def test_undo_restores_what_the_import_changed(engine: Any, tmp_path: Path) -> None:
    data = L.homes(8, seed=12)
    first = do_import(engine, L.write_xlsx(tmp_path / "a.xlsx", {"s": L.plain_rows(data)}))
    after_first = fingerprint(engine)
    more = L.homes(3, seed=13, first_number=900)
    rows = L.plain_rows(data) + L.plain_rows(more)[1:]
    rows[1][6] = "13912345678"
    rows[2][12] = "残疾"
    second = do_import(engine, L.write_xlsx(tmp_path / "b.xlsx", {"s": rows}))
    assert second.persons_created == members(more) and second.persons_updated == 2
    with session_scope(engine) as s:
        result = undo_import(s, second.import_id, "tester")
    assert result.persons_removed == members(more) and result.households_removed == 3
    assert result.fields_restored == 1 and result.memberships_removed == 1
    assert live_persons(engine) == members(data)
    with session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == data[0].members[0].id_number)).one()
        assert p.phone == data[0].members[0].phone
        active = s.scalar(
            select(func.count()).select_from(GroupMembership)
            .where(GroupMembership.deleted_at.is_(None))
        )  # fmt: skip
        assert active == sum(1 for h in data for m in h.members if m.groups)
        assert verify(s) is None
        listed = list_imports(s)
        assert [i.id for i in listed] == [second.import_id, first.import_id]
        assert listed[0].undone_at is not None and listed[1].undone_at is None
        with pytest.raises(ServiceError, match="已于"):
            undo_import(s, second.import_id)
        with pytest.raises(ServiceError, match="没有编号"):
            undo_import(s, 999)
    assert fingerprint(engine)[0] == after_first[0] + members(more)  # tombstoned, not deleted
    # undoing the first import too leaves an empty register, and re-importing works again
    with session_scope(engine) as s:
        undo_import(s, first.import_id)
    assert live_persons(engine) == 0
    again = do_import(engine, tmp_path / "a.xlsx")
    assert again.persons_created == members(data)


def live_places(engine: Any) -> dict[str, set[int]]:
    with session_scope(engine) as s:
        return {
            model.__tablename__: set(s.scalars(select(model.id).where(model.deleted_at.is_(None))))
            for model in (Area, Compound, Building, Unit, Room)
        }


def test_undo_removes_the_places_the_import_created(engine: Any, tmp_path: Path) -> None:
    before = live_places(engine)
    data = L.homes(6, seed=21)
    report = do_import(engine, L.write_xlsx(tmp_path / "p.xlsx", {"s": L.plain_rows(data)}))
    created = {k: v - before[k] for k, v in live_places(engine).items()}
    assert all(created.values()), created  # a grid, the compound, buildings, units, rooms
    with session_scope(engine) as s:
        person = s.scalars(select(Person).limit(1)).one()
        [entry] = history(s, "person", person.id)  # what the person's history view shows
        assert entry.action == "create" and entry.batch == report.batch
        assert entry.note == f"导入 #{report.import_id}（p.xlsx）"  # created by import N (file)
        assert json.loads(entry.new or "")["id_number"] == person.id_number
        result = undo_import(s, report.import_id, "tester")
        assert result.places_removed == sum(len(v) for v in created.values())
        assert verify(s) is None
        logged = s.scalar(
            select(func.count()).select_from(ChangeLog)
            .where(ChangeLog.entity == "room", ChangeLog.action == "delete")
        )  # fmt: skip
        assert logged == len(created["room"])
    assert live_places(engine) == before
    # importing again after the undo builds the places anew
    again = do_import(engine, tmp_path / "p.xlsx")
    assert again.persons_created == members(data)


def test_undo_keeps_a_place_used_since(engine: Any, tmp_path: Path) -> None:
    from gridapp.services.changelog import ChangeWriter
    from gridapp.services.register import create_household

    before = live_places(engine)
    data = L.homes(4, seed=22)
    report = do_import(engine, L.write_xlsx(tmp_path / "q.xlsx", {"s": L.plain_rows(data)}))
    with session_scope(engine) as s:
        room = s.scalars(select(Room).order_by(Room.id.desc()).limit(1)).one()
        kept = {"room": room.id, "unit": room.unit.id, "building": room.unit.building.id}
        writer = ChangeWriter(s, "tester")
        create_household(s, writer, room_id=room.id, address="手工登记的户")
        writer.flush()
    with session_scope(engine) as s:
        result = undo_import(s, report.import_id, "tester")
        assert result.places_removed > 0
    left = {k: v - before[k] for k, v in live_places(engine).items()}
    assert left["room"] == {kept["room"]} and left["unit"] == {kept["unit"]}
    assert left["building"] == {kept["building"]}
    assert len(left["compound"]) == 1 and len(left["area"]) == 1  # its compound and grid


def test_duplicate_ids_in_one_file(engine: Any, tmp_path: Path) -> None:
    data = L.homes(3, seed=14)
    rows = L.plain_rows(data)
    rows.append(list(rows[1]))
    rows[-1][1] = "重复者"
    report = do_import(engine, L.write_xlsx(tmp_path / "d.xlsx", {"s": rows}))
    assert len(report.rejected) == 1
    assert report.rejected[0].row == len(rows) and "第 2 行" in report.rejected[0].reason
    assert report.persons_created == members(data)


def test_rejects_workbook(engine: Any, tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    from gridapp.importer.rejects import write_rejects

    data = L.homes(3, seed=15)
    rows = L.plain_rows(data)
    rows[1][3] = rows[1][3][:-1]  # too short
    rows[2][2] = "女" if rows[2][2] == "男" else "男"
    report = do_import(engine, L.write_xlsx(tmp_path / "r.xlsx", {"s": rows}))
    assert len(report.rejected) == 2
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(report, out) == 2
    back = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("s").to_python()
    assert back[0][: len(L.PLAIN_HEADER)] == L.PLAIN_HEADER and back[0][-2] == "错误原因"
    assert back[1][3] == rows[1][3] and isinstance(back[1][3], str)
    assert "位数" in back[1][-2] and "性别" in back[2][-2]
    # fixed and imported again: the reason column is not a resident's data
    back[1][3] = data[0].members[0].id_number
    back[2][2] = data[0].members[1].gender
    fixed = L.write_xlsx(tmp_path / "fixed.xlsx", {"s": back})
    again = do_import(engine, fixed)
    assert again.persons_created == 2 and again.unknown_columns == []


def test_unknown_columns_kept_and_mapping_profiles(engine: Any, tmp_path: Path) -> None:
    data = L.homes(2, seed=16)
    rows = L.plain_rows(data)
    rows[0].append("宠物")
    rows[0].append("微信号")
    for r in rows[1:]:
        r += ["猫", "wx1"]
    path = L.write_xlsx(tmp_path / "u.xlsx", {"s": rows})
    with session_scope(engine) as s:
        assert preview_import(s, path).unknown_columns == ["宠物", "微信号"]
        profiles.save_profile(s, "我的台账", {"微信号": "notes"})
        with pytest.raises(ServiceError, match="未知的字段名"):
            profiles.save_profile(s, "坏的", {"微信号": "wechat"})
    report = do_import(engine, path, profile="我的台账")
    assert report.unknown_columns == ["宠物"]
    with session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == data[0].members[0].id_number)).one()
        assert p.extra == {"宠物": "猫"} and p.notes == "wx1"
        with pytest.raises(ServiceError, match="没有名为"):
            preview_import(s, path, ImportOptions(profile="无此方案"))


def test_target_grid_option(engine: Any, tmp_path: Path) -> None:
    """Rows without a grid go where the user says: never into a grid named after the file."""
    path = L.write_xlsx(tmp_path / "东方社区.xlsx", {"s": L.plain_rows(L.homes(2, seed=17))})
    before = fingerprint(engine)
    with session_scope(engine) as s, pytest.raises(target.GridNeeded, match="还没有网格"):
        run_import(s, path, ImportOptions())
    with pytest.raises(ServiceError, match=r"没有名为“不存在的网格”的网格.*--new-grid"):
        do_import(engine, path, grid="不存在的网格", new_grid=False)
    assert fingerprint(engine) == before
    do_import(engine, path, grid="东方第一网格", new_grid=True)
    with session_scope(engine) as s:
        assert s.scalars(select(Area.name)).all() == ["东方第一网格"]
        # Now the register has grids: without a choice the import refuses and lists them.
        with pytest.raises(target.GridNeeded, match="现有网格：东方第一网格"):
            run_import(s, path, ImportOptions())
        with pytest.raises(ServiceError, match="已有名为“东方第一网格”的网格"):
            run_import(s, path, ImportOptions(grid="东方第一网格", new_grid=True))
        numbers = s.scalars(select(Household.number)).all()
    assert len(numbers) == 2 and all(n.endswith(("0001", "0002")) for n in numbers)


def test_bad_files_write_nothing(engine: Any, tmp_path: Path) -> None:
    before = fingerprint(engine)
    expected = {
        "random.xlsx": "损坏", "random.bin": "", "empty.xlsx": "空", "empty.csv": "空",
        "blank.csv": "没有", "corrupt.xlsx": "损坏", "notbook.xlsx": "损坏",
        "encrypted.xlsx": "密码", "foreign.xlsx": "表头",
    }  # fmt: skip
    for name, path in L.bad_files(tmp_path).items():
        with pytest.raises(ServiceError) as info:
            do_import(engine, path)
        assert expected[name] in str(info.value), (name, str(info.value))
        assert "Traceback" not in str(info.value)
    assert fingerprint(engine) == before
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_all_rows_rejected_writes_nothing(engine: Any, tmp_path: Path) -> None:
    rows = [["姓名", "身份证号"], ["张三", "123"], ["李四", 4.1e17]]
    path = L.write_xlsx(tmp_path / "bad.xlsx", {"s": rows})
    before = fingerprint(engine)
    with pytest.raises(NothingToImport) as info:
        do_import(engine, path)
    assert len(info.value.report.rejected) == 2
    assert "文本" in info.value.report.rejected[1].reason
    assert fingerprint(engine) == before


def test_cancel_rolls_back(engine: Any, tmp_path: Path) -> None:
    path = L.write_xlsx(tmp_path / "c.xlsx", {"s": L.plain_rows(L.homes(800, seed=18))})
    before = fingerprint(engine)
    flag = CancelFlag()
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message == "写入数据":
            flag.cancel()

    with pytest.raises(Cancelled), session_scope(engine) as s:
        run_import(s, path, grid_options(s), progress, flag)
    assert "写入数据" in seen
    assert fingerprint(engine) == before


def test_export_import_round_trip(demo_engine: Any, tmp_path: Path) -> None:
    """Our own ledger export, imported back into the register it came from: all unchanged;
    into an empty register and exported again: every field the same."""
    from python_calamine import CalamineWorkbook

    from gridapp.db.engine import open_register
    from gridapp.export.ledger import export_ledger

    out = tmp_path / "ledger.xlsx"
    with session_scope(demo_engine) as s:
        exported = export_ledger(s, out, full_id=True)
    before = fingerprint(demo_engine)
    report = do_import(demo_engine, out)
    assert report.rejected == [] and report.warnings == []
    assert report.persons_unchanged == exported.persons
    assert report.persons_created == report.persons_updated == report.households_created == 0
    assert fingerprint(demo_engine)[3] == before[3]

    fresh = open_register(tmp_path / "fresh.db")
    try:
        do_import(fresh, out)
        again = tmp_path / "again.xlsx"
        with session_scope(fresh) as s:
            export_ledger(s, again, full_id=True)
    finally:
        fresh.dispose()

    def rows(path: Path) -> dict[str, list[object]]:
        table = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        header = table[1]
        at = header.index("公民身份号码")
        return {str(r[at]): r for r in table[2:] if len(str(r[at])) == 18}

    a, b = rows(out), rows(again)
    assert len(a) == exported.persons and a.keys() == b.keys()
    assert all(a[k] == b[k] for k in a)


def test_progress_reports_and_dates(engine: Any, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    path = L.write_xlsx(tmp_path / "p.xlsx", {"s": L.plain_rows(L.homes(3))})
    with session_scope(engine) as s:
        run_import(s, path, grid_options(s, today=dt.date(2026, 1, 1)),
                   lambda d, t, m: seen.append((d, t, m)))  # fmt: skip
    assert seen[0][2] == "读取文件" and seen[-1][2] == "导入完成"


def test_rejected_head_does_not_merge_members_into_the_household_above(
    engine: Any, tmp_path: Path
) -> None:
    a, b = next(
        pair for seed in range(19, 99) if len((pair := L.homes(2, seed=seed))[1].members) > 1
    )
    rows: list[list[object]] = [["姓名", "与户主关系", "身份证号"]]
    for home in (a, b):
        for m in home.members:
            rows.append([m.name, m.relation, m.id_number])
    rows[1 + len(a.members)][2] = "bad"  # b's head is rejected
    report = do_import(engine, L.write_xlsx(tmp_path / "h.xlsx", {"s": rows}))
    assert len(report.rejected) == 1 and report.households_created == 2
    with session_scope(engine) as s:
        first = s.scalars(select(Person).where(Person.id_number == a.members[0].id_number)).one()
        assert len(first.household.members) == len(a.members)  # type: ignore[union-attr]


def test_snapshot_json_is_json_dumps() -> None:

    from gridapp.services.created_batch import snapshot_json as _snapshot_json

    for snapshot in (
        {},
        {"name": "张三", "id_number": "41010619900102123X", "notes": 'a "q" \\ \n\t\x1f é'},
        {"extra": '{"k": "v"}', "b": "", "a": "1"},
        {"n": 1, "d": None},  # not texts: json.dumps itself
    ):
        assert _snapshot_json(snapshot) == json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def test_history_verifies_whatever_the_actor_is_called(engine: Any, tmp_path: Path) -> None:
    data = L.homes(2, seed=23)
    path = L.write_xlsx(tmp_path / "x.xlsx", {"s": L.plain_rows(data)})
    do_import(engine, path, actor="王\x1f五\x00")  # separators: the entries fall back to format 1
    with session_scope(engine) as s:
        assert verify(s) is None


# ------------------------------------------------- the records an import creates: one entry


def _created_import(engine: Any, tmp_path: Path, seed: int = 41) -> tuple[Any, list[Any]]:
    data = L.homes(30, seed=seed)
    report = do_import(engine, L.write_xlsx(tmp_path / "c.xlsx", {"s": L.plain_rows(data)}))
    return report, data


def test_created_records_are_one_batch_entry_each_kind(engine: Any, tmp_path: Path) -> None:
    report, data = _created_import(engine, tmp_path)
    with session_scope(engine) as s:
        creates = s.execute(
            select(ChangeLog.entity, ChangeLog.field, func.count())
            .where(ChangeLog.batch == report.batch, ChangeLog.action == "create",
                   ChangeLog.entity.in_(("person", "household")))
            .group_by(ChangeLog.entity, ChangeLog.field)
        ).all()  # fmt: skip
        assert sorted(creates) == [("household", "created", 1), ("person", "created", 1)]
        persons = s.scalars(select(Person).order_by(Person.id)).all()
        assert len(persons) == members(data) == report.persons_created
        for p in (persons[0], persons[-1]):  # every record's creation, from the batch
            [entry] = history(s, "person", p.id)
            snapshot = json.loads(entry.new or "")
            assert entry.entity_id == p.id and entry.entity_uuid == p.uuid
            assert (snapshot["name"], snapshot["id_number"]) == (p.name, p.id_number)
        assert verify(s) is None
        assert verify_history(s).intact


def test_a_created_row_edited_outside_the_app_is_found(engine: Any, tmp_path: Path) -> None:
    _created_import(engine, tmp_path)
    with session_scope(engine) as s:
        victim = s.scalars(select(Person).order_by(Person.id.desc()).limit(1)).one()
        pid, name = victim.id, victim.name
    with engine.begin() as conn:  # a SQLite browser: no log entry
        conn.exec_driver_sql("UPDATE person SET name = '改过的名字' WHERE id = ?", (pid,))
    with session_scope(engine) as s:
        report = verify_history(s)
    assert not report.intact and report.mismatches == 1
    assert f"person {pid} 的 name" in report.reason and name in report.reason


def test_a_batch_entry_edited_outside_the_app_breaks_the_chain(engine: Any, tmp_path: Path) -> None:
    _created_import(engine, tmp_path)
    with session_scope(engine) as s:
        entry = s.scalars(
            select(ChangeLog).where(ChangeLog.field == "created", ChangeLog.entity == "person")
        ).one()
        entry_id, packed = entry.id, entry.new or ""
    with engine.begin() as conn:  # one record dropped from the batch, or the batch shortened
        conn.exec_driver_sql("UPDATE change_log SET new = ? WHERE id = ?", (packed[:-8], entry_id))
    with session_scope(engine) as s:
        report = verify_history(s)
        assert not report.intact and report.broken_id == entry_id
        # an unreadable batch is no crash for the readers: the chain check reports it
        first = s.scalars(select(Person.id).order_by(Person.id)).first() or 0
        assert len(history(s, "person", first)) <= 1


def test_undo_of_batched_creations_removes_them(engine: Any, tmp_path: Path) -> None:
    report, data = _created_import(engine, tmp_path)
    with session_scope(engine) as s:
        result = undo_import(s, report.import_id, "tester")
        assert result.persons_removed == members(data)
        assert result.households_removed == len(data)
        assert s.scalar(select(func.count()).select_from(Person)
                        .where(Person.deleted_at.is_(None))) == 0  # fmt: skip
    with session_scope(engine) as s:
        assert verify_history(s).intact


def test_history_finds_a_creation_in_an_earlier_import(engine: Any, tmp_path: Path) -> None:
    """Two imports, two batches: each person's creation comes from the batch holding it."""
    first, _ = _created_import(engine, tmp_path, seed=41)
    data = L.homes(5, seed=77)
    second = do_import(engine, L.write_xlsx(tmp_path / "d.xlsx", {"s": L.plain_rows(data)}))
    with session_scope(engine) as s:
        persons = s.scalars(select(Person).order_by(Person.id)).all()
        for p, report in ((persons[0], first), (persons[-1], second)):
            [entry] = history(s, "person", p.id)
            assert entry.batch == report.batch and entry.entity_uuid == p.uuid
            assert json.loads(entry.new or "")["id_number"] == p.id_number
