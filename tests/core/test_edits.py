"""The window's edits as services (``services/edits.py``): each one transaction, logged, and
undone by archiving or moving out, never by deleting."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, Household, Person
from gridapp.services import edits
from gridapp.services.common import NotFound
from gridapp.services.register import ChangedSince

DAY = dt.date(2026, 11, 20)
HEAD = {"name": "王秀英", "id_number": "110101195501011227", "relation": "户主"}


def _log_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def test_a_new_household_is_withdrawn_and_reopened_never_deleted(engine: Engine) -> None:
    with session_scope(engine) as s:
        hid, pid = edits.create_household(s, {"address": "3号楼2单元301室"}, HEAD)
    assert pid is not None
    with session_scope(engine) as s:
        edits.withdraw_household(s, hid, "撤销", DAY)
    with Session(engine) as s:
        household, person = s.get(Household, hid), s.get(Person, pid)
        assert household is not None and person is not None
        assert (household.status, household.archived_on, household.archive_reason) == (
            vocab.HOUSEHOLD_ARCHIVED, DAY, "撤销",
        )  # fmt: skip
        assert (person.status, person.status_date) == (vocab.STATUS_MOVED_OUT, DAY)
        logged = _log_count(s)
    with session_scope(engine) as s:
        edits.reopen_household(s, hid, pid)
    with Session(engine) as s:
        household, person = s.get(Household, hid), s.get(Person, pid)
        assert household is not None and person is not None
        assert (household.status, household.archive_reason) == (vocab.HOUSEHOLD_ACTIVE, "")
        assert person.status == vocab.STATUS_ACTIVE
        assert _log_count(s) > logged


def test_a_new_member_is_withdrawn_and_reopened(engine: Engine) -> None:
    with session_scope(engine) as s:
        hid, _head = edits.create_household(s, {"address": "1号楼101室"}, None)
        pid = edits.add_member(s, hid, {"name": "李明", "relation": "子"})
    with session_scope(engine) as s:
        edits.withdraw_member(s, pid, DAY)
    with Session(engine) as s:
        assert edits.person_values(s, pid)["status"] == vocab.STATUS_MOVED_OUT
    with session_scope(engine) as s:
        edits.reopen_member(s, pid)
    with Session(engine) as s:
        values = edits.person_values(s, pid)
        assert (values["status"], values["status_date"]) == (vocab.STATUS_ACTIVE, None)


def test_changes_refused_when_the_field_changed_since(engine: Engine) -> None:
    with session_scope(engine) as s:
        hid, pid = edits.create_household(s, {"address": "2号楼"}, HEAD)
    assert pid is not None
    with session_scope(engine) as s:
        diff = edits.apply_changes(s, edits.PERSON, pid, {"phone": "13812345678"})
    assert diff == {"phone": ("", "13812345678")}
    with session_scope(engine) as s:  # someone else changed it since
        edits.apply_changes(s, edits.PERSON, pid, {"phone": "13900000000"})
    with pytest.raises(ChangedSince), session_scope(engine) as s:
        edits.apply_changes(s, edits.PERSON, pid, {"phone": ""}, expected={"phone": "13812345678"})
    with Session(engine) as s:
        assert edits.person_values(s, pid)["phone"] == "13900000000"
        assert edits.household_values(s, hid)["address"] == "2号楼"


def test_a_missing_record_is_named(engine: Engine) -> None:
    with pytest.raises(NotFound, match="编号 999"), session_scope(engine) as s:
        edits.apply_changes(s, edits.HOUSEHOLD, 999, {"address": "x"})
    with pytest.raises(NotFound, match="人员不存在"), Session(engine) as s:
        edits.person_values(s, 12345)
