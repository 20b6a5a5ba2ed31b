"""The ledger import: preview (dry run), run (one transaction), undo, list.

Reading and cleaning build a *plan* (``importer.plan``: who is in the file, in which
households) that is compared with the register (``importer.matching``: who is new, who
changes which fields) without touching it; ``run_import`` then writes the plan
(``importer.write``) with bulk inserts in the caller's transaction, logging every change in
the hash-chained change log under the import's batch id, so that ``undo_import``
(``importer.undo``) can restore it as a whole. The names the cli and ui use stand here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from gridapp.importer import target
from gridapp.importer.matching import choose_target, compare, read_remembered
from gridapp.importer.place_book import PLACE_RANGE
from gridapp.importer.plan import CHUNK, Plan, file_hash
from gridapp.importer.report import (
    ImportOptions,
    ImportReport,
    NothingToImport,
    PersonDiff,
    RejectedRow,
    SheetHeader,
)
from gridapp.importer.undo import ImportInfo, UndoResult, list_imports, undo_import
from gridapp.importer.write import apply
from gridapp.services.common import NEVER, CancelFlag, Progress, no_progress

__all__ = [
    "CHUNK",
    "PLACE_RANGE",
    "ImportInfo",
    "ImportOptions",
    "ImportReport",
    "NothingToImport",
    "PersonDiff",
    "RejectedRow",
    "SheetHeader",
    "UndoResult",
    "file_hash",
    "list_imports",
    "preview_import",
    "run_import",
    "undo_import",
]


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: the plan holds a few hundred thousand small
    objects (rows, dicts) and no cycles; its collections walked them all again and again
    (~20% of an import)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _planned(
    session: Session, path: Path | str, options: ImportOptions, progress: Progress,
    cancel: CancelFlag, *, writing: bool,
) -> Plan:  # fmt: skip
    """The file read, its rows given a target and compared with the register. ``writing``:
    refuse rows with nowhere to go and a file with nothing to import, before any write."""
    plan = read_remembered(session, Path(path), options, progress, cancel)
    choose_target(session, plan, options)
    if writing and plan.rows and plan.refusal is not None:
        raise plan.refusal  # rows with nowhere to go (no grid chosen …): nothing written
    compare(session, plan, cancel)
    if writing and not plan.rows:
        raise NothingToImport(plan.report)
    return plan


def preview_import(
    session: Session, path: Path | str, options: ImportOptions | None = None,
    progress: Progress = no_progress, cancel: CancelFlag = NEVER,
) -> ImportReport:  # fmt: skip
    """Dry run: what the import would do, nothing written."""
    with _no_gc():
        plan = _planned(session, path, options or ImportOptions(), progress, cancel,
                        writing=False)  # fmt: skip
    progress(1, 1, "预览完成")
    return plan.report


def run_import(
    session: Session, path: Path | str, options: ImportOptions | None = None,
    progress: Progress = no_progress, cancel: CancelFlag = NEVER,
) -> ImportReport:  # fmt: skip
    """Import the ledger in the caller's transaction (``session_scope``): all or nothing.

    Raises ``ServiceError`` (nothing written) for a bad file or when no row can be imported.
    """
    options = options or ImportOptions()
    with _no_gc():
        plan = _planned(session, path, options, progress, cancel, writing=True)
        apply(session, plan, options, progress, cancel)
    target.remember(
        session,
        plan.report.layout_key,
        target.LayoutChoice(options.grid or "", (options.compound or "").strip(),
                            options.profile or "", options.mapping or None),
    )  # fmt: skip
    plan.report.dry_run = False
    plan.report.committed = True
    progress(1, 1, "导入完成")
    return plan.report
