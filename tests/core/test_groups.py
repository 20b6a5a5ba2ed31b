import datetime as dt

import pytest
from sqlalchemy import Engine, select

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, Person
from gridapp.services import groups, party
from gridapp.services.changelog import verify
from gridapp.services.common import ServiceError
from tests.core.work_helpers import small_register

D = dt.date


def test_enter_leave_keeps_history(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        pid = small.heads[0]
        mid = groups.enter_group(s, pid, "canji", D(2026, 3, 1),
                                 {"残疾类别": "肢体", "残疾等级": "二级"}, "申请", "测试")  # fmt: skip
        with pytest.raises(ServiceError, match="已在"):
            groups.enter_group(s, pid, "残疾", D(2026, 4, 1))  # by name too
        members = groups.group_members(s, "canji")
        assert [m.person_id for m in members] == [pid]
        assert members[0].fields["残疾等级"] == "二级" and members[0].grid == "一网格"
        with pytest.raises(ServiceError, match="原因"):
            groups.leave_group(s, mid, D(2026, 5, 1), "")
        with pytest.raises(ServiceError, match="早于"):
            groups.leave_group(s, mid, D(2026, 2, 1), "康复")
        groups.leave_group(s, mid, D(2026, 5, 1), "康复", "测试")
        with pytest.raises(ServiceError, match="已于"):
            groups.leave_group(s, mid, D(2026, 6, 1), "再退")
        assert groups.group_members(s, "canji") == []
        history = groups.group_members(s, "canji", include_left=True)
        assert history[0].left_on == D(2026, 5, 1) and history[0].leave_reason == "康复"
        # Can enter again after leaving; both rows stay.
        groups.enter_group(s, pid, "canji", D(2026, 7, 1))
        assert len(groups.person_groups(s, pid)) == 2
        notes = list(s.scalars(select(ChangeLog.note).where(ChangeLog.entity_id == pid,
                                                            ChangeLog.field == "group")))  # fmt: skip
        assert len(notes) == 3 and "康复" in notes[1]
        assert verify(s) is None


def test_refusals(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        with pytest.raises(ServiceError, match="没有“外星人”"):
            groups.enter_group(s, small.heads[0], "外星人")
        with pytest.raises(ServiceError, match="没有这些字段"):
            groups.enter_group(s, small.heads[0], "dibao", fields={"颜色": "红"})
        with pytest.raises(ServiceError, match="不存在"):
            groups.enter_group(s, 99999, "dibao")
        dead = s.get(Person, small.heads[1])
        assert dead is not None
        dead.status = "deceased"
        with pytest.raises(ServiceError, match="已死亡"):
            groups.enter_group(s, dead.id, "dibao")
        with pytest.raises(ServiceError, match="不存在"):
            groups.leave_group(s, 99999, reason="x")


def test_counts_needs_and_grid_lists(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        groups.enter_group(s, small.heads[4], "dujv", D(2026, 1, 1))
        mid = groups.enter_group(s, small.heads[5], "dujv", D(2026, 1, 1))
        groups.set_needs(s, mid, "助餐服务")
        counts = {c.code: c for c in groups.group_counts(s)}
        assert counts["dujv"].persons == 2 and counts["dibao"].persons == 1
        assert counts["tekun"].persons == 0 and counts["dujv"].every_cycle
        assert {c.code: c.persons for c in groups.group_counts(s, small.grid1)}["dujv"] == 0
        needs = groups.service_needs(s)
        assert list(needs) == ["独居老人"] and needs["独居老人"][0].needs == "助餐服务"
        assert groups.service_needs(s, "dibao") == {}
        in_grid2 = [m.person_id for m in groups.group_members(s, "dujv", small.grid2)]
        assert in_grid2 == [small.heads[5], small.heads[4]]  # walk order
        # A deceased member leaves the current list but not the history.
        p = s.get(Person, small.heads[4])
        assert p is not None
        p.status = "deceased"
        s.flush()
        assert len(groups.group_members(s, "dujv")) == 1
        assert len(groups.group_members(s, "dujv", include_left=True)) == 2


def test_party_branches(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        bid = party.create_branch(s, "一网格临时党支部", small.grid1, "张网格", D(2024, 7, 1))
        with pytest.raises(ServiceError, match="已存在"):
            party.create_branch(s, "一网格临时党支部")
        with pytest.raises(ServiceError, match="名称"):
            party.create_branch(s, " ")
        m1 = party.add_member(s, small.heads[0], bid, D(2024, 7, 1), D(1990, 7, 1), mobile=True)
        party.add_member(s, small.heads[1], bid, D(2024, 7, 1))
        with pytest.raises(ServiceError, match="已是党支部成员"):
            party.add_member(s, small.heads[0], bid)
        with pytest.raises(ServiceError, match="早于入党"):
            party.add_member(s, small.heads[2], bid, D(1980, 1, 1), D(1990, 1, 1))
        rows = party.branches(s)
        assert [(r.name, r.members, r.mobile) for r in rows] == [("一网格临时党支部", 2, 1)]
        party.leave_branch(s, m1, D(2026, 1, 1), "转出")
        with pytest.raises(ServiceError, match="已于"):
            party.leave_branch(s, m1)
        assert [m.person_id for m in party.branch_members(s, bid)] == [small.heads[1]]
        assert len(party.branch_members(s, bid, include_left=True)) == 2
