"""A newborn's relation to the head follows from the parent's (issue 16.1: a birth was saved as
the head's spouse)."""

from __future__ import annotations

import pytest

from gridapp.domain.relations import RELATIONS, child_of


@pytest.mark.parametrize(
    ("parent", "gender", "baby"),
    [
        ("户主", "男", "子"), ("户主", "女", "女"), ("配偶", "女", "女"), ("妻子", "男", "子"),
        ("子", "男", "孙子"), ("儿媳", "女", "孙女"), ("女", "男", "外孙子"),
        ("女婿", "女", "外孙女"), ("父亲", "男", "弟"), ("母亲", "女", "妹"),
        ("孙子", "男", "其他亲属"), ("兄", "女", "其他亲属"), ("租户", "男", "租户"),
        ("其他", "女", "其他"), ("", "男", "其他"),
    ],
)  # fmt: skip
def test_child_of(parent: str, gender: str, baby: str) -> None:
    assert child_of(parent, gender) == baby


def test_no_gender_no_relation_and_never_spouse_or_head() -> None:
    assert child_of("户主", "") == ""
    for parent in RELATIONS:
        for gender in ("男", "女"):
            assert child_of(parent, gender) in RELATIONS
            assert child_of(parent, gender) not in ("户主", "配偶")
