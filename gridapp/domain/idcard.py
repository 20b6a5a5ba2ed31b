"""Resident identity numbers (公民身份号码, GB 11643-1999).

18 characters: 6-digit area code, birth date YYYYMMDD, 3-digit sequence (odd = male,
even = female) and an ISO 7064 MOD 11-2 check character (0-9 or X). Legacy 15-digit
numbers (YYMMDD birth date, no check character) are recognised and reported, never
converted silently: the office must collect the 18-digit number.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from dataclasses import dataclass
from enum import Enum

from gridapp.domain.text import strip_all_spaces

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE18 = re.compile(r"^\d{17}[\dX]$")
_SHAPE15 = re.compile(r"^\d{15}$")


class IdProblem(Enum):
    EMPTY = "empty"
    LEGACY_15 = "legacy_15"
    BAD_LENGTH = "bad_length"
    BAD_CHARS = "bad_chars"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    BAD_CHECK = "bad_check"


PROBLEM_TEXT: dict[IdProblem, str] = {
    IdProblem.EMPTY: "身份证号为空",
    IdProblem.LEGACY_15: "15位旧身份证号，请收集18位新号码",
    IdProblem.BAD_LENGTH: "身份证号位数不对（应为18位）",
    IdProblem.BAD_CHARS: "身份证号含有非法字符（只能是数字，最后一位可以是X）",
    IdProblem.BAD_DATE: "身份证号中的出生日期不存在",
    IdProblem.FUTURE_DATE: "身份证号中的出生日期晚于今天",
    IdProblem.BAD_CHECK: "身份证号校验位错误（可能有数字录错）",
}


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: dt.date
    gender: str  # "男" / "女"
    area_code: str

    def age_at(self, on: dt.date) -> int:
        return age_at(self.birth_date, on)


class IdNumberError(ValueError):
    def __init__(self, problem: IdProblem, number: str) -> None:
        super().__init__(PROBLEM_TEXT[problem])
        self.problem = problem
        self.number = number


def normalize(raw: object) -> str:
    """Full-width digits, spaces, a leading apostrophe or TAB, lower-case x: all fixed."""
    text = strip_all_spaces(raw)
    text = text.lstrip("'\u2018\u2019`")
    return text.upper()


_ASCII_ZERO = 48 * sum(_WEIGHTS)


def check_char(first17: str) -> str:
    if len(first17) == 17 and first17.isascii() and first17.isdigit():
        # Byte values minus ord("0"), summed in C: a 50,000-row import checks every number.
        total = sum(map(operator.mul, first17.encode(), _WEIGHTS)) - _ASCII_ZERO
    else:
        total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def problem(number: str, today: dt.date | None = None) -> IdProblem | None:
    """The first thing wrong with an already normalised number, or None when it is valid."""
    if not number:
        return IdProblem.EMPTY
    if _SHAPE15.match(number):
        return IdProblem.LEGACY_15
    if len(number) != 18:
        if re.fullmatch(r"[\dX]+", number) is None:
            return IdProblem.BAD_CHARS
        return IdProblem.BAD_LENGTH
    if not _SHAPE18.match(number):
        return IdProblem.BAD_CHARS
    born = _date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    if born is None or born.year < 1880:
        return IdProblem.BAD_DATE
    if born > (today or dt.date.today()):
        return IdProblem.FUTURE_DATE
    if check_char(number[:17]) != number[17]:
        return IdProblem.BAD_CHECK
    return None


def parse(raw: object, today: dt.date | None = None) -> IdInfo:
    """Normalise and validate; raise ``IdNumberError`` saying what is wrong."""
    number = normalize(raw)
    found = problem(number, today)
    if found is not None:
        raise IdNumberError(found, number)
    born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    gender = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number=number, birth_date=born, gender=gender, area_code=number[:6])


def is_valid(raw: object) -> bool:
    return problem(normalize(raw)) is None


def legacy_birth_date(number15: str) -> dt.date | None:
    """Birth date of a 15-digit number (19YYMMDD), for display only."""
    if not _SHAPE15.match(number15):
        return None
    return _date(1900 + int(number15[6:8]), int(number15[8:10]), int(number15[10:12]))


def age_at(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def mask(number: str | None) -> str:
    """``410106199001021234`` → ``410106********1234``: area code and last four kept."""
    if not number:
        return ""
    if len(number) <= 10:
        return number[:2] + "*" * max(0, len(number) - 2)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def make(area_code: str, born: dt.date, sequence: int) -> str:
    """Build a valid number (the demo and tests use this); ``sequence`` 0..999."""
    first17 = f"{area_code}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)
