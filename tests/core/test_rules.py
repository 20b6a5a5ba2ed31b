import datetime as dt

import pytest

from gridapp.domain import address, dates, phone, pinyin, relations
from gridapp.domain.text import clean, clean_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("138 0013 8000", ["13800138000"]),
        ("+86 138-0013-8000", ["13800138000"]),
        (13800138000.0, ["13800138000"]),
        ("13800138000;13900139000", ["13800138000", "13900139000"]),
        ("13800138000，0371-68921234/13900139000", ["13800138000", "037168921234", "13900139000"]),
        ("", []),
        (None, []),
    ],
)
def test_phone_split(raw: object, expected: list[str]) -> None:
    assert phone.split(raw) == expected


def test_phone_kinds() -> None:
    assert phone.is_mobile("13800138000")
    assert not phone.is_mobile("12800138000")
    assert not phone.is_mobile("1380013800")
    assert phone.is_landline("037168921234")
    assert phone.is_landline("68921234")
    assert not phone.is_valid("12345")
    assert phone.mask("13800138000") == "138****8000"


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("东方花园5号楼2单元301室", ("东方花园", "5号楼", "2单元", "301")),
        ("东方花园 5栋2单元301", ("东方花园", "5号楼", "2单元", "301")),
        ("5-2-301", ("", "5号楼", "2单元", "301")),
        ("朱寨新村12#1单元502", ("朱寨新村", "12号楼", "1单元", "502")),
        ("301", ("", "", "", "301")),
        (301.0, ("", "", "", "301")),
        ("1单元101室", ("", "", "1单元", "101")),
        ("锦绣华庭A座3单元1201", ("锦绣华庭", "A座", "3单元", "1201")),
        ("机械厂家属院二号楼三单元201", ("机械厂家属院", "2号楼", "3单元", "201")),
    ],
)
def test_address_parse(raw: object, parts: tuple[str, str, str, str]) -> None:
    a = address.parse(raw)
    assert (a.compound, a.building, a.unit, a.room) == parts


def test_address_labels() -> None:
    assert address.building_label("5") == "5号楼"
    assert address.building_label("五号楼") == "5号楼"
    assert address.building_label("12栋") == "12号楼"
    assert address.unit_label("二") == "2单元"
    assert address.room_label("301室") == "301"
    assert address.room_label(301) == "301"
    assert address.parse("东方花园5号楼2单元301室").text() == "东方花园5号楼2单元301室"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("本人", "户主"), ("妻子", "配偶"), ("丈夫", "配偶"), ("长子", "子"), ("次子", "子"), ("长女", "女"),
     ("户主之子", "子"), ("儿媳妇", "儿媳"), ("租客", "租户"), (" 户主 ", "户主"), ("表哥", "表哥")],
)  # fmt: skip
def test_relations(raw: str, expected: str) -> None:
    assert relations.normalize(raw) == expected


def test_pinyin() -> None:
    assert pinyin.full_and_initials("张慧敏") == ("zhanghuimin", "zhm")
    assert pinyin.full_and_initials("曾小明") == ("zengxiaoming", "zxm")
    assert pinyin.full_and_initials("") == ("", "")


def test_text_cleaning() -> None:
    assert clean("\u3000张三\u00a0") == "张三"
    assert clean("ＡＢＣ１２３") == "ABC123"
    assert clean_name("买买提 · 艾力") == "买买提·艾力"
    assert clean_name("张 三") == "张三"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1990-01-02", dates.PartialDate(1990, 1, 2)),
        ("1990/1/2", dates.PartialDate(1990, 1, 2)),
        ("1990.1.2", dates.PartialDate(1990, 1, 2)),
        ("1990年1月2日", dates.PartialDate(1990, 1, 2)),
        ("19900102", dates.PartialDate(1990, 1, 2)),
        (19900102, dates.PartialDate(1990, 1, 2)),
        ("1948.12", dates.PartialDate(1948, 12)),
        ("1948年12月", dates.PartialDate(1948, 12)),
        (dt.datetime(1990, 1, 2, 0, 0), dates.PartialDate(1990, 1, 2)),
        (32875, dates.PartialDate(1990, 1, 2)),  # an Excel serial day
        ("", None),
    ],
)
def test_dates(raw: object, expected: dates.PartialDate | None) -> None:
    assert dates.parse(raw) == expected


@pytest.mark.parametrize("raw", ["1990-02-30", "abc", "1990-13", "99999999"])
def test_bad_dates(raw: str) -> None:
    with pytest.raises(dates.DateError):
        dates.parse(raw)


def test_partial_date_agreement() -> None:
    assert dates.PartialDate(1948, 12).agrees_with(dt.date(1948, 12, 5))
    assert not dates.PartialDate(1948, 11).agrees_with(dt.date(1948, 12, 5))
    assert dates.month_bounds(2026, 12) == (dt.date(2026, 12, 1), dt.date(2027, 1, 1))
