"""Register-wide settings (stored in the register, so they travel with it)."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy.orm import Session

from gridapp.db.models import Setting
from gridapp.db.seed import DEFAULT_SETTINGS


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULT_SETTINGS.get(key)


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def operator(session: Session) -> str:
    """Who is making changes: the operator name from settings, else the OS user."""
    name = get(session, "operator")
    if isinstance(name, str) and name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"
