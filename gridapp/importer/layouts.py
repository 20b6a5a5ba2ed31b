"""What a sheet's layout tells the import beyond its header: 流动人口 registers, hidden rows
and columns, columns kept as other information on purpose."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from gridapp.importer import cleaning, headers
from gridapp.importer.headers import HeaderMatch
from gridapp.importer.readers import SheetData

FLOATING = "流动人口"
# In a 流动人口 register the date a person was registered (暂住登记) is when they came to
# live here; in other ledgers 登记日期 may be when the clerk wrote the row, so only there.
_FLOATING_DATES = frozenset({"登记日期", "登记时间", "暂住日期", "暂住时间", "居住日期"})

# Numbers the register has no field for, kept in the person's other information (``extra``)
# under the ledger's own label: recognised, so not reported as unknown columns.
KEPT_AS_EXTRA = frozenset(
    {"暂住证号", "暂住证号码", "暂住证编号", "居住证号", "居住证号码", "居住证编号"}
)


def is_floating(sheet_name: str, title: str) -> bool:
    """The sheet or its title says it lists 流动人口 (floating population)."""
    return FLOATING in sheet_name or FLOATING in title


def floating_columns(match: HeaderMatch) -> HeaderMatch:
    """A 流动人口 register's 登记日期 column read as the date moved in (unless the sheet has
    an 迁入日期/来本地日期 column of its own)."""
    if any(c.field == "moved_in_on" for c in match.columns):
        return match
    columns = list(match.columns)
    for i, col in enumerate(columns):
        if col.field is None and headers.normalize_label(col.label) in _FLOATING_DATES:
            columns[i] = replace(col, field="moved_in_on")
            break
    return replace(match, columns=columns)


def is_kept_as_extra(label: str) -> bool:
    return headers.normalize_label(label) in KEPT_AS_EXTRA


def hidden_warnings(sheet: SheetData, match: HeaderMatch, ignore: set[int]) -> list[dict[str, Any]]:
    """One warning for a sheet with hidden rows or columns (read like the others: a hidden
    row is still a resident, a hidden column still a column) and one for a hidden sheet."""
    out: list[dict[str, Any]] = []
    where = {"sheet": sheet.name, "row": match.header_row + 1}
    if sheet.hidden:
        out.append(where | {"column": "", "message": "这是一个隐藏的工作表，已照常读取"})
    rows = _hidden_data_rows(sheet.rows, sheet.hidden_rows, match.data_start, ignore)
    hidden_cols = set(sheet.hidden_cols)
    labels = [c.label for c in match.columns if c.index in hidden_cols and c.label]
    parts: list[str] = []
    if rows:
        shown = "、".join(str(r + 1) for r in rows[:10]) + ("…" if len(rows) > 10 else "")
        parts.append(f"{len(rows)} 行被隐藏（第 {shown} 行）")
    if labels:
        parts.append(f"{len(labels)} 列被隐藏（{'、'.join(labels)}）")
    if parts:
        message = "，".join(parts) + "：隐藏的行和列同样是台账的内容，已照常读取，请核对"
        out.append(where | {"column": "、".join(labels), "message": message})
    return out


def _hidden_data_rows(
    rows: Sequence[Sequence[object]], hidden: Sequence[int], start: int, ignore: set[int]
) -> list[int]:
    return sorted(
        r
        for r in set(hidden)
        if start <= r < len(rows) and cleaning.has_data(list(rows[r]), ignore)
    )
