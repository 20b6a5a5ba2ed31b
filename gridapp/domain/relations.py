"""Relation to the head of household (与户主关系): one vocabulary, many spellings."""

from __future__ import annotations

from gridapp.domain.text import strip_all_spaces

HEAD = "户主"

# The vocabulary, in the order households are listed.
RELATIONS: tuple[str, ...] = (
    "户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女",
    "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "祖父母", "兄弟姐妹", "其他亲属",
    "租户", "其他",
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
    "兄": "兄弟姐妹", "弟": "兄弟姐妹", "姐": "兄弟姐妹", "妹": "兄弟姐妹", "哥哥": "兄弟姐妹",
    "弟弟": "兄弟姐妹", "姐姐": "兄弟姐妹", "妹妹": "兄弟姐妹", "兄弟": "兄弟姐妹", "姐妹": "兄弟姐妹",
    "侄子": "其他亲属", "侄女": "其他亲属", "外甥": "其他亲属", "外甥女": "其他亲属",
    "儿媳之子": "孙子", "亲属": "其他亲属",
    "租客": "租户", "承租人": "租户", "租房": "租户", "借住": "其他", "保姆": "其他",
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


def is_head(raw: object) -> bool:
    return normalize(raw) == HEAD


def sort_key(relation: str) -> int:
    try:
        return RELATIONS.index(relation)
    except ValueError:
        return len(RELATIONS)
