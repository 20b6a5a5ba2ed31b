"""The issue (问题) and errand (代办) steps as forms (issue 16): escalation keeps what was typed
in 说明, the return visit asks the resident's answer (no satisfaction before it), 未办结 lists
only work not done (the GUI and `gridapp issues list --open` alike), an errand's missing
materials are ticked off as they come in and then it can be submitted, the title column takes
the width at 1366x768, and every step button is marked as writing."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHeaderView
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, Issue, IssueStep, ServiceRequest, ServiceStep
from gridapp.domain import issue_flow as flow
from gridapp.services.changelog import verify
from gridapp.ui.readonly import writes
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _ok(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _issue_in(win: Any, state: str) -> int:
    with Session(win.engine) as s:
        iid = s.scalars(
            select(Issue.id)
            .where(Issue.state == state, Issue.deleted_at.is_(None))
            .order_by(Issue.id)
            .limit(1)
        ).first()
        assert iid is not None, f"the demo register has an issue in state {state}"
        return iid


def _show_issue(win: Any, iid: int) -> Any:
    win.show_page("issues")
    page = win.pages["issues"]
    page.state_box.setCurrentIndex(page.state_box.findData(""))  # all states
    assert page.table.select_key(iid)
    return page


def _steps(win: Any, iid: int) -> list[IssueStep]:
    with Session(win.engine) as s:
        rows = list(
            s.scalars(select(IssueStep).where(IssueStep.issue_id == iid).order_by(IssueStep.id))
        )
        s.expunge_all()
        return rows


def _get(win: Any, model: Any, key: int) -> Any:
    with Session(win.engine) as s:
        row = s.get(model, key)
        assert row is not None
        s.expunge(row)
        return row


def test_escalation_keeps_the_note_station_and_deadline(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    iid = _issue_in(window, flow.REGISTERED)
    page = _show_issue(window, iid)
    before = len(_steps(window, iid))
    qtbot.mouseClick(page.buttons[flow.ESCALATE], Qt.MouseButton.LeftButton)
    form = page.step_form
    assert form is not None and form.isVisible()
    ui = form.ui
    assert ui.toBox.isVisibleTo(form) and ui.dueEdit.isVisibleTo(form)
    assert not ui.satisfactionBox.isVisibleTo(form)  # no satisfaction on an escalation

    # nothing chosen yet: OK is refused in the form, nothing is written
    assert ui.toBox.currentIndex() == -1
    _ok(qtbot, form)
    assert form.isVisible() and ui.problemLabel.text()
    assert len(_steps(window, iid)) == before

    ui.toBox.setCurrentIndex(ui.toBox.findText("消防"))
    ui.handlerEdit.setText("刘队")
    ui.noteEdit.setPlainText("三楼楼道堆放纸箱，堵住安全出口")
    # a deadline before the day of the step is refused
    ui.dueEdit.setDate(ui.onEdit.date().addDays(-1))
    _ok(qtbot, form)
    assert form.isVisible() and ui.problemLabel.text()
    assert len(_steps(window, iid)) == before

    ui.daysBox.setValue(5)
    on = ui.onEdit.date()
    assert ui.dueEdit.date() == on.addDays(5)
    _ok(qtbot, form)
    assert not form.isVisible() and answers.kinds("warn") == []

    issue = _get(window, Issue, iid)
    due = on.addDays(5)
    assert (issue.state, issue.station, issue.handler) == (flow.REPORTED, "消防", "刘队")
    assert issue.due_on == dt.date(due.year(), due.month(), due.day())
    step = _steps(window, iid)[-1]
    assert step.action == flow.ACTION_LABELS[flow.ESCALATE]
    assert "三楼楼道堆放纸箱，堵住安全出口" in step.note and "消防" in step.note
    assert issue.due_on.isoformat() in step.note
    assert "三楼楼道堆放纸箱，堵住安全出口" in page.detail.toPlainText()  # the steps list
    with Session(window.engine) as s:  # recorded in the change log, the chain intact
        logged = set(
            s.scalars(
                select(ChangeLog.field).where(
                    ChangeLog.entity == "issue", ChangeLog.entity_id == iid
                )
            )
        )
        assert {"state", "station", "due_on"} <= logged, logged
        assert verify(s) is None


def test_a_refused_step_keeps_the_form_and_what_was_typed(
    qtbot: QtBot, window: Any, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.services import issues
    from gridapp.services.common import ServiceError

    iid = _issue_in(window, flow.REGISTERED)
    page = _show_issue(window, iid)

    def refuse(*_a: Any, **_k: Any) -> str:
        raise ServiceError("问题已被另一窗口改动")

    monkeypatch.setattr(issues, "solve_on_spot", refuse)
    qtbot.mouseClick(page.buttons[flow.SOLVE], Qt.MouseButton.LeftButton)
    form = page.step_form
    _ok(qtbot, form)  # the result is required
    assert form.isVisible() and form.ui.problemLabel.text() and answers.shown == []
    form.ui.noteEdit.setPlainText("换了灯泡")
    _ok(qtbot, form)
    assert answers.kinds("warn") == ["问题已被另一窗口改动"]
    assert form.isVisible() and form.ui.noteEdit.toPlainText() == "换了灯泡"
    assert _get(window, Issue, iid).state == flow.REGISTERED


def test_return_visit_asks_the_residents_answer(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    iid = _issue_in(window, flow.DONE)
    page = _show_issue(window, iid)
    assert page.findChild(QCheckBox, "issueSatisfied") is None  # no answer ticked in advance
    assert _get(window, Issue, iid).satisfied is None
    qtbot.mouseClick(page.buttons["return"], Qt.MouseButton.LeftButton)
    form = page.step_form
    box = form.ui.satisfactionBox
    assert box.isVisibleTo(form) and box.currentData() == ""  # nothing chosen
    assert [box.itemData(i) for i in range(1, box.count())] == ["满意", "基本满意", "不满意"]
    _ok(qtbot, form)
    assert form.isVisible() and form.ui.problemLabel.text()
    assert _get(window, Issue, iid).satisfied is None

    box.setCurrentIndex(box.findData("基本满意"))
    form.ui.noteEdit.setPlainText("灯已修好，希望以后快一点")
    _ok(qtbot, form)
    issue = _get(window, Issue, iid)
    assert (issue.state, issue.satisfied) == (flow.REVISITED, True)
    step = _steps(window, iid)[-1]
    assert step.note == "基本满意；灯已修好，希望以后快一点"
    assert "基本满意" in page.detail.toPlainText()


def test_an_unsatisfied_return_visit_reopens_the_issue(qtbot: QtBot, window: Any) -> None:
    iid = _issue_in(window, flow.DONE)
    page = _show_issue(window, iid)
    qtbot.mouseClick(page.buttons["return"], Qt.MouseButton.LeftButton)
    form = page.step_form
    form.ui.satisfactionBox.setCurrentIndex(form.ui.satisfactionBox.findData("不满意"))
    _ok(qtbot, form)
    issue = _get(window, Issue, iid)
    assert (issue.state, issue.satisfied) == (flow.IN_PROGRESS, False)
    assert issue.result  # 办结 needed one: it is shown as the earlier one, not as the result
    assert page.current_issue() == iid
    assert "Earlier result (reopened)" in page.detail.toPlainText()
    assert "Result:" not in page.detail.toPlainText()


def test_finish_needs_a_result_and_records_it(qtbot: QtBot, window: Any) -> None:
    iid = _issue_in(window, flow.IN_PROGRESS)
    page = _show_issue(window, iid)
    qtbot.mouseClick(page.buttons[flow.FINISH], Qt.MouseButton.LeftButton)
    form = page.step_form
    assert not form.ui.toBox.isVisibleTo(form) and not form.ui.satisfactionBox.isVisibleTo(form)
    form.ui.noteEdit.setPlainText("   ")
    _ok(qtbot, form)
    assert form.isVisible()
    form.ui.noteEdit.setPlainText("物业已更换水管")
    _ok(qtbot, form)
    issue = _get(window, Issue, iid)
    assert (issue.state, issue.result) == (flow.DONE, "物业已更换水管")


def test_not_finished_leaves_out_finished_issues_in_the_gui_and_cli(
    qtbot: QtBot, window: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from gridapp.cli.main import main

    _issue_in(window, flow.DONE)  # the demo has finished issues waiting for their return visit
    window.show_page("issues")
    page = window.pages["issues"]
    page.state_box.setCurrentIndex(page.state_box.findData("__open"))
    shown = set(page.table.column_texts(4))
    assert shown and shown <= set(flow.PENDING_STATES), shown
    with Session(window.engine) as s:
        pending = set(
            s.scalars(
                select(Issue.id).where(
                    Issue.state.in_(flow.PENDING_STATES), Issue.deleted_at.is_(None)
                )
            )
        )
    assert set(page.table.row_keys()) == pending
    capsys.readouterr()
    assert main(["--db", str(window.path), "issues", "list", "--open", "--json"]) == 0
    listed = {row["id"] for row in json.loads(capsys.readouterr().out)}
    assert listed == pending


def _errand_missing(win: Any) -> ServiceRequest:
    with Session(win.engine) as s:
        req = s.scalars(
            select(ServiceRequest)
            .where(ServiceRequest.materials_missing != "", ServiceRequest.deleted_at.is_(None))
            .order_by(ServiceRequest.id)
            .limit(1)
        ).first()
        assert req is not None, "the demo register has an errand waiting for materials"
        s.expunge(req)
        return req


def test_materials_ticked_off_then_the_errand_is_submitted(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    from gridapp.services.proxy import missing_list

    req = _errand_missing(window)
    window.show_page("services")
    page = window.pages["services"]
    page.show_box.setCurrentIndex(page.show_box.findData(""))
    assert page.table.select_key(req.id)
    missing = missing_list(req.materials_missing)
    if len(missing) < 2:  # two materials missing, to tick one at a time
        missing = [*missing, "户口本复印件"]
        with Session(window.engine) as s, s.begin():
            row = s.get(ServiceRequest, req.id)
            assert row is not None
            row.materials_missing = "、".join(missing)
        page.reload()
        assert page.table.select_key(req.id)
    detail = page.detail.toPlainText()
    assert all(m in detail for m in missing)
    submit = page.buttons[flow.SV_SUBMIT]
    assert not submit.isEnabled() and submit.toolTip()  # 材料未齐, and the way shown
    assert page.buttons[flow.SV_MATERIALS].isEnabled()

    qtbot.mouseClick(page.buttons[flow.SV_MATERIALS], Qt.MouseButton.LeftButton)
    form = page.materials_form
    assert form is not None and form.isVisible()
    assert [form.ui.materialList.item(i).text() for i in range(form.ui.materialList.count())] == (
        missing
    )
    _ok(qtbot, form)  # nothing ticked: refused in the form
    assert form.isVisible() and form.ui.problemLabel.text()
    form.tick(missing[0])
    _ok(qtbot, form)
    assert not form.isVisible() and answers.kinds("warn") == []
    assert missing_list(_get(window, ServiceRequest, req.id).materials_missing) == missing[1:]
    assert not page.buttons[flow.SV_SUBMIT].isEnabled()

    qtbot.mouseClick(page.buttons[flow.SV_MATERIALS], Qt.MouseButton.LeftButton)
    form = page.materials_form
    for material in missing[1:]:
        form.tick(material)
    _ok(qtbot, form)
    assert _get(window, ServiceRequest, req.id).materials_missing == ""
    with Session(window.engine) as s:
        notes = list(
            s.scalars(
                select(ServiceStep.note)
                .where(ServiceStep.request_id == req.id)
                .order_by(ServiceStep.id)
            )
        )
    assert notes[-2].startswith(f"收到：{missing[0]}") and notes[-1].endswith("材料已齐")
    assert "Materials still missing" not in page.detail.toPlainText()
    assert page.buttons[flow.SV_SUBMIT].isEnabled()

    qtbot.mouseClick(page.buttons[flow.SV_SUBMIT], Qt.MouseButton.LeftButton)
    form = page.step_form
    _ok(qtbot, form)  # no office: refused
    assert form.isVisible() and form.ui.problemLabel.text()
    form.ui.toBox.setCurrentText("社保中心")
    form.ui.daysBox.setValue(10)
    _ok(qtbot, form)
    done = _get(window, ServiceRequest, req.id)
    assert (done.state, done.office) == (flow.S_SUBMITTED, "社保中心")
    assert done.promised_on is not None


def test_errand_return_asks_the_answer(qtbot: QtBot, window: Any) -> None:
    with Session(window.engine) as s:
        rid = s.scalars(
            select(ServiceRequest.id).where(ServiceRequest.state == flow.S_DONE).limit(1)
        ).first()
    assert rid is not None
    window.show_page("services")
    page = window.pages["services"]
    page.show_box.setCurrentIndex(page.show_box.findData(""))
    assert page.table.select_key(rid)
    qtbot.mouseClick(page.buttons[flow.SV_RETURN], Qt.MouseButton.LeftButton)
    form = page.step_form
    _ok(qtbot, form)
    assert form.isVisible()
    form.ui.satisfactionBox.setCurrentIndex(form.ui.satisfactionBox.findData("满意"))
    _ok(qtbot, form)
    req = _get(window, ServiceRequest, rid)
    assert (req.state, req.satisfied) == (flow.S_RETURNED, True)


@pytest.mark.parametrize(
    ("name", "title", "dates"), [("issues", 2, (1, 8)), ("services", 2, (1, 8))]
)
def test_the_title_takes_the_width_and_dates_fit(
    window: Any, name: str, title: int, dates: tuple[int, ...]
) -> None:
    window.resize(1366, 768)
    window.show_page(name)
    page = window.pages[name]
    page.show_box.setCurrentIndex(page.show_box.findData(""))
    table = page.table
    header = table.horizontalHeader()
    assert header.sectionResizeMode(title) == QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()
    for column in dates:  # a date is as wide as its text, never the spare room
        fits = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert table.columnWidth(column) <= fits + 2, (column, table.columnWidth(column), fits)
    widest_other = max(table.columnWidth(c) for c in range(table.columnCount()) if c != title)
    assert table.columnWidth(title) >= min(widest_other, 200)


def test_every_step_button_writes(window: Any) -> None:
    for name in ("issues", "services"):
        window.show_page(name)
        page = window.pages[name]
        assert page.buttons and all(writes(b) for b in page.buttons.values()), name


def test_the_step_date_cannot_be_in_the_future(qtbot: QtBot, window: Any) -> None:
    iid = _issue_in(window, flow.REGISTERED)
    page = _show_issue(window, iid)
    qtbot.mouseClick(page.buttons[flow.SOLVE], Qt.MouseButton.LeftButton)
    form = page.step_form
    today = form.ui.onEdit.date()
    form.ui.onEdit.setDate(today.addDays(3))
    assert form.ui.onEdit.date() == today  # the calendar stops at today
    form.ui.onEdit.setDate(QDate(today).addDays(-2))
    form.ui.noteEdit.setPlainText("当场调解")
    _ok(qtbot, form)
    issue = _get(window, Issue, iid)
    day = today.addDays(-2)
    assert issue.done_on == dt.date(day.year(), day.month(), day.day())


@pytest.mark.parametrize("name", ["issues", "services"])
def test_a_remembered_filter_is_the_list_shown(qtbot: QtBot, window: Any, name: str) -> None:
    from gridapp.ui.main_window import MainWindow

    window.show_page(name)
    page = window.pages[name]
    page.show_box.setCurrentIndex(page.show_box.findData(""))
    every = page.table.rowCount()
    page.show_box.setCurrentIndex(page.show_box.findData("__open"))
    assert page.table.rowCount() < every
    page.show_box.setCurrentIndex(page.show_box.findData(""))
    window.save_window_state()
    other = MainWindow(window.path)
    qtbot.addWidget(other)
    other.show_page(name)
    again = other.pages[name]
    assert again.show_box.currentData() == "" and again.table.rowCount() == every
    other.close()


def test_no_tr_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: a tr() there never reaches the translation and
    shows English in the Chinese UI ("No service needs recorded")."""
    import re
    from pathlib import Path

    import gridapp.ui

    root = Path(gridapp.ui.__file__).parent
    inside = re.compile(r"""\bf(["'])[^\n]*?\{[^}\n]*\btr\(""")
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        if "generated" not in path.parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside.search(line)
    ]
    assert not found, found


def test_steps_list_names_the_state_only_where_it_moved() -> None:
    import datetime as dt

    from gridapp.ui.pages.workflow_page import steps_html

    at = dt.datetime(2026, 12, 2, 9, 30)
    text = steps_html([(at, "李敏", "上报", "上报", "消防"), (at, "李敏", "现场解决", "办结", "")])
    assert "上报</b>&nbsp;" in text and "→ 上报" not in text  # not "上报 → 上报"
    assert "现场解决</b> → 办结" in text and "2026-12-02 09:30 · 李敏" in text
