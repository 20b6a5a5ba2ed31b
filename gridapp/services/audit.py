"""Audit: is the change history intact, and who saw full ID numbers.

Three checks, each catching what the one before cannot:
1. the chain (``changelog.verify``): an entry edited, deleted or inserted in the middle
   breaks it at that entry;
2. the signed head (``db.anchor``): entries cut off the end, the whole log emptied, or the
   chain rewritten with the public hash function no longer end where this installation
   signed it;
3. the replay (``state_check``): a record edited directly, without a log entry, no longer
   holds the values its history implies.
Exports with full ID numbers and unmasked printouts are recorded in the same log (action
``disclose``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db import anchor
from gridapp.db.engine import engine_path
from gridapp.db.models import ChangeLog
from gridapp.services import settings
from gridapp.services.changelog import ChangeWriter, verify
from gridapp.services.common import Progress, no_progress
from gridapp.services.recorder import bound_engine, read_head
from gridapp.services.state_check import find_mismatches

DISCLOSE = "disclose"


ANCHOR_OK, ANCHOR_NONE, ANCHOR_BROKEN = "ok", "unanchored", "broken"


@dataclass(frozen=True)
class AuditReport:
    entries: int
    intact: bool
    broken_id: int | None = None
    broken_at: dt.datetime | None = None
    broken_entity: str = ""
    reason: str = ""
    anchor: str = ANCHOR_NONE  # ok / unanchored (no signed head here) / broken
    mismatches: int = 0  # fields whose value differs from what their history says
    mismatch_examples: tuple[str, ...] = ()

    def message(self) -> str:
        if self.intact:
            text = f"变更记录完整：共 {self.entries} 条，哈希链未被改动"
            if self.anchor == ANCHOR_OK:
                text += "，与本机签名一致，每条记录的现值与变更记录相符"
            else:
                text += (
                    "，每条记录的现值与变更记录相符（本机没有这份数据库的签名，"
                    "无法确认末尾的记录未被删除；下次修改后即有签名）"
                )
            return text
        if self.broken_id is None:
            return f"变更记录被改动：{self.reason}"
        when = f"，时间 {self.broken_at:%Y-%m-%d %H:%M:%S}" if self.broken_at else ""
        return (
            f"变更记录被改动：第一条异常记录 id={self.broken_id}"
            f"（{self.broken_entity}{when}）：{self.reason}"
        )


def verify_history(session: Session, progress: Progress = no_progress) -> AuditReport:
    """The whole check: the chain links, its head against this installation's signature, and
    every record's current values against the values its history implies."""
    total = int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)
    progress(0, total, "校验变更记录")
    broken = verify(session)
    if broken is not None:
        entry = session.get(ChangeLog, broken.entry_id)
        return AuditReport(
            entries=total,
            intact=False,
            broken_id=broken.entry_id,
            broken_at=entry.at if entry is not None else None,
            broken_entity=f"{entry.entity} {entry.entity_id}" if entry is not None else "",
            reason=broken.reason,
            anchor=ANCHOR_BROKEN,
        )
    status, problem = check_anchor(session)
    if problem:
        return AuditReport(entries=total, intact=False, reason=problem, anchor=status)
    count, examples = find_mismatches(session)
    progress(total, total, "校验完成")
    if count:
        listed = "；".join(m.describe() for m in examples[:5])
        more = f" 等 {count} 处" if count > 5 else ""
        return AuditReport(
            entries=total,
            intact=False,
            reason=f"有记录在程序之外被直接改动（与变更记录不符）：{listed}{more}",
            anchor=status,
            mismatches=count,
            mismatch_examples=tuple(m.describe() for m in examples),
        )
    return AuditReport(entries=total, intact=True, anchor=status)


def check_anchor(session: Session) -> tuple[str, str]:
    """(status, problem): does the chain end where this installation last signed it?"""
    engine = bound_engine(session)
    path = engine_path(engine) if engine is not None else None
    if path is None:
        return ANCHOR_NONE, ""
    signed = anchor.read(path)
    if signed is None:
        return ANCHOR_NONE, ""
    checkpoints = signed.checkpoints()
    if not all(anchor.is_signed_here(c) for c in checkpoints):
        return ANCHOR_BROKEN, "本机保存的签名与密钥不符（签名文件被改动，或密钥被更换）"
    head = read_head(session)
    if any(head == c.head for c in checkpoints):
        return ANCHOR_OK, ""
    return ANCHOR_BROKEN, _explain(session, head, signed.confirmed or checkpoints[0])


def _explain(session: Session, head: anchor.Head | None, signed: anchor.Checkpoint) -> str:
    was = signed.head
    said = f"本机最后签名时共 {was.count} 条，止于 id={was.last_id}"
    if head is None:
        return f"变更记录被清空：{said}，现在一条也没有"
    if head.first_uuid != was.first_uuid:
        return f"变更记录从第一条起就被换掉了：{said}"
    at = session.execute(select(ChangeLog.hash).where(ChangeLog.id == was.last_id)).first()
    if at is None:
        return f"末尾的变更记录被删除：{said}，现在共 {head.count} 条，止于 id={head.last_id}"
    if at.hash != was.last_hash:
        return f"变更记录被改写（id={was.last_id} 与本机签名不符，链条被重新计算过）：{said}"
    extra = head.count - was.count
    return (
        f"id={was.last_id} 之后的 {extra} 条变更记录没有本机签名"
        f"（不是本机程序写入的：在别处写入，或被伪造追加）：{said}"
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
