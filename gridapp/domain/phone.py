"""Telephone numbers as Chinese offices write them."""

from __future__ import annotations

import re

from gridapp.domain.text import clean

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Area code 0xx / 0xxx followed by a 7- or 8-digit subscriber number, or a bare local number.
_LANDLINE = re.compile(r"^(0\d{2,3})?[2-9]\d{6,7}$")
_SEPARATORS = re.compile(r"[;；,，/、|\n]+|\s{2,}")


def normalize(raw: object) -> str:
    """Digits only: drop spaces, dashes, brackets and a +86 / 0086 prefix; keep a trailing .0 off."""
    text = clean(raw)
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    text = re.sub(r"[\s\-()（）.]", "", text)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    return text


def is_mobile(number: str) -> bool:
    return _MOBILE.match(number) is not None


def is_landline(number: str) -> bool:
    return _LANDLINE.match(number) is not None


def is_valid(number: str) -> bool:
    return is_mobile(number) or is_landline(number)


def split(raw: object) -> list[str]:
    """A cell may hold several numbers separated by ; , / or 、; each is normalised."""
    if raw is None:
        return []
    if isinstance(raw, (int, float)):
        return [normalize(raw)]
    parts = _SEPARATORS.split(clean(raw))
    return [n for n in (normalize(p) for p in parts) if n]


def mask(number: str | None) -> str:
    if not number:
        return ""
    if len(number) == 11:
        return number[:3] + "****" + number[-4:]
    return number[:-4] + "****" if len(number) > 4 else number
