"""The argparse pieces many commands share, so the same option reads the same everywhere."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from gridapp.cli.common import parse_month_arg

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    Actions: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
    Command: TypeAlias = Callable[[argparse.Namespace], int]

Parser = argparse.ArgumentParser


def action_group(sub: Actions, name: str, text: str, metavar: str = "ACTION") -> Actions:
    """``gridapp NAME ACTION …``: a command whose actions are sub-commands (one is required);
    the chosen one is kept in ``args.NAME_command``."""
    parser = sub.add_parser(name, help=text)
    return parser.add_subparsers(dest=f"{name}_command", metavar=metavar, required=True)


def add_json(parser: Parser, text: str = "以 JSON 输出") -> None:
    parser.add_argument("--json", action="store_true", help=text)


def add_grid(parser: Parser, text: str = "网格名称") -> None:
    """``--grid NAME``: only that grid (``common.grid_id`` finds it); without it, all grids."""
    parser.add_argument("--grid", help=text)


def add_month(
    parser: Parser, text: str = "月份 YYYY-MM（默认本月）", *, required: bool = False
) -> None:
    parser.add_argument("--month", type=parse_month_arg, required=required, help=text)
