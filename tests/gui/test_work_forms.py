"""Work records as forms (issue 16.2): the visit form mirrors the printed door-visit form, a
finding becomes an issue or an errand linked to the visit, issues and errands have their own
forms (a household or a public area in a chosen grid; a duplicate errand is flagged), and
visits, issues and errands are undone and redone from the toolbar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import ChangeLog, Household, Issue, Person, ServiceRequest, Visit
from gridapp.domain import issue_flow as flow
from gridapp.pdf.visit_sheet import VISIT_ITEMS, WAYS
from gridapp.services.changelog import verify
from tests.gui import page_support
from tests.gui import work_form_support as forms
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _get(win: Any, model: Any, row_id: int) -> Any:
    with Session(win.engine) as s:
        row = s.get(model, row_id)
        assert row is not None
        s.expunge(row)
        return row


def _household_with_members(win: Any, members: int = 2) -> tuple[int, str, list[Person]]:
    with Session(win.engine) as s:
        for h in s.scalars(
            select(Household).where(Household.deleted_at.is_(None), Household.status == "active")
        ):
            people = s.scalars(
                select(Person).where(Person.household_id == h.id, Person.status == "active")
            ).all()
            if len(people) >= members:
                for p in people:
                    s.expunge(p)
                return h.id, h.number, list(people)
    raise AssertionError("no household with members")


def _open_visit(qtbot: QtBot, win: Any, number: str) -> Any:
    win.show_page("visits")
    page = win.pages["visits"]
    page.qr_edit.setText(number)
    qtbot.keyClick(page.qr_edit, Qt.Key.Key_Return)
    dialog = page.visit_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveVisit"), Qt.MouseButton.LeftButton)


def _latest_visit(win: Any, hid: int) -> Visit | None:
    with Session(win.engine) as s:
        v = s.scalars(
            select(Visit)
            .where(Visit.household_id == hid, Visit.deleted_at.is_(None))
            .order_by(Visit.id.desc())
        ).first()
        if v is not None:
            s.expunge(v)
        return v


def test_visit_form_has_the_printed_forms_rows_and_the_household(qtbot: QtBot, window: Any) -> None:
    _hid, number, people = _household_with_members(window)
    dialog = _open_visit(qtbot, window, number)
    # the same rows and boxes, in the same order, as the PDF form draws
    printed = [(label, choices) for label, choices, _blank in VISIT_ITEMS]
    shown = [(t.row.label, tuple(t.boxes)) for t in dialog.rows.values()]
    assert shown == printed
    assert tuple(dialog.way_buttons) == WAYS
    assert number in dialog.ui.householdNumber.text()
    names = {
        dialog.ui.membersTable.item(r, 0).text() for r in range(dialog.ui.membersTable.rowCount())
    }
    assert {p.name for p in people} <= names
    assert dialog.ui.householdHead.text() != "—"
    # the dialog fits the screen it is used on
    assert dialog.width() <= 1366 and dialog.height() <= 700


def test_ticks_are_stored_as_the_paper_says_them(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    hid, number, _people = _household_with_members(window)
    dialog = _open_visit(qtbot, window, number)
    rows = dialog.rows
    qtbot.mouseClick(dialog.way_buttons["电话"], Qt.MouseButton.LeftButton)
    rows["changes"].boxes["出生"].setChecked(True)
    rows["difficulties"].boxes["就医"].setChecked(True)
    rows["difficulties"].detail.setText("需要陪同复诊")
    rows["hazards"].boxes["燃气"].setChecked(True)
    rows["hazards"].boxes["电动车充电"].setChecked(True)
    # "nothing" excludes the other boxes of its row, as on paper
    rows["requests"].boxes["有"].setChecked(True)
    rows["requests"].boxes["无"].setChecked(True)
    assert not rows["requests"].boxes["有"].isChecked()
    rows["policy"].boxes["防诈骗"].setChecked(True)
    dialog.ui.visitMeasures.setPlainText("联系社区医生")
    dialog.met.setText("户主")
    _save(qtbot, dialog)
    assert answers.shown == []
    v = _latest_visit(window, hid)
    assert v is not None
    assert (v.way, v.met) == ("电话", "户主")
    assert v.situation == "出生"
    assert v.difficulties == "就医：需要陪同复诊"
    assert v.hazards == "燃气;电动车充电"
    assert v.requests == "无" and v.policy == "防诈骗" and v.measures == "联系社区医生"


def test_a_finding_becomes_an_issue_and_an_errand_linked_to_the_visit(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    hid, number, people = _household_with_members(window)
    dialog = _open_visit(qtbot, window, number)
    hazards = dialog.rows["hazards"]
    assert not hazards.to_issue.isEnabled()  # nothing ticked yet: nothing to follow up
    hazards.boxes["电动车充电"].setChecked(True)
    assert hazards.to_issue.isEnabled()
    qtbot.mouseClick(hazards.to_issue, Qt.MouseButton.LeftButton)
    issue_form = dialog.followup_dialog
    assert issue_form.isVisible()
    assert issue_form.ui.issueTitle.text() == "安全隐患：电动车充电"
    assert issue_form.ui.issueCategory.currentText() == "安全隐患"
    assert issue_form.picker.household_id() == hid and not issue_form.picker.isEnabled()
    qtbot.mouseClick(issue_form.ok_button(), Qt.MouseButton.LeftButton)
    assert not issue_form.isVisible()

    difficulties = dialog.rows["difficulties"]
    difficulties.boxes["就医"].setChecked(True)
    qtbot.mouseClick(difficulties.to_errand, Qt.MouseButton.LeftButton)
    errand_form = dialog.followup_dialog
    person = people[-1]
    errand_form.ui.errandPerson.setCurrentIndex(errand_form.ui.errandPerson.findData(person.id))
    errand_form.ui.errandKind.setCurrentIndex(errand_form.ui.errandKind.findData("医保缴费"))
    qtbot.mouseClick(errand_form.ok_button(), Qt.MouseButton.LeftButton)
    assert len(dialog.drafts) == 2 and "医保缴费" in dialog.ui.followUps.text()

    _save(qtbot, dialog)
    assert answers.shown == []
    visit = _latest_visit(window, hid)
    assert visit is not None
    with Session(window.engine) as s:
        issue = s.scalars(select(Issue).where(Issue.visit_id == visit.id)).one()
        errand = s.scalars(select(ServiceRequest).where(ServiceRequest.visit_id == visit.id)).one()
        assert (issue.title, issue.household_id, issue.source) == (
            "安全隐患：电动车充电",
            hid,
            "走访发现",
        )
        assert issue.grid_id is not None and issue.reported_by == visit.visitor
        assert (errand.person_id, errand.errand, errand.household_id) == (
            person.id,
            "医保缴费",
            hid,
        )
        issue_id, errand_id = issue.id, errand.id

    # one undo takes back the visit and what was raised from it; redo brings them back
    assert window.act_undo.isEnabled() and number in window.act_undo.text()
    window.act_undo.trigger()
    assert _get(window, Visit, visit.id).deleted_at is not None
    assert _get(window, Issue, issue_id).deleted_at is not None
    assert _get(window, ServiceRequest, errand_id).deleted_at is not None
    window.act_redo.trigger()
    for model, rid in ((Visit, visit.id), (Issue, issue_id), (ServiceRequest, errand_id)):
        assert _get(window, model, rid).deleted_at is None
    with Session(window.engine) as s:
        assert verify(s) is None
        logged = s.scalars(
            select(ChangeLog.entity).where(ChangeLog.field == "deleted_at").distinct()
        ).all()
        assert {"visit", "issue", "service_request"} <= set(logged)


def test_saving_a_visit_drops_the_redo_of_an_older_command(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    _hid, number, _people = _household_with_members(window)
    window.show_page("issues")
    forms.register_issue(qtbot, window.pages["issues"], "楼道灯不亮", "设施维修", number)
    window.act_undo.trigger()
    assert window.act_redo.isEnabled()
    dialog = _open_visit(qtbot, window, number)
    _save(qtbot, dialog)
    assert answers.shown == []
    assert not window.act_redo.isEnabled()  # the visit is the newest command now
    assert number in window.act_undo.text()


def test_new_issue_needs_a_household_or_a_grid(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("issues")
    page = window.pages["issues"]
    assert page.grid_box.currentData() is None  # 全部网格
    with Session(window.engine) as s:
        count = len(s.scalars(select(Issue.id)).all())
    dialog = forms.open_new_issue(qtbot, page)
    ok = dialog.ok_button()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing filled in
    assert dialog.isVisible() and "household" in dialog.ui.problemLabel.text()
    dialog.ui.issueTitle.setText("公共区域路灯不亮")
    dialog.ui.publicArea.setChecked(True)
    assert dialog.ui.issueGrid.isEnabled() and dialog.ui.issueGrid.currentData() is None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # a public area without its grid
    assert dialog.isVisible() and "grid" in dialog.ui.problemLabel.text()
    with Session(window.engine) as s:
        assert len(s.scalars(select(Issue.id)).all()) == count
    dialog.ui.issueGrid.setCurrentIndex(2)
    grid = dialog.ui.issueGrid.currentData()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no category chosen: none is assumed
    assert dialog.isVisible() and "category" in dialog.ui.problemLabel.text()
    dialog.ui.issueCategory.setCurrentIndex(dialog.ui.issueCategory.findText("设施维修"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and answers.shown == []
    iid = page.current_issue()
    issue = _get(window, Issue, iid)
    assert (issue.title, issue.household_id, issue.grid_id) == ("公共区域路灯不亮", None, grid)
    assert issue.category == "设施维修"

    # a household's issue takes the household's grid, shown in the form
    hid, number, _people = _household_with_members(window)
    household = _get(window, Household, hid)
    forms.register_issue(qtbot, page, "楼道漏水", "设施维修", number)
    issue = _get(window, Issue, page.current_issue())
    assert (issue.household_id, issue.grid_id) == (hid, household.grid_id)
    # and it is undone from the toolbar: tombstoned, logged
    assert "楼道漏水" in window.act_undo.text()
    window.act_undo.trigger()
    assert _get(window, Issue, issue.id).deleted_at is not None


def test_a_second_open_errand_of_the_same_kind_is_flagged(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    with Session(window.engine) as s:
        existing = s.scalars(
            select(ServiceRequest).where(
                ServiceRequest.state.in_(vocab.SERVICE_OPEN_STATES),
                ServiceRequest.deleted_at.is_(None),
                ServiceRequest.person_id.is_not(None),
            )
        ).first()
        assert existing is not None
        person = s.get(Person, existing.person_id)
        assert person is not None and person.status == "active"
        number = s.get(Household, person.household_id).number  # type: ignore[union-attr]
        rid, pid, kind = existing.id, person.id, existing.errand
        count = len(s.scalars(select(ServiceRequest.id)).all())
    window.show_page("services")
    page = window.pages["services"]
    dialog = forms.open_new_errand(qtbot, page)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)  # nothing chosen
    assert dialog.isVisible() and dialog.ui.problemLabel.text()
    forms.fill_errand(dialog, number, pid, kind)
    assert dialog.ui.sameErrand.isVisible() and existing.number in dialog.ui.sameErrand.text()
    assert dialog.ui.openExisting.isVisible()
    # OK asks first; answered no, nothing is registered
    answers.confirm = False
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    # opening that one instead shows it on the page
    qtbot.mouseClick(dialog.ui.openExisting, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.table.current_key() == rid
    with Session(window.engine) as s:
        assert len(s.scalars(select(ServiceRequest.id)).all()) == count


def test_new_errand_is_undone_and_redone(qtbot: QtBot, window: Any, answers: Answers) -> None:
    _hid, number, people = _household_with_members(window)
    window.show_page("services")
    page = window.pages["services"]
    dialog = forms.open_new_errand(qtbot, page)
    forms.fill_errand(dialog, number, people[0].id, "高龄补贴")
    dialog.ui.errandMissing.setText("户口本复印件")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert answers.shown == []
    rid = page.table.current_key()
    req = _get(window, ServiceRequest, rid)
    assert (req.person_id, req.errand, req.materials_missing) == (
        people[0].id,
        "高龄补贴",
        "户口本复印件",
    )
    assert people[0].name in window.act_undo.text()
    window.act_undo.trigger()
    assert _get(window, ServiceRequest, rid).deleted_at is not None
    assert rid not in page.table.row_keys()
    window.act_redo.trigger()
    assert _get(window, ServiceRequest, rid).deleted_at is None


def test_undo_of_an_issue_moved_on_is_refused(qtbot: QtBot, window: Any, answers: Answers) -> None:
    _hid, number, _people = _household_with_members(window)
    window.show_page("issues")
    page = window.pages["issues"]
    forms.register_issue(qtbot, page, "噪音扰民", "矛盾纠纷", number)
    iid = page.current_issue()
    qtbot.mouseClick(page.buttons[flow.SOLVE], Qt.MouseButton.LeftButton)
    page.step_form.ui.noteEdit.setPlainText("已调解")
    ok = page.step_form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert _get(window, Issue, iid).state != "登记"
    # the newest command is the registration (steps are not on the stack): undo is refused
    window.act_undo.trigger()
    assert answers.kinds("warn") and "不能撤销" in answers.kinds("warn")[-1]
    assert _get(window, Issue, iid).deleted_at is None


def test_toolbar_undo_button_keeps_its_width(qtbot: QtBot, window: Any, answers: Answers) -> None:
    tools = window.findChild(QToolBar, "mainToolBar")
    button = tools.widgetForAction(window.act_undo)
    before = button.sizeHint().width()
    _hid, number, _people = _household_with_members(window)
    window.show_page("issues")
    forms.register_issue(
        qtbot, window.pages["issues"], "一个很长很长很长的问题标题" * 2, "其他", number
    )
    assert window.act_undo.isEnabled() and "很长" in window.act_undo.text()
    assert button.sizeHint().width() == before
    assert "很长" in button.toolTip()


def test_grid_names_in_the_visits_pane_are_told_apart(qtbot: QtBot, window: Any) -> None:
    from gridapp.ui.widgets.charts import CoverageBar

    window.show_page("visits")
    page = window.pages["visits"]
    qtbot.wait(50)
    with Session(window.engine) as s:
        from gridapp.services.places import grids

        names = [g.name for g in grids(s)]
    bars = [b for b in page.bars.findChildren(CoverageBar) if b.label in names]
    assert len(bars) >= 3
    for bar in bars:  # the narrowest the pane gets at 1366x768
        bar.resize(220, bar.height())
    shown = [b.shown_label() for b in bars]
    assert len(set(shown)) == len(shown), shown  # no two grids look alike
    for bar in bars:
        assert bar.label in bar.toolTip()
        assert bar.shown_label()[-2:] == bar.label[-2:]  # the end, which tells them apart, stays


def test_a_refused_save_keeps_the_forms_open_as_typed(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    from gridapp.db.engine import session_scope
    from gridapp.services import settings

    hid, number, _people = _household_with_members(window)
    dialog = _open_visit(qtbot, window, number)
    dialog.rows["hazards"].boxes["燃气"].setChecked(True)
    dialog.ui.visitNotes.setPlainText("燃气管老化")
    with session_scope(window.engine) as s:  # meanwhile (another window) the household is archived
        household = s.get(Household, hid)
        assert household is not None
        household.status = "archived"
    _save(qtbot, dialog)
    assert answers.kinds("warn") and number in answers.kinds("warn")[-1]
    assert dialog.isVisible() and dialog.ui.visitNotes.toPlainText() == "燃气管老化"
    assert dialog.rows["hazards"].boxes["燃气"].isChecked()
    assert _latest_visit(window, hid) is None or _latest_visit(window, hid).hazards != "燃气"  # type: ignore[union-attr]
    assert not window.act_undo.isEnabled()  # nothing reached the undo stack
    dialog.reject()

    window.show_page("issues")
    page = window.pages["issues"]
    form = forms.open_new_issue(qtbot, page)
    form.ui.publicArea.setChecked(True)
    form.ui.issueGrid.setCurrentIndex(1)
    form.ui.issueTitle.setText("井盖缺失")
    form.ui.issueCategory.setCurrentIndex(form.ui.issueCategory.findText("设施维修"))
    with session_scope(window.engine) as s:  # the category list was changed meanwhile
        settings.put(s, "issue_categories", ["其他"])
    qtbot.mouseClick(form.ok_button(), Qt.MouseButton.LeftButton)
    assert "设施维修" in answers.kinds("warn")[-1]
    assert form.isVisible() and form.ui.issueTitle.text() == "井盖缺失"
