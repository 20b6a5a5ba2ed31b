"""The register's data model (SQLAlchemy 2 typed ORM).

Every table carries a stable UUID, created/updated timestamps, a modification counter
(``rev``) and a tombstone (``deleted_at``): nothing about residents is hard-deleted, so the
registers of several grid laptops can later be merged row by row. Timestamps are local
wall-clock time, which is what grid workers read and what month boundaries are cut on.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from gridapp.db import vocab

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (bulk inserts and updates go through Core for speed)."""
    return cast(Table, model.__table__)


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every row has, for merging registers later."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)
    rev: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Optimistic locking: an edit made on a stale copy is refused, not silently lost.
        return {"version_id_col": cls.rev}


# ---------------------------------------------------------------- areas and people who serve them


class Area(Tracked, Base):
    """街道 > 社区 > 二级网格 > 三级网格, any depth. Grids are areas whose level is a grid level."""

    __tablename__ = "area"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(32), default="")
    scope: Mapped[str] = mapped_column(Text, default="")  # 网格范围 as published
    service_hours: Mapped[str] = mapped_column(String(128), default="")
    duty_phone: Mapped[str] = mapped_column(String(32), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Area | None] = relationship(remote_side="Area.id", back_populates="children")
    children: Mapped[list[Area]] = relationship(back_populates="parent")
    workers: Mapped[list[Worker]] = relationship(back_populates="area")

    @property
    def is_grid(self) -> bool:
        return self.level in vocab.GRID_LEVELS


class Worker(Tracked, Base):
    """A grid leader or worker with the contact details published to residents."""

    __tablename__ = "worker"
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str] = mapped_column(String(32), default="")
    role: Mapped[str] = mapped_column(String(16), default="网格员")
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A file path: older registers' photo, kept as a fallback (a path does not travel).
    photo: Mapped[str] = mapped_column(String(260), default="")
    # The notice board's photo itself, a downscaled JPEG (services/worker_photo.py): it
    # travels with the register when registers are combined.
    photo_jpeg: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    area: Mapped[Area] = relationship(back_populates="workers")


# ---------------------------------------------------------------- places


class Compound(Tracked, Base):
    """小区 / 楼院. Management 物业, 自管会 or 无 (无主管楼院)."""

    __tablename__ = "compound"
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="小区")
    management: Mapped[str] = mapped_column(String(16), default="物业")
    manager: Mapped[str] = mapped_column(String(64), default="")  # company or committee
    manager_phone: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    buildings: Mapped[list[Building]] = relationship(back_populates="compound")


class Building(Tracked, Base):
    __tablename__ = "building"
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    name: Mapped[str] = mapped_column(String(32))  # "5号楼"
    floors: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    compound: Mapped[Compound | None] = relationship(back_populates="buildings")
    units: Mapped[list[Unit]] = relationship(back_populates="building")


class Unit(Tracked, Base):
    __tablename__ = "unit"
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    name: Mapped[str] = mapped_column(String(16))  # "2单元"; "" for buildings without units

    building: Mapped[Building] = relationship(back_populates="units")
    rooms: Mapped[list[Room]] = relationship(back_populates="unit")


class Room(Tracked, Base):
    __tablename__ = "room"
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    number: Mapped[str] = mapped_column(String(16))  # "301"
    floor: Mapped[int | None] = mapped_column(Integer)

    unit: Mapped[Unit] = relationship(back_populates="rooms")


# ---------------------------------------------------------------- households and persons


class Household(Tracked, Base):
    __tablename__ = "household"
    __table_args__ = (
        Index(
            "uq_household_number_live",
            "number",
            unique=True,
            sqlite_where=text("deleted_at IS NULL AND number != ''"),
        ),
    )
    number: Mapped[str] = mapped_column(String(32), default="")  # 户号
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(8), default="家庭户")
    housing: Mapped[str] = mapped_column(String(8), default="自住")
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", use_alter=True, name="fk_household_head_id_person"), index=True
    )
    owner: Mapped[str] = mapped_column(String(64), default="")  # 产权人
    landlord: Mapped[str] = mapped_column(String(64), default="")  # 出租人
    landlord_phone: Mapped[str] = mapped_column(String(32), default="")
    hazards: Mapped[str] = mapped_column(Text, default="")  # 隐患情况
    status: Mapped[str] = mapped_column(String(16), default=vocab.HOUSEHOLD_ACTIVE, index=True)
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    archive_reason: Mapped[str] = mapped_column(String(200), default="")
    sort_key: Mapped[str] = mapped_column(String(64), default="", index=True)  # building/unit/room
    notes: Mapped[str] = mapped_column(Text, default="")

    room: Mapped[Room | None] = relationship()
    grid: Mapped[Area | None] = relationship()
    members: Mapped[list[Person]] = relationship(
        back_populates="household", foreign_keys="Person.household_id"
    )
    head: Mapped[Person | None] = relationship(foreign_keys=[head_id], post_update=True)


