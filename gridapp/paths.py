"""Where the app keeps its files. ``GRIDAPP_DATA_DIR`` overrides (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """Shipped resources: next to the package in a checkout, inside the bundle when frozen."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    return packaged if packaged.exists() else RESOURCES


def data_dir() -> Path:
    override = os.environ.get("GRIDAPP_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir("gridapp", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_register() -> Path:
    return data_dir() / "register.db"


def demo_register() -> Path:
    return data_dir() / "demo.db"


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
