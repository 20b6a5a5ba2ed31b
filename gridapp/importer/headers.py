"""Finding the header of a ledger sheet and mapping its labels onto the register's fields.

Ledgers put title rows above the header, use two-level headers with merged group labels, and
word the same column a dozen ways. ``find_header`` scans the first rows for the row (or pair of
rows) whose cells are most often known labels; ``FIELD_LABELS`` lists the accepted wordings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from gridapp.domain.text import strip_all_spaces

# Canonical field → accepted labels (after ``normalize_label``). Person fields carry the
# model's names; the rest are read into households, places, groups and statuses.
# fmt: off
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序", "No", "NO", "No."),
    "grid": ("网格", "所属网格", "网格名称", "网格编号"),
    "compound": ("小区", "现住小区/建筑", "现住小区", "小区名称", "小区/楼院", "楼院", "所在小区"),
    "building": ("楼栋", "楼号", "栋号", "楼栋号", "幢号", "楼"),
    "unit": ("单元", "单元号"),
    # 门牌号 is often the whole house-number address: cleaning splits a cell that reads as one.
    "room": ("房号", "门牌号", "房间号", "室号", "户室号"),
    "address": (
        "住址", "门牌地址", "现住址", "现居住地址", "居住地址", "家庭住址", "地址", "门牌",
        "门牌号码", "住所", "现住所", "现居住地", "现居地", "现居地址", "居住地", "现住地",
        "现住地址", "详细地址", "详细住址", "房屋地址", "住房地址", "现住门牌",
    ),
    "household_number": ("户号", "户编号", "户编码", "户籍户号"),
    "household_kind": ("户别", "户类型"),
    "housing": ("住房类别", "住房性质", "房屋性质", "居住性质"),
    "relation": ("与户主关系", "与其他人员关系", "关系", "与户主的关系", "家庭关系"),
    "name": ("姓名", "居民姓名", "人员姓名"),
    "former_name": ("曾用名",),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "id_number": ("公民身份号码", "身份证号", "身份证号码", "证件号码", "身份证", "证件号"),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日"),
    "age": ("年龄", "周岁", "实际年龄"),
    "phone": (
        "联系电话", "手机号码", "联系方式", "手机号", "手机", "电话", "电话号码", "本人电话",
        "本人联系电话", "本人手机", "本人手机号", "移动电话",
    ),
    "phone_other": ("其他电话", "固定电话", "座机", "备用电话", "家庭电话"),
    "category": ("人员类别", "户籍类别", "人员类型", "人口类别", "人口类型"),
    "political": ("政治面貌",),
    "groups": ("特殊人群", "重点类别", "人群类别", "特殊群体", "重点人群"),
    "is_key": ("是否重点人员", "重点人员"),
    # One column per special group (values 是/否, 1/0, √, 有/无 or the group's word):
    # ``group:<code>`` of the seeded group kinds (``db/seed.py``); 重点人员 come in kinds.
    "group:dibao": ("低保", "低保户", "是否低保", "是否低保户", "低保对象", "低保人员"),
    "group:tekun": ("特困", "特困人员", "是否特困", "是否特困人员", "特困供养", "五保", "五保户"),
    "group:canji": (
        "残疾人", "持证残疾人", "是否残疾", "是否残疾人", "残疾", "残疾人员", "是否持证残疾人",
    ),
    "group:dujv": ("独居老人", "是否独居", "是否独居老人", "独居"),
    "group:kongchao": ("空巢老人", "是否空巢", "是否空巢老人", "空巢"),
    "group:gaoling": ("高龄老人", "是否高龄", "是否高龄老人", "高龄"),
    "group:liushou": ("留守儿童", "是否留守儿童", "留守"),
    "group:tuiyi": ("退役军人", "是否退役军人", "退伍军人", "复员退伍军人"),
    "group:youfu": ("优抚对象", "是否优抚对象", "优抚"),
    "group:yunchan": ("孕产妇", "是否孕产妇"),
    "group:jiuzhu": ("需要救助", "是否需要救助"),
    "group:zhongdian:qingshaonian": ("重点青少年", "是否重点青少年"),
    "group:zhongdian:xingman": ("刑满释放人员", "刑满释放", "是否刑满释放人员", "刑释人员"),
    "group:zhongdian:jiaozheng": ("社区矫正人员", "社区矫正", "是否社区矫正人员", "矫正人员"),
    "group:zhongdian:jingshen": (
        "严重精神障碍患者", "精神障碍", "精神障碍患者", "严重精神障碍", "是否精神障碍",
    ),
    "group:zhongdian:xidu": ("吸毒人员", "是否吸毒人员", "社区戒毒", "社区戒毒人员"),
    "status": ("状态", "人员状态"),
    "status_date": ("状态日期",),
    "moved_out": ("是否已迁出", "是否迁出"),
    "moved_out_on": ("迁出日期", "迁出时间"),
    "destination": ("迁往地", "迁往地/去向", "去向", "外出去向"),
    "deceased": ("是否已死亡", "是否死亡"),
    "died_on": ("死亡日期", "死亡时间"),
    "notes": ("备注", "说明"),
    "native_place": ("籍贯",),
    "hukou_compound": ("户籍小区/建筑", "户籍小区"),
    "hukou_address": ("户籍地址", "户籍所在地", "户籍地", "户口所在地"),
    "separated": ("人户分离", "是否人户分离"),
    "actual_address": ("实际居住地", "实际居住地址"),
    "education": ("文化程度", "学历"),
    "marital": ("婚姻状况", "婚姻状态"),
    "religion": ("宗教信仰", "宗教"),
    "health": ("健康状况", "身体状况"),
    "military": ("兵役状况",),
    "occupation": ("工作学习情况", "职业", "就业情况", "工作情况"),
    "employer": ("工作单位或就读学校", "工作单位", "就读学校", "工作单位/学校"),
    "moved_in_on": ("迁入日期", "迁入时间", "入住时间", "入住日期"),
    "moved_from": ("迁入来源", "迁入地", "从何处迁入"),
    "reject_reason": ("错误原因", "导入错误原因", "原行号"),
}
# fmt: on

# Columns recognised but not read: derived (年龄), counters (序号), our own rejects' reason column.
IGNORED_FIELDS = frozenset({"seq", "age", "reject_reason"})

_ALIASES: dict[str, str] = {}


def normalize_label(value: object) -> str:
    """``* 身份证号（必填）`` → ``身份证号``: spaces, markers and bracketed hints dropped."""
    text = strip_all_spaces(value)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    text = text.strip("*:：★※")
    return text


def _build_aliases() -> None:
    for canonical, labels in FIELD_LABELS.items():
        for label in labels:
            _ALIASES.setdefault(normalize_label(label), canonical)


_build_aliases()


def field_for_label(label: object, overrides: Mapping[str, str] | None = None) -> str | None:
    """The canonical field of a label, or None when it is unknown."""
    text = normalize_label(label)
    if overrides:
        raw = strip_all_spaces(label)
        for key in (raw, text):
            if key in overrides:
                return overrides[key] or None
    if not text:
        return None
    return _ALIASES.get(text)


# ------------------------------------------------------------- members in column groups
# Household-per-row ledgers (``gridapp.importer.wide``) label a member's columns with the
# member's group before the field: 户主姓名, 成员1身份证号, 家庭成员（2）关系, 子女一姓名.

MEMBER_PREFIXES = (
    "户主", "家庭成员", "其他成员", "共同居住人员", "共同居住人", "同住人员", "同住人", "成员",
    "配偶", "子女", "儿子", "女儿", "父亲", "母亲",
)  # fmt: skip
_NUMERAL = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_MEMBER_LABEL = re.compile(
    "^(" + "|".join(sorted(MEMBER_PREFIXES, key=len, reverse=True)) + f")({_NUMERAL})?的?(.*)$"
)
_BRACKETED_NUMBER = re.compile(rf"[（(\[【]({_NUMERAL})[）)\]】]")
_CHINESE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_RELATION_WORDS = frozenset({"关系", "与户主关系", "与户主的关系", "家庭关系", "称谓"})


@dataclass(frozen=True)
class MemberLabel:
    key: str  # the group: 户主, 成员1, 配偶, 子女2 …
    prefix: str  # 户主, 成员, 配偶, 子女 …
    rest: str  # what the column holds: 姓名, 身份证号 … ("" = the group's name alone)


def _numeral(text: str) -> str:
    """``2`` / ``二`` / ``十二`` → ``2`` / ``2`` / ``12``."""
    if text.isdigit():
        return str(int(text))
    tens, _, ones = text.rpartition("十") if "十" in text else ("", "", text)
    value = _CHINESE_DIGITS[ones] if ones else 0
    if "十" in text:
        value += 10 * (_CHINESE_DIGITS[tens] if tens else 1)
    return str(value)


def parse_member_label(label: object) -> MemberLabel | None:
    """``成员（2）身份证号`` → (成员2, 成员, 身份证号); None when no member group is named."""
    text = _BRACKETED_NUMBER.sub(r"\1", strip_all_spaces(label))
    found = _MEMBER_LABEL.match(normalize_label(text))
    if found is None:
        return None
    prefix, number, rest = found.groups()
    try:
        key = prefix + (_numeral(number) if number else "")
    except KeyError:  # 十十: no number we read
        return None
    return MemberLabel(key, prefix, rest)


def member_field(rest: str, overrides: Mapping[str, str] | None = None) -> str | None:
    """The field of a member column's label without its group (``关系`` → relation)."""
    if rest in _RELATION_WORDS:
        return "relation"
    found = field_for_label(rest, overrides)
    if found is None and rest.endswith("号") and "身份" in rest:
        return "id_number"  # 身份证件号, 身份号 …
    return found


