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


def strip_all_spaces(value: object) -> str:
    """``clean`` and drop every inner whitespace character too."""
    return _SPACES.sub("", clean(value))


def clean_name(value: object) -> str:
    """Names lose inner spaces but keep the middle dot of minority and foreign names."""
    text = strip_all_spaces(value)
    # NFKC leaves the various middle dots alone; unify them on U+00B7.
    return re.sub(r"[\u2022\u2027\u30fb\uff65\u2219\u22c5]", "·", text)
