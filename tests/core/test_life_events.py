import datetime as dt

import pytest
from sqlalchemy import Engine, func, select

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, GroupMembership, Household, Person
from gridapp.services import life_events as ev
from gridapp.services.changelog import ChangeWriter, verify
from gridapp.services.common import ServiceError
from gridapp.services.register import create_person
from tests.core.work_helpers import TODAY, small_register

D = dt.date


def _family(s: object, small: object) -> tuple[int, int, int]:
    """Household 0 gets a spouse and a son."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    hh = s.get(Household, small.households[0])  # type: ignore[attr-defined]
    w = ChangeWriter(s, "测试")
    spouse = create_person(s, w, hh, name="配偶甲", relation="配偶", gender="女",
                           birth_date=D(1952, 1, 1))  # fmt: skip
    son = create_person(
        s, w, hh, name="儿子甲", relation="子", gender="男", birth_date=D(1980, 1, 1)
    )
    w.flush()
    return small.heads[0], spouse.id, son.id  # type: ignore[attr-defined]


def _batches(s: object, result: ev.EventResult) -> list[ChangeLog]:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    return list(s.scalars(select(ChangeLog).where(ChangeLog.batch == result.batch)))


def test_death_of_the_head_needs_a_new_head(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        head, spouse, son = _family(s, small)
        before = s.scalar(select(func.count()).select_from(ChangeLog))
        with pytest.raises(ServiceError, match="请选择新户主"):
            ev.death(s, head, D(2026, 11, 1), today=TODAY)
        with pytest.raises(ServiceError, match="不是"):
            ev.death(s, head, D(2026, 11, 1), new_head_id=small.heads[3], today=TODAY)
        s.flush()
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == before
        assert s.get(Person, head).status == "active"  # type: ignore[union-attr]
        with pytest.raises(ServiceError, match="晚于今天"):
            ev.death(s, head, D(2026, 12, 1), new_head_id=spouse, today=TODAY)
        result = ev.death(s, head, D(2026, 11, 1), new_head_id=spouse,
                          relations_map={son: "子"}, actor="测试", today=TODAY)  # fmt: skip
        hh = s.get(Household, small.households[0])
        assert hh is not None and hh.head_id == spouse and hh.status == "active"
        dead, new = s.get(Person, head), s.get(Person, spouse)
        assert dead is not None and new is not None
        assert (dead.status, dead.status_date) == ("deceased", D(2026, 11, 1))
        assert new.relation == "户主"
        entries = _batches(s, result)
        assert {e.field for e in entries} >= {"status", "status_date", "head_id", "relation"}
        assert {e.batch for e in entries} == {result.batch}
        assert verify(s) is None
        with pytest.raises(ServiceError, match="已死亡"):
            ev.death(s, head, D(2026, 11, 2), today=TODAY)


def test_last_member_moving_out_archives_the_household(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        pid = small.heads[2]  # the 低保 head, alone
        with pytest.raises(ServiceError, match="迁往地"):
            ev.move_out(s, pid, D(2026, 11, 1), " ", today=TODAY)
        result = ev.move_out(s, pid, D(2026, 11, 1), "郑州市金水区", actor="测试", today=TODAY)
        assert result.archived_household == small.households[2]
        hh = s.get(Household, small.households[2])
        assert hh is not None and hh.status == "archived" and hh.archived_on == D(2026, 11, 1)
        p = s.get(Person, pid)
        assert p is not None and p.destination == "郑州市金水区" and p.status == "moved_out"
        m = s.scalars(select(GroupMembership).where(GroupMembership.person_id == pid)).one()
        assert m.left_on == D(2026, 11, 1) and m.leave_reason == "迁出"
        assert {e.batch for e in _batches(s, result)} == {result.batch}
        assert {e.entity for e in _batches(s, result)} == {"person", "household"}


def test_birth_move_in_and_whole_household_out(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        head, spouse, son = _family(s, small)
        with pytest.raises(ServiceError, match="晚于今天"):
            ev.birth(s, small.households[0], "孙子甲", "男", D(2026, 12, 1), "孙子", today=TODAY)
        with pytest.raises(ServiceError, match="户主"):
            ev.birth(s, small.households[0], "孙子甲", "男", D(2026, 11, 1), "户主", today=TODAY)
        born = ev.birth(s, small.households[0], "孙子甲", "男", D(2026, 11, 1), "孙子", today=TODAY)
        baby = s.get(Person, born.person_ids[0])
        assert baby is not None and baby.household_id == small.households[0]
        came = ev.move_in(s, small.households[0], D(2026, 11, 5), "洛阳市", name="儿媳甲",
                          relation="儿媳", gender="女", birth_date=D(1982, 1, 1), today=TODAY)  # fmt: skip
        newcomer = s.get(Person, came.person_ids[0])
        assert newcomer is not None and newcomer.moved_from == "洛阳市"
        assert newcomer.moved_in_on == D(2026, 11, 5)
        with pytest.raises(ServiceError, match="已有户主"):
            ev.move_in(s, small.households[0], D(2026, 11, 5), "洛阳市", name="另一户主",
                       relation="户主", today=TODAY)  # fmt: skip
        gone = ev.move_out_household(s, small.households[0], D(2026, 11, 10), "北京市", today=TODAY)
        assert set(gone.person_ids) == {head, spouse, son, baby.id, newcomer.id}
        hh = s.get(Household, small.households[0])
        assert hh is not None and hh.status == "archived" and "北京市" in hh.archive_reason
        with pytest.raises(ServiceError, match="已注销"):
            ev.birth(s, small.households[0], "某", "男", D(2026, 11, 1), "孙子", today=TODAY)
        batches = {born.batch, came.batch, gone.batch}
        assert len(batches) == 3
        assert verify(s) is None


def test_move_person_split_and_set_head(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        head, spouse, son = _family(s, small)
        moved = ev.move_person(s, son, small.households[1], "其他亲属", actor="测试")
        p = s.get(Person, son)
        assert p is not None and p.household_id == small.households[1] and p.relation == "其他亲属"
        assert any(e.field == "household_id" for e in _batches(s, moved))
        with pytest.raises(ServiceError, match="已在"):
            ev.move_person(s, son, small.households[1], "其他亲属")
        with pytest.raises(ServiceError, match="已有户主"):
            ev.move_person(s, spouse, small.households[1], "户主")
        # The son moves back and the couple splits him off into his own household.
        ev.move_person(s, son, small.households[0], "子")
        with pytest.raises(ServiceError, match="全部成员"):
            ev.split_household(s, small.households[0], [head, spouse, son], son, "H900")
        with pytest.raises(ServiceError, match="户主必须"):
            ev.split_household(s, small.households[0], [son], spouse, "H900")
        with pytest.raises(ServiceError, match="已存在"):
            ev.split_household(s, small.households[0], [son], son, "H001")
        split = ev.split_household(s, small.households[0], [son], son, "H900", actor="测试")
        new = s.scalars(select(Household).where(Household.number == "H900")).one()
        assert new.head_id == son and new.grid_id == small.grid1
        assert s.get(Person, son).relation == "户主"  # type: ignore[union-attr]
        assert {e.batch for e in _batches(s, split)} == {split.batch}
        # A new head for the old household while the old head is alive.
        changed = ev.set_head(s, small.households[0], spouse, {head: "配偶"})
        old = s.get(Person, head)
        assert old is not None and old.relation == "配偶"
        assert s.get(Household, small.households[0]).head_id == spouse  # type: ignore[union-attr]
        with pytest.raises(ServiceError, match="已是户主"):
            ev.set_head(s, small.households[0], spouse)
        with pytest.raises(ServiceError, match="不是"):
            ev.set_head(s, small.households[0], small.heads[3])
        assert changed.batch != split.batch
        relocated = ev.move_household(s, new.id, "幸福小区9号楼202室", actor="测试")
        assert new.address == "幸福小区9号楼202室"
        assert "幸福小区9号楼202室" in (s.get(Person, son).search_text or "")  # type: ignore[union-attr]
        with pytest.raises(ServiceError, match="相同"):
            ev.move_household(s, new.id, "幸福小区9号楼202室")
        assert len(_batches(s, relocated)) == 1
        assert verify(s) is None


# ---------------------------------------------------------------- undo and redo

_HOUSEKEEPING = {"updated_at", "rev", "deleted_at"}


def _state(s: object) -> dict[str, dict[int, dict[str, object]]]:
    """Every live person, household, group and party membership, field by field."""
    from sqlalchemy.orm import Session

    from gridapp.db.models import PartyMember

    assert isinstance(s, Session)
    s.flush()
    s.expire_all()
    out: dict[str, dict[int, dict[str, object]]] = {}
    for model in (Person, Household, GroupMembership, PartyMember):
        cols = [c.key for c in model.__table__.columns if c.key not in _HOUSEKEEPING]
        out[model.__tablename__] = {
            row.id: {c: getattr(row, c) for c in cols}
            for row in s.scalars(select(model).where(model.deleted_at.is_(None)))
        }
    return out


def _roundtrip(s: object, apply: object) -> ev.EventResult:
    """apply → undo → state as before (both logged) → redo → state as after the event."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session) and callable(apply)
    before = _state(s)
    result = apply()
    assert isinstance(result, ev.EventResult) and result.undo is not None
    after = _state(s)
    assert after != before
    undone = ev.undo_event(s, result.undo, actor="撤销人")
    assert _state(s) == before
    entries = _batches(s, undone)
    assert entries and {e.actor for e in entries} == {"撤销人"}
    assert all("撤销" in e.note for e in entries)
    assert undone.undo is not None
    redone = ev.redo_event(s, undone.undo, actor="重做人")
    assert _state(s) == after
    assert all("重做" in e.note for e in _batches(s, redone))
    assert redone.undo is not None
    # and once more, from the redone state
    again = ev.undo_event(s, redone.undo, actor="撤销人")
    assert _state(s) == before
    assert verify(s) is None
    return again


