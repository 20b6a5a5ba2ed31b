"""The door-visit form (入户走访记录表): its tick rows, in one place for the printed form
(``pdf/visit_sheet.py``) and the visit entry dialog (``ui/work_forms_visit.py``), so the two
cannot drift. The vocabulary rows (way, hazards) are plugged in by ``services.visits.PAPER_FORM``
(this layer does not read ``db.vocab``).

A row's ticks become the text of one visit field: ``compose`` joins the ticked boxes with "、"
and adds the written detail after "：" (hazards are stored as the vocabulary's ";" list).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The printed sections, in order; the dialog shows the same headings.
MEMBERS = "一、家庭成员"
HISTORY = "二、上次走访及未办结事项"
TICKS = "三、本次走访（在方框内打 √）"
NOTES = "四、情况记录及处理措施"
WAY_LABEL = "走访方式"
MET_BLANK = "见到："
NOTES_LABEL = "情况记录"
MEASURES_LABEL = "处理措施"


@dataclass(frozen=True)
class FormRow:
    """One ruled row of boxes: ``field`` is the visit column its ticks are stored in; ``none``
    the box that means nothing to report (ticking it clears the others, and it is stored as
    is, except for hazards); ``blank`` the write-in after the boxes; ``finding``: a ticked box
    can be turned into an issue (``category`` first) or an errand."""

    key: str
    label: str
    choices: tuple[str, ...]
    field: str
    none: str = ""
    blank: str = ""
    finding: bool = False
    category: str = ""


def paper_rows(hazards: Sequence[str]) -> tuple[FormRow, ...]:
    """The tick rows of section 三 after the way, with the register's hazard words."""
    return (
        FormRow(
            "changes",
            "家庭情况变化",
            ("无变化", "人员迁入", "人员迁出", "出生", "死亡", "电话变更", "出租/出售", "其他"),
            "situation",
            none="无变化",
        ),
        FormRow(
            "difficulties",
            "实际困难",
            ("无", "生活", "就医", "就业", "住房", "养老", "其他"),
            "difficulties",
            none="无",
            blank="具体：",
            finding=True,
            category="救助申请",
        ),
        FormRow(
            "requests",
            "诉求建议",
            ("无", "有"),
            "requests",
            none="无",
            blank="内容：",
            finding=True,
            category="其他",
        ),
        FormRow(
            "hazards",
            "安全隐患",
            ("无", *hazards),
            "hazards",
            none="无",
            finding=True,
            category="安全隐患",
        ),
        FormRow(
            "policy",
            "政策宣传",
            ("防诈骗", "医保/社保缴费", "消防安全", "燃气安全", "垃圾分类", "其他"),
            "policy",
        ),
    )


@dataclass(frozen=True)
class PaperForm:
    ways: tuple[str, ...]
    rows: tuple[FormRow, ...]

    def row(self, key: str) -> FormRow:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


def paper_form(ways: Sequence[str], hazards: Sequence[str]) -> PaperForm:
    return PaperForm(tuple(ways), paper_rows(hazards))


def compose(row: FormRow, ticked: Sequence[str], detail: str = "") -> str:
    """The stored text of a row: "就医、住房：腿脚不便"; hazards "消防;燃气" ("无" stores "")."""
    boxes = [t for t in row.choices if t in ticked]
    detail = detail.strip()
    if row.field == "hazards":
        return ";".join(b for b in boxes if b != row.none)
    text = "、".join(boxes)
    if detail:
        text = f"{text}：{detail}" if text else detail
    return text


def finding_title(row: FormRow, ticked: Sequence[str], detail: str = "") -> str:
    """What an issue or errand made from the row is called: the written detail, else the
    row and its ticked boxes ("安全隐患：电动车充电")."""
    boxes = [t for t in row.choices if t in ticked and t != row.none]
    if detail.strip():
        return detail.strip()[:200]
    return f"{row.label}：{'、'.join(boxes)}" if boxes else ""


def has_finding(row: FormRow, ticked: Sequence[str], detail: str = "") -> bool:
    """Something to follow up: a box other than "nothing" ticked, or a detail written."""
    return row.finding and (any(t != row.none for t in ticked) or bool(detail.strip()))
