"""Household-level cleaning: what one row cannot tell without the others of its household.

A ledger's ``兄弟姐妹`` (or ``兄弟``, ``姐妹``) is 兄, 弟, 姐 or 妹 depending on the person's
gender (the ID number) and on being older or younger than the head: that needs the head's row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from gridapp.domain import relations
from gridapp.importer.cleaning import CleanRow


def resolve_relations(rows: Sequence[CleanRow]) -> None:
    """Refine the relations of one household's cleaned rows in place (``兄弟姐妹`` → 兄/弟/姐/妹
    against the head). Without a head, or for twins, the word stays ``兄弟姐妹``."""
    head_born = _head_birth_date(rows)
    if head_born is None:
        return
    for row in rows:
        person = row.person
        if person.get("relation") == relations.SIBLINGS:
            person["relation"] = relations.sibling(
                person.get("gender", ""), person.get("birth_date"), head_born
            )


def _head_birth_date(rows: Sequence[CleanRow]) -> dt.date | None:
    heads = [r for r in rows if r.person.get("relation") == relations.HEAD]
    if len(heads) != 1:  # none, or two heads: whose sibling would it be?
        return None
    born = heads[0].person.get("birth_date")
    return born if isinstance(born, dt.date) else None
