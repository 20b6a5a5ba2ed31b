"""Households written one per row, their members in repeated column groups to the right.

Many village and community ledgers keep one row per household: ``户主姓名 | 户主身份证号 |
户主电话 | 成员1姓名 | 成员1关系 | 成员1身份证号 | 成员2姓名 …`` (also ``家庭成员1姓名``,
``成员一姓名``, ``配偶姓名``, ``子女1姓名``, two-level headers with ``成员1`` over ``姓名``).
``find_layout`` recognises such a header; ``WideLayout.entries`` turns one such row into one
entry per person, each read by the import like a row of a one-person-a-row ledger. The
household's place columns (小区, 楼栋, 住址, 户号 …) apply to every person of the row.

A member the import cannot place is never dropped in silence: a group with a name but no ID
column (or the reverse) is rejected row by row, a member column naming no known field is
kept in that member's other information with a warning, a column that lists several people
in one cell (``其他成员``) is warned about wherever it is filled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from gridapp.domain.text import strip_all_spaces
from gridapp.importer import cleaning, headers
from gridapp.importer.headers import ColumnMatch, HeaderMatch

HEAD_KEY = "户主"

# The relation a member of a group has when the ledger gives none ("" = the group's own 关系
# column must say; 子女: 子 or 女 by the ID number's sex digit).
_RELATION_OF_PREFIX: dict[str, str] = {
    "户主": "户主", "配偶": "配偶", "儿子": "子", "女儿": "女", "父亲": "父亲", "母亲": "母亲",
}  # fmt: skip
_GROUP_WORDS = re.compile(r"(基本信息|信息|情况|资料)$")

# Person values a household row states once for everyone in it (besides the place fields).
HOUSEHOLD_WIDE = ("category", "hukou_address", "hukou_compound", "moved_in_on")
_PLACE = frozenset(cleaning.PLACE_FIELDS)


@dataclass(frozen=True)
class MemberColumn:
    index: int
    label: str  # as the ledger shows it
    rest: str  # the label without the group's prefix
    field: str | None  # person field; None = not recognised


@dataclass
class MemberGroup:
    key: str
    prefix: str
    columns: list[MemberColumn] = field(default_factory=list)

    def fields(self) -> dict[str, MemberColumn]:
        out: dict[str, MemberColumn] = {}
        for col in self.columns:
            if col.field is not None and col.field not in out:
                out[col.field] = col
        return out


@dataclass
class Entry:
    """One person of a household row, as the import reads a row of a one-person ledger."""

    values: dict[str, object]  # canonical field → raw cell (only filled cells)
    columns: dict[str, int]  # field → its column (for the rejects file; read only)
    labels: dict[str, str]  # field → that column's label (read only)
    extra: dict[str, str]  # unknown columns kept in the person's other information
    new_household: bool  # the row's first person: a household starts here


@dataclass(frozen=True)
class Problem:
    column: str
    index: int
    message: str
    reject: bool  # True: the member is not imported (RejectedRow); False: a warning


@dataclass
class WideLayout:
    head: MemberGroup
    members: list[MemberGroup]
    shared: list[ColumnMatch]  # household columns (place, 人员类别 …): for everyone
    head_only: list[ColumnMatch]  # plain person columns: the head's
    unknown: list[ColumnMatch]  # unknown plain columns: the head's other information
    loose: list[ColumnMatch]  # 其他成员, 成员1 …: a group's name alone, no field
    # Per group (head first): field → column and label, the shared columns' included; built
    # once, shared by every entry (the import only reads them).
    _where: list[tuple[dict[str, int], dict[str, str]]] = field(
        default_factory=list, init=False, repr=False
    )

    def __post_init__(self) -> None:
        common = [c for c in self.shared if c.field is not None]
        for group in (self.head, *self.members):
            plain = common + (self.head_only if group is self.head else [])
            columns = {c.field: c.index for c in reversed(plain) if c.field is not None}
            labels = {c.field: c.label for c in reversed(plain) if c.field is not None}
            for f, col in group.fields().items():
                columns[f], labels[f] = col.index, col.label
            self._where.append((columns, labels))

    def unknown_labels(self) -> list[str]:
        """The columns no field was found for (kept in the persons' other information)."""
        members = [c.label for g in (self.head, *self.members) for c in g.columns if not c.field]
        return [c.label for c in self.unknown] + members + [c.label for c in self.loose]

    def entries(self, cells: Sequence[object]) -> tuple[list[Entry], list[Problem]]:
        """One entry per person of the household row ``cells`` (the head first, even when its
        cells are empty: the import then rejects it), and what could not be placed."""
        width = len(cells)

        def filled(index: int) -> object | None:
            value = cells[index] if index < width else None
            if value is None or (isinstance(value, str) and not value.strip()):
                return None
            return value

        problems: list[Problem] = []
        common: dict[str, object] = {}
        for col in self.shared:
            value = filled(col.index)
            if value is not None and col.field is not None and col.field not in common:
                common[col.field] = value
        columns, labels = self._where[0]
        head = Entry(dict(common), columns, labels, {}, new_household=True)
        for col in self.head_only:
            value = filled(col.index)
            if value is not None and col.field is not None and col.field not in head.values:
                head.values[col.field] = value
        for col in self.unknown:
            value = filled(col.index)
            if value is not None:
                head.extra[col.label] = cleaning.cell_text(value)
        self._fill(self.head, head, filled, problems)
        head.values["relation"] = HEAD_KEY  # whatever a stray 关系 column says
        out = [head]
        for group, (columns, labels) in zip(self.members, self._where[1:], strict=True):
            entry = Entry(dict(common), columns, labels, {}, new_household=False)
            if self._fill(group, entry, filled, problems):
                out.append(entry)
        for col in self.loose:
            if filled(col.index) is not None:
                problems.append(Problem(
                    col.label, col.index,
                    f"“{col.label}”列把人员写在一格里，无法逐人导入（没有各自的身份证号），"
                    "请为每人分列填写姓名、身份证号",
                    reject=False,
                ))  # fmt: skip
        return out, problems

    def _fill(self, group: MemberGroup, entry: Entry, filled: Callable[[int], object | None],
              problems: list[Problem]) -> bool:  # fmt: skip
        """The group's cells into ``entry``; False when the group is empty or cannot be placed
        (then ``problems`` says why)."""
        own = [(col, value) for col in group.columns if (value := filled(col.index)) is not None]
        if not own:
            return False
        fields = group.fields()
        missing = [f for f in ("id_number", "name") if f not in fields]
        if missing and group.key != HEAD_KEY:
            first = own[0][0]
            needed = "身份证号" if missing[0] == "id_number" else "姓名"
            problems.append(Problem(
                first.label, first.index,
                f"{group.key}没有“{needed}”列，无法导入该成员（{group.key}的其他各列已填写），"
                f"请补上“{group.key}{needed}”列",
                reject=True,
            ))  # fmt: skip
            return False
        for col, value in own:
            if col.field is None:
                entry.extra[col.rest or col.label] = cleaning.cell_text(value)
                problems.append(Problem(
                    col.label, col.index,
                    f"无法识别的成员列“{col.label}”，已记入该成员的其他信息", reject=False,
                ))  # fmt: skip
            elif col.field not in headers.IGNORED_FIELDS:
                entry.values[col.field] = value
        if "relation" not in entry.values:
            relation = _RELATION_OF_PREFIX.get(group.prefix, "")
            if group.prefix == "子女":
                relation = _child_relation(entry.values.get("id_number"))
            if relation:
                entry.values["relation"] = relation
        return True


def _child_relation(id_cell: object) -> str:
    """子 or 女 from an 18-character ID's sex digit (odd = male); "" when it is unreadable."""
    text = strip_all_spaces(id_cell)
    if len(text) == 18 and text[16].isdigit():
        return "子" if int(text[16]) % 2 else "女"
    return ""


def find_layout(
    match: HeaderMatch, top_labels: Sequence[object] | None = None,
    overrides: Mapping[str, str] | None = None,
) -> WideLayout | None:  # fmt: skip
    """The member groups of a household-per-row header; None for a one-person-a-row header.

    ``top_labels``: the upper header row of a two-level header (merged cells filled), where
    ``成员1`` may stand over ``姓名 | 身份证号``. A header is read as one household a row
    when it has a member group besides the head with a name or an ID column, and either a
    ``户主姓名``/``户主身份证号`` column or plain 姓名/身份证号 columns without a 与户主关系
    column (then those are the head's).
    """
    groups, plain, loose = _member_groups(match, top_labels, overrides)
    head = groups.pop(HEAD_KEY, MemberGroup(HEAD_KEY, HEAD_KEY))
    if not _is_household_a_row(head, groups, plain):
        return None
    # Groups with neither a name nor an ID column are members too: they get rejected row by
    # row ("no ID column") instead of vanishing.
    members = list(groups.values())
    shared = [c for c in plain if c.field in _PLACE or c.field in HOUSEHOLD_WIDE]
    head_only = [c for c in plain if c.field is not None and c not in shared
                 and c.field not in headers.IGNORED_FIELDS]  # fmt: skip
    unknown = [c for c in plain if c.field is None and c.label]
    return WideLayout(head, members, shared, head_only, unknown, loose)


def _member_groups(
    match: HeaderMatch, top_labels: Sequence[object] | None, overrides: Mapping[str, str] | None
) -> tuple[dict[str, MemberGroup], list[ColumnMatch], list[ColumnMatch]]:
    """The header's columns sorted: member groups by key, plain columns, and loose ones (a
    group's name alone: 其他成员, 成员1)."""
    groups: dict[str, MemberGroup] = {}
    plain: list[ColumnMatch] = []
    loose: list[ColumnMatch] = []
    for col in match.columns:
        parsed = _member_label(col, match, top_labels)
        if parsed is None:
            plain.append(col)
            continue
        if not parsed.rest:
            loose.append(col)
            continue
        rest_field = headers.member_field(parsed.rest, overrides)
        group = groups.setdefault(parsed.key, MemberGroup(parsed.key, parsed.prefix))
        shown = col.label if col.field is None else f"{parsed.key}/{col.label}"  # 成员1/姓名
        group.columns.append(MemberColumn(col.index, shown, parsed.rest, rest_field))
    return groups, plain, loose


def _is_household_a_row(
    head: MemberGroup, members: dict[str, MemberGroup], plain: list[ColumnMatch]
) -> bool:
    """A member besides the head with a name or ID column, and the head's own name or ID
    columns, or plain ones that are the head's (no 与户主关系 column beside them)."""
    keys = {"name", "id_number"}
    if not any(keys & set(g.fields()) for g in members.values()):
        return False
    plain_fields = {c.field for c in plain if c.field}
    return bool(keys & set(head.fields())) or (
        bool(keys & plain_fields) and "relation" not in plain_fields
    )


def _member_label(
    col: ColumnMatch, match: HeaderMatch, top_labels: Sequence[object] | None
) -> headers.MemberLabel | None:  # fmt: skip
    """The member group a column belongs to: by its own label when that is no known field (a
    mapping or the field table wins), else by the group label above it (``成员1`` / ``姓名``)."""
    if col.field is None:
        own = headers.parse_member_label(col.label.rsplit("/", 1)[-1])
        if own is not None:
            return own
    if match.rows == 2 and top_labels is not None and col.index < len(top_labels):
        top = _GROUP_WORDS.sub("", headers.normalize_label(top_labels[col.index]))
        group = headers.parse_member_label(top)
        if group is not None and not group.rest:
            sub = headers.normalize_label(col.label.rsplit("/", 1)[-1])
            if sub and sub != top:
                return headers.MemberLabel(group.key, group.prefix, sub)
    return None
