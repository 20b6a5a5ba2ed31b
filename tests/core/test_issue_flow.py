import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.domain import issue_flow as flow
from gridapp.services import issues
from gridapp.services.common import ServiceError
from tests.core.work_helpers import TODAY, small_register

D = dt.date


def test_vocab_and_flow_agree() -> None:
    assert flow.ISSUE_STATES == vocab.ISSUE_STATES
    assert flow.OPEN_STATES == vocab.ISSUE_OPEN_STATES
    assert flow.SERVICE_STATES == vocab.SERVICE_STATES
    assert flow.SERVICE_OPEN_STATES == vocab.SERVICE_OPEN_STATES


def test_main_paths() -> None:
    state = flow.REGISTERED
    for action, expected in [
        (flow.ESCALATE, "上报"), (flow.ASSIGN, "交办"), (flow.PROGRESS, "办理中"),
        (flow.PROGRESS, "办理中"), (flow.FINISH, "办结"), (flow.RETURN_BAD, "办理中"),
        (flow.FINISH, "办结"), (flow.RETURN_OK, "回访"), (flow.CLOSE, "结案"),
    ]:  # fmt: skip
        state = flow.next_state(state, action)
        assert state == expected
    assert flow.next_state("登记", flow.SOLVE) == "现场解决"
    assert flow.next_state("现场解决", flow.CLOSE) == "结案"


@pytest.mark.parametrize(
    ("state", "action"),
    [("登记", flow.FINISH), ("登记", flow.ASSIGN), ("上报", flow.SOLVE), ("结案", flow.CLOSE),
     ("结案", flow.ESCALATE), ("办结", flow.PROGRESS), ("回访", flow.FINISH), ("现场解决", flow.ESCALATE),
     ("上报", flow.FINISH), ("办理中", flow.CLOSE)],
)  # fmt: skip
def test_refused_transitions(state: str, action: str) -> None:
    with pytest.raises(flow.TransitionError, match=state):
        flow.next_state(state, action)


def test_unknown_state_or_action() -> None:
    with pytest.raises(flow.TransitionError):
        flow.next_state("飞了", flow.CLOSE)
    with pytest.raises(flow.TransitionError):
        flow.next_state("登记", "teleport")
    with pytest.raises(flow.TransitionError):
        flow.close_path("结案")


@given(st.sampled_from([s for s in flow.ISSUE_STATES if s != flow.CLOSED]))
def test_close_path_reaches_closed_through_legal_steps(state: str) -> None:
    for action in flow.close_path(state):
        state = flow.next_state(state, action)
    assert state == flow.CLOSED


@given(st.sampled_from(flow.ISSUE_STATES), st.dates(), st.dates())
def test_overdue_rule(state: str, due: dt.date, today: dt.date) -> None:
    expected = state in ("登记", "上报", "交办", "办理中") and today > due
    assert flow.is_overdue(state, due, today) == expected
    assert not flow.is_overdue(state, None, today)


def test_in_time() -> None:
    assert flow.in_time(D(2026, 1, 5), D(2026, 1, 5))
    assert not flow.in_time(D(2026, 1, 5), D(2026, 1, 6))
    assert flow.in_time(None, D(2026, 1, 6))
    assert not flow.in_time(D(2026, 1, 5), None)


