"""Households and persons: create, edit, archive; every change goes into the change log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Household, Person, table_of
from gridapp.domain import idcard, phone, pinyin, relations
from gridapp.domain.text import clean, clean_name, name_problem
from gridapp.services import numbering
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import ServiceError

# Fields a user or an import may set on a person (the rest are derived or housekeeping).
PERSON_FIELDS: tuple[str, ...] = (
    "name", "former_name", "gender", "ethnicity", "id_number", "birth_date", "relation",
    "native_place", "hukou_address", "category", "separated", "actual_address", "political",
    "education", "marital", "religion", "health", "military", "occupation", "employer", "phone",
    "phone_other", "status", "status_date", "destination", "moved_in_on", "moved_from", "notes",
    "extra",
)  # fmt: skip
HOUSEHOLD_FIELDS: tuple[str, ...] = (
    "number", "grid_id", "room_id", "address", "kind", "housing", "owner", "landlord",
    "landlord_phone", "hazards", "notes", "sort_key",
)  # fmt: skip

# The labels of the change log's fields live with the vocabularies (the window reads them
# without loading the ORM); kept importable from here.
PERSON_LABELS = vocab.PERSON_LABELS
HOUSEHOLD_LABELS = vocab.HOUSEHOLD_LABELS


def search_text(
    person: Mapping[str, Any], address: str, names_pinyin: tuple[str, str] | None = None
) -> str:
    """The text a search box matches against: name, pinyin, ID, phones, address.

    ``names_pinyin`` (full, initials) saves working the pinyin out again when the caller has it.
    """
    full, initials = names_pinyin or pinyin.full_and_initials(str(person.get("name") or ""))
    parts = [
        person.get("name") or "",
        full,
        initials,
        person.get("former_name") or "",
        person.get("id_number") or "",
        person.get("phone") or "",
        person.get("phone_other") or "",
        address,
    ]
    return "|".join(map(str, parts)).lower()


def derive(fields: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """Clean a person's fields and derive what the ID number tells (birth date, gender)."""
    out = dict(fields)
    if "name" in out:
        out["name"] = clean_name(out["name"])
        full, initials = pinyin.full_and_initials(out["name"])
        out["name_pinyin"], out["name_initials"] = full, initials
    if "relation" in out:
        out["relation"] = relations.normalize(out["relation"])
    if out.get("phone"):
        out["phone"] = phone.normalize(out["phone"])
    if out.get("id_number"):
        info = idcard.parse(out["id_number"], today)
        out["id_number"] = info.number
        out["birth_date"] = info.birth_date
        out["gender"] = info.gender
    for key, value in list(out.items()):
        if isinstance(value, str) and key not in ("notes",):
            out[key] = clean(value)
    return out


def validate_person(fields: Mapping[str, Any]) -> None:
    if not fields.get("name"):
        raise ServiceError("姓名不能为空")
    problem = name_problem(str(fields["name"]))
    if problem:
        raise ServiceError(problem)
    for field, value in fields.items():
        if isinstance(value, str) and "\x00" in value:
            raise ServiceError(f"{PERSON_LABELS.get(field, field)}中有空字符，请重新输入")
    if fields.get("phone") and not phone.is_valid(str(fields["phone"])):
        raise ServiceError(f"联系电话格式不对：{fields['phone']}")
    if fields.get("gender") and fields["gender"] not in vocab.GENDERS:
        raise ServiceError(f"性别只能是 男 或 女：{fields['gender']}")
    if fields.get("status") and fields["status"] not in vocab.PERSON_STATUSES:
        raise ServiceError(f"未知的人员状态：{fields['status']}")


def _check_unique_id(session: Session, id_number: str, exclude: int | None) -> None:
    if not id_number:
        return
    query = select(Person.id, Person.name).where(
        Person.id_number == id_number, Person.deleted_at.is_(None)
    )
    if exclude is not None:
        query = query.where(Person.id != exclude)
    clash = session.execute(query).first()
    if clash is not None:
        raise ServiceError(f"身份证号 {idcard.mask(id_number)} 已登记在 {clash.name} 名下")


def create_household(session: Session, writer: ChangeWriter, **fields: Any) -> Household:
    unknown = set(fields) - set(HOUSEHOLD_FIELDS)
    if unknown:
        raise ServiceError(f"未知的户字段：{', '.join(sorted(unknown))}")
    number = clean(fields.get("number", ""))
    if number and session.scalar(
        select(Household.id).where(Household.number == number, Household.deleted_at.is_(None))
    ):
        raise ServiceError(f"户号 {number} 已存在")
    if not number:  # the user may type their own; otherwise the grid's next number
        fields["number"] = numbering.HouseholdNumbers(
            session,
            on_code=lambda area_id, old, new: writer.changes(
                "area", area_id, "", {"code": (old, new)}
            ),
        ).take(fields.get("grid_id"))
    household = Household(**fields)
    session.add(household)
    session.flush()
    writer.add(
        "household",
        household.id,
        household.uuid,
        "create",
        new=_snapshot(household, HOUSEHOLD_FIELDS),
    )
    return household


def create_person(
    session: Session, writer: ChangeWriter, household: Household | None, **fields: Any
) -> Person:
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise ServiceError(f"未知的人员字段：{', '.join(sorted(unknown))}")
    try:
        values = derive(fields)
    except idcard.IdNumberError as exc:
        raise ServiceError(str(exc)) from exc
    validate_person(values)
    _check_unique_id(session, values.get("id_number", ""), None)
    person = Person(**values)
    person.search_text = search_text(values, household.address if household else "")
    if household is not None:
        person.sort_order = len(household.members)
    session.add(person)
    person.household = household
    session.flush()
    if (
        household is not None
        and values.get("relation") == relations.HEAD
        and household.head_id is None
    ):
        household.head_id = person.id
    writer.add("person", person.id, person.uuid, "create", new=_snapshot(person, PERSON_FIELDS))
    return person


