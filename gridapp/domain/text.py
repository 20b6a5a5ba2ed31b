"""Text cleaning shared by every rule: what a clerk typed into Excel, made comparable."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")


def clean(value: object) -> str:
    """NFKC-normalise and trim a cell value; ``None`` becomes the empty string."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return _SPACES.sub(" ", text).strip()


def escape_like(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE "\\"``: its % and _ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def strip_all_spaces(value: object) -> str:
    """``clean`` and drop every inner whitespace character too."""
    return _SPACES.sub("", clean(value))


def search_key(text: str) -> str:
    """What a search compares: the query without spaces, lower-cased (persons' stored
    ``search_text`` is built the same way)."""
    return strip_all_spaces(text).lower()


# How well a person matches a search (``search_rank``): lower is better; within a rank the
# register order stands. The SQL side is ``services.search.rank_expr``; a test holds them equal.
RANK_EXACT, RANK_WHOLE_PINYIN, RANK_PREFIX, RANK_ANYWHERE = 0, 1, 2, 3


def search_rank(q: str, search_text: str, household_number: str) -> int:
    """``q`` (a ``search_key``) against a person's stored ``search_text`` (name, full pinyin,
    initials first, lower-cased: ``services.register.search_text``) and 户号: the exact name
    or 户号, then the whole pinyin or initials, then a prefix of either, then anywhere."""
    name, full, initials = ([*search_text.split("|", 3), "", ""])[:3]
    if q in (name, household_number.lower()):
        return RANK_EXACT
    if q in (full, initials):
        return RANK_WHOLE_PINYIN
    if name.startswith(q) or full.startswith(q) or initials.startswith(q):
        return RANK_PREFIX
    return RANK_ANYWHERE


def clean_name(value: object) -> str:
    """Names lose inner spaces but keep the middle dot of minority and foreign names."""
    text = strip_all_spaces(value)
    if not text.isprintable():  # zero-width spaces and marks pasted from chat apps
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    # NFKC leaves the various middle dots alone; unify them on U+00B7.
    return re.sub(r"[\u2022\u2027\u30fb\uff65\u2219\u22c5]", "·", text)


NAME_MAX = 50  # characters: the longest real names (transliterated foreign ones) fit easily


def name_problem(name: str) -> str | None:
    """Why a (cleaned) name cannot be stored, in the user's words; None when it can."""
    if len(name) > NAME_MAX:
        return f"姓名过长（{len(name)} 个字，最多 {NAME_MAX} 个）"
    if any(unicodedata.category(ch) in ("Cc", "Co", "Cs") for ch in name):
        return "姓名中有不可见的控制字符（可能是从别的系统复制来的），请重新输入"
    return None
