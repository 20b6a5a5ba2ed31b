"""Pinyin of names for search: ``张慧敏`` → ``zhanghuimin`` and ``zhm``.

Names are read character by character (they are not phrases), the surname with its surname
reading. Each character's reading is cached, so a 50,000-person import stays cheap.
"""

from __future__ import annotations

from functools import lru_cache

# Surnames read differently from the common reading of the character.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao",
    "查": "zha", "盖": "ge", "乐": "yue", "尉": "yu", "缪": "miao", "翟": "zhai",
    "覃": "qin", "召": "shao", "种": "chong", "员": "yun", "牟": "mu", "繁": "po",
}  # fmt: skip


@lru_cache(maxsize=16384)
def _char(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin  # loads large tables: only when first needed

    return "".join(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")).lower()


@lru_cache(maxsize=65536)
def full_and_initials(name: str) -> tuple[str, str]:
    if not name:
        return "", ""
    syllables = [_SURNAME_READINGS.get(name[0]) or _char(name[0])]
    syllables += [_char(ch) for ch in name[1:]]
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)
