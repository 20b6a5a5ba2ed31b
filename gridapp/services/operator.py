"""The operator: whose name every change is recorded under (the actor).

The name is a register setting (``operator``; ``settings.operator`` gives it to every writer,
the OS user only when none was ever set, as on the command line). The window asks for it at
its first start and, on a shared laptop (setting ``ask_operator``), at every start; File →
切换操作员 changes it. The check at start reads plain SQL (the window opens without SQLAlchemy).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from gridapp.services.common import ServiceError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridapp.db.regdb import RawReader

OPERATOR = "operator"
ASK_EACH_START = "ask_operator"  # a shared laptop: ask the name at every start
MAX_NAME = 32  # change_log.actor


def _value(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def needs_asking(raw: RawReader) -> bool:
    """No operator set for this register yet, or it asks at every start."""
    rows = raw.rows(
        "SELECT key, value FROM setting WHERE key IN (?, ?)", [OPERATOR, ASK_EACH_START]
    )
    values = {key: _value(value) for key, value in rows}
    name = values.get(OPERATOR)
    return not (isinstance(name, str) and name.strip()) or bool(values.get(ASK_EACH_START))


def clean_name(name: str) -> str:
    """The name as stored, or the user's message why not."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ServiceError("请填写操作员姓名")
    if len(cleaned) > MAX_NAME:
        raise ServiceError(f"操作员姓名太长（最多 {MAX_NAME} 个字）")
    return cleaned


def set_operator(session: Session, name: str, ask_each_start: bool) -> str:
    """Record the operator (and whether to ask at every start); the name as stored."""
    from gridapp.services import settings

    cleaned = clean_name(name)
    settings.put(session, OPERATOR, cleaned)
    settings.put(session, ASK_EACH_START, bool(ask_each_start))
    return cleaned


def current(session: Session) -> tuple[str, bool]:
    """(the operator name set, or ""; asks at every start)."""
    from gridapp.services import settings

    name = settings.get(session, OPERATOR)
    return (name if isinstance(name, str) else ""), bool(settings.get(session, ASK_EACH_START))
