"""Per-row cleaning and checking: raw ledger cells → register values, or a rejection."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from gridapp.db import vocab
from gridapp.domain import address, dates, idcard, phone, relations
from gridapp.domain import text as text_rules
from gridapp.domain.text import clean_name, name_problem

_WS = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]")


def clean(value: object) -> str:
    """``domain.text.clean`` with a fast path for text that is already clean."""
    if type(value) is str and unicodedata.is_normalized("NFKC", value) and not _WS.search(value):
        return value
    return text_rules.clean(value)


def strip_all_spaces(value: object) -> str:
    if type(value) is str and unicodedata.is_normalized("NFKC", value) and not _WS.search(value):
        return value
    return text_rules.strip_all_spaces(value)


class RowRejected(Exception):
    """The row cannot be imported; ``field`` names the column at fault."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


# Person fields read as plain cleaned text.
TEXT_FIELDS = (
    "former_name", "native_place", "category", "actual_address", "political", "education",
    "marital", "religion", "health", "military", "occupation", "employer", "destination",
    "moved_from",
)  # fmt: skip
# Household-level values, filled down in household-grouped ledgers.
PLACE_FIELDS = (
    "grid", "compound", "building", "unit", "room", "address", "household_number",
    "household_kind", "housing",
)  # fmt: skip

STATUS_WORDS: dict[str, str] = {
    "在册": vocab.STATUS_ACTIVE, "正常": vocab.STATUS_ACTIVE, "在住": vocab.STATUS_ACTIVE,
    "常住": vocab.STATUS_ACTIVE, "外出": vocab.STATUS_AWAY, "离开": vocab.STATUS_AWAY,
    "已迁出": vocab.STATUS_MOVED_OUT, "迁出": vocab.STATUS_MOVED_OUT,
    "已死亡": vocab.STATUS_DECEASED, "死亡": vocab.STATUS_DECEASED, "去世": vocab.STATUS_DECEASED,
    "已故": vocab.STATUS_DECEASED,
}  # fmt: skip
for _code, _label in vocab.STATUS_LABELS.items():
    STATUS_WORDS[_code] = _code

_YES = {"是", "1", "y", "yes", "true", "√", "✓", "有", "1.0"}
_NO = {"否", "0", "n", "no", "false", "×", "无", "0.0"}
_GROUP_SPLIT = re.compile(r"[,，;；、/|\s]+")
_SCI = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")
_ID_CLEAN = re.compile(r"[0-9]{17}[0-9X]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_NAME_CLEAN = re.compile(r"[\u3400-\u9fff]{1,8}")  # CJK ideographs only: nothing to clean

NUMBER_ID = (
    "身份证号是数字格式的单元格，Excel 只保留 15 位有效数字，末尾已丢失；"
    "请把该列设置为“文本”格式后重新录入身份证号"
)


@dataclass
class CleanRow:
    person: dict[str, Any] = field(default_factory=dict)  # model fields, only non-empty values
    place: dict[str, str] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (field, message)


def yes_no(raw: object) -> bool | None:
    text = strip_all_spaces(raw).lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    return None


def cell_text(raw: object) -> str:
    """A cell as text: integral numbers without ``.0``, dates as ISO (memoised: ledgers repeat
    the same compound, building, category … on thousands of rows)."""
    try:
        return _cell_text(raw)
    except TypeError:  # unhashable
        return _cell_text.__wrapped__(raw)


@lru_cache(maxsize=1 << 16, typed=True)
def _cell_text(raw: object) -> str:
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return clean(raw)


def clean_id(raw: object, today: dt.date | None = None) -> idcard.IdInfo:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise RowRejected("id_number", NUMBER_ID)
    if type(raw) is str and _ID_CLEAN.fullmatch(raw):  # the usual case: a clean text cell
        found = idcard.problem(raw, today)
        if found is not None:
            raise RowRejected("id_number", idcard.PROBLEM_TEXT[found])
        born = dt.date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))
        gender = "男" if int(raw[16]) % 2 == 1 else "女"
        return idcard.IdInfo(number=raw, birth_date=born, gender=gender, area_code=raw[:6])
    text = strip_all_spaces(raw)
    if _SCI.match(text):
        raise RowRejected("id_number", NUMBER_ID)
    try:
        return idcard.parse(text, today)
    except idcard.IdNumberError as exc:
        raise RowRejected("id_number", str(exc)) from exc


