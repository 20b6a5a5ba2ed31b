"""Header detection and label mapping of ledger sheets."""

from __future__ import annotations

from gridapp.importer.headers import FIELD_LABELS, IGNORED_FIELDS, field_for_label, find_header


def test_label_wordings_map_to_one_field() -> None:
    for label in (
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "证件号码",
        " 身份证号（必填） ",
        "*身份证号",
    ):
        assert field_for_label(label) == "id_number", label
    for label in ("出生日期", "出生年月"):
        assert field_for_label(label) == "birth_date"
    for label in ("联系电话", "手机号码", "联系方式", "本人电话", "移动电话"):
        assert field_for_label(label) == "phone"
    for label in ("家属电话", "紧急联系电话", "监护人电话"):  # someone else's number
        assert field_for_label(label) is None
    assert field_for_label("固定电话") == "phone_other"  # a landline is not the mobile
    for label in ("楼栋", "楼号"):
        assert field_for_label(label) == "building"
    assert field_for_label("现住小区/建筑") == "compound"
    assert field_for_label("门牌号") == "room" and field_for_label("房号") == "room"
    assert field_for_label("门牌地址") == "address"
    assert field_for_label("户号") == field_for_label("户编号") == "household_number"
    assert field_for_label("与户主关系") == field_for_label("与其他人员关系") == "relation"
    assert field_for_label("户籍类别") == field_for_label("人员类型") == "category"
    assert field_for_label("爱好") is None
    assert field_for_label("爱好", {"爱好": "notes"}) == "notes"
    assert field_for_label("身份证号", {"身份证号": ""}) is None


def test_our_own_export_labels_are_all_recognised() -> None:
    from gridapp.export.ledger import LEDGER_COLUMNS

    expected = {
        "网格": "grid", "小区": "compound", "楼栋": "building", "单元": "unit", "房号": "room",
        "户号": "household_number", "与户主关系": "relation", "姓名": "name", "性别": "gender",
        "民族": "ethnicity", "公民身份号码": "id_number", "出生日期": "birth_date", "年龄": "age",
        "联系电话": "phone", "人员类别": "category", "政治面貌": "political",
        "特殊人群": "groups", "状态": "status", "备注": "notes",
    }  # fmt: skip
    for label, field in expected.items():
        assert field_for_label(label) == field, label
    assert "age" in IGNORED_FIELDS
    for label, _kind, _source in LEDGER_COLUMNS:
        assert field_for_label(label) is not None, label


def test_header_below_title_rows() -> None:
    rows: list[list[object]] = [
        ["某社区居民台账", "", "", ""],
        ["填报单位：某社区  填报日期：2026-01-01", "", "", ""],
        ["序号", "姓名", "身份证号", "联系电话"],
        [1, "张三", "410106199001021234", "13800000000"],
    ]
    match = find_header(rows, [(0, 0, 0, 3), (1, 0, 1, 3)])
    assert match is not None
    assert match.header_row == 2 and match.data_start == 3
    assert match.field_columns() == {"seq": 0, "name": 1, "id_number": 2, "phone": 3}


def test_two_level_header_with_merged_cells() -> None:
    rows: list[list[object]] = [
        ["序号", "基本信息", "", "", "联系方式", "", "爱好"],
        ["", "姓名", "性别", "公民身份号码", "手机号码", "固定电话", ""],
        [1, "张三", "男", "410106199001021234", "13800000000", "", "钓鱼"],
    ]
    merged = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    match = find_header(rows, merged)
    assert match is not None and match.data_start == 2
    fields = match.field_columns()
    assert fields["name"] == 1 and fields["id_number"] == 3
    assert fields["phone"] == 4 and fields["phone_other"] == 5
    assert match.unknown == ["爱好"]


def test_two_level_header_without_merges() -> None:
    rows: list[list[object]] = [
        ["姓名", "身份证号", "联系方式", ""],
        ["", "", "手机", "座机"],
        ["张三", "410106199001021234", "13800000000", ""],
    ]
    match = find_header(rows, [])
    assert match is not None and match.rows == 2 and match.data_start == 2
    assert match.field_columns()["phone_other"] == 3


def test_foreign_sheet_has_no_header() -> None:
    rows: list[list[object]] = [["产品", "单价", "数量"], ["苹果", 3.5, 10]]
    assert find_header(rows, []) is None
    assert find_header([], []) is None
    # one known label alone is not a header
    assert find_header([["姓名", "爱好"], ["张三", "钓鱼"]], []) is None


def test_every_canonical_field_has_labels() -> None:
    assert all(FIELD_LABELS[f] for f in FIELD_LABELS)
