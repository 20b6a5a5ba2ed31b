"""Pinyin of names for search: ``张慧敏`` → ``zhanghuimin`` and ``zhm``.

Names are read character by character (they are not phrases), the surname with its surname
reading. Each character's reading is cached, so a 50,000-person import stays cheap.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

# Surnames read differently from the common reading of the character.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao",
    "查": "zha", "盖": "ge", "乐": "yue", "尉": "yu", "缪": "miao", "翟": "zhai",
    "覃": "qin", "召": "shao", "种": "chong", "员": "yun", "牟": "mu", "繁": "po",
}  # fmt: skip


_TO_V = str.maketrans(dict.fromkeys("üǖǘǚǜ", "v"))


@lru_cache(maxsize=1)
def _readings() -> dict[int, str] | None:
    """pypinyin's single-character table (code point → "zhōng,zhòng"), read without importing
    pypinyin: its import and its phrase table cost ~0.3 s, more than an import's pinyin work.
    None when the file is not where the package keeps it."""
    spec = importlib.util.find_spec("pypinyin")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
            return {int(k): v for k, v in table.items()}
    return None


@lru_cache(maxsize=16384)
def _char(ch: str) -> str:
    """The first reading without tone marks, ü as v: what ``lazy_pinyin(ch, Style.NORMAL)``
    gives (checked for every character of the table by tests/core/test_pinyin.py)."""
    table = _readings()
    if table is None:
        from pypinyin import Style, lazy_pinyin

        return "".join(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")).lower()
    reading = table.get(ord(ch)) if len(ch) == 1 else None
    if not reading:
        return ""
    first = unicodedata.normalize("NFD", reading.split(",", 1)[0].translate(_TO_V))
    return "".join(c for c in first if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def full_and_initials(name: str) -> tuple[str, str]:
    if not name:
        return "", ""
    syllables = [_SURNAME_READINGS.get(name[0]) or _char(name[0])]
    syllables += [_char(ch) for ch in name[1:]]
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)
