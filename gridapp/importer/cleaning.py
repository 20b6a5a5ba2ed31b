"""Per-row cleaning and checking: raw ledger cells → register values, or a rejection."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from gridapp.db import seed, vocab
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

_YES = {"是", "1", "y", "yes", "true", "√", "✓", "✔", "有", "1.0", "是的"}
_NO = {"否", "0", "n", "no", "false", "×", "✗", "✘", "无", "0.0", "不是", "非", "没有", "-", "/",
       "—", "－"}  # fmt: skip
_GROUP_SPLIT = re.compile(r"[,，;；、/|\s]+")
_SCI = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")
_ID_CLEAN = re.compile(r"[0-9]{17}[0-9X]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_ID_WRAPPED = re.compile(
    r"=?[\"'\u201c\u201d\u2018\u2019`]*([0-9Xx]+)[\"'\u201c\u201d\u2018\u2019]*"
)
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
    text = _unwrap_id(strip_all_spaces(raw))
    if _SCI.match(text):
        raise RowRejected("id_number", NUMBER_ID)
    try:
        return idcard.parse(text, today)
    except idcard.IdNumberError as exc:
        raise RowRejected("id_number", str(exc)) from exc


def _unwrap_id(text: str) -> str:
    """``="410…"`` (web-platform CSV exports keep the digits as a formula) and quotes → digits."""
    m = _ID_WRAPPED.fullmatch(text)
    return m.group(1) if m else text


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
_address = lru_cache(maxsize=1 << 14)(address.parse)


@lru_cache(maxsize=1 << 14, typed=True)
def _room(raw: object) -> str:
    return address.room_label(raw)


# GB 3304 numbers the 56 ethnicities 01…56 in ``vocab.ETHNICITIES`` order; 97 其他未识别民族,
# 98 外国血统中国籍人士 (some ledgers number those two 57 and 58).
_ETHNICITY_CODES = {str(i): name for i, name in enumerate(vocab.ETHNICITIES, 1)} | {
    "97": vocab.ETHNICITIES[-2], "98": vocab.ETHNICITIES[-1]
}  # fmt: skip


@lru_cache(maxsize=1024, typed=True)
def _ethnicity(raw: object) -> str:
    """``回`` → ``回族``; the codes ``01``, ``1``, ``1.0`` → ``汉族``; "" for an unknown code."""
    text = _code_text(raw)
    if text.isdigit():
        return _ETHNICITY_CODES.get(text, "")
    if text and text not in vocab.ETHNICITIES and f"{text}族" in vocab.ETHNICITIES:
        return f"{text}族"
    return text


def _check_birth_date(row: CleanRow, cell: object, born: dt.date) -> None:
    """An unreadable 出生日期 is a warning (the ID gives it); one that contradicts the ID is a
    rejection: the ID number itself is then likely wrong."""
    try:
        given = dates.parse(cell)
    except dates.DateError:
        row.warnings.append(("birth_date", f"出生日期无法识别：{cell_text(cell)}，已按身份证号记为"
                             f" {born.isoformat()}"))  # fmt: skip
        return
    if given is not None and not given.agrees_with(born):
        raise RowRejected(
            "birth_date",
            f"出生日期 {cell_text(cell)} 与身份证号中的出生日期 {born.isoformat()} 不一致",
        )


# GB/T 2261.1: 1 男, 2 女, 0 未知, 9 未说明.
_GENDER_WORDS = {"男": "男", "女": "女", "男性": "男", "女性": "女", "m": "男", "f": "女",
                 "male": "男", "female": "女", "1": "男", "2": "女", "0": "", "9": "",
                 "未知": "", "未说明": "", "不详": ""}  # fmt: skip


def _check_gender(row: CleanRow, cell: object, sex: str) -> None:
    """Same rule as the birth date: unreadable → warning, contradicting the ID → rejection."""
    text = _code_text(cell).lower()
    if not text:
        return
    gender = _GENDER_WORDS.get(text)
    if gender is None:
        row.warnings.append(("gender", f"性别“{cell_text(cell)}”无法识别，已按身份证号记为{sex}"))
    elif gender and gender != sex:
        raise RowRejected("gender", f"性别“{cell_text(cell)}”与身份证号（{sex}）不一致")


def _code_text(cell: object) -> str:
    """A code cell as text: ``1``, ``1.0`` and ``"01"`` all read ``1``-ish digits unchanged."""
    text = strip_all_spaces(cell_text(cell))
    m = re.fullmatch(r"0*([0-9]+)(?:\.0+)?", text)
    return (m.group(1) or "0") if m else text


_AGE = re.compile(r"([0-9]{1,3})(?:\.0+)?(?:周岁|岁)?")


def _check_age(row: CleanRow, cell: object, born: dt.date, today: dt.date) -> None:
    """年龄 is derived: only checked, a disagreement of more than a year is worth a look."""
    text = strip_all_spaces(cell_text(cell))
    m = _AGE.fullmatch(text)
    if m is None:
        row.warnings.append(("age", f"年龄无法识别：{text}（年龄按身份证号计算，未导入）"))
        return
    actual = idcard.age_at(born, today)
    if abs(int(m.group(1)) - actual) > 1:
        row.warnings.append(
            ("age", f"年龄 {text} 与身份证号推算的年龄 {actual} 岁不一致，请核对身份证号")
        )


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
    today = today or dt.date.today()
    sex = _clean_identity(row, present, today)
    cell = present.get("phone")
    if type(cell) is str and "phone_other" not in present and _MOBILE.fullmatch(cell):
        row.person["phone"] = cell  # the usual case: one clean mobile number
    elif cell is not None or "phone_other" in present:
        _phones(row, present)
    _clean_details(row, present, sex)
    if not _STATUS_KEYS.isdisjoint(present):
        _clean_status(row, present)
    if "groups" in present or "is_key" in present or not _GROUP_KEYS.isdisjoint(present):
        _clean_groups(row, present)
    _clean_place(row, present)
    return row


def _clean_identity(row: CleanRow, present: dict[str, object], today: dt.date) -> str:
    """姓名 and 身份证号 (either wrong: the row is rejected), the birth date and gender the ID
    gives, checked against the 出生日期, 性别 and 年龄 cells; the ID's gender."""
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

    number, born, sex = _clean_id(raw("id_number"), today)
    p["id_number"] = number
    p["birth_date"] = born
    p["gender"] = sex

    born_cell = raw("birth_date")
    if born_cell is not None and not (
        type(born_cell) is str and born_cell == f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    ):
        _check_birth_date(row, born_cell, born)
    gender = raw("gender")
    if gender is not None and gender != sex:  # nothing to check when it is the ID's
        _check_gender(row, gender, sex)
    if raw("age") is not None:
        _check_age(row, raw("age"), born, today)
    return sex


