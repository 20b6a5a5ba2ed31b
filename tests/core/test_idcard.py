import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gridapp.domain import idcard
from gridapp.domain.idcard import IdProblem


def test_known_valid_number() -> None:
    # The GB 11643 worked example.
    info = idcard.parse("11010519491231002X")
    assert info.birth_date == dt.date(1949, 12, 31)
    assert info.gender == "女"
    assert info.area_code == "110105"


@pytest.mark.parametrize(
    "raw",
    [
        "１１０１０５１９４９１２３１００２ｘ",
        " 11010519491231002x ",
        "'11010519491231002X",
        "\t110105 19491231 002X",
    ],
)
def test_normalises_what_excel_and_clerks_do(raw: str) -> None:
    assert idcard.parse(raw).number == "11010519491231002X"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", IdProblem.EMPTY),
        ("110105491231002", IdProblem.LEGACY_15),
        ("11010519491231002", IdProblem.BAD_LENGTH),
        ("1101051949123100A2", IdProblem.BAD_CHARS),
        ("110105194902300021", IdProblem.BAD_DATE),
        ("110105194913310021", IdProblem.BAD_DATE),
        ("110105194912310021", IdProblem.BAD_CHECK),
    ],
)
def test_problems_are_named(raw: str, problem: IdProblem) -> None:
    with pytest.raises(idcard.IdNumberError) as err:
        idcard.parse(raw)
    assert err.value.problem is problem
    assert str(err.value)  # a message a clerk can read


def test_future_birth_date_refused() -> None:
    number = idcard.make("410106", dt.date(2030, 1, 1), 1)
    assert idcard.problem(number, today=dt.date(2026, 1, 1)) is IdProblem.FUTURE_DATE


def test_legacy_number_is_reported_not_converted() -> None:
    assert idcard.legacy_birth_date("410106850102123") == dt.date(1985, 1, 2)
    assert not idcard.is_valid("410106850102123")


def test_age_at() -> None:
    born = dt.date(1990, 6, 15)
    assert idcard.age_at(born, dt.date(2026, 6, 14)) == 35
    assert idcard.age_at(born, dt.date(2026, 6, 15)) == 36


def test_mask() -> None:
    assert idcard.mask("41010619900102123X") == "410106********123X"
    assert idcard.mask("") == ""


@given(
    born=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)),
    seq=st.integers(min_value=0, max_value=999),
)
def test_made_numbers_round_trip(born: dt.date, seq: int) -> None:
    number = idcard.make("410106", born, seq)
    info = idcard.parse(number)
    assert info.birth_date == born
    assert info.gender == ("男" if seq % 2 else "女")


@given(
    born=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)),
    seq=st.integers(min_value=0, max_value=999),
    pos=st.integers(min_value=0, max_value=16),
    delta=st.integers(min_value=1, max_value=9),
)
def test_any_single_digit_error_is_caught(born: dt.date, seq: int, pos: int, delta: int) -> None:
    number = idcard.make("410106", born, seq)
    wrong = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    assert idcard.problem(wrong) is not None