def _clean_id(raw: object, today: dt.date) -> tuple[str, dt.date, str]:
    """``clean_id`` as (number, birth date, gender), checking a clean text cell inline."""
    if type(raw) is str and _ID_CLEAN.fullmatch(raw):
        try:
            born = dt.date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))
        except ValueError:
            born = None
        if (
            born is not None
            and born.year >= 1880
            and born <= today
            and idcard.check_char(raw[:17]) == raw[17]
        ):
            return raw, born, "男" if int(raw[16]) % 2 == 1 else "女"
    info = clean_id(raw, today)  # says what is wrong
    return info.number, info.birth_date, info.gender


_building = lru_cache(maxsize=4096)(address.building_label)
_unit = lru_cache(maxsize=4096)(address.unit_label)
_relation = lru_cache(maxsize=4096)(relations.normalize)


@lru_cache(maxsize=1 << 14, typed=True)
def _room(raw: object) -> str:
    return address.room_label(raw)


@lru_cache(maxsize=1024)
def _ethnicity(raw: object) -> str:
    text = strip_all_spaces(raw)
    if text and text not in vocab.ETHNICITIES and f"{text}族" in vocab.ETHNICITIES:
        return f"{text}族"
    return text


def _date_or_warn(row: CleanRow, key: str, raw: object, label: str) -> dt.date | None:
    try:
        return dates.parse_date(raw)
    except dates.DateError:
        row.warnings.append((key, f"{label}无法识别，未导入：{cell_text(raw)}"))
        return None


def _phones(row: CleanRow, present: dict[str, object]) -> None:
    """Phone cells split and checked: the first mobile number is the phone, the rest go to
    ``phone_other``; bad numbers are warned about and dropped."""
    p = row.person
    raw = present.get
    phones: list[str] = []
    for key in ("phone", "phone_other"):
        cell = raw(key)
        if cell is None:
            continue
        numbers = [cell] if type(cell) is str and _MOBILE.fullmatch(cell) else phone.split(cell)
        for number in numbers:
            if phone.is_valid(number):
                if number not in phones:
                    phones.append(number)
            else:
                row.warnings.append((key, f"电话号码格式不对，未导入：{number}"))
    mobiles = [n for n in phones if phone.is_mobile(n)]
    if raw("phone") is not None and phones:
        first = mobiles[0] if mobiles else phones[0]
        p["phone"] = first
        rest = [n for n in phones if n != first]
        if rest:
            p["phone_other"] = ";".join(rest)
    elif phones:
        p["phone_other"] = ";".join(phones)


def clean_row(values: Mapping[str, object], today: dt.date | None = None) -> CleanRow:
    """Clean one row given as canonical field → raw cell; raise ``RowRejected``."""
    return clean_present({k: v for k, v in values.items() if v is not None and v != ""}, today)