_DETAIL_TEXTS = (*TEXT_FIELDS, "notes")  # read as plain cleaned text, notes last


def _clean_details(row: CleanRow, present: dict[str, object], sex: str) -> None:
    """民族, the plain text fields, 备注, 与户主关系, 户籍地址, 人户分离."""
    p = row.person
    raw = present.get
    if raw("ethnicity") is not None:
        ethnicity = _ethnicity(raw("ethnicity"))
        if ethnicity:
            p["ethnicity"] = ethnicity
        else:
            row.warnings.append(
                ("ethnicity", f"民族代码“{cell_text(raw('ethnicity'))}”不存在，民族未导入")
            )
    for key in _DETAIL_TEXTS:
        if key in present:
            text = cell_text(present[key])
            if text:
                p[key] = text
    if raw("relation") is not None:
        _relation_of(row, raw("relation"), sex)
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


# 是否已迁出 / 是否已死亡 columns: (flag field, its date field, the date's label, status).
_STATUS_FLAGS = (
    ("moved_out", "moved_out_on", "迁出日期", vocab.STATUS_MOVED_OUT),
    ("deceased", "died_on", "死亡日期", vocab.STATUS_DECEASED),
)
_STATUS_KEYS = frozenset(("status", "status_date", "moved_out", "deceased", "moved_in_on"))