def _member_key_field(label: str) -> str | None:
    """姓名 or 身份证号 when ``label`` is one of a member group's (for finding the header)."""
    parsed = parse_member_label(label)
    if parsed is None or not parsed.rest:
        return None
    found = member_field(parsed.rest)
    return found if found in _KEY_FIELDS else None


@dataclass(frozen=True)
class ColumnMatch:
    index: int  # 0-based column
    label: str  # the label as the ledger shows it ("基本信息/姓名" for two-level headers)
    field: str | None  # canonical field, None = unknown (kept in the person's notes/extra)


@dataclass
class HeaderMatch:
    header_row: int  # 0-based index of the (first) header row
    rows: int  # 1 or 2 header rows
    columns: list[ColumnMatch] = field(default_factory=list)

    @property
    def data_start(self) -> int:
        return self.header_row + self.rows

    def field_columns(self) -> dict[str, int]:
        """Canonical field → first column holding it."""
        out: dict[str, int] = {}
        for col in self.columns:
            if col.field is not None and col.field not in out:
                out[col.field] = col.index
        return out

    @property
    def unknown(self) -> list[str]:
        return [c.label for c in self.columns if c.field is None and c.label]


# Ledgers put up to a dozen lines of 填表说明 (and a title, a 填报单位 line) above the header.
SCAN_ROWS = 30
_KEY_FIELDS = ("name", "id_number")