class Person(Tracked, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index(
            "uq_person_id_number_live",
            "id_number",
            unique=True,
            sqlite_where=text("deleted_at IS NULL AND id_number != ''"),
        ),
    )
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    former_name: Mapped[str] = mapped_column(String(64), default="")
    name_pinyin: Mapped[str] = mapped_column(String(128), default="")
    name_initials: Mapped[str] = mapped_column(String(32), default="")
    gender: Mapped[str] = mapped_column(String(2), default="")
    ethnicity: Mapped[str] = mapped_column(String(16), default="汉族")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(16), default="")
    native_place: Mapped[str] = mapped_column(String(64), default="")  # 籍贯
    hukou_address: Mapped[str] = mapped_column(String(200), default="")  # 户籍地址
    category: Mapped[str] = mapped_column(String(16), default="户籍人口")
    separated: Mapped[bool] = mapped_column(Boolean, default=False)  # 人户分离
    actual_address: Mapped[str] = mapped_column(String(200), default="")  # 实际居住地
    political: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(16), default="")
    marital: Mapped[str] = mapped_column(String(8), default="")
    religion: Mapped[str] = mapped_column(String(16), default="")
    health: Mapped[str] = mapped_column(String(32), default="")
    military: Mapped[str] = mapped_column(String(16), default="")  # 兵役状况
    occupation: Mapped[str] = mapped_column(String(64), default="")  # 职业 / 工作学习情况
    employer: Mapped[str] = mapped_column(String(128), default="")  # 工作单位或就读学校
    phone: Mapped[str] = mapped_column(String(32), default="")
    phone_other: Mapped[str] = mapped_column(String(128), default="")  # more numbers, ";"
    status: Mapped[str] = mapped_column(String(16), default=vocab.STATUS_ACTIVE, index=True)
    status_date: Mapped[dt.date | None] = mapped_column(Date)  # date moved out / died / left
    destination: Mapped[str] = mapped_column(String(200), default="")  # 迁往地 / 外出去向
    moved_in_on: Mapped[dt.date | None] = mapped_column(Date)
    moved_from: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # unknown ledger columns
    search_text: Mapped[str] = mapped_column(Text, default="")  # maintained by services
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    household: Mapped[Household | None] = relationship(
        back_populates="members", foreign_keys=[household_id]
    )
    memberships: Mapped[list[GroupMembership]] = relationship(back_populates="person")


# ---------------------------------------------------------------- special groups and party


class GroupKind(Tracked, Base):
    """A special group (低保, 残疾, 独居老人 …) with its own fields; configurable in settings."""

    __tablename__ = "group_kind"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    every_cycle: Mapped[bool] = mapped_column(Boolean, default=False)  # visit every cycle
    household_level: Mapped[bool] = mapped_column(Boolean, default=False)  # 低保户 etc.
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class GroupMembership(Tracked, Base):
    """A person's membership of a group. Leaving sets ``left_on``; the row stays (取消关注)."""

    __tablename__ = "group_membership"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group_kind.id"), index=True)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    join_reason: Mapped[str] = mapped_column(String(200), default="")
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    leave_reason: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    needs: Mapped[str] = mapped_column(Text, default="")  # 服务需求
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="memberships")
    group: Mapped[GroupKind] = relationship()


class PartyBranch(Tracked, Base):
    """临时党支部."""

    __tablename__ = "party_branch"
    name: Mapped[str] = mapped_column(String(64))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    secretary: Mapped[str] = mapped_column(String(32), default="")
    founded_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class PartyMember(Tracked, Base):
    __tablename__ = "party_member"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("party_branch.id"), index=True)
    joined_party_on: Mapped[dt.date | None] = mapped_column(Date)  # 入党时间
    joined_branch_on: Mapped[dt.date | None] = mapped_column(Date)
    mobile: Mapped[bool] = mapped_column(Boolean, default=False)  # 流动党员
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()
    branch: Mapped[PartyBranch | None] = relationship()


# ---------------------------------------------------------------- work records


