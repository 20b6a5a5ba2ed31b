"""Reading ledger cells as a clerk would (issue 14): addresses in one column, relations that
need the ID's gender or the head's age, one column per special group, codes and odd dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import Building, GroupKind, GroupMembership, Household, Person, Room, Unit
from gridapp.domain import idcard, relations
from gridapp.importer import households, target
from gridapp.importer.cleaning import CleanRow, RowRejected, clean_row
from gridapp.importer.headers import FIELD_LABELS, field_for_label
from gridapp.importer.service import ImportOptions, run_import

TODAY = dt.date(2026, 11, 1)
BORN = dt.date(1985, 3, 12)
MAN = idcard.make("410106", BORN, 123)  # odd sequence: male
WOMAN = idcard.make("410106", BORN, 124)


def clean(**values: object) -> CleanRow:
    values.setdefault("name", "张三")
    values.setdefault("id_number", MAN)
    return clean_row(values, TODAY)


def warned(row: CleanRow, key: str) -> list[str]:
    return [message for field, message in row.warnings if field == key]


# ---------------------------------------------------------------------------- addresses


def test_one_address_column_is_split_into_the_register_places() -> None:
    row = clean(address="东方花园5#楼1单元402")
    assert row.place == {"address": "东方花园5#楼1单元402", "compound": "东方花园",
                         "building": "5号楼", "unit": "1单元", "room": "402"}  # fmt: skip
    assert row.warnings == []
    for text in ("3-2-301", "3栋2单元301", "东方花园小区 3号楼 2单元 301"):
        place = clean(address=text).place
        assert (place["building"], place["unit"], place["room"]) == ("3号楼", "2单元", "301")
    assert clean(address="五号楼").place["building"] == "5号楼"
    place = clean(address="3幢201").place
    assert (place["building"], place.get("unit"), place["room"]) == ("3号楼", None, "201")


def test_compound_cell_carrying_the_building() -> None:
    """The peer template: 现住小区/建筑 ``东方花园3号楼``, 门牌地址 ``1单元402室`` — the building
    used to be lost (the register showed ``   1单元402室``)."""
    row = clean(compound="东方花园3号楼", address="1单元402室")
    assert row.place["compound"] == "东方花园"
    assert (row.place["building"], row.place["unit"], row.place["room"]) == (
        "3号楼", "1单元", "402"
    )  # fmt: skip
    assert row.place["address"] == "东方花园3号楼1单元402室"
    row = clean(compound="东方花园3号楼", unit="1", room="402")  # no address column at all
    assert (row.place["compound"], row.place["building"]) == ("东方花园", "3号楼")
    row = clean(compound="东方花园3号楼", building="3", unit="1", room="402")
    assert row.place["compound"] == "东方花园"
    # a compound cell without a building is a compound, whatever else the row says
    assert clean(compound="东方花园", room="301").place == {"compound": "东方花园", "room": "301"}


def test_separate_columns_win_and_a_disagreement_is_warned() -> None:
    row = clean(building="5", address="东方花园3号楼2单元301")
    assert row.place["building"] == "5号楼"
    assert (row.place["unit"], row.place["room"]) == ("2单元", "301")  # filled from the address
    assert any("3号楼" in m and "5号楼" in m for m in warned(row, "building"))
    row = clean(compound="东方小区", address="东方花园3号楼2单元301")
    assert row.place["compound"] == "东方小区"
    row = clean(building="3", unit="2", room="301", address="朱寨村3组45号")
    assert row.warnings == []  # the columns say where: the address is only text


def test_room_column_holding_a_whole_address_is_split() -> None:
    """门牌号 maps to the room; a cell that reads as a full address is split instead."""
    row = clean(room="3-2-301")
    assert (row.place["building"], row.place["unit"], row.place["room"]) == (
        "3号楼", "2单元", "301"
    )  # fmt: skip
    assert row.place["address"] == "3-2-301"
    row = clean(room="东方花园3号楼2单元301室")
    assert row.place["compound"] == "东方花园" and row.place["room"] == "301"
    row = clean(address="东方花园", room="3号楼2单元301")  # the two cells together
    assert row.place["compound"] == "东方花园" and row.place["building"] == "3号楼"
    assert row.place["address"] == "东方花园3号楼2单元301"
    for plain in ("301", "301室", 301.0, "B301"):
        assert clean(room=plain).place == {"room": str(plain).removesuffix("室").split(".")[0]}
    assert clean(room="1-301").place == {"room": "1-301"}  # not an address: kept as written


def test_an_address_that_cannot_be_split_is_kept_and_warned() -> None:
    row = clean(address="朱寨村3组45号")
    assert row.place == {"address": "朱寨村3组45号"}
    (message,) = warned(row, "address")
    assert "朱寨村3组45号" in message and "楼栋" in message
    row = clean(address="2单元301")  # a unit and a room, but which building?
    assert (row.place["unit"], row.place["room"]) == ("2单元", "301")
    assert warned(row, "address")
    row = clean(address="东方花园")  # a compound alone: the household has no flat yet
    assert row.place == {"address": "东方花园"} and warned(row, "address")
    row = clean(room="3号楼2单元")  # 门牌号 with building and unit but no room
    assert (row.place["building"], row.place["unit"], row.place.get("room")) == (
        "3号楼", "2单元", None
    )  # fmt: skip


def test_address_labels() -> None:
    for label in ("门牌", "门牌号码", "住所", "现居住地", "现住址", "门牌地址", "住址", "现住地址"):
        assert field_for_label(label) == "address", label
    assert field_for_label("门牌号") == "room"  # split at cleaning time when it is an address
    assert field_for_label("现住小区/建筑") == "compound"


# ---------------------------------------------------------------------------- relations


@pytest.mark.parametrize(
    ("word", "man", "woman"),
    [
        ("子女", "子", "女"), ("儿女", "子", "女"), ("父母", "父亲", "母亲"),
        ("孙子女", "孙子", "孙女"), ("外孙子女", "外孙子", "外孙女"), ("外孙", "外孙子", "外孙女"),
        ("公婆", "公公", "婆婆"), ("岳父母", "岳父", "岳母"), ("祖父母", "祖父母", "祖父母"),
        ("户主之子女", "子", "女"), ("兄弟姐妹", "兄弟姐妹", "兄弟姐妹"),
    ],
)  # fmt: skip
def test_gender_neutral_relations_take_the_id_gender(word: str, man: str, woman: str) -> None:
    assert clean(relation=word).person["relation"] == man
    row = clean(relation=word, id_number=WOMAN)
    assert row.person["relation"] == woman
    assert row.warnings == [] and "notes" not in row.person


@pytest.mark.parametrize(
    ("word", "nearest"),
    [("同事", "其他"), ("朋友", "其他"), ("室友", "其他"), ("保姆", "其他"), ("干女儿", "其他"),
     ("非亲属", "其他"), ("借住", "其他"), ("合租", "租户"), ("侄孙", "其他亲属"),
     ("侄子", "其他亲属"), ("表哥", "其他亲属"), ("嫂子", "其他亲属"), ("abc", "其他")],
)  # fmt: skip
def test_words_outside_the_vocabulary_keep_the_original(word: str, nearest: str) -> None:
    row = clean(relation=word)
    assert row.person["relation"] == nearest
    assert row.person["notes"] == f"与户主关系原文:{word}"
    (message,) = warned(row, "relation")
    assert word in message and nearest in message


def test_the_original_word_is_appended_to_the_notes_once() -> None:
    row = clean(relation="同事", notes="老党员")
    assert row.person["notes"] == "老党员;与户主关系原文:同事"
    # our own export read back (full-width punctuation: cells are NFKC-cleaned)
    again = clean(relation="同事", notes="老党员；与户主关系原文：同事")
    assert again.person["notes"] == "老党员;与户主关系原文:同事"


def test_vocabulary_words_and_spellings_need_no_note() -> None:
    for word, expected in (("其他", "其他"), ("其它", "其他"), ("亲属", "其他亲属"), ("租客", "租户"),
                           ("哥哥", "兄"), ("妹妹", "妹"), ("本人", "户主"), ("外孙女", "外孙女")):  # fmt: skip
        row = clean(relation=word, id_number=MAN if word != "妹妹" else WOMAN)
        assert row.person["relation"] == expected, word
        assert "notes" not in row.person, word
    assert "relation" not in clean(relation="/").person  # a filler, not a relation


def test_a_relation_contradicting_the_id_gender_is_warned() -> None:
    row = clean(relation="长女")  # a man's ID
    assert row.person["relation"] == "女"
    assert any("性别" in m for m in warned(row, "relation"))
    assert clean(relation="长女", id_number=WOMAN).warnings == []


def test_every_vocabulary_word_sorts_and_normalises_to_itself() -> None:
    assert len(set(relations.RELATIONS)) == len(relations.RELATIONS)
    for word in relations.RELATIONS:
        assert relations.normalize(word) == word
        assert relations.resolve(word, "男").relation == word
    keys = [relations.sort_key(w) for w in ("户主", "兄", "弟", "姐", "妹", "兄弟姐妹", "其他")]
    assert keys == sorted(keys)
    assert relations.normalize("表哥") == "表哥"  # normalize never guesses (register edits)


def _member(relation: str, born: dt.date, gender: str) -> CleanRow:
    row = CleanRow()
    row.person.update(relation=relation, birth_date=born, gender=gender)
    return row


def test_siblings_resolved_against_the_head() -> None:
    head = _member("户主", dt.date(1960, 5, 1), "男")
    rows = [head, _member("兄弟姐妹", dt.date(1955, 1, 1), "男"),
            _member("兄弟姐妹", dt.date(1965, 1, 1), "男"),
            _member("兄弟姐妹", dt.date(1958, 1, 1), "女"),
            _member("兄弟姐妹", dt.date(1970, 1, 1), "女"),
            _member("兄弟姐妹", dt.date(1960, 5, 1), "女"),  # a twin: older or younger?
            _member("子", dt.date(1990, 1, 1), "男")]  # fmt: skip
    households.resolve_relations(rows)
    assert [r.person["relation"] for r in rows] == [
        "户主",
        "兄",
        "弟",
        "姐",
        "妹",
        "兄弟姐妹",
        "子",
    ]


def test_siblings_without_one_head_stay_siblings() -> None:
    rows = [_member("兄弟姐妹", dt.date(1955, 1, 1), "男")]
    households.resolve_relations(rows)
    assert rows[0].person["relation"] == "兄弟姐妹"
    rows = [_member("户主", dt.date(1960, 1, 1), "男"), _member("户主", dt.date(1950, 1, 1), "男"),
            _member("兄弟姐妹", dt.date(1955, 1, 1), "男")]  # fmt: skip
    households.resolve_relations(rows)
    assert rows[2].person["relation"] == "兄弟姐妹"
    households.resolve_relations([])


# ----------------------------------------------------------------------- special groups


def test_group_column_labels() -> None:
    for label, field in (("残疾人", "group:canji"), ("持证残疾人", "group:canji"),
                         ("是否残疾", "group:canji"), ("残疾", "group:canji"),
                         ("低保户", "group:dibao"), ("是否低保", "group:dibao"),
                         ("独居老人", "group:dujv"), ("空巢老人", "group:kongchao"),
                         ("退役军人", "group:tuiyi"), ("优抚对象", "group:youfu"),
                         ("重点青少年", "group:zhongdian:qingshaonian"),
                         ("刑满释放人员", "group:zhongdian:xingman"),
                         ("社区矫正", "group:zhongdian:jiaozheng"),
                         ("精神障碍", "group:zhongdian:jingshen"),
                         ("吸毒人员", "group:zhongdian:xidu")):  # fmt: skip
        assert field_for_label(label) == field, label
    assert field_for_label("特殊人群") == "groups" and field_for_label("是否重点人员") == "is_key"
    from gridapp.db.seed import DEFAULT_GROUPS

    codes = {code for code, *_ in DEFAULT_GROUPS}
    for key in FIELD_LABELS:
        if key.startswith("group:"):
            assert key.split(":")[1] in codes, key


@pytest.mark.parametrize("yes", ["1", 1, 1.0, "是", "√", "✓", "Y", "y", "有", "残疾", "持证残疾人",
                                 "肢体二级", "视力残疾"])  # fmt: skip
def test_a_group_column_says_yes_many_ways(yes: object) -> None:
    row = clean(**{"group:canji": yes})
    assert row.groups == ["canji"] and row.warnings == []


@pytest.mark.parametrize("no", ["0", 0, 0.0, "否", "×", "N", "n", "无", "-", "/"])
def test_a_group_column_says_no_many_ways(no: object) -> None:
    row = clean(**{"group:canji": no})
    assert row.groups == [] and row.warnings == []


def test_an_unknown_group_value_is_a_warning_not_a_rejection() -> None:
    row = clean(**{"group:dibao": "待定", "group:canji": "√"})
    assert row.groups == ["canji"]
    (message,) = warned(row, "group:dibao")
    assert "待定" in message and "低保" in message
    assert row.person["name"] == "张三"  # the person is imported


def test_group_columns_and_the_groups_column_together() -> None:
    row = clean(**{"groups": "残疾、低保", "group:canji": "是", "group:zhongdian:xingman": "1",
                   "group:zhongdian:xidu": "1"})  # fmt: skip
    assert row.groups == ["残疾", "低保", "zhongdian"]
    assert clean(groups="持证残疾人，城市低保；五保户").groups == ["canji", "dibao", "tekun"]
    assert clean(groups="独居老人,低保户").groups == ["独居老人", "低保户"]  # known as written
    assert clean(groups="育龄妇女").groups == ["育龄妇女"]  # unknown: the import warns


# ----------------------------------------------------------------------- values and codes


@pytest.mark.parametrize(("cell", "id_number"),
                         [("1", MAN), (1, MAN), (1.0, MAN), ("1.0", MAN), ("2", WOMAN), (2, WOMAN),
                          ("男性", MAN), ("F", WOMAN), ("0", MAN), ("9", WOMAN)])  # fmt: skip
def test_gender_codes(cell: object, id_number: str) -> None:
    row = clean(gender=cell, id_number=id_number)
    assert row.warnings == []
    assert row.person["gender"] == ("男" if id_number == MAN else "女")


def test_unreadable_gender_or_birth_date_is_a_warning_not_a_rejection() -> None:
    row = clean(gender="未填写")
    assert row.person["gender"] == "男"
    assert any("未填写" in m for m in warned(row, "gender"))
    row = clean(birth_date="去年")
    assert row.person["birth_date"] == BORN
    assert any("去年" in m for m in warned(row, "birth_date"))


def test_readable_gender_or_birth_date_contradicting_the_id_rejects() -> None:
    for values, field in (({"gender": "2"}, "gender"), ({"gender": "女"}, "gender"),
                          ({"birth_date": "1985.3.13"}, "birth_date"),
                          ({"birth_date": "86-03-12"}, "birth_date"),
                          ({"birth_date": "31119"}, "birth_date")):  # fmt: skip
        with pytest.raises(RowRejected) as info:
            clean(**values)
        assert info.value.field == field


@pytest.mark.parametrize(
    "cell",
    ["1985.3.12", "85-03-12", "850312", 850312, "1985年3月12日", "1985年3月12号", "19850312",
     19850312, "31118", 31118, "31118.0", "1985/03/12", "1985.03.12.", dt.date(1985, 3, 12),
     "1985.3", "1985"],
)  # fmt: skip
def test_birth_dates_as_clerks_type_them(cell: object) -> None:
    row = clean(birth_date=cell)
    assert row.person["birth_date"] == BORN and row.warnings == []


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("01", "汉族"), ("1", "汉族"), (1, "汉族"), (1.0, "汉族"), ("1.0", "汉族"), ("03", "回族"),
     (3, "回族"), ("56", "基诺族"), ("57", "其他"), ("58", "外国血统"), ("97", "其他"),
     ("98", "外国血统"), ("回", "回族"), ("满族", "满族")],
)  # fmt: skip
def test_ethnicity_codes(cell: object, expected: str) -> None:
    row = clean(ethnicity=cell)
    assert row.person["ethnicity"] == expected and row.warnings == []


def test_an_unknown_ethnicity_code_is_warned_not_imported() -> None:
    for cell in ("99", 0, "60"):
        row = clean(ethnicity=cell)
        assert "ethnicity" not in row.person
        assert warned(row, "ethnicity")


@pytest.mark.parametrize("cell", [41, "41", "41岁", "41周岁", 41.0, 40, 42])
def test_age_agreeing_with_the_id(cell: object) -> None:
    assert clean(age=cell).warnings == []  # born 1985-03-12, 41 on 2026-11-01


def test_age_disagreeing_with_the_id_or_unreadable_is_warned() -> None:
    (message,) = warned(clean(age=45), "age")
    assert "45" in message and "41" in message
    assert warned(clean(age="四十一"), "age")
    assert "age" not in clean(age=45).person  # derived from the ID: never stored


@pytest.mark.parametrize(
    "cell", [f'="{MAN}"', f"={MAN}", f"'{MAN}", f"\t{MAN}", f"“{MAN}”", f'"{MAN}"', f" {MAN} "]
)
def test_id_numbers_as_platforms_export_them(cell: str) -> None:
    assert clean(id_number=cell).person["id_number"] == MAN


def test_wrapped_bad_ids_still_say_what_is_wrong() -> None:
    with pytest.raises(RowRejected) as info:
        clean(id_number=f'="{MAN[:-1]}"')
    assert info.value.field == "id_number" and "位" in info.value.reason


# ---------------------------------------------------------------------------- end to end


HEADER = ["姓名", "性别", "民族", "身份证号", "出生日期", "年龄", "与户主关系", "现住址",
          "残疾人", "是否低保", "刑满释放人员", "特殊人群", "备注"]  # fmt: skip


def _id(born: dt.date, male: bool, seq: int) -> str:
    return idcard.make("410106", born, seq * 2 + (1 if male else 0))


def _ledger(path: Path) -> tuple[Path, dict[str, str]]:
    import openpyxl

    head1, sis, bro = dt.date(1960, 5, 1), dt.date(1955, 8, 8), dt.date(1966, 2, 2)
    ids = {
        "head1": _id(head1, True, 1), "wife1": _id(dt.date(1962, 1, 1), False, 2),
        "daughter1": _id(dt.date(1988, 7, 7), False, 3), "sister1": _id(sis, False, 4),
        "brother1": _id(bro, True, 5), "head2": _id(dt.date(1970, 1, 1), False, 6),
        "mother2": _id(dt.date(1945, 3, 3), False, 7), "mate2": _id(dt.date(1990, 9, 9), True, 8),
        "head3": _id(dt.date(1950, 1, 1), True, 9), "head4": _id(dt.date(1980, 12, 31), True, 10),
    }  # fmt: skip
    rows: list[list[object]] = [
        HEADER,
        ["张建国", 1, "01", f'="{ids["head1"]}"', "1960.5.1", 66, "户主", "东方花园5#楼1单元402",
         "√", "是", "", "", ""],
        ["李秀英", 2, 1, f"'{ids['wife1']}", "62-01-01", 64, "妻子", "", "", "", "", "", ""],
        ["张丽", "2", "1.0", ids["daughter1"], "19880707", 30, "子女", "", "", "", "", "", ""],
        ["张芳", "女", "汉", ids["sister1"], 20309, "", "兄弟姐妹", "", "否", "", "", "", ""],
        ["张强", "男", "03", ids["brother1"], "去年", "", "兄弟姐妹", "", "", "", "1", "", ""],
        ["王红", "女", "", ids["head2"], "1970年1月1日", "", "本人", "3-2-301", "", "", "",
         "残疾、低保", ""],
        ["赵桂兰", "", "", ids["mother2"], "", "", "父母", "", "待定", "", "", "", ""],
        ["孙伟", "未填", "", ids["mate2"], "", "", "同事", "", "", "", "", "", "租住两年"],
        ["刘大海", "1", "", ids["head3"], "", "", "户主", "朱寨村3组45号", "", "", "", "", ""],
        ["陈明", "1", "", ids["head4"], "", "", "户主", "五号楼", "", "", "", "持证残疾人", ""],
    ]  # fmt: skip
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "台账"
    for r in rows:
        sheet.append(r)
    sheet["D2"].data_type = "s"  # ``="410…"`` as text, as a web platform's export has it
    book.save(path)
    return path, ids


def _import(engine: Any, path: Path) -> Any:
    with session_scope(engine) as s:
        options = ImportOptions(grid="测试网格", new_grid="测试网格" not in target.grid_names(s),
                                today=TODAY, actor="测试")  # fmt: skip
        return run_import(s, path, options)


def test_clerk_ledger_end_to_end(engine: Any, tmp_path: Path) -> None:
    path, ids = _ledger(tmp_path / "台账.xlsx")
    report = _import(engine, path)
    assert report.rejected == []
    assert report.persons_created == 10 and report.households_created == 4

    by_column: dict[str, list[dict[str, Any]]] = {}
    for w in report.warnings:
        assert w["sheet"] == "台账" and isinstance(w["row"], int)
        by_column.setdefault(w["column"], []).append(w)
    (age,) = by_column["年龄"]
    assert age["row"] == 4 and "30" in age["message"]  # 张丽 is 38
    assert {w["row"] for w in by_column["出生日期"]} == {6}  # 去年: imported, warned
    assert {w["row"] for w in by_column["性别"]} == {9}  # 未填
    assert {w["row"] for w in by_column["残疾人"]} == {8}  # 待定
    assert {w["row"] for w in by_column["与户主关系"]} == {9}  # 同事
    unsplit, building_only = by_column["现住址"]
    assert unsplit["row"] == 10 and "朱寨村3组45号" in unsplit["message"]
    assert building_only["row"] == 11 and "只写到楼栋" in building_only["message"]  # 五号楼

    with session_scope(engine) as s:

        def person(key: str) -> Person:
            return s.scalars(select(Person).where(Person.id_number == ids[key])).one()

        assert [person(k).relation for k in ("head1", "wife1", "daughter1", "sister1",
                                             "brother1", "head2", "mother2", "mate2")] == [
            "户主", "配偶", "女", "姐", "弟", "户主", "母亲", "其他"]  # fmt: skip
        assert person("mate2").notes == "租住两年;与户主关系原文:同事"
        assert person("brother1").ethnicity == "回族" and person("wife1").ethnicity == "汉族"
        assert person("brother1").birth_date == dt.date(1966, 2, 2)  # from the ID

        def place_of(key: str) -> tuple[str, str, str, str]:
            hh = s.get(Household, person(key).household_id)
            assert hh is not None
            if hh.room_id is None:
                return hh.address, "", "", ""
            room = s.get(Room, hh.room_id)
            assert room is not None
            unit = s.get(Unit, room.unit_id)
            assert unit is not None
            building = s.get(Building, unit.building_id)
            assert building is not None
            return hh.address, building.name, unit.name, room.number

        assert place_of("head1") == ("东方花园5#楼1单元402", "5号楼", "1单元", "402")
        assert place_of("daughter1") == place_of("head1")  # the household's flat
        assert place_of("head2") == ("3-2-301", "3号楼", "2单元", "301")
        assert place_of("head3") == ("朱寨村3组45号", "", "", "")  # kept as text
        buildings = {b.name for b in s.scalars(select(Building))}
        assert buildings == {"5号楼", "3号楼"}  # 五号楼 has no room: only the household's text
        head4 = s.get(Household, person("head4").household_id)
        assert head4 is not None and head4.address == "五号楼"

        def groups_of(key: str) -> list[str]:
            return sorted(s.scalars(
                select(GroupKind.code)
                .join(GroupMembership, GroupMembership.group_id == GroupKind.id)
                .where(GroupMembership.person_id == person(key).id)
            ))  # fmt: skip

        assert groups_of("head1") == ["canji", "dibao"]
        assert groups_of("sister1") == []
        assert groups_of("brother1") == ["zhongdian"]
        assert groups_of("head2") == ["canji", "dibao"]
        assert groups_of("mother2") == []
        assert groups_of("head4") == ["canji"]

    again = _import(engine, path)  # the same ledger again: nothing changes
    assert again.persons_created == 0 and again.persons_updated == 0


def test_group_columns_under_a_merged_special_groups_label() -> None:
    from gridapp.importer.headers import find_header

    rows: list[list[object]] = [
        ["姓名", "身份证号", "特殊人群", None, None, "门牌"],
        [None, None, "低保", "残疾", "独居", None],
    ]
    match = find_header(rows, [(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5)])
    assert match is not None and match.rows == 2
    assert {c.label: c.field for c in match.columns} == {
        "姓名": "name", "身份证号": "id_number", "低保": "group:dibao", "残疾": "group:canji",
        "独居": "group:dujv", "门牌": "address",
    }  # fmt: skip
