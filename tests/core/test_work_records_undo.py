"""Undoing the registration of a visit, an issue or an errand (the GUI's undo stack calls these):
tombstones, logged; refused once the record has moved on or others hang on it; redo revives the
same rows. Errands link to the visit they were found on; a duplicate open errand is found; the
door-visit form's rows are one definition for the PDF and the entry dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, Issue, IssueStep, ServiceRequest, ServiceStep, Visit
from gridapp.domain import visit_form
from gridapp.services import issues, proxy, visits
from gridapp.services.audit import verify_history
from gridapp.services.changelog import verify
from gridapp.services.common import ServiceError
from tests.core.work_helpers import TODAY, small_register

D = dt.date
DAY = D(2026, 11, 1)


def test_visit_withdrawn_and_restored_logged(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        vid = visits.add_visit(s, small.households[0], "张网格", DAY, situation="正常")
    with session_scope(engine) as s:
        visits.withdraw_visit(s, vid)
    with session_scope(engine) as s:
        assert s.get(Visit, vid).deleted_at is not None  # type: ignore[union-attr]
        assert visits.last_visits(s, [small.households[0]]) == {}
        with pytest.raises(ServiceError, match="不存在"):
            visits.withdraw_visit(s, vid)
    with session_scope(engine) as s:
        visits.restore_visit(s, vid)
    with session_scope(engine) as s:
        assert set(visits.last_visits(s, [small.households[0]])) == {small.households[0]}
        fields = s.scalars(
            select(ChangeLog.field).where(ChangeLog.entity == "visit", ChangeLog.entity_id == vid)
        ).all()
        assert fields.count("deleted_at") == 2
        assert verify(s) is None


def test_visit_with_a_live_issue_or_errand_is_not_withdrawn(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        hid = small.households[0]
        vid = visits.add_visit(s, hid, "张网格", DAY)
        iid = issues.register_issue(s, title="灯坏", visit_id=vid, today=TODAY)
        rid = proxy.register_request(
            s, person_id=small.heads[0], errand="医保缴费", visit_id=vid, today=TODAY
        )
        assert s.get(ServiceRequest, rid).visit_id == vid  # type: ignore[union-attr]
        with pytest.raises(ServiceError, match="请先撤销"):
            visits.withdraw_visit(s, vid)
        issues.withdraw_issue(s, iid)
        with pytest.raises(ServiceError, match="代办"):
            visits.withdraw_visit(s, vid)
        proxy.withdraw_request(s, rid)
        visits.withdraw_visit(s, vid)  # newest first, as the undo stack does it
        visits.restore_visit(s, vid)
        issues.restore_issue(s, iid)
        proxy.restore_request(s, rid)
        assert [r.id for r in issues.list_issues(s)] == [iid]
    with session_scope(engine) as s:  # the tombstones and their revival replay from the log
        report = verify_history(s)
        assert report.intact and report.mismatches == 0, report.mismatch_examples


def test_errand_visit_must_be_of_the_persons_household(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        other = visits.add_visit(s, small.households[1], "张网格", DAY)
        with pytest.raises(ServiceError, match="不一致"):
            proxy.register_request(
                s, person_id=small.heads[0], errand="医保缴费", visit_id=other, today=TODAY
            )


def test_issue_withdrawn_with_its_step_and_refused_once_moved_on(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        iid = issues.register_issue(
            s, title="楼道灯坏", household_id=small.households[0], today=TODAY
        )
        issues.withdraw_issue(s, iid)
        assert issues.list_issues(s) == []
        steps = s.scalars(select(IssueStep).where(IssueStep.issue_id == iid)).all()
        assert steps and all(step.deleted_at is not None for step in steps)
        issues.restore_issue(s, iid)
        assert [r.id for r in issues.list_issues(s)] == [iid]
        assert all(step.deleted_at is None for step in steps)
        issues.solve_on_spot(s, iid, "已换灯泡")
        with pytest.raises(ServiceError, match="不能撤销登记"):
            issues.withdraw_issue(s, iid)
        assert s.get(Issue, iid).deleted_at is None  # type: ignore[union-attr]


def test_errand_withdrawn_and_duplicates_found(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        pid = small.heads[0]
        assert proxy.open_same_errand(s, pid, "医保缴费") is None
        rid = proxy.register_request(s, person_id=pid, errand="医保缴费", today=TODAY)
        same = proxy.open_same_errand(s, pid, "医保缴费")
        assert same is not None and same.id == rid and same.state == "受理"
        assert proxy.open_same_errand(s, pid, "社保缴费") is None
        assert proxy.open_same_errand(s, small.heads[3], "医保缴费") is None
        proxy.withdraw_request(s, rid)
        assert proxy.open_same_errand(s, pid, "医保缴费") is None
        steps = s.scalars(select(ServiceStep).where(ServiceStep.request_id == rid)).all()
        assert all(step.deleted_at is not None for step in steps)
        proxy.restore_request(s, rid)
        proxy.cancel(s, rid, "不办了")
        assert proxy.open_same_errand(s, pid, "医保缴费") is None  # closed: not a duplicate
        with pytest.raises(ServiceError, match="不能撤销登记"):
            proxy.withdraw_request(s, rid)


def test_paper_form_is_one_definition() -> None:
    from gridapp.pdf import visit_sheet

    form = visits.PAPER_FORM
    assert visit_sheet.WAYS == vocab.VISIT_WAYS == form.ways
    assert [label for label, _c, _b in visit_sheet.VISIT_ITEMS] == [r.label for r in form.rows]
    hazards = form.row("hazards")
    assert hazards.choices[1:] == vocab.HAZARDS
    assert {r.field for r in form.rows} <= set(visits.VISIT_FIELDS)


def test_ticks_compose_the_stored_text() -> None:
    form = visits.PAPER_FORM
    hard = form.row("difficulties")
    assert visit_form.compose(hard, ["住房", "就医"], " 漏雨 ") == "就医、住房：漏雨"
    assert visit_form.compose(hard, [], "漏雨") == "漏雨"
    assert visit_form.compose(form.row("hazards"), ["无"]) == ""
    assert visit_form.compose(form.row("hazards"), ["燃气", "消防"]) == "消防;燃气"
    assert visit_form.finding_title(hard, ["无"]) == ""
    assert visit_form.finding_title(form.row("hazards"), ["燃气"]) == "安全隐患：燃气"
    assert visit_form.finding_title(hard, ["就医"], "需陪同") == "需陪同"
    assert not visit_form.has_finding(hard, ["无"])
    assert visit_form.has_finding(hard, [], "需陪同")
    assert not visit_form.has_finding(form.row("policy"), ["防诈骗"])


def test_a_register_of_revision_0002_gets_the_errand_visit_link(tmp_path: Path) -> None:
    """Migration 0003 upgrades an existing register: its errands stay, with no visit."""

    from gridapp.db import migrate
    from gridapp.db.engine import open_register
    from gridapp.services.demo import build_demo
    from tests.helpers.revisions import downgrade

    path = tmp_path / "old.db"
    engine = open_register(path)
    with session_scope(engine) as s:
        build_demo(s, households=20, seed=3)
    downgrade(engine, "0002")
    assert migrate.current_revision(engine) == "0002"
    assert "visit_id" not in {c["name"] for c in inspect(engine).get_columns("service_request")}
    with engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT id, errand, state FROM service_request").fetchall()
    engine.dispose()
    assert before

    engine = open_register(path)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        after = conn.exec_driver_sql(
            "SELECT id, errand, state, visit_id FROM service_request"
        ).fetchall()
    assert [tuple(r[:3]) for r in after] == [tuple(r) for r in before]
    assert all(r[3] is None for r in after)
    with session_scope(engine) as s:
        assert verify_history(s).intact
    engine.dispose()
