"""The pinyin table read directly gives what pypinyin itself gives, character by character."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

from gridapp.domain import pinyin


def test_every_character_reads_as_pypinyin_reads_it() -> None:
    table = pinyin._readings()
    assert table is not None and len(table) > 40_000
    chars = [chr(code) for code in table] + list("A1·é 々")
    wrong = [
        ch
        for ch in chars
        if pinyin._char(ch) != "".join(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")).lower()
    ]
    assert wrong == []


def test_names() -> None:
    assert pinyin.full_and_initials("张慧敏") == ("zhanghuimin", "zhm")
    assert pinyin.full_and_initials("曾刚") == ("zenggang", "zg")
    assert pinyin.full_and_initials("吕丽") == ("lvli", "ll")