class Visit(Tracked, Base):
    """走访记录 / 民情日志: one visit to one household."""

    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_household_date", "household_id", "visited_on"),)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    visited_time: Mapped[str] = mapped_column(String(8), default="")  # "14:30"
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    visitor: Mapped[str] = mapped_column(String(32), default="")
    companions: Mapped[str] = mapped_column(String(128), default="")
    way: Mapped[str] = mapped_column(String(8), default="入户")
    met: Mapped[str] = mapped_column(String(128), default="")  # who was met
    situation: Mapped[str] = mapped_column(Text, default="")
    difficulties: Mapped[str] = mapped_column(Text, default="")
    requests: Mapped[str] = mapped_column(Text, default="")
    hazards: Mapped[str] = mapped_column(String(200), default="")  # "消防;燃气"
    policy: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    household: Mapped[Household] = relationship()
    worker: Mapped[Worker | None] = relationship()


class StepColumns:
    """One logged step of a workflow (an issue's or an errand's): who moved it, when, from which
    state to which, and why. The table adds its own key to the record the step belongs to."""

    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    actor: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str] = mapped_column(String(8), default="")
    to_state: Mapped[str] = mapped_column(String(8), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Issue(Tracked, Base):
    """问题反馈: a resident's problem from report to closure."""

    __tablename__ = "issue"
    number: Mapped[str] = mapped_column(String(32), default="", index=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32), default="其他")
    source: Mapped[str] = mapped_column(String(32), default="走访发现")
    urgency: Mapped[str] = mapped_column(String(8), default="一般")
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    people: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(8), default=vocab.ISSUE_REGISTERED, index=True)
    reported_by: Mapped[str] = mapped_column(String(32), default="")
    reported_on: Mapped[dt.date] = mapped_column(Date, index=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    station: Mapped[str] = mapped_column(String(32), default="")
    handler: Mapped[str] = mapped_column(String(64), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)  # 办结 or 现场解决
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    satisfied: Mapped[bool | None] = mapped_column(Boolean)
    consultation: Mapped[bool] = mapped_column(Boolean, default=False)  # 有事好商量
    consultation_outcome: Mapped[str] = mapped_column(Text, default="")

    household: Mapped[Household | None] = relationship()
    steps: Mapped[list[IssueStep]] = relationship(back_populates="issue", order_by="IssueStep.id")


class IssueStep(StepColumns, Tracked, Base):
    __tablename__ = "issue_step"
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id"), index=True)

    issue: Mapped[Issue] = relationship(back_populates="steps")


class ServiceRequest(Tracked, Base):
    """全程代办: an errand carried through the offices on a resident's behalf."""

    __tablename__ = "service_request"
    number: Mapped[str] = mapped_column(String(32), default="", index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    errand: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    materials_missing: Mapped[str] = mapped_column(Text, default="")
    office: Mapped[str] = mapped_column(String(64), default="")
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    accepted_by: Mapped[str] = mapped_column(String(32), default="")
    requested_on: Mapped[dt.date] = mapped_column(Date, index=True)
    promised_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(8), default="受理", index=True)
    result: Mapped[str] = mapped_column(Text, default="")
    satisfied: Mapped[bool | None] = mapped_column(Boolean)

    steps: Mapped[list[ServiceStep]] = relationship(
        back_populates="request", order_by="ServiceStep.id"
    )


class ServiceStep(StepColumns, Tracked, Base):
    __tablename__ = "service_step"
    request_id: Mapped[int] = mapped_column(ForeignKey("service_request.id"), index=True)

    request: Mapped[ServiceRequest] = relationship(back_populates="steps")


class DutyShift(Tracked, Base):
    """错时 / 节假日值班: who is on duty when."""

    __tablename__ = "duty_shift"
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    shift: Mapped[str] = mapped_column(String(8), default="白班")
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    name: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    holiday: Mapped[str] = mapped_column(String(32), default="")  # 国庆节 …
    swapped_from: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    worker: Mapped[Worker | None] = relationship()


# ---------------------------------------------------------------- history and housekeeping


class ChangeLog(Base):
    """Append-only, hash-chained history of every change (who, when, field, old → new)."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, index=True)
    actor: Mapped[str] = mapped_column(String(32), default="")
    entity: Mapped[str] = mapped_column(String(32))  # "person", "household", …
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(32), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(200), default="")
    batch: Mapped[str] = mapped_column(String(36), default="", index=True)  # one operation
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)


class ImportBatch(Tracked, Base):
    __tablename__ = "import_batch"
    file_name: Mapped[str] = mapped_column(String(260))
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    sheets: Mapped[list[str]] = mapped_column(JSON, default=list)
    actor: Mapped[str] = mapped_column(String(32), default="")
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class MappingProfile(Tracked, Base):
    """A saved column mapping (ledger import profile or a template's remembered mapping)."""

    __tablename__ = "mapping_profile"
    name: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="import")  # import | template
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
