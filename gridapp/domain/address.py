"""Addresses: ``东方花园5号楼2单元301室``, ``5栋2单元301``, ``5-2-301``, ``301`` → parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gridapp.domain.text import strip_all_spaces

_CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


@dataclass(frozen=True)
class Address:
    compound: str = ""
    building: str = ""  # "5号楼"
    unit: str = ""  # "2单元"
    room: str = ""  # "301"

    @property
    def placed(self) -> bool:
        """Whether the address said where in a compound it is (a building, unit or room)."""
        return bool(self.building or self.unit or self.room)

    def text(self) -> str:
        room = f"{self.room}室" if self.room and self.room.isdigit() else self.room
        return f"{self.compound}{self.building}{self.unit}{room}"


def _cn_number(text: str) -> str:
    """``十二`` → ``12``; digits pass through."""
    if text.isdigit():
        return str(int(text))
    if not text or any(c not in _CN_DIGITS and c != "十" for c in text):
        return text
    if "十" in text:
        tens, _, ones = text.partition("十")
        value = (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
        return str(value)
    return "".join(str(_CN_DIGITS[c]) for c in text)


def building_label(raw: object) -> str:
    """``5``, ``5号``, ``5栋``, ``5幢``, ``5座``, ``5#``, ``5#楼``, ``五号楼`` → ``5号楼``;
    ``A座``, ``a栋`` → ``A座``; other names kept."""
    text = strip_all_spaces(raw)
    if not text:
        return ""
    m = re.fullmatch(
        r"第?([0-9]+|[零一二两三四五六七八九十]+)(?:号楼|#楼|号|栋|幢|座|#|楼|号院)?", text
    )
    if m:
        return f"{_cn_number(m.group(1))}号楼"
    m = re.fullmatch(r"([A-Za-z])(?:座|栋|幢|号楼|#楼|#|号)?", text)
    if m:
        return f"{m.group(1).upper()}座"
    return text


def unit_label(raw: object) -> str:
    """``2``, ``2单元``, ``二单元``, ``2门`` → ``2单元``."""
    text = strip_all_spaces(raw)
    if not text:
        return ""
    m = re.fullmatch(r"第?([0-9]+|[零一二两三四五六七八九十]+)(?:单元|门|梯)?", text)
    if m:
        return f"{_cn_number(m.group(1))}单元"
    return text


def room_label(raw: object) -> str:
    """``301``, ``301室``, ``301号``, a numeric 301.0 → ``301``."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = strip_all_spaces(raw)
    m = re.fullmatch(r"([0-9]+[A-Za-z]?)(?:室|号|房)?", text)
    return m.group(1) if m else text


# Free-text addresses. Tokens from the end: room, an optional floor, unit, building; what
# stands before the building is the compound (administrative prefixes dropped).
_NUM = r"[0-9]+|[零一二两三四五六七八九十]+"
_BUILDING_NUM = r"[0-9]+|[一二两三四五六七八九十]+|[A-Za-z]"
# A bare 号 (``3号2单元``) is a building only when a unit or room follows: ``工业路88号`` is a
# street number.
_BUILDING = rf"第?(?:{_BUILDING_NUM})(?:号楼|#楼|#|栋|幢|座)|第?(?:{_BUILDING_NUM})号(?=.)"
_UNIT = rf"第?(?:{_NUM})(?:单元|门|梯)"
_FLOOR = rf"(?:{_NUM})(?:楼|层)"
_ROOM = r"[A-Za-z]?[0-9]+[A-Za-z]?(?:号房|室|号|房|户)?"
_FULL = re.compile(
    rf"^(?P<compound>.*?)(?P<building>{_BUILDING})"
    rf"(?P<unit>{_UNIT})?(?:{_FLOOR}(?=[A-Za-z]?[0-9]))?(?P<room>{_ROOM})?$"
)
_DASHED = re.compile(
    r"^(?P<compound>.*?)(?P<building>[0-9]+)(?:号楼|#|栋|幢)?-(?P<u>[0-9]+)(?:单元)?-"
    r"(?P<r>[0-9]+[A-Za-z]?)(?:室|号|房)?$"
)
# ``3号楼2-301``: a building, then unit and room joined by a dash.
_BUILDING_DASHED = re.compile(
    rf"^(?P<compound>.*?)(?P<building>{_BUILDING})(?P<u>[0-9]+)-(?P<r>[0-9]+[A-Za-z]?)(?:室|号)?$"
)
_UNIT_ROOM = re.compile(
    rf"^(?P<u>{_UNIT})(?:{_FLOOR})?(?P<r>[A-Za-z]?[0-9]+[A-Za-z]?)(?:室|号|房)?$"
)
_REMARK = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]$")  # ``（西户）`` after the room
_SEPARATORS = re.compile(r"[,，、;；]")
# Province, city + district, sub-district and community before the compound: the register
# knows those from the grid, and ``郑州市上街区工业路街道东方花园`` is not a compound name. (Towns
# are left alone: ``古镇花园`` is a compound.)
_ADMIN = re.compile(
    r"^(?:[^省]{2,7}省)?(?:[^市]{2,7}市[^区县]{1,6}[区县])?(?:[^街]{1,8}街道(?:办事处)?)?"
    r"(?:[^社]{1,8}社区(?:居委会)?)?"
)


_LONGEST = 120  # characters: a longer cell is a note, not an address (and costs regex time)
# ``1号楼3号楼``: which one? Not split.
_TWO_BUILDINGS = re.compile(rf"(?:{_BUILDING_NUM})(?:号楼|#|栋|幢)")


def _compound_part(text: str) -> str:
    """The compound before the building: admin prefixes and trailing separators dropped."""
    text = text.rstrip("-_/·.")
    stripped = _ADMIN.sub("", text, count=1)
    return stripped or text


def parse(raw: object) -> Address:
    """Split an address written any of the usual ways; what cannot be split stays in ``compound``.

    ``东方花园3号楼2单元301室``, ``3-2-301``, ``3栋2单元301``, ``东方花园5#楼1单元402``,
    ``五号楼``, ``3幢201``, ``2单元301``, ``301``. ``Address.placed`` tells whether it split.
    """
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = _SEPARATORS.sub("", strip_all_spaces(raw))
    text = _REMARK.sub("", text) or text
    if not text:
        return Address()
    if len(text) > _LONGEST:
        return Address(compound=text)
    if re.fullmatch(r"[0-9]+[A-Za-z]?(?:室|号)?", text):
        return Address(room=room_label(text))
    for pattern in (_DASHED, _BUILDING_DASHED):  # ``3-2-301``, ``3栋2-301``
        m = pattern.match(text)
        if m:
            return Address(
                compound=_compound_part(m.group("compound")),
                building=building_label(m.group("building")),
                unit=unit_label(m.group("u")),
                room=m.group("r"),
            )
    m = _UNIT_ROOM.match(text)
    if m:
        return Address(unit=unit_label(m.group("u")), room=room_label(m.group("r")))
    m = _FULL.match(text)
    if m and not _TWO_BUILDINGS.search(m.group("compound")):
        return Address(
            compound=_compound_part(m.group("compound") or ""),
            building=building_label(m.group("building")),
            unit=unit_label(m.group("unit") or ""),
            room=room_label(m.group("room") or ""),
        )
    return Address(compound=text)
