"""What an import is asked to do (``ImportOptions``) and what it says it did or would do
(``ImportReport``: counts, rejected rows, warnings, per-person changes, the headers read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from gridapp.importer import target
from gridapp.services.changelog import to_text
from gridapp.services.common import ServiceError


@dataclass
class ImportOptions:
    sheets: list[str] | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # column label → field ("" = unknown)
    profile: str | None = None
    grid: str | None = None  # target grid for rows without a grid of their own
    new_grid: bool = False  # ``grid`` names a grid to create (under ``community``)
    community: str | None = None
    compound: str | None = None  # target compound for rows without one
    use_remembered: bool = False  # take the grid and compound chosen last time for this layout
    actor: str = ""
    today: dt.date | None = None


@dataclass
class RejectedRow:
    sheet: str
    row: int  # 1-based as Excel shows it (CSV: line number with the header as line 1)
    column: str
    reason: str
    cells: list[object] = field(default_factory=list)
    column_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason}


@dataclass
class PersonDiff:
    sheet: str
    row: int
    name: str
    id_masked: str
    changes: dict[str, tuple[Any, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "name": self.name,
            "id_number": self.id_masked,
            "changes": {k: [to_text(a), to_text(b)] for k, (a, b) in self.changes.items()},
        }


@dataclass
class SheetHeader:
    name: str
    header_row: int  # 1-based
    labels: list[str]  # by column position ("" for a column without label)
    columns: dict[str, str]  # label → field ("" = unknown → person.extra)


@dataclass
class ImportReport:
    file_name: str = ""
    file_hash: str = ""
    dry_run: bool = True
    committed: bool = False
    import_id: int | None = None
    batch: str = ""
    sheets: list[str] = field(default_factory=list)
    skipped_sheets: list[str] = field(default_factory=list)
    persons_created: int = 0
    persons_updated: int = 0
    persons_unchanged: int = 0
    households_created: int = 0
    households_updated: int = 0
    ignored_rows: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    updates: list[PersonDiff] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    headers: list[SheetHeader] = field(default_factory=list)
    title: str = ""  # the first sheet's title row
    title_compound: str = ""  # the compound the title names (target.compound_from_title)
    rows_without_grid: int = 0
    grid: str = ""  # where rows without a grid went
    target_problem: str = ""  # why the import would be refused as chosen (no grid …), or ""
    compound: str = ""  # where rows without a compound went
    remembered: dict[str, Any] | None = None  # what was chosen last time for this layout
    grid_remembered: bool = False  # ``grid`` came from there
    mapping_remembered: bool = False  # the columns were read as mapped last time

    @property
    def layout_key(self) -> str:
        return target.layout_key([h.labels for h in self.headers])

    def counts(self) -> dict[str, int]:
        return {
            "persons_created": self.persons_created,
            "persons_updated": self.persons_updated,
            "persons_unchanged": self.persons_unchanged,
            "households_created": self.households_created,
            "households_updated": self.households_updated,
            "ignored_rows": self.ignored_rows,
            "rejected_rows": len(self.rejected),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "dry_run": self.dry_run,
            "committed": self.committed,
            "import_id": self.import_id,
            **self.counts(),
            "rejected": [r.to_dict() for r in self.rejected],
            "warnings": self.warnings,
            "updates": [u.to_dict() for u in self.updates],
            "unknown_columns": self.unknown_columns,
            "sheets": self.sheets,
            "skipped_sheets": self.skipped_sheets,
            "headers": [asdict(h) for h in self.headers],
            "title_compound": self.title_compound,
            "rows_without_grid": self.rows_without_grid,
            "grid": self.grid,
            "compound": self.compound,
            "remembered": self.remembered,
            "mapping_remembered": self.mapping_remembered,
        }


class NothingToImport(ServiceError):
    """Every row was rejected or ignored: nothing is written; the report says why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            f"文件“{report.file_name}”中没有可导入的行（拒绝 {len(report.rejected)} 行，"
            f"忽略 {report.ignored_rows} 行），未导入任何数据"
        )
        self.report = report
