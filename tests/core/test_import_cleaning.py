"""Per-cell cleaning and every rejection reason of a ledger row."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.db import vocab
from gridapp.domain import idcard
from gridapp.importer.cleaning import RowRejected, clean_row

BORN = dt.date(1990, 1, 2)
ID_M = idcard.make("410106", BORN, 123)  # odd sequence: male
ID_F = idcard.make("410106", BORN, 124)


def rejected(values: dict[str, object]) -> RowRejected:
    with pytest.raises(RowRejected) as info:
        clean_row(values, dt.date(2026, 11, 1))
    return info.value


def test_id_number_dirt_is_cleaned() -> None:
    lower = idcard.make("410106", BORN, 7)
    while not lower.endswith("X"):  # find one with a check character X
        lower = idcard.make("410106", BORN, int(lower[14:17]) + 2)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in ID_M)
    for raw in (f" {ID_M}\t", f"'{ID_M}", full_width, f"{ID_M[:6]} {ID_M[6:]}"):
        row = clean_row({"name": "张三", "id_number": raw})
        assert row.person["id_number"] == ID_M
        assert row.person["gender"] == "男" and row.person["birth_date"] == BORN
    assert clean_row({"name": "李四", "id_number": lower.lower()}).person["id_number"] == lower


def test_names_lose_inner_spaces_keep_middle_dot() -> None:
    assert clean_row({"name": " 张\u3000三 ", "id_number": ID_M}).person["name"] == "张三"
    assert clean_row({"name": "买买提・艾力", "id_number": ID_M}).person["name"] == "买买提·艾力"
    assert clean_row({"name": "\u00a0王五\u00a0", "id_number": ID_M}).person["name"] == "王五"


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"name": "", "id_number": ID_M, "phone": "13800000000"}, "name", "姓名"),
        ({"name": "张三", "id_number": ""}, "id_number", "为空"),
        ({"name": "张三", "id_number": 4.10106199001021e17}, "id_number", "文本"),
        ({"name": "张三", "id_number": "4.10106E+17"}, "id_number", "文本"),
        ({"name": "张三", "id_number": "410106900102123"}, "id_number", "15位"),
        ({"name": "张三", "id_number": ID_M[:-1]}, "id_number", "位数"),
        ({"name": "张三", "id_number": ID_M[:10] + "AB" + ID_M[12:]}, "id_number", "非法字符"),
        ({"name": "张三", "id_number": idcard.make("410106", BORN, 1)[:10] + "1332" + "0011"},
         "id_number", "出生日期"),
        ({"name": "张三", "id_number": ID_M[:-1] + ("0" if ID_M[-1] != "0" else "1")},
         "id_number", "校验"),
        ({"name": "张三", "id_number": ID_M, "gender": "女"}, "gender", "不一致"),
        ({"name": "张三", "id_number": ID_M, "gender": 2}, "gender", "不一致"),  # GB/T 2261: 2 女
        ({"name": "张三", "id_number": ID_M, "birth_date": "1990-01-03"}, "birth_date", "不一致"),
        ({"name": "张三", "id_number": ID_M, "birth_date": "1990.2"}, "birth_date", "不一致"),
        ({"name": "张三", "id_number": ID_M, "birth_date": "1991"}, "birth_date", "不一致"),
        ({"name": "张三", "id_number": ID_M, "birth_date": "90-01-03"}, "birth_date", "不一致"),
    ],
)  # fmt: skip
def test_rejection_reasons(values: dict[str, object], field: str, words: str) -> None:
    error = rejected(values)
    assert error.field == field
    assert words in error.reason, error.reason


def test_birth_date_agreeing_at_its_precision_passes() -> None:
    for raw in (BORN, dt.datetime(1990, 1, 2), "1990-01-02", "1990/1/2", "1990.1.2",
                "1990年1月2日", "19900102", "1990.1", "1990-01", 19900102):  # fmt: skip
        assert (
            clean_row({"name": "张三", "id_number": ID_M, "birth_date": raw}).person["birth_date"]
            == BORN
        )


def test_gender_empty_is_derived_and_matching_is_kept() -> None:
    assert clean_row({"name": "张三", "id_number": ID_F}).person["gender"] == "女"
    assert clean_row({"name": "张三", "id_number": ID_F, "gender": "女"}).person["gender"] == "女"


def test_phones() -> None:
    row = clean_row({"name": "张三", "id_number": ID_M, "phone": "+86 138-0013-8000"})
    assert row.person["phone"] == "13800138000"
    row = clean_row({"name": "张三", "id_number": ID_M, "phone": 13800138000.0})
    assert row.person["phone"] == "13800138000"
    row = clean_row(
        {"name": "张三", "id_number": ID_M, "phone": "13800138000；13900139000/0371-65551234"}
    )
    assert row.person["phone"] == "13800138000"
    assert row.person["phone_other"] == "13900139000;037165551234"
    row = clean_row({"name": "张三", "id_number": ID_M, "phone": "12345"})
    assert "phone" not in row.person and row.warnings  # imported, phone left empty, warned
    row = clean_row({"name": "张三", "id_number": ID_M, "phone_other": "0371-65551234"})
    assert row.person["phone_other"] == "037165551234" and "phone" not in row.person


def test_relations_and_places_normalised() -> None:
    row = clean_row({"name": "张三", "id_number": ID_M, "relation": "本人", "building": "5",
                     "unit": "二", "room": 301.0})  # fmt: skip
    assert row.person["relation"] == "户主"
    assert row.place == {"building": "5号楼", "unit": "2单元", "room": "301"}
    for word, expected in (("妻子", "配偶"), ("长子", "子"), ("长女", "女")):
        assert (
            clean_row({"name": "a", "id_number": ID_M, "relation": word}).person["relation"]
            == expected
        )
    row = clean_row({"name": "张三", "id_number": ID_M, "room": "301室", "building": "5栋"})
    assert row.place["room"] == "301" and row.place["building"] == "5号楼"


def test_status_and_group_columns_read_into_the_model() -> None:
    row = clean_row({"name": "张三", "id_number": ID_M, "moved_out": "1",
                     "moved_out_on": "20240305", "destination": "北京市"})  # fmt: skip
    assert row.person["status"] == vocab.STATUS_MOVED_OUT
    assert row.person["status_date"] == dt.date(2024, 3, 5)
    assert row.person["destination"] == "北京市"
    row = clean_row({"name": "张三", "id_number": ID_M, "deceased": "是", "died_on": "2025.1.2"})
    assert row.person["status"] == vocab.STATUS_DECEASED
    assert row.person["status_date"] == dt.date(2025, 1, 2)
    row = clean_row({"name": "张三", "id_number": ID_M, "status": "外出"})
    assert row.person["status"] == vocab.STATUS_AWAY
    row = clean_row({"name": "张三", "id_number": ID_M, "is_key": "1", "groups": "独居老人,低保户"})
    assert row.groups == ["独居老人", "低保户"]
    row = clean_row({"name": "张三", "id_number": ID_M, "is_key": "0", "groups": ""})
    assert row.groups == []
    row = clean_row({"name": "张三", "id_number": ID_M, "separated": "是", "ethnicity": "回"})
    assert row.person["separated"] is True and row.person["ethnicity"] == "回族"


def test_names_with_control_characters_or_absurd_length_are_refused() -> None:
    from gridapp.domain.text import clean_name, name_problem
    from gridapp.importer.cleaning import RowRejected, clean_row

    assert clean_name("张\u200b三") == "张三"  # a zero-width space pasted from a chat is dropped
    assert name_problem("阿依古丽·买买提") is None
    for bad, why in (("张\x00三", "控制字符"), ("王" * 1_000_000, "过长")):
        problem = name_problem(bad)
        assert problem is not None and why in problem
        with pytest.raises(RowRejected, match=why):
            clean_row({"name": bad, "id_number": "110101199003078515"})