def _clean_status(row: CleanRow, present: dict[str, object]) -> None:
    """人员状态 and its date, the yes/no columns that set a status, 迁入日期."""
    p = row.person
    raw = present.get
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
    for flag, date_key, label, status in _STATUS_FLAGS:
        if flag in present and yes_no(present[flag]):
            p["status"] = status
            found = _date_or_warn(row, date_key, raw(date_key), label)
            if found:
                p["status_date"] = found
    if raw("moved_in_on") is not None:
        found = _date_or_warn(row, "moved_in_on", raw("moved_in_on"), "迁入日期")
        if found:
            p["moved_in_on"] = found


def _clean_groups(row: CleanRow, present: dict[str, object]) -> None:
    """特殊人群 words, 是否重点人员, one column per group."""
    if "groups" in present:
        row.groups = group_words(cell_text(present["groups"]))
    if ("is_key" in present and yes_no(present["is_key"])) and not row.groups:
        row.groups = ["重点人员"]
    if not _GROUP_KEYS.isdisjoint(present):
        for key, code in GROUP_COLUMNS.items():
            if key in present:
                _group_column(row, key, code, present[key])


# Place fields read as text, in the order they are read: field → how that text is
# normalised (None: as it is). 房号 is read from the cell itself (``_room``).
_PLACE_TEXTS: tuple[tuple[str, Callable[[str], str] | None], ...] = (
    ("grid", None), ("compound", None), ("address", None), ("household_kind", None),
    ("housing", None), ("household_number", strip_all_spaces), ("building", _building),
    ("unit", _unit),
)  # fmt: skip


def _clean_place(row: CleanRow, present: dict[str, object]) -> None:
    place = row.place
    for key, normalize in _PLACE_TEXTS:
        if key in present:
            text = cell_text(present[key])
            if normalize is not None:
                text = normalize(text)
            if text:
                place[key] = text
    if "room" in present:
        room = _room(present["room"])
        if room:
            place["room"] = room
    if "address" in place or "compound" in place or "room" in place:
        _split_address(row, place)


# ------------------------------------------------------------------ relation to the head

# In NFKC form like every cleaned cell, so the note read back from our own export matches.
NOTE_RELATION = "与户主关系原文:"


def _relation_of(row: CleanRow, cell: object, sex: str) -> None:
    """The relation as a vocabulary word (``子女`` + a woman's ID → 女); a word the vocabulary
    lacks becomes the nearest term, the ledger's word kept in the notes and warned about."""
    relation, original, warning = _relation_outcome(cell, sex)
    if not relation:
        return
    p = row.person
    p["relation"] = relation
    if original:
        note = NOTE_RELATION + original
        notes = p.get("notes", "")
        if note not in notes:
            p["notes"] = f"{notes};{note}" if notes else note
    if warning:
        row.warnings.append(("relation", warning))


@lru_cache(maxsize=4096, typed=True)
def _relation_outcome(cell: object, sex: str) -> tuple[str, str, str]:
    """(relation, the ledger's word to keep, warning) of a relation cell and the ID's gender."""
    found = relations.resolve(cell, sex)
    if found.original:
        return found.relation, found.original, (
            f"与户主关系“{found.original}”不是标准称谓，已记为“{found.relation}”，原文记入备注"
        )  # fmt: skip
    if (found.relation in relations.MALE and sex == "女") or (
        found.relation in relations.FEMALE and sex == "男"
    ):
        return (
            found.relation,
            "",
            f"与户主关系“{found.relation}”与身份证号的性别（{sex}）不符，请核对",
        )
    return found.relation, "", ""


# ----------------------------------------------------------------------- special groups

