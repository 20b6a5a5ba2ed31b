"""Logging to a rotated file in the data folder. Never log names, ID numbers, phones or passwords.

Messages are written by our code, which logs counts, ids and operation names, never personal
values. As a last line of defence the file handler's filter masks ID and mobile numbers, and
it drops the message of any logged exception (SQL errors carry the row's values, a KeyError
may carry a name): the log keeps the exception type and where it happened.
"""

from __future__ import annotations

import logging
import re
import traceback
from logging.handlers import RotatingFileHandler

_ID = re.compile(r"\d{17}[\dXx]|\d{15}")
_PHONE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
_SECRET = re.compile(r"(?i)(pragma\s+(re)?key\s*=\s*)('(?:[^']|'')*'|\"[^\"]*\"|\S+)")


def redact(text: str) -> str:
    """Mask ID numbers, phones and keys in a text."""
    text = _SECRET.sub(r"\1'***'", text)
    text = _ID.sub("[身份证号]", text)
    text = _PHONE.sub("1**********", text)
    return _LANDLINE.sub("[电话]", text)


def safe_traceback(exc_info: tuple[type[BaseException], BaseException, object] | None) -> str:
    """Where an exception happened and its type; its message (which may hold data) is left out."""
    if not exc_info or exc_info[0] is None:
        return ""
    kind, exc, tb = exc_info
    lines = ["Traceback (message withheld):"]
    for frame in traceback.extract_tb(tb):  # type: ignore[arg-type]
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    chain = exc.__cause__ or exc.__context__
    cause = f" (caused by {type(chain).__module__}.{type(chain).__qualname__})" if chain else ""
    lines.append(f"{kind.__module__}.{kind.__qualname__}{cause}")
    return "\n".join(lines)


class RedactingFilter(logging.Filter):
    """A last line of defence: ID and phone numbers are masked, exception messages dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info:
            cleaned = f"{cleaned}\n{safe_traceback(record.exc_info)}"  # type: ignore[arg-type]
            record.exc_info = None
            record.exc_text = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
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
