"""Saved column mappings (label → field) in the MappingProfile table, reusable across imports;
``stored_mapping`` / ``store_mapping`` are the one way to read and keep a mapping of any kind
(the template filler keeps its remembered corrections with them, kind ``template``)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import MappingProfile
from gridapp.importer.headers import FIELD_LABELS
from gridapp.services.common import NotFound, ServiceError

KIND = "import"


def check_mapping(mapping: dict[str, str]) -> dict[str, str]:
    """Every target must be a known field ("" = treat the column as unknown)."""
    bad = [f for f in mapping.values() if f and f not in FIELD_LABELS]
    if bad:
        raise ServiceError(
            f"未知的字段名：{'、'.join(sorted(set(bad)))}。可用字段：{', '.join(FIELD_LABELS)}"
        )
    return dict(mapping)


def save_profile(session: Session, name: str, mapping: dict[str, str]) -> MappingProfile:
    name = name.strip()
    if not name:
        raise ServiceError("映射方案名称不能为空")
    mapping = check_mapping(mapping)
    found = session.scalar(
        select(MappingProfile).where(MappingProfile.name == name, MappingProfile.kind == KIND)
    )
    if found is None:
        found = MappingProfile(name=name, kind=KIND, mapping=mapping)
        session.add(found)
    else:
        found.mapping = mapping
    session.flush()
    return found


def stored_mapping(session: Session, name: str, kind: str) -> dict[str, str] | None:
    """The live mapping of this name and kind, or None."""
    found = session.scalar(
        select(MappingProfile).where(
            MappingProfile.name == name,
            MappingProfile.kind == kind,
            MappingProfile.deleted_at.is_(None),
        )
    )
    return {str(k): str(v) for k, v in dict(found.mapping).items()} if found else None


def store_mapping(session: Session, name: str, kind: str, mapping: Mapping[str, str]) -> None:
    """Keep ``mapping`` under ``name`` (names are unique across kinds: the row is taken over)."""
    found = session.scalar(select(MappingProfile).where(MappingProfile.name == name))
    if found is None:
        session.add(MappingProfile(name=name, kind=kind, mapping=dict(mapping)))
    else:
        found.kind = kind
        found.mapping = dict(mapping)
        found.deleted_at = None
    session.flush()


def load_profile(session: Session, name: str) -> dict[str, str]:
    found = stored_mapping(session, name, KIND)
    if found is None:
        known = "、".join(list_profiles(session)) or "（无）"
        raise NotFound(f"没有名为“{name}”的导入映射方案。现有方案：{known}")
    return found


def list_profiles(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(MappingProfile.name)
            .where(MappingProfile.kind == KIND, MappingProfile.deleted_at.is_(None))
            .order_by(MappingProfile.name)
        )
    )