# ``group:<code>`` columns (headers.FIELD_LABELS) → the group kind's code; 重点人员 come in
# kinds (``group:zhongdian:xidu``), all members of 重点人员.
GROUP_COLUMNS: dict[str, str] = {
    f"group:{code}": code for code, *_ in seed.DEFAULT_GROUPS if code != "zhongdian"
} | {
    f"group:zhongdian:{kind}": "zhongdian"
    for kind in ("qingshaonian", "xingman", "jiaozheng", "jingshen", "xidu")
}  # fmt: skip
_GROUP_KEYS = frozenset(GROUP_COLUMNS)
_GROUP_NAMES = {code: name for code, name, *_ in seed.DEFAULT_GROUPS}
# Words that name a group in a cell: 持证残疾人, 城市低保, 五保户, 刑满释放人员 …
_GROUP_STEMS: dict[str, tuple[str, ...]] = {
    "dibao": ("低保",), "tekun": ("特困", "五保"), "canji": ("残疾", "残障"),
    "dujv": ("独居",), "kongchao": ("空巢",), "gaoling": ("高龄",), "liushou": ("留守",),
    "tuiyi": ("退役", "退伍", "复员"), "youfu": ("优抚",), "yunchan": ("孕",),
    "jiuzhu": ("救助",),
    "zhongdian": ("重点", "刑满", "刑释", "矫正", "精神障碍", "精神病", "吸毒", "戒毒", "涉毒"),
}  # fmt: skip
# A 残疾 column often holds the kind or grade of the disability instead of 是.
_DISABILITY = re.compile(r"肢体|视力|听力|言语|智力|精神|多重|盲|聋|哑|[一二三四1-4]级")
# Names the import resolves by itself (``matching._load_existing``): kept as written.
_GROUP_AS_WRITTEN = frozenset(
    word
    for _code, name, *_ in seed.DEFAULT_GROUPS
    for word in (name, name + "户", name + "人员", name.removesuffix("户"))
)


def _group_code(word: str) -> str | None:
    for code, stems in _GROUP_STEMS.items():
        if any(stem in word for stem in stems):
            return code
    return None


def group_words(text: str) -> list[str]:
    """A 特殊人群 cell (``残疾、低保``, ``持证残疾人,独居老人``) as group names or codes the
    import knows; unknown words stay as written (the import warns about them)."""
    out: list[str] = []
    for word in _GROUP_SPLIT.split(text):
        if not word or yes_no(word) is not None:
            continue
        if word not in _GROUP_AS_WRITTEN:
            word = _group_code(word) or word
        if word not in out:
            out.append(word)
    return out


def _group_column(row: CleanRow, key: str, code: str, cell: object) -> None:
    """One group's column: 是/1/√/Y/有 or the group's word joins, 否/0/×/N/无 does not;
    anything else is a warning (the person is imported, the group left for a look)."""
    text = cell_text(cell)
    answer = yes_no(text)
    if answer is None and text:
        if _group_code(text) == code or (code == "canji" and _DISABILITY.search(text)):
            answer = True
        else:
            row.warnings.append(
                (key, f"无法判断是否属于“{_GROUP_NAMES[code]}”：{text}，未登记为该人群")
            )
    if answer and code not in row.groups and _GROUP_NAMES[code] not in row.groups:
        row.groups.append(code)


# ----------------------------------------------------------------------------- addresses

_PLAIN_ROOM = re.compile(r"[A-Za-z]?[0-9]+[A-Za-z]?")
_PLACE_LABELS = {"building": "楼栋", "unit": "单元", "room": "房号"}


def _split_address(row: CleanRow, place: dict[str, str]) -> None:
    """Building, unit and room from a free-text address (住址 ``东方花园3号楼2单元301室``), a
    门牌号 cell holding a whole address, or a 小区 cell carrying the building
    (``东方花园3号楼``). Separate 楼栋/单元/房号 columns win; an address that names no building
    is kept as text and warned about."""
    compound_text = place.get("compound", "")
    if "building" in place and compound_text:
        place["compound"] = _compound_beside(compound_text, place["building"])
        compound_text = ""
    if "building" in place and "unit" in place and "room" in place:
        return  # the ledger's own columns say it all
    address_text = place.get("address", "")
    room_address = _room_as_address(place)
    text, parsed, from_compound = _best_split(address_text, room_address, compound_text)
    if parsed is None or not (parsed.building or "building" in place):
        _kept_as_text(row, address_text, room_address, "住址中没有可识别的楼栋", "未归入楼栋")
        if parsed is None:
            return
    if text != address_text and (room_address or address_text):
        place["address"] = text  # what the ledger said in two cells, as one address
    _take_compound(place, parsed, from_compound)
    _take_parts(row, place, parsed)
    if place.get("building") and not place.get("room"):
        # a household is placed by its room: one written only to the building is not
        _kept_as_text(row, address_text, room_address, "住址只写到楼栋，没有房号",
                      "未归入具体房屋")  # fmt: skip