def _cell(rows: Sequence[Sequence[object]], r: int, c: int) -> object:
    if r < len(rows) and c < len(rows[r]):
        return rows[r][c]
    return None


def _fill_merged(
    rows: Sequence[Sequence[object]], merged: Sequence[tuple[int, int, int, int]], upto: int
) -> list[list[object]]:
    """The first ``upto`` rows with merged ranges filled from their top-left cell."""
    width = max((len(r) for r in rows[:upto]), default=0)
    grid = [list(rows[r]) + [None] * (width - len(rows[r])) for r in range(min(upto, len(rows)))]
    for r0, c0, r1, c1 in merged:
        if r0 >= len(grid):
            continue
        value = _cell(rows, r0, c0)
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                grid[r][c] = value
    return grid


def _row_labels(
    row: Sequence[object], overrides: Mapping[str, str] | None
) -> list[tuple[str, str | None]]:
    return [(strip_all_spaces(v), field_for_label(v, overrides)) for v in row]


def find_header(
    rows: list[list[object]],
    merged: list[tuple[int, int, int, int]],
    overrides: Mapping[str, str] | None = None,
) -> HeaderMatch | None:
    """Find the header among the first rows; None when no row looks like a ledger header.

    ``merged`` holds merged ranges as (first_row, first_col, last_row, last_col), 0-based and
    inclusive. A header must name at least two known fields, one of them 姓名 or 身份证号.
    ``overrides`` maps labels (as shown) onto fields; an empty field means "unknown".
    """
    grid = _fill_merged(rows, merged, SCAN_ROWS + 1)
    best: tuple[int, HeaderMatch] | None = None
    for r in range(min(SCAN_ROWS, len(grid))):
        found = _header_at(grid, r, overrides)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best[1] if best else None