def _snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return snapshot({f: getattr(obj, f) for f in fields}, fields)


def snapshot(values: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, str | None]:
    """A created record's first content as the log holds it: its non-empty fields, as text."""
    from gridapp.services.changelog import to_text

    return {f: to_text(values[f]) for f in fields if values.get(f) not in (None, "", {}, False)}


def update_person(
    session: Session, writer: ChangeWriter, person: Person, changes: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """Apply changes; returns and logs the field diff (only fields that really changed)."""
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise ServiceError(f"未知的人员字段：{', '.join(sorted(unknown))}")
    try:
        values = derive(dict(changes))
    except idcard.IdNumberError as exc:
        raise ServiceError(str(exc)) from exc
    merged = {f: getattr(person, f) for f in PERSON_FIELDS} | values
    validate_person(merged)
    if values.get("id_number") and values["id_number"] != person.id_number:
        _check_unique_id(session, values["id_number"], person.id)
    address = person.household.address if person.household else ""  # load before any change
    diff: dict[str, tuple[Any, Any]] = {}
    for field, new in values.items():
        old = getattr(person, field)
        if old != new:
            setattr(person, field, new)
            if field in PERSON_FIELDS:
                diff[field] = (old, new)
    if diff:
        person.search_text = search_text({f: getattr(person, f) for f in PERSON_FIELDS}, address)
        session.flush()
        writer.changes("person", person.id, person.uuid, diff)
    return diff


def update_household(
    session: Session, writer: ChangeWriter, household: Household, changes: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    unknown = (
        set(changes)
        - set(HOUSEHOLD_FIELDS)
        - {"head_id", "status", "archived_on", "archive_reason"}
    )
    if unknown:
        raise ServiceError(f"未知的户字段：{', '.join(sorted(unknown))}")
    diff: dict[str, tuple[Any, Any]] = {}
    for field, new in changes.items():
        if isinstance(new, str):
            new = clean(new)
        old = getattr(household, field)
        if old != new:
            setattr(household, field, new)
            diff[field] = (old, new)
    if (
        "number" in diff
        and household.number
        and session.scalar(
            select(Household.id).where(
                Household.number == household.number,
                Household.id != household.id,
                Household.deleted_at.is_(None),
            )
        )
    ):
        raise ServiceError(f"户号 {household.number} 已存在")
    if diff:
        session.flush()
        writer.changes("household", household.id, household.uuid, diff)
        if "address" in diff:
            refresh_search_text(session, household)
    return diff


class ChangedSince(ServiceError):
    """An undo or redo refused, nothing changed: a field it would set back was changed again
    since (in another window, by a command or an import)."""


def last_change_note(session: Session, entity: str, entity_id: int, field_name: str) -> str:
    """Who last changed the field and when (from the log), for a refusal's message."""
    from gridapp.db.models import ChangeLog

    entry = session.scalars(
        select(ChangeLog)
        .where(
            ChangeLog.entity == entity,
            ChangeLog.entity_id == entity_id,
            ChangeLog.field == field_name,
        )
        .order_by(ChangeLog.id.desc())
        .limit(1)
    ).first()
    if entry is None:
        return ""
    return f"（{entry.actor or '未署名'} 于 {entry.at:%Y-%m-%d %H:%M}）"


def refuse_if_changed(
    session: Session, entity: str, obj: Person | Household, expected: Mapping[str, Any]
) -> None:
    """Raise ChangedSince when a field no longer holds the value an undo or redo expects:
    writing the old value back would silently throw away the newer one."""
    labels = HOUSEHOLD_LABELS if entity == "household" else PERSON_LABELS
    problems = []
    for field, value in expected.items():
        current = getattr(obj, field)
        if current != value:
            who = last_change_note(session, entity, obj.id, field)
            shown = "" if current is None else current
            problems.append(f"{labels.get(field, field)}已改为“{shown}”{who}")
    if problems:
        subject = f"户号 {obj.number}" if isinstance(obj, Household) else obj.name
        raise ChangedSince(
            f"{subject}在此之后又被修改过：{'；'.join(problems)}。为免覆盖新的内容，未撤销。"
        )


def refresh_search_text(session: Session, household: Household) -> None:
    for member in household.members:
        member.search_text = search_text(
            {f: getattr(member, f) for f in PERSON_FIELDS}, household.address
        )


def rebuild_all_search_text(session: Session) -> int:
    """Recompute every person's search text (after a bulk load)."""
    rows = session.execute(
        select(Person.id, Person.name, Person.former_name, Person.id_number, Person.phone,
               Person.phone_other, Household.address)
        .outerjoin(Household, Person.household_id == Household.id)
    ).all()  # fmt: skip
    payload = [{"pid": r.id, "text": search_text(r._asdict(), r.address or "")} for r in rows]
    if payload:
        from sqlalchemy import bindparam

        session.execute(
            update(table_of(Person))
            .where(table_of(Person).c.id == bindparam("pid"))
            .values(search_text=bindparam("text")),
            payload,
        )
    return len(payload)


def active_members(household: Household) -> list[Person]:
    members = [
        m for m in household.members
        if m.deleted_at is None and m.status not in vocab.ARCHIVED_STATUSES
    ]  # fmt: skip
    members.sort(
        key=lambda m: (
            m.id != household.head_id,
            relations.sort_key(m.relation),
            m.sort_order,
            m.id,
        )
    )
    return members