def clean_present(present: dict[str, object], today: dt.date | None = None) -> CleanRow:
    """``clean_row`` for a row already without empty cells (None or "")."""
    row = CleanRow()
    p = row.person
    raw = present.get

    name = raw("name")
    if not (type(name) is str and _NAME_CLEAN.fullmatch(name)):
        name = clean_name(name)
    if not name:
        raise RowRejected("name", "姓名为空（该行有其他内容）")
    problem = name_problem(name)
    if problem:
        raise RowRejected("name", problem)
    p["name"] = name

    number, born, sex = _clean_id(raw("id_number"), today or dt.date.today())
    p["id_number"] = number
    p["birth_date"] = born
    p["gender"] = sex

    born_cell = raw("birth_date")
    if born_cell is not None and not (
        type(born_cell) is str and born_cell == f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    ):
        try:
            given = dates.parse(born_cell)
        except dates.DateError as exc:
            raise RowRejected(
                "birth_date", f"出生日期无法识别：{cell_text(raw('birth_date'))}"
            ) from exc
        if given is not None and not given.agrees_with(born):
            raise RowRejected(
                "birth_date",
                f"出生日期 {cell_text(raw('birth_date'))} 与身份证号中的出生日期"
                f" {born.isoformat()} 不一致",
            )
    gender = raw("gender")
    if gender is not None and gender != sex:  # nothing to check when it is the ID's
        gender = strip_all_spaces(gender)
    if gender and gender != sex:
        gender = {"男性": "男", "女性": "女", "m": "男", "f": "女"}.get(gender.lower(), gender)
        if gender not in vocab.GENDERS:
            raise RowRejected("gender", f"性别只能是“男”或“女”：{gender}")
        if gender != sex:
            raise RowRejected("gender", f"性别“{gender}”与身份证号（{sex}）不一致")

    cell = raw("phone")
    if type(cell) is str and "phone_other" not in present and _MOBILE.fullmatch(cell):
        p["phone"] = cell  # the usual case: one clean mobile number
    elif cell is not None or "phone_other" in present:
        _phones(row, present)

    if raw("relation") is not None:
        p["relation"] = _relation(raw("relation"))
    if raw("ethnicity") is not None:
        p["ethnicity"] = _ethnicity(raw("ethnicity"))
    for key in TEXT_FIELDS:
        if key in present:
            text = cell_text(present[key])
            if text:
                p[key] = text
    if "notes" in present:
        notes = cell_text(present["notes"])
        if notes:
            p["notes"] = notes
    if "hukou_address" in present or "hukou_compound" in present:
        hukou = cell_text(raw("hukou_address"))
        hukou_compound = cell_text(raw("hukou_compound"))
        if hukou_compound and not hukou.startswith(hukou_compound):
            hukou = hukou_compound + hukou
        if hukou:
            p["hukou_address"] = hukou
    separated = yes_no(present["separated"]) if "separated" in present else None
    if separated is not None:
        p["separated"] = separated

    status_text = strip_all_spaces(present["status"]) if "status" in present else ""
    if status_text:
        if status_text in STATUS_WORDS:
            p["status"] = STATUS_WORDS[status_text]
        else:
            row.warnings.append(("status", f"未知的人员状态，未导入：{status_text}"))
    if raw("status_date") is not None:
        found = _date_or_warn(row, "status_date", raw("status_date"), "状态日期")
        if found:
            p["status_date"] = found
    if "moved_out" in present and yes_no(present["moved_out"]):
        p["status"] = vocab.STATUS_MOVED_OUT
        found = _date_or_warn(row, "moved_out_on", raw("moved_out_on"), "迁出日期")
        if found:
            p["status_date"] = found
    if "deceased" in present and yes_no(present["deceased"]):
        p["status"] = vocab.STATUS_DECEASED
        found = _date_or_warn(row, "died_on", raw("died_on"), "死亡日期")
        if found:
            p["status_date"] = found
    if raw("moved_in_on") is not None:
        found = _date_or_warn(row, "moved_in_on", raw("moved_in_on"), "迁入日期")
        if found:
            p["moved_in_on"] = found

    if "groups" in present:
        groups_text = cell_text(present["groups"])
        row.groups = [g for g in _GROUP_SPLIT.split(groups_text) if g and yes_no(g) is None]
    if ("is_key" in present and yes_no(present["is_key"])) and not row.groups:
        row.groups = ["重点人员"]

    place = row.place
    for key in ("grid", "compound", "address", "household_kind", "housing"):
        if key in present:
            text = cell_text(present[key])
            if text:
                place[key] = text
    if "household_number" in present:
        number = strip_all_spaces(cell_text(present["household_number"]))
        if number:
            place["household_number"] = number
    if "building" in present:
        building = _building(cell_text(present["building"]))
        if building:
            place["building"] = building
    if "unit" in present:
        unit = _unit(cell_text(present["unit"]))
        if unit:
            place["unit"] = unit
    if "room" in present:
        room = _room(present["room"])
        if room:
            place["room"] = room
    return row


def has_data(cells: list[object], ignore: set[int]) -> bool:
    for i, c in enumerate(cells):  # a plain loop: any() over a generator costs twice as much
        if c is None or c == "" or i in ignore:
            continue
        if not isinstance(c, str) or c.strip():
            return True
    return False