def test_solve_on_spot_and_steps(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        iid = issues.register_issue(s, title="楼道灯坏", category="设施维修",
                                    household_id=small.households[0], reported_by="张网格",
                                    actor="张网格", today=TODAY)  # fmt: skip
        row = issues.get_issue(s, iid, TODAY)
        assert row.state == "登记" and row.worker_id == small.workers["张网格"]
        assert row.household == small.numbers[0] and row.grid == "一网格" and row.number
        issues.solve_on_spot(s, iid, "换了灯泡", actor="张网格", on=TODAY)
        with pytest.raises(ServiceError, match="现场解决"):
            issues.escalate(s, iid, "城管", actor="张网格")
        steps = issues.issue_steps(s, iid)
        assert [(x.from_state, x.to_state) for x in steps] == [("", "登记"), ("登记", "现场解决")]
        assert steps[1].actor == "张网格" and steps[1].note == "换了灯泡"
        row = issues.get_issue(s, iid, TODAY)
        assert not row.is_open and row.done_on == TODAY and row.result == "换了灯泡"
        assert iid not in {r.id for r in issues.list_issues(s, open_only=True, today=TODAY)}


def test_escalated_past_deadline_is_overdue_until_closed(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        iid = issues.register_issue(s, title="电动车楼道充电", category="安全隐患",
                                    household_id=small.households[1], today=TODAY)  # fmt: skip
        issues.escalate(s, iid, "消防", "刘队", D(2026, 11, 19), actor="李网格", on=D(2026, 11, 12))
        row = issues.get_issue(s, iid, TODAY)
        assert row.state == "上报" and row.overdue and row.station == "消防"
        assert row.escalated_on == D(2026, 11, 12) and row.handler == "刘队"
        assert [r.id for r in issues.list_issues(s, overdue_only=True, today=TODAY)] == [iid]
        assert not issues.get_issue(s, iid, D(2026, 11, 19)).overdue  # the last day is in time
        passed = issues.close(s, iid, "已清理", actor="李网格", on=TODAY)
        assert passed == ["交办", "办理中", "办结", "结案"]
        steps = issues.issue_steps(s, iid)
        assert [x.to_state for x in steps] == ["登记", "上报", "交办", "办理中", "办结", "结案"]
        assert all("补记" in x.note for x in steps[2:5])
        assert issues.list_issues(s, open_only=True, today=TODAY) == []
        assert issues.list_issues(s, overdue_only=True, today=TODAY) == []
        row = issues.get_issue(s, iid, TODAY)
        assert row.closed_on == TODAY and row.done_on == TODAY and row.result == "已清理"
        with pytest.raises(ServiceError, match="已结案"):
            issues.close(s, iid, "再关一次")


def test_default_deadline_and_full_flow_with_return_visits(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        iid = issues.register_issue(s, title="邻里纠纷", category="矛盾纠纷",
                                    household_id=small.households[2], today=TODAY)  # fmt: skip
        issues.escalate(s, iid, "司法所", on=D(2026, 11, 1))
        assert issues.get_issue(s, iid, TODAY).due == D(2026, 11, 8)  # issue_default_days = 7
        issues.assign(s, iid, "街道办", "王主任", D(2026, 11, 30), on=D(2026, 11, 2))
        issues.record_consultation(s, iid, "双方协商一致", on=D(2026, 11, 3))
        issues.record_progress(s, iid, "上门调解", on=D(2026, 11, 4))
        issues.finish(s, iid, "已调解", on=D(2026, 11, 5))
        assert issues.return_visit(s, iid, False, "仍有噪音", on=D(2026, 11, 7)) == "办理中"
        row = issues.get_issue(s, iid, TODAY)
        assert row.is_open and row.done_on is None and row.satisfied is False
        assert row.consultation and row.consultation_outcome == "双方协商一致"
        assert row.station == "街道办" and row.due == D(2026, 11, 30)
        issues.finish(s, iid, "再次调解", on=D(2026, 11, 10))
        assert issues.return_visit(s, iid, True, on=D(2026, 11, 12)) == "回访"
        assert not issues.get_issue(s, iid, TODAY).is_open  # 回访 is off the open list
        assert issues.close(s, iid, "结案", on=D(2026, 11, 13)) == ["结案"]
        row = issues.get_issue(s, iid, TODAY)
        assert row.satisfied is True and row.closed_on == D(2026, 11, 13)
        with pytest.raises(ServiceError):
            issues.record_consultation(s, iid, "再商量")


@pytest.mark.parametrize("start", ["登记", "交办", "办理中", "办结", "回访", "现场解决"])
def test_close_from_every_open_state(engine: Engine, start: str) -> None:
    with session_scope(engine) as s:
        small_register(s)
        iid = issues.register_issue(s, title="问题", today=TODAY)
        if start == "现场解决":
            issues.solve_on_spot(s, iid, "ok")
        elif start != "登记":
            issues.escalate(s, iid, "城管")
            issues.assign(s, iid)
            if start in ("办理中", "办结", "回访"):
                issues.record_progress(s, iid, "进展")
            if start in ("办结", "回访"):
                issues.finish(s, iid, "完")
            if start == "回访":
                issues.return_visit(s, iid, True)
        assert issues.get_issue(s, iid).state == start
        issues.close(s, iid, "结果")
        assert issues.get_issue(s, iid).state == "结案"
        steps = issues.issue_steps(s, iid)
        assert steps[-1].to_state == "结案"
        for before, after in itertools.pairwise(steps):
            assert after.from_state == before.to_state  # an unbroken chain of logged steps


def test_refusals_and_validation(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        for kwargs, match in [
            ({"title": "  "}, "标题"),
            ({"title": "x", "category": "外星人"}, "类别"),
            ({"title": "x", "source": "梦里"}, "来源"),
            ({"title": "x", "urgency": "超级急"}, "紧急"),
            ({"title": "x", "household_id": 99999}, "住户"),
            ({"title": "x", "person_id": 99999}, "人员"),
            ({"title": "x", "visit_id": 99999}, "走访"),
            ({"title": "x", "reported_on": D(2026, 12, 1)}, "晚于"),
        ]:
            with pytest.raises(ServiceError, match=match):
                issues.register_issue(s, today=TODAY, **kwargs)  # type: ignore[arg-type]
        iid = issues.register_issue(s, title="x", household_id=small.households[0], today=TODAY)
        with pytest.raises(ServiceError, match="上报部门"):
            issues.escalate(s, iid, "天庭")
        with pytest.raises(ServiceError, match="不能“办结”"):
            issues.finish(s, iid, "完")
        with pytest.raises(ServiceError, match="不能“交办”"):
            issues.assign(s, iid, "城管")
        with pytest.raises(ServiceError, match="不能“回访"):
            issues.return_visit(s, iid, True)
        with pytest.raises(ServiceError, match="结果"):
            issues.solve_on_spot(s, iid, " ")
        with pytest.raises(ServiceError, match="不存在"):
            issues.close(s, 424242, "x")
        with pytest.raises(ServiceError, match="状态"):
            issues.list_issues(s, state="飞了")
        assert issues.get_issue(s, iid).state == "登记"
        assert len(issues.issue_steps(s, iid)) == 1  # refused actions leave no step


def test_list_filters(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        a = issues.register_issue(s, title="a", household_id=small.households[0],
                                  reported_by="张网格", reported_on=D(2026, 10, 5), today=TODAY)  # fmt: skip
        b = issues.register_issue(s, title="b", household_id=small.households[5],
                                  reported_by="王网格", today=TODAY)  # fmt: skip
        assert [r.id for r in issues.list_issues(s, today=TODAY)] == [b, a]
        assert [r.id for r in issues.list_issues(s, grid_id=small.grid2)] == [b]
        assert [r.id for r in issues.list_issues(s, worker_id=small.workers["张网格"])] == [a]
        assert [r.id for r in issues.list_issues(s, reported_to=D(2026, 10, 31))] == [a]
        assert [r.id for r in issues.list_issues(s, state="登记")] == [b, a]