def _room_as_address(place: dict[str, str]) -> str:
    """A 房号 cell that reads as a whole address (门牌号 ``3-2-301``), taken out of the place
    as such; "" otherwise."""
    room_text = place.get("room", "")
    if room_text and not _PLAIN_ROOM.fullmatch(room_text):
        found = _address(room_text)
        if found.building or found.unit:
            del place["room"]
            return room_text
    return ""


def _kept_as_text(
    row: CleanRow, address_text: str, room_address: str, problem: str, outcome: str
) -> None:
    """The warning for an address kept as text only (none when the ledger gave none)."""
    if address_text or room_address:
        row.warnings.append(
            ("address" if address_text else "room",
             f"{problem}：{address_text or room_address}，已按原文保存为住址，{outcome}")
        )  # fmt: skip


def _take_compound(place: dict[str, str], parsed: address.Address, from_compound: bool) -> None:
    if from_compound:  # ``东方花园3号楼`` in the 小区 column: the compound is 东方花园
        if parsed.compound:
            place["compound"] = parsed.compound
        else:
            place.pop("compound", None)
    elif parsed.compound and "compound" not in place:
        place["compound"] = parsed.compound


def _take_parts(row: CleanRow, place: dict[str, str], parsed: address.Address) -> None:
    """The address's building, unit and room where the ledger has no column of its own for
    them; a column that says otherwise wins, with a warning."""
    for key in ("building", "unit", "room"):
        value = getattr(parsed, key)
        if not value:
            continue
        given = place.get(key)
        if given is None:
            place[key] = value
        elif given != value:
            label = _PLACE_LABELS[key]
            row.warnings.append(
                (key, f"住址中的{label}“{value}”与{label}列“{given}”不一致，已按{label}列导入")
            )


@lru_cache(maxsize=4096)
def _compound_beside(compound_text: str, building: str) -> str:
    """小区 ``东方花园3号楼`` beside 楼栋 ``3``: the compound is 东方花园."""
    found = _address(compound_text)
    if found.compound and found.building == building and not found.unit:
        return found.compound
    return compound_text


def _best_split(
    address_text: str, room_address: str, compound_text: str
) -> tuple[str, address.Address | None, bool]:
    """The first reading that names a building: the address, the 门牌号, both together, then
    with the 小区 cell before them; else the first that names a unit or room; else None.
    Returns (text read, parts, whether the 小区 cell was part of it)."""
    candidates: list[tuple[str, bool]] = []
    for text in (address_text, address_text + room_address, room_address):
        if text and (text, False) not in candidates:
            candidates.append((text, False))
    if compound_text and not address_text.startswith(compound_text):
        for text in (address_text, room_address, ""):
            if (compound_text + text, True) not in candidates:
                candidates.append((compound_text + text, True))
    fallback: tuple[str, address.Address | None, bool] = ("", None, False)
    for text, from_compound in candidates:
        found = _address(text)
        if found.building:
            return text, found, from_compound
        if found.placed and fallback[1] is None and not from_compound:
            fallback = (text, found, False)
    return fallback


def has_data(cells: list[object], ignore: set[int]) -> bool:
    for i, c in enumerate(cells):  # a plain loop: any() over a generator costs twice as much
        if c is None or c == "" or i in ignore:
            continue
        if not isinstance(c, str) or c.strip():
            return True
    return False