def test_undo_redo_death_of_the_head_restores_head_groups_and_relations(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        head, spouse, son = _family(s, small)
        from gridapp.services import groups

        groups.enter_group(s, head, "dibao", D(2026, 1, 1), {"低保证号": "DB9"}, "审批", "测试")
        _roundtrip(s, lambda: ev.death(
            s, head, D(2026, 11, 1), new_head_id=spouse, relations_map={son: "子"},
            actor="测试", today=TODAY))  # fmt: skip
        p = s.get(Person, head)
        assert p is not None and p.status == "active" and p.status_date is None
        assert s.get(Household, small.households[0]).head_id == head  # type: ignore[union-attr]
        # the history of the person shows the death and its undo, who and when
        log = s.scalars(select(ChangeLog).where(ChangeLog.entity == "person",
                                                ChangeLog.entity_id == head)).all()  # fmt: skip
        status = [(e.old, e.new) for e in log if e.field == "status"]
        assert status[-4:] == [("active", "deceased"), ("deceased", "active")] * 2
        assert any(e.action == "event" and e.note.startswith("撤销：去世") for e in log)


def test_undo_redo_move_out_of_the_last_member_unarchives(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        pid = small.heads[2]  # alone, in 低保
        _roundtrip(s, lambda: ev.move_out(s, pid, D(2026, 11, 1), "郑州市", today=TODAY))
        hh = s.get(Household, small.households[2])
        assert hh is not None and hh.status == "active" and hh.archived_on is None
        m = s.scalars(select(GroupMembership).where(GroupMembership.person_id == pid)).one()
        assert m.left_on is None and m.leave_reason == ""


def test_undo_redo_birth_and_move_in_tombstone_the_new_person(engine: Engine) -> None:
    from gridapp.domain import idcard

    with session_scope(engine) as s:
        small = small_register(s)
        again = _roundtrip(s, lambda: ev.birth(
            s, small.households[0], "孙子甲", "男", D(2026, 11, 1), "孙子", today=TODAY))  # fmt: skip
        baby = s.scalars(select(Person).where(Person.name == "孙子甲")).one()
        assert baby.deleted_at is not None  # tombstoned, not deleted
        number = idcard.make("110105", D(1990, 3, 4), 21)
        again = _roundtrip(s, lambda: ev.move_in(
            s, small.households[1], D(2026, 11, 5), "洛阳市", name="迁入者", relation="子",
            id_number=number, today=TODAY))  # fmt: skip
        # the ID number was given to someone else meanwhile: redo is refused, nothing changes
        w = ChangeWriter(s, "测试")
        other = create_person(s, w, s.get(Household, small.households[3]), name="别人",
                              relation="子", id_number=number)  # fmt: skip
        w.flush()
        assert again.undo is not None
        state = _state(s)
        with pytest.raises(ev.UndoConflict, match="别人"):
            ev.redo_event(s, again.undo)
        assert _state(s) == state
        assert other.id


def test_undo_redo_move_person_split_and_set_head(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        head, spouse, son = _family(s, small)
        _roundtrip(s, lambda: ev.move_person(s, son, small.households[1], "其他亲属"))
        p = s.get(Person, son)
        assert p is not None and p.household_id == small.households[0] and p.relation == "子"
        assert "幸福小区1号楼" in p.search_text
        # the head moves: the old household needs its new head back on undo
        _roundtrip(s, lambda: ev.move_person(s, head, small.households[1], "父亲",
                                             new_head_id=spouse))  # fmt: skip
        again = _roundtrip(s, lambda: ev.split_household(
            s, small.households[0], [son, head], son, "H900", new_head_of_old=spouse))  # fmt: skip
        assert s.scalar(select(Household.id).where(Household.number == "H900",
                                                   Household.deleted_at.is_(None))) is None  # fmt: skip
        # after the undo the number is free; taken meanwhile, redo is refused
        w = ChangeWriter(s, "测试")
        from gridapp.services.register import create_household

        create_household(s, w, number="H900", grid_id=small.grid1)
        w.flush()
        assert again.undo is not None
        with pytest.raises(ev.UndoConflict, match="H900"):
            ev.redo_event(s, again.undo)
        _roundtrip(s, lambda: ev.set_head(s, small.households[0], spouse, {head: "配偶"}))
        assert s.get(Person, head).relation == "户主"  # type: ignore[union-attr]
        _roundtrip(s, lambda: ev.move_household(s, small.households[1], "新地址9号"))
        _roundtrip(s, lambda: ev.move_out_household(s, small.households[0], D(2026, 11, 2),
                                                    "北京市", today=TODAY))  # fmt: skip


def test_undo_redo_enter_and_leave_a_group(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        _roundtrip(s, lambda: ev.enter_group(s, small.heads[0], "dibao", D(2026, 10, 1),
                                             {"低保证号": "DB7"}, "审批"))  # fmt: skip
        mid = s.scalar(
            select(GroupMembership.id).where(GroupMembership.person_id == small.heads[2])
        )
        assert mid is not None
        _roundtrip(s, lambda: ev.leave_group(s, mid, D(2026, 11, 1), "收入超标"))
        log = s.scalars(select(ChangeLog).where(ChangeLog.entity_id == small.heads[2],
                                                ChangeLog.field == "group")).all()  # fmt: skip
        # left, undone, left again, undone again: all four in the person's history
        assert [(e.old, e.new) for e in log][-4:] == [("低保", None), (None, "低保")] * 2


def test_undo_refused_when_the_person_was_changed_since(engine: Engine) -> None:
    from gridapp.services.register import update_person

    with session_scope(engine) as s:
        small = small_register(s)
        _head, spouse, son = _family(s, small)
        result = ev.move_out(s, son, D(2026, 11, 1), "上海市", actor="测试", today=TODAY)
        assert result.undo is not None
        w = ChangeWriter(s, "王五")
        update_person(s, w, s.get(Person, son), {"destination": "上海市浦东新区"})  # type: ignore[arg-type]
        w.flush()
        state = _state(s)
        with pytest.raises(ev.UndoConflict, match=r"迁往地.*上海市浦东新区.*王五"):
            ev.undo_event(s, result.undo)
        assert _state(s) == state  # nothing clobbered, nothing half done
        # a change to a field the event did not touch is no conflict
        update_person(s, w, s.get(Person, son), {"destination": "上海市", "phone": "13912345678"})  # type: ignore[arg-type]
        w.flush()
        ev.undo_event(s, result.undo)
        p = s.get(Person, son)
        assert p is not None and p.status == "active" and p.phone == "13912345678"
        # a created household somebody moved into since is not taken away
        split = ev.split_household(s, small.households[0], [son], son, "H901")
        assert split.undo is not None
        ev.move_person(s, spouse, split.household_ids[1], "配偶")
        with pytest.raises(ev.UndoConflict, match="配偶甲"):
            ev.undo_event(s, split.undo)
