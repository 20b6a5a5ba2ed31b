"""Logging to a rotated file in the data folder. Never log names, ID numbers, phones or passwords."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler

_ID = re.compile(r"\d{17}[\dXx]|\d{15}")
_PHONE = re.compile(r"1[3-9]\d{9}")


class RedactingFilter(logging.Filter):
    """A last line of defence: ID and mobile numbers that slip into a message are masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _PHONE.sub("1**********", _ID.sub("[身份证号]", message))
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    from gridapp import paths

    try:
        handler: logging.Handler = RotatingFileHandler(
            paths.logs_dir() / "gridapp.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("gridapp")
    root.setLevel(level)
    root.addHandler(handler)
    _configured = True
