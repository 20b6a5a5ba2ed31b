"""Action icons shipped under resources/icons (simple SVGs drawn for the app)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from gridapp import paths


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
