"""Excel exports: the ledger, lists, filled templates and the monthly report workbook."""

from __future__ import annotations

# ``gridapp export list KIND``: kept here so the command line lists them without importing more.
LIST_KINDS: dict[str, str] = {
    "group": "特殊人群名单",
    "elderly": "老年人名单",
    "party": "党员名单",
    "unvisited": "本周期未走访户",
    "issues": "未办结及逾期问题",
    "duty": "值班表",
    "contacts": "网格联系表",
}
