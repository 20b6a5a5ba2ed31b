"""Audit: is the change history intact, and who saw full ID numbers.

The change log is append-only and hash-chained (``changelog.verify``): an entry edited,
deleted or inserted outside the app breaks the chain at that entry. Exports with full ID
numbers and unmasked printouts are recorded in the same log (action ``disclose``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog
from gridapp.services import settings
from gridapp.services.changelog import ChangeWriter, verify
from gridapp.services.common import Progress, no_progress

DISCLOSE = "disclose"


@dataclass(frozen=True)
class AuditReport:
    entries: int
    intact: bool
    broken_id: int | None = None
    broken_at: dt.datetime | None = None
    broken_entity: str = ""
    reason: str = ""

    def message(self) -> str:
        if self.intact:
            return f"变更记录完整：共 {self.entries} 条，哈希链未被改动"
        when = f"，时间 {self.broken_at:%Y-%m-%d %H:%M:%S}" if self.broken_at else ""
        return (
            f"变更记录被改动：第一条异常记录 id={self.broken_id}"
            f"（{self.broken_entity}{when}）：{self.reason}"
        )


def verify_history(session: Session, progress: Progress = no_progress) -> AuditReport:
    """Walk the whole chain; the report names the first broken entry."""
    total = int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)
    progress(0, total, "校验变更记录")
    broken = verify(session)
    progress(total, total, "校验完成")
    if broken is None:
        return AuditReport(entries=total, intact=True)
    entry = session.get(ChangeLog, broken.entry_id)
    return AuditReport(
        entries=total,
        intact=False,
        broken_id=broken.entry_id,
        broken_at=entry.at if entry is not None else None,
        broken_entity=f"{entry.entity} {entry.entity_id}" if entry is not None else "",
        reason=broken.reason,
    )


def record_disclosure(
    session: Session, what: str, count: int, field: str = "id_number", actor: str | None = None
) -> None:
    """Record that full ID numbers (or other unmasked data) left the app: export, print."""
    writer = ChangeWriter(session, actor or settings.operator(session))
    writer.add("register", 0, "", DISCLOSE, field=field, new=str(count), note=what[:200])
    writer.flush()


@dataclass(frozen=True)
class Disclosure:
    at: dt.datetime
    actor: str
    count: int
    what: str


def disclosures(session: Session, limit: int = 100) -> list[Disclosure]:
    rows = session.scalars(
        select(ChangeLog)
        .where(ChangeLog.action == DISCLOSE)
        .order_by(ChangeLog.id.desc())
        .limit(limit)
    )
    return [
        Disclosure(r.at, r.actor, int(r.new) if r.new and r.new.isdigit() else 0, r.note)
        for r in rows
    ]
