"""How a command prints what it found: a JSON list for scripts, else one line a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from gridapp.cli.common import out, print_json

Row = TypeVar("Row")


def json_of(*keys: str) -> Callable[[Any], dict[str, Any]]:
    """A row as a JSON object with these keys, in this order (scripts read them); a key
    ``"date=on"`` holds the row's attribute ``on``, any other key the attribute of its name."""
    pairs = [(key, attr or key) for key, _, attr in (k.partition("=") for k in keys)]
    return lambda row: {key: getattr(row, attr) for key, attr in pairs}


def print_rows(
    rows: Sequence[Row],
    line: Callable[[Row], str],
    *,
    as_json: bool = False,
    to_json: Callable[[Row], Any] | None = None,
    empty: str | None = None,
    header: str | None = None,
) -> int:
    """Print a command's rows and give its exit code (0): with ``as_json`` a JSON list of
    ``to_json(row)``; else ``header`` if any, ``empty`` when there are no rows, a line a row."""
    if as_json and to_json is not None:
        print_json([to_json(row) for row in rows])
        return 0
    if header is not None:
        out(header)
    if not rows and empty is not None:
        out(empty)
    for row in rows:
        out(line(row))
    return 0
