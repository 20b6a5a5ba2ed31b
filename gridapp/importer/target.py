"""Where a ledger goes: the grid and compound the user chose, never invented.

Rows that name their own grid (a 网格 column) and compound (a 小区 column, or the compound
part of an address) keep them. The others go to the grid the user chose (an existing one, or a
new one under a community) and to the compound the user chose, or the one the sheet's title
names (``东方花园小区居民台账`` → 东方花园小区). Without a choice on a register that has grids, the
import refuses and lists them. The choices made for a file layout (its header) are remembered
and offered the next time a file of that layout comes in.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area
from gridapp.services import places, settings
from gridapp.services.common import ServiceError

if TYPE_CHECKING:
    from gridapp.importer.place_book import PlaceBook
    from gridapp.importer.plan import Plan
    from gridapp.importer.report import ImportOptions

_LAYOUT_KEY = "import_layout:"


class GridNeeded(ServiceError):
    """The ledger has rows without a grid and the user has not said where they go."""


# ---------------------------------------------------------------------------- the grid


def rows_without_grid(plan: Plan) -> int:
    return sum(len(g.rows) for g in plan.groups if not g.place.get("grid"))


def grid_names(session: Session) -> list[str]:
    return [g.name for g in places.leaf_grids(session)]


def communities(session: Session) -> list[Area]:
    return list(
        session.scalars(
            select(Area)
            .where(Area.level == "社区", Area.deleted_at.is_(None))
            .order_by(Area.sort_order, Area.id)
        )
    )


def community_for_new_grid(session: Session, name: str | None) -> int | None:
    """The community a new grid goes under: the one named, or the only one there is."""
    found = communities(session)
    if name:
        for community in found:
            if community.name == name:
                return community.id
        known = "、".join(c.name for c in found) or "（无）"
        raise ServiceError(f"没有名为“{name}”的社区。现有社区：{known}")
    if len(found) > 1:
        known = "、".join(c.name for c in found)
        raise ServiceError(f"新建网格需要指定所属社区（--community）。现有社区：{known}")
    return found[0].id if found else None


def _existing_grid(session: Session, name: str) -> Area | None:
    return session.scalars(
        select(Area)
        .where(Area.name == name, Area.level.in_(vocab.GRID_LEVELS), Area.deleted_at.is_(None))
        .order_by(Area.id)
    ).first()


def check_target(session: Session, plan: Plan, options: ImportOptions) -> None:
    """Refuse, before anything is written, an import whose rows have nowhere to go."""
    missing = rows_without_grid(plan)
    if not missing:  # every row names its own grid: the choice is not needed
        return
    if options.grid:
        grid = _existing_grid(session, options.grid)
        if options.new_grid:
            if grid is not None:
                raise ServiceError(
                    f"已有名为“{options.grid}”的网格，请直接选择它，或换一个新网格名称"
                )
            community_for_new_grid(session, options.community)
        elif grid is None:
            known = "、".join(grid_names(session)) or "（无）"
            raise ServiceError(
                f"没有名为“{options.grid}”的网格。现有网格：{known}。"
                "要新建这个网格，请加 --new-grid（图形界面中选“新建网格”）"
            )
        return
    names = grid_names(session)
    where = (
        f"现有网格：{'、'.join(names)}"
        if names
        else "本台账册还没有网格，请新建一个（--grid 名称 --new-grid）"
    )
    raise GridNeeded(
        f"台账中有 {missing} 人没有所属网格，请指定导入到哪个网格（--grid 网格名称）。{where}"
    )


def target_grid(
    session: Session, plan: Plan, options: ImportOptions, book: PlaceBook
) -> int | None:
    """The grid id for rows without one (creating the grid the user asked for); after
    ``check_target`` has let the import go on."""
    if not options.grid or not rows_without_grid(plan):
        return None
    if options.new_grid:
        return book.new_grid(options.grid, community_for_new_grid(session, options.community))
    grid = _existing_grid(session, options.grid)
    assert grid is not None  # check_target refused otherwise
    book.grids.setdefault(grid.name, grid.id)
    return grid.id


def first_community(session: Session) -> int | None:
    found = communities(session)
    return found[0].id if found else None


# ---------------------------------------------------------------------------- the compound

_TITLE_NOISE = re.compile(
    r"(居民|人口|住户|人员|户籍|常住|流动|家庭|信息|基础|基本|花名册|登记|台账|统计|明细|汇总|名单|表|册)+.*$"
)
_COMPOUND_END = re.compile(
    r"(小区|花园|家园|公寓|新村|新城|苑|园|院|府|庭|城|里|村|大厦|广场|宿舍|楼院)$"
)
_ABOVE = re.compile(
    r"^.*?(街道办事处|街道|社区居委会|居委会|社区|第?[一二三四五六七八九十\d]+网格|网格)"
)


def title_text(rows: Sequence[Sequence[object]]) -> str:
    """The first text above the header (the sheet's title row)."""
    for row in rows:
        for cell in row:
            if isinstance(cell, str) and cell.strip():
                return re.sub(r"\s+", "", cell)
    return ""


def compound_from_title(title: str) -> str:
    """``工业路社区东方花园小区居民信息台账（2026年）`` → ``东方花园小区``; "" when it names none."""
    text = re.sub(r"[（(【\[].*?[）)】\]]", "", title)
    text = re.sub(r"\d{4}年(\d{1,2}月)?(份)?", "", text)
    text = _TITLE_NOISE.sub("", text)
    while True:
        stripped = _ABOVE.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return text if 2 <= len(text) <= 20 and _COMPOUND_END.search(text) else ""


def fill_compound(plan: Plan, options: ImportOptions) -> None:
    """Rows without a compound get the user's choice, else the one the title names."""
    chosen = (options.compound or "").strip() or plan.report.title_compound
    if not chosen:
        return
    for group in plan.groups:
        if not group.place.get("compound"):
            group.place["compound"] = chosen
            for row in group.rows:
                row.clean.place.setdefault("compound", chosen)


# ---------------------------------------------------------------------------- remembered


@dataclass
class LayoutChoice:
    grid: str = ""
    compound: str = ""
    profile: str = ""
    mapping: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"grid": self.grid, "compound": self.compound, "profile": self.profile,
                "mapping": self.mapping or {}}  # fmt: skip


def layout_key(header_labels: Sequence[Sequence[str]]) -> str:
    """A file layout: the labels of its sheets' headers, whatever the rows hold."""
    text = "\x1e".join("\x1f".join(label for label in labels) for labels in header_labels)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def remembered(session: Session, key: str) -> LayoutChoice | None:
    raw = settings.get(session, _LAYOUT_KEY + key)
    if not isinstance(raw, str) or not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    mapping = data.get("mapping") or {}
    return LayoutChoice(
        str(data.get("grid", "")),
        str(data.get("compound", "")),
        str(data.get("profile", "")),
        {str(k): str(v) for k, v in mapping.items()} or None,
    )


def remember(session: Session, key: str, choice: LayoutChoice) -> None:
    settings.put(session, _LAYOUT_KEY + key, json.dumps(choice.to_json(), ensure_ascii=False))
