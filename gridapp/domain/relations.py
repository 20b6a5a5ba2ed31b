"""Relation to the head of household (与户主关系): one vocabulary, many spellings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gridapp.domain.text import strip_all_spaces

HEAD = "户主"
OTHER = "其他"
OTHER_KIN = "其他亲属"
SIBLINGS = "兄弟姐妹"  # kept when the head's age or the person's cannot tell 兄/弟/姐/妹

# The vocabulary, in the order households are listed.
RELATIONS: tuple[str, ...] = (
    "户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女",
    "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "祖父母", "兄", "弟", "姐", "妹", "兄弟姐妹",
    "其他亲属", "租户", "其他",
)  # fmt: skip

_ALIASES: dict[str, str] = {
    "本人": "户主", "户主本人": "户主", "户主": "户主", "自己": "户主",
    "妻子": "配偶", "妻": "配偶", "丈夫": "配偶", "夫": "配偶", "老伴": "配偶", "爱人": "配偶",
    "夫妻": "配偶", "之妻": "配偶", "之夫": "配偶",
    "儿子": "子", "长子": "子", "次子": "子", "三子": "子", "四子": "子", "独生子": "子",
    "养子": "子", "继子": "子", "子女": "子",
    "女儿": "女", "长女": "女", "次女": "女", "三女": "女", "四女": "女", "独生女": "女",
    "养女": "女", "继女": "女",
    "媳妇": "儿媳", "儿媳妇": "儿媳", "女婿": "女婿",
    "孙": "孙子", "孙子": "孙子", "孙女": "孙女", "外孙": "外孙子", "外孙女": "外孙女",
    "父": "父亲", "爸爸": "父亲", "母": "母亲", "妈妈": "母亲", "父母": "父亲",
    "祖父": "祖父母", "祖母": "祖父母", "爷爷": "祖父母", "奶奶": "祖父母",
    "外祖父": "祖父母", "外祖母": "祖父母",
    "外公": "祖父母", "外婆": "祖父母", "姥爷": "祖父母", "姥姥": "祖父母", "祖父母": "祖父母",
    "哥哥": "兄", "哥": "兄", "兄长": "兄", "弟弟": "弟", "姐姐": "姐", "妹妹": "妹",
    "兄弟": "兄弟姐妹", "姐妹": "兄弟姐妹", "兄妹": "兄弟姐妹", "姐弟": "兄弟姐妹",
    "同胞": "兄弟姐妹",
    "老公": "配偶", "老婆": "配偶", "孙儿": "孙子", "外孙儿": "外孙子", "孙女儿": "孙女",
    "外孙女儿": "外孙女", "租户": "租户", "房客": "租户",
    "侄子": "其他亲属", "侄女": "其他亲属", "外甥": "其他亲属", "外甥女": "其他亲属",
    "儿媳之子": "孙子", "亲属": "其他亲属",
    "其它": "其他", "租客": "租户", "承租人": "租户", "租房": "租户", "借住": "其他", "保姆": "其他",
}  # fmt: skip


def normalize(raw: object) -> str:
    """Map a spelling onto the vocabulary; unknown words come back cleaned, not guessed."""
    text = strip_all_spaces(raw)
    if not text:
        return ""
    if text in RELATIONS:
        return text
    if text in _ALIASES:
        return _ALIASES[text]
    if text.startswith("户主之") or text.startswith("户主的"):
        return normalize(text[3:])
    return text


# Words for "child", "parent" … that do not say which: the ID's gender does.
_BY_GENDER: dict[str, tuple[str, str]] = {
    "子女": ("子", "女"), "儿女": ("子", "女"), "独生子女": ("子", "女"),
    "父母": ("父亲", "母亲"), "孙子女": ("孙子", "孙女"), "孙": ("孙子", "孙女"),
    "孙子孙女": ("孙子", "孙女"), "外孙子女": ("外孙子", "外孙女"), "外孙": ("外孙子", "外孙女"),
    "公婆": ("公公", "婆婆"), "岳父母": ("岳父", "岳母"),
}  # fmt: skip
# Which gender each gendered word implies (a 女 with a male ID number is worth a look).
MALE = frozenset({"子", "女婿", "孙子", "外孙子", "父亲", "公公", "岳父", "兄", "弟"})
FEMALE = frozenset({"女", "儿媳", "孙女", "外孙女", "母亲", "婆婆", "岳母", "姐", "妹"})
# Words the vocabulary has no term for, mapped to the nearest one; the ledger's word is kept.
_NON_KIN = ("同事", "朋友", "同学", "室友", "舍友", "保姆", "雇", "员工", "非亲", "无亲",
            "无关", "借住", "寄住", "战友", "老乡", "同乡", "邻居", "护工", "干女", "干儿",
            "干爹", "干妈", "干亲")  # fmt: skip
_TENANT = ("租",)
_KIN = ("侄", "甥", "表", "堂", "叔", "伯", "姑", "舅", "姨", "嫂", "婶", "媳", "婿", "孙",
        "亲", "祖", "妯娌", "连襟", "夫", "妻", "父", "母", "兄", "弟", "姐",
        "妹", "哥", "儿", "女")  # fmt: skip


@dataclass(frozen=True)
class Resolved:
    relation: str  # a word of RELATIONS, or "" for an empty cell
    original: str = ""  # the ledger's word when RELATIONS has no term for it


def resolve(raw: object, gender: str = "") -> Resolved:
    """A ledger's relation word as a word of the vocabulary.

    ``子女`` with a female ID is ``女``; a word the vocabulary lacks (``同事``, ``侄孙``) becomes
    the nearest term (``其他``, ``其他亲属``, ``租户``) and comes back in ``original``.
    ``兄弟`` / ``姐妹`` stay ``兄弟姐妹``: 兄 or 弟 needs the head's age (``sibling``).
    """
    text = strip_all_spaces(raw)
    if text.startswith(("户主之", "户主的")):
        text = text[3:]
    if not any(ch.isalnum() for ch in text):  # empty, or a filler such as ``/`` or ``-``
        return Resolved("")
    if text in _BY_GENDER and gender in ("男", "女"):
        return Resolved(_BY_GENDER[text][gender == "女"])
    found = normalize(text)
    if found in RELATIONS:
        lossy = found in (OTHER, OTHER_KIN) and text not in _PLAIN_OTHER  # 侄子 → 其他亲属
        return Resolved(found, text if lossy else "")
    return Resolved(_nearest(text), text)


_PLAIN_OTHER = frozenset({"其他", "其它", "其他亲属", "亲属"})


def _nearest(text: str) -> str:
    if any(word in text for word in _NON_KIN):
        return OTHER
    if any(word in text for word in _TENANT):
        return "租户"
    if any(word in text for word in _KIN):
        return OTHER_KIN
    return OTHER


def sibling(gender: str, born: dt.date | None, head_born: dt.date | None) -> str:
    """兄 / 弟 / 姐 / 妹 by gender and age against the head; ``兄弟姐妹`` when they cannot tell
    (no head, no birth date, or born the same day: twins)."""
    if gender not in ("男", "女") or born is None or head_born is None or born == head_born:
        return SIBLINGS
    older = born < head_born
    if gender == "男":
        return "兄" if older else "弟"
    return "姐" if older else "妹"


def is_head(raw: object) -> bool:
    return normalize(raw) == HEAD


def sort_key(relation: str) -> int:
    try:
        return RELATIONS.index(relation)
    except ValueError:
        return len(RELATIONS)


# A newborn's relation to the head, from the parent's relation (男, 女 for a son, a daughter).
_CHILD_OF: dict[str, tuple[str, str]] = {
    "户主": ("子", "女"), "配偶": ("子", "女"),
    "子": ("孙子", "孙女"), "儿媳": ("孙子", "孙女"),
    "女": ("外孙子", "外孙女"), "女婿": ("外孙子", "外孙女"),
    "父亲": ("弟", "妹"), "母亲": ("弟", "妹"),  # the head's younger brother or sister
}  # fmt: skip
_PARENTS_OF_HEAD = frozenset({"父亲", "母亲"})


def child_of(parent_relation: str, gender: str) -> str:
    """The relation to the head of a baby born to a member with ``parent_relation``:
    the head's or the spouse's child is 子 / 女, a son's or daughter-in-law's child 孙子 / 孙女,
    a daughter's or son-in-law's 外孙子 / 外孙女, a parent's a younger 弟 / 妹; further kin
    其他亲属, a tenant's child 租户, anyone else's 其他. "" while the gender is not known."""
    if gender not in ("男", "女"):
        return ""
    parent = normalize(parent_relation)
    if parent in _CHILD_OF:
        return _CHILD_OF[parent][gender == "女"]
    if parent in ("租户", OTHER):
        return parent
    return OTHER_KIN if parent else OTHER
