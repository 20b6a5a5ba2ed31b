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
    """``5``, ``5号``, ``5栋``, ``5幢``, ``5#``, ``五号楼`` → ``5号楼``; other names kept."""
    text = strip_all_spaces(raw)
    if not text:
        return ""
    m = re.fullmatch(
        r"第?([0-9]+|[零一二两三四五六七八九十]+)(?:号楼|号|栋|幢|座|#|＃|楼|号院)?", text
    )
    if m:
        return f"{_cn_number(m.group(1))}号楼"
    m = re.fullmatch(r"([A-Za-z])(?:座|栋|号楼)?", text)
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


_FULL = re.compile(
    r"^(?P<compound>.*?)"
    r"(?P<building>(?:[0-9]+|[一二三四五六七八九十]+|[A-Za-z])(?:号楼|号|栋|幢|座|#))"
    r"(?:(?P<unit>[0-9]+|[一二三四五六七八九十]+)(?:单元|门))?"
    r"(?:(?P<room>[0-9]+[A-Za-z]?)(?:室|号|房)?)?$"
)
_DASHED = re.compile(r"^(?P<compound>.*?)(?P<b>[0-9]+)-(?P<u>[0-9]+)-(?P<r>[0-9]+)(?:室|号)?$")
_UNIT_ROOM = re.compile(
    r"^(?P<u>[0-9]+|[一二三四五六七八九十]+)(?:单元|门)(?P<r>[0-9]+[A-Za-z]?)(?:室|号)?$"
)


def parse(raw: object) -> Address:
    """Split an address written any of the usual ways; what cannot be split stays in ``compound``."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = strip_all_spaces(raw)
    if not text:
        return Address()
    if re.fullmatch(r"[0-9]+[A-Za-z]?(?:室|号)?", text):
        return Address(room=room_label(text))
    m = _DASHED.match(text)
    if m:
        return Address(
            compound=m.group("compound"),
            building=building_label(m.group("b")),
            unit=unit_label(m.group("u")),
            room=m.group("r"),
        )
    m = _UNIT_ROOM.match(text)
    if m:
        return Address(unit=unit_label(m.group("u")), room=room_label(m.group("r")))
    m = _FULL.match(text)
    if m and (m.group("unit") or m.group("room") or m.group("compound")):
        return Address(
            compound=m.group("compound") or "",
            building=building_label(m.group("building")),
            unit=unit_label(m.group("unit") or ""),
            room=room_label(m.group("room") or ""),
        )
    if m:
        return Address(building=building_label(m.group("building")))
    return Address(compound=text)
