"""The history in words (services/history_text.py): every kind of field and value, life
events, import batches and their undo, names looked up in bulk — never JSON, never ids."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, Household, ImportBatch, Person, Worker
from gridapp.db.regdb import RawReader
from gridapp.importer.service import ImportOptions, run_import, undo_import
from gridapp.services import created_batch, edits, history_text
from gridapp.services import life_events as ev
from gridapp.services.changelog import ChangeWriter
from gridapp.services.household_glance import household_glance
from gridapp.services.recorder import AUTO_LOGGED
from gridapp.services.register import create_person
from tests.core.work_helpers import TODAY, small_register
from tests.helpers import ledgers as L

D = dt.date


def _said(lines: list[history_text.Line]) -> list[str]:
    """The lines without their time (which is the clock's)."""
    return [" ".join(p for p in (x.who, x.record, x.what, x.change) if p) for x in lines]


def _family(s: Session) -> tuple[Any, int, int]:
    small = small_register(s)
    hh = s.get(Household, small.households[0])
    w = ChangeWriter(s, "测试")
    spouse = create_person(s, w, hh, name="配偶甲", relation="配偶", gender="女",
                           birth_date=D(1952, 1, 1))  # fmt: skip
    son = create_person(
        s, w, hh, name="儿子甲", relation="子", gender="男", birth_date=D(1980, 1, 1)
    )
    w.flush()
    return small, spouse.id, son.id


def test_fields_in_words_vocab_foreign_keys_dates_booleans_and_empty(engine: Engine) -> None:
    with session_scope(engine) as s:
        small, spouse, son = _family(s)
        s.info["gridapp.recorder.actor"] = "张网格"
        edits.apply_changes(s, "person", spouse, {"phone": "13912345678", "separated": True,
                                                  "birth_date": D(1952, 2, 3)})  # fmt: skip
        edits.apply_changes(s, "household", small.households[3], {"grid_id": small.grid2})
        ev.move_person(s, son, small.households[1], "其他亲属", actor="张网格")
        ev.death(s, small.heads[0], D(2026, 11, 1), new_head_id=spouse, actor="李网格", today=TODAY)
    with Session(engine) as s:
        spouse_lines = history_text.record_history(s, "person", spouse)
        son_lines = history_text.record_history(s, "person", son)
        head_lines = history_text.record_history(s, "person", small.heads[0])
        hh_lines = history_text.record_history(s, "household", small.households[0])
        moved_hh = history_text.record_history(s, "household", small.households[3])
    who = spouse_lines[1].who  # the edits' actor: the operator setting or the OS user
    assert _said(spouse_lines) == [
        "李网格 配偶甲（户号 H000） 死亡登记 与户主关系：配偶 → 户主",
        f"{who} 配偶甲（户号 H000） 修改 出生日期：1952-01-01 → 1952-02-03",
        f"{who} 配偶甲（户号 H000） 修改 人户分离：否 → 是",
        f"{who} 配偶甲（户号 H000） 修改 联系电话：空 → 13912345678",
        "测试 配偶甲（户号 H000） 登记人员 与户主关系 配偶，性别 女，出生日期 1952-01-01",
    ]
    assert _said(son_lines)[:2] == [
        "张网格 儿子甲（户号 H001） 迁往本辖区其他户 与户主关系：子 → 其他亲属",
        "张网格 儿子甲（户号 H001） 迁往本辖区其他户"
        " 所属户：户号 H000（户主 配偶甲） → 户号 H001（户主 户主乙）",
    ]
    assert _said(head_lines)[:2] == [
        "李网格 户主甲（户号 H000） 死亡登记 状态日期：空 → 2026-11-01",
        "李网格 户主甲（户号 H000） 死亡登记 状态：在册 → 已死亡",
    ]
    assert _said(hh_lines)[0] == (
        "李网格 户号 H000（户主 配偶甲） 死亡登记 户主：户主甲（户号 H000） → 配偶甲（户号 H000）"
    )
    assert _said(moved_hh)[0] == f"{who} 户号 H003（户主 户主丁） 修改 网格：一网格 → 二网格"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", x.when) for x in spouse_lines)


def test_life_events_groups_and_their_undo(engine: Engine) -> None:
    with session_scope(engine) as s:
        small, _spouse, _son = _family(s)
        baby = ev.birth(s, small.households[0], "孙子甲", "男", D(2026, 11, 1), "孙子",
                        today=TODAY, actor="张网格").person_ids[0]  # fmt: skip
        out = ev.move_out(s, small.heads[2], D(2026, 11, 2), "郑州市", today=TODAY, actor="张网格")
        assert out.undo is not None
        ev.undo_event(s, out.undo, actor="王网格")
    with Session(engine) as s:
        baby_lines = history_text.record_history(s, "person", baby)
        moved = history_text.record_history(s, "person", small.heads[2])
        archived = history_text.record_history(s, "household", small.households[2])
    assert _said(baby_lines) == [
        "张网格 孙子甲（户号 H000） 出生登记 出生日期 2026-11-01",
        "张网格 孙子甲（户号 H000） 出生登记 与户主关系 孙子，性别 男，出生日期 2026-11-01",
    ]
    said = _said(moved)
    assert "王网格 户主丙（户号 H002） 撤销：迁出（户主丙） 纳入低保" in said
    assert "张网格 户主丙（户号 H002） 退出重点人群 退出低保（迁出）" in said
    assert "张网格 户主丙（户号 H002） 迁出登记 状态：在册 → 已迁出" in said
    assert "张网格 户主丙（户号 H002） 迁出登记 迁往地/去向：空 → 郑州市" in said
    assert said[-1] == "测试 户主丙（户号 H002） 纳入重点人群 纳入低保（2026-01-01）审批" or (
        said[-2] == "测试 户主丙（户号 H002） 纳入重点人群 纳入低保（2026-01-01）审批"
    )
    assert "张网格 户号 H002（户主 户主丙） 迁出登记 状态：在册 → 已注销" in _said(archived)
    assert "张网格 户号 H002（户主 户主丙） 迁出登记 注销原因：空 → 迁出:郑州市" in _said(archived)
    assert "王网格 户号 H002（户主 户主丙） 撤销：迁出（户主丙） 状态：已注销 → 在册" in _said(
        archived
    )


def test_an_import_batch_and_its_undo_are_named_by_the_file(engine: Engine, tmp_path: Path) -> None:
    data = L.homes(3, seed=3)
    ledger = L.write_xlsx(tmp_path / "ledger.xlsx", {"Sheet1": L.plain_rows(data)})
    persons = sum(len(h.members) for h in data)
    with session_scope(engine) as s:
        small_register(s)
    with session_scope(engine) as s:
        run_import(s, ledger, ImportOptions(grid="一网格", actor="张网格"))
    with Session(engine) as s:
        first = s.scalars(select(Person).where(Person.deleted_at.is_(None))
                          .order_by(Person.id.desc())).first()  # fmt: skip
        assert first is not None
        pid, name, number = first.id, first.name, first.household.number  # type: ignore[union-attr]
        lines = history_text.record_history(s, "person", pid)
        batch = history_text.recent_history(s, limit=2)
    assert len(lines) == 1
    assert _said(lines)[0].startswith(
        f"张网格 {name}（户号 {number}） 导入 ledger.xlsx {persons} 人 与户主关系 "
    )
    assert _said(batch) == [
        f"张网格 人员 导入 ledger.xlsx {persons} 人 新建 {persons} 人",
        f"张网格 户 导入 ledger.xlsx {persons} 人 新建 3 户",
    ]
    assert [(x.short, x.many) for x in batch] == [("人员", True), ("户", True)]
    assert (lines[0].short, lines[0].many) == (name, False)
    with session_scope(engine) as s:
        import_id = s.scalar(select(ImportBatch.id))
        assert import_id is not None
        undo_import(s, import_id, "李网格")
    with Session(engine) as s:
        lines = history_text.record_history(s, "person", pid)
    assert _said(lines)[0] == f"李网格 {name}（户号 {number}） 撤销导入 ledger.xlsx"


def test_names_are_looked_up_in_bulk(engine: Engine) -> None:
    """One query per kind of record, however many lines: not one a line."""
    with session_scope(engine) as s:
        small = small_register(s)
        for i, hid in enumerate(small.households):
            ev.move_household(s, hid, f"新地址{i}号", actor="张网格")
            edits.apply_changes(s, "person", small.heads[i], {"phone": f"1391234567{i}"})
    with Session(engine) as s:
        entries = [history_text.entry_of(e) for e in s.scalars(select(ChangeLog))]
        calls: list[str] = []
        rows = history_text.session_rows(s)

        def counted(sql: str, params: list[Any]) -> list[Any]:
            calls.append(sql)
            return rows(sql, params)

        lines = history_text.describe(entries, counted)
    assert len(lines) > 20
    # persons, households, areas, group kinds, group entries, import batches, batch titles
    assert len(calls) <= 7


def test_the_demo_history_holds_no_json_no_ids_no_english(demo_engine: Engine) -> None:
    with Session(demo_engine) as s:
        entries = [history_text.entry_of(e) for e in s.scalars(select(ChangeLog))]
        lines = history_text.describe(entries, history_text.session_rows(s))
    assert len(lines) > 1000
    for line in lines:
        text = line.text()
        assert not re.search(r"[{}\[\]\"]|_id\b|\bNone\b|active|deceased|moved_out", text), text
        assert not re.search(r"[a-z]{4,}", text), text  # no English words nor field names


def test_the_detail_pane_changes_are_lines(engine: Engine, db_path: Path) -> None:
    with session_scope(engine) as s:
        small, spouse, _son = _family(s)
        ev.set_head(s, small.households[0], spouse, {small.heads[0]: "配偶"}, actor="张网格")
    glance = household_glance(RawReader(db_path), small.households[0], TODAY)
    assert glance is not None
    assert _said(glance.changes)[:2] == [
        "张网格 户主甲（户号 H000） 更换户主 与户主关系：户主 → 配偶",
        "张网格 配偶甲（户号 H000） 更换户主 与户主关系：配偶 → 户主",
    ]


def test_value_kinds_follow_the_models() -> None:
    """The renderer reads no models (the detail pane starts without SQLAlchemy): its lists of
    boolean and JSON fields and the packed-creation field are the models' own."""
    models = [Person, Household, Worker, *AUTO_LOGGED]
    bools = {c.name for m in models for c in m.__table__.columns if isinstance(c.type, sa.Boolean)}
    jsons = {c.name for m in models for c in m.__table__.columns if isinstance(c.type, sa.JSON)}
    assert bools == history_text.BOOL_FIELDS
    assert jsons == history_text.JSON_FIELDS
    assert history_text.CREATED == created_batch.CREATED


def test_values_in_words() -> None:
    names = history_text.Names({("household", 5): "户号 H005（户主 张三）"}, {}, {}, {})
    value = history_text.value_text
    assert value(names, "person", "household_id", "5") == "户号 H005（户主 张三）"
    assert value(names, "person", "household_id", "6") == history_text.GONE
    assert value(names, "person", "status", "deceased") == "已死亡"
    assert value(names, "household", "status", "archived") == "已注销"
    assert value(names, "person", "separated", "0") == "否"
    assert value(names, "person", "birth_date", "2026-01-02") == "2026-01-02"
    assert value(names, "issue", "done_on", "2026-01-02T10:11:12") == "2026-01-02 10:11"
    assert value(names, "person", "phone", None) == "空"
    assert value(names, "person", "phone", "") == "空"
    assert value(names, "person", "id_number", "410106199001021234") == "410106********1234"
    assert value(names, "person", "extra", '{"车牌": "豫A1"}') == "车牌：豫A1"
    assert value(names, "group_membership", "fields", '{"低保证号": ""}') == "低保证号：空"


def test_adding_a_worker_and_taking_them_off_duty_are_logged_in_words(engine: Engine) -> None:
    from gridapp.db.models import Area
    from gridapp.services import areas

    with session_scope(engine) as s:
        grid = Area(level="网格", name="东方花园第一网格")
        s.add(grid)
        s.flush()
        wid = areas.add_worker(s, "王芳", grid.id, "13800000000", "网格员", actor="李敏").id
    with session_scope(engine) as s:
        areas.set_worker_active(s, wid, False, actor="李敏")
        areas.set_worker_active(s, wid, False, actor="李敏")  # no change: nothing logged
    with Session(engine) as s:
        entries = s.scalars(select(ChangeLog).where(ChangeLog.entity == "worker")).all()
        assert [(e.action, e.field, e.actor) for e in entries] == [
            ("create", "", "李敏"),
            ("update", "active", "李敏"),
        ]
        lines = history_text.describe(
            [history_text.entry_of(e) for e in entries], history_text.session_rows(s)
        )
    text = [" ".join((x.when, x.who, x.record, x.what, x.field, x.old, x.new)) for x in lines]
    assert "新建网格员" in text[0] and "王芳" in text[0] and "13800000000" in text[0]
    assert "在岗" in text[1] and "是" in text[1] and "否" in text[1]
    assert not any(re.search(r"[{}]|True|False|area_id", t) for t in text), text
