"""Free-text addresses as ledgers write them, split into compound / building / unit / room."""

from __future__ import annotations

import pytest

from gridapp.domain import address


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("东方花园3号楼2单元301室", ("东方花园", "3号楼", "2单元", "301")),
        ("3-2-301", ("", "3号楼", "2单元", "301")),
        ("3栋2单元301", ("", "3号楼", "2单元", "301")),
        ("东方花园小区 3号楼 2单元 301", ("东方花园小区", "3号楼", "2单元", "301")),
        ("东方花园5#楼1单元402", ("东方花园", "5号楼", "1单元", "402")),
        ("东方花园５＃楼１单元４０２", ("东方花园", "5号楼", "1单元", "402")),  # full-width
        ("五号楼", ("", "5号楼", "", "")),
        ("3幢201", ("", "3号楼", "", "201")),
        ("3座2单元1201", ("", "3号楼", "2单元", "1201")),
        ("东方花园3号楼", ("东方花园", "3号楼", "", "")),
        ("东方花园3-2-301室", ("东方花园", "3号楼", "2单元", "301")),
        ("3号楼2-301", ("", "3号楼", "2单元", "301")),
        ("3号2单元301", ("", "3号楼", "2单元", "301")),
        ("第3栋第2单元301", ("", "3号楼", "2单元", "301")),
        ("十二号楼三单元1702", ("", "12号楼", "3单元", "1702")),
        ("3号楼2单元3楼301", ("", "3号楼", "2单元", "301")),  # the floor is dropped
        ("2单元3层301", ("", "", "2单元", "301")),
        ("3号楼，2单元，301", ("", "3号楼", "2单元", "301")),
        ("工业路88号院3号楼2单元301", ("工业路88号院", "3号楼", "2单元", "301")),
        ("古镇花园3号楼1单元101", ("古镇花园", "3号楼", "1单元", "101")),  # 镇 is no prefix
        # administrative prefixes and a remark after the room are not the compound
        ("河南省郑州市上街区工业路街道东方社区东方花园3号楼2单元301",
         ("东方花园", "3号楼", "2单元", "301")),
        ("郑州市中原区工业路街道东方花园小区东区12号楼3单元1702室（西户，靠近北门）",
         ("东方花园小区东区", "12号楼", "3单元", "1702")),
        ("东方社区3号楼2单元301", ("东方社区", "3号楼", "2单元", "301")),  # nothing else left
    ],
)  # fmt: skip
def test_free_text_addresses_split(raw: str, parts: tuple[str, str, str, str]) -> None:
    a = address.parse(raw)
    assert (a.compound, a.building, a.unit, a.room) == parts
    assert a.placed


@pytest.mark.parametrize(
    "raw",
    [
        "工业路88号",  # a street number is not building 88
        "朱寨村3组45号",
        "3-201",  # building-room or unit-room: nobody can tell
        "东方花园",
        "不详",
        "？？？",
        "3号楼" * 200,
        "-",
    ],
)
def test_what_cannot_be_split_stays_text(raw: str) -> None:
    a = address.parse(raw)
    assert not a.placed
    assert a.compound  # kept, never silently dropped


def test_empty_and_odd_cells() -> None:
    assert address.parse(None) == address.Address()
    assert address.parse("") == address.Address()
    assert address.parse("   ") == address.Address()
    assert address.parse(301.0) == address.Address(room="301")
    assert address.parse(301) == address.Address(room="301")
    assert not address.parse(3.5).placed


@pytest.mark.parametrize(
    "raw", ["5", "5号", "5号楼", "5#", "5#楼", "5＃楼", "5栋", "5幢", "5座", "五号楼", "第五栋"]
)
def test_every_spelling_of_building_5_is_one_building(raw: str) -> None:
    assert address.building_label(raw) == "5号楼"


def test_lettered_buildings_and_other_names() -> None:
    for raw in ("A座", "a栋", "A#", "A幢"):
        assert address.building_label(raw) == "A座"
    assert address.building_label("综合楼") == "综合楼"
    assert address.building_label("") == ""