def _header_at(
    grid: list[list[object]], r: int, overrides: Mapping[str, str] | None
) -> tuple[int, HeaderMatch] | None:
    """The header row ``r`` would be (alone or over the next row) and its score: how many
    known fields it names; None when it names too few."""
    labels = _row_labels(grid[r], overrides)
    known = {f for _, f in labels if f is not None}
    # 户主姓名, 成员1身份证号 …: a household-per-row header's name and ID columns
    known |= {f for lab, f0 in labels if f0 is None and (f := _member_key_field(lab))}
    has_next = r + 1 < len(grid)
    if len(known) < 2 or not known.intersection(_KEY_FIELDS):
        # 户主 | 成员1 | 成员2 over 姓名 | 身份证号 …: group labels alone, fields below
        two = _two_level(grid, r, labels, overrides) if has_next and _names_groups(labels) else None
        return (len(two.field_columns()), two) if two is not None else None
    if has_next:
        two = _two_level(grid, r, labels, overrides)
        two_score = len({c.field for c in two.columns if c.field}) if two is not None else 0
        if two is not None and two_score > len(known):
            return two_score, two
    columns = [ColumnMatch(i, lab, f) for i, (lab, f) in enumerate(labels) if lab]
    return len(known), HeaderMatch(header_row=r, rows=1, columns=columns)


def _names_groups(labels: Sequence[tuple[str, str | None]]) -> bool:
    """The row holds two or more member groups' labels (户主, 成员1, 配偶 …) and no fields."""
    groups = set()
    for label, _ in labels:
        parsed = parse_member_label(label) if label else None
        if parsed is not None and parsed.rest in ("", "信息", "情况", "基本信息"):
            groups.add(parsed.key)
    return len(groups) >= 2


def _two_level(
    grid: list[list[object]],
    r: int,
    top: list[tuple[str, str | None]],
    overrides: Mapping[str, str] | None,
) -> HeaderMatch | None:
    """Row r holds group labels over sub-labels in row r+1 (merged cells already filled)."""
    below = _row_labels(grid[r + 1], overrides)
    width = max(len(top), len(below))
    gained = 0
    columns: list[ColumnMatch] = []
    for c in range(width):
        t_label, t_field = top[c] if c < len(top) else ("", None)
        b_label, b_field = below[c] if c < len(below) else ("", None)
        if b_label and b_label != t_label:
            if b_field is not None and b_field != t_field:
                gained += 1
            label = f"{t_label}/{b_label}" if t_label and b_field is None else b_label
            columns.append(ColumnMatch(c, label, b_field))
        elif t_label:
            columns.append(ColumnMatch(c, t_label, t_field))
    if gained == 0:
        return None
    return HeaderMatch(header_row=r, rows=2, columns=columns)
