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
