"""The issues and services pages: register, escalate, close; refusals leave no trace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import Household, Issue, IssueStep, Person, ServiceRequest
from gridapp.domain import issue_flow as flow
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _ok(qtbot: QtBot, form: Any) -> None:
    """OK on a step's form (page.step_form)."""
    ok = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _issue(win: Any, iid: int) -> tuple[str, str, list[str]]:
    with Session(win.engine) as s:
        issue = s.get(Issue, iid)
        assert issue is not None
        steps = s.scalars(
            select(IssueStep.action).where(IssueStep.issue_id == iid).order_by(IssueStep.id)
        ).all()
        return issue.state, issue.station, list(steps)


def test_register_escalate_and_close_an_issue(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("issues")
    page = window.pages["issues"]
    before = page.table.rowCount()
    with Session(window.engine) as s:
        number = s.scalars(select(Household.number).limit(1)).one()
    answers.texts.extend(["楼道灯不亮", number])
    answers.items.append("设施维修")
    qtbot.mouseClick(page.findChild(QPushButton, "newIssue"), Qt.MouseButton.LeftButton)
    assert answers.shown == []
    iid = page.current_issue()
    assert iid is not None and page.table.rowCount() == before + 1
    assert _issue(window, iid)[0] == "登记"
    assert number in page.table.column_texts(5)
    assert "楼道灯不亮" in page.detail.toPlainText()
    assert page.buttons["escalate"].isEnabled() and not page.buttons["finish"].isEnabled()

    qtbot.mouseClick(page.buttons["escalate"], Qt.MouseButton.LeftButton)
    form = page.step_form
    form.ui.toBox.setCurrentIndex(form.ui.toBox.findText("城管"))
    form.ui.handlerEdit.setText("Wang")
    _ok(qtbot, form)
    state, station, _steps = _issue(window, iid)
    assert (state, station) == ("上报", "城管")
    assert page.current_issue() == iid
    assert not page.buttons["escalate"].isEnabled()

    # closing needs a result: refused in the form, nothing changes
    qtbot.mouseClick(page.buttons["close"], Qt.MouseButton.LeftButton)
    form = page.step_form
    _ok(qtbot, form)
    assert form.isVisible() and form.ui.problemLabel.text()
    assert _issue(window, iid)[0] == "上报"

    form.ui.noteEdit.setPlainText("已修复")
    _ok(qtbot, form)
    state, _station, steps = _issue(window, iid)
    assert state == "结案"
    labels = flow.ACTION_LABELS
    assert steps == [
        labels[a] for a in ("register", "escalate", "assign", "progress", "finish", "close")
    ]
    assert "已修复" in page.detail.toPlainText()
    assert not any(b.isEnabled() for k, b in page.buttons.items() if k != "return")

    # an unknown household number is refused; nothing is registered
    with Session(window.engine) as s:
        count = len(s.scalars(select(Issue.id)).all())
    answers.texts.extend(["漏水", "99999999"])
    answers.items.append("设施维修")
    qtbot.mouseClick(page.findChild(QPushButton, "newIssue"), Qt.MouseButton.LeftButton)
    assert len(answers.kinds("warn")) == 1 and "99999999" in answers.kinds("warn")[-1]
    with Session(window.engine) as s:
        assert len(s.scalars(select(Issue.id)).all()) == count


def test_overdue_filter_marks_rows_and_state_is_remembered(qtbot: QtBot, window: Any) -> None:
    from gridapp.ui.main_window import MainWindow

    window.show_page("issues")
    page = window.pages["issues"]
    page.state_box.setCurrentIndex(page.state_box.findData("__overdue"))
    assert page.table.rowCount() > 0
    assert all(page.table.is_marked(r) for r in range(page.table.rowCount()))
    brush = page.table.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#fde2e2"
    window.save_window_state()
    other = MainWindow(window.path)
    qtbot.addWidget(other)
    other.show_page("issues")
    assert other.pages["issues"].state_box.currentData() == "__overdue"
    other.close()


def test_accept_and_submit_an_errand(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("services")
    page = window.pages["services"]
    with Session(window.engine) as s:
        person = s.scalars(
            select(Person).where(Person.status == "active", Person.id_number != "").limit(1)
        ).one()
        id_number = person.id_number
    answers.texts.append(id_number)
    answers.items.append("医保缴费")
    qtbot.mouseClick(page.findChild(QPushButton, "newService"), Qt.MouseButton.LeftButton)
    assert answers.shown == []
    with Session(window.engine) as s:
        req = s.scalars(select(ServiceRequest).order_by(ServiceRequest.id.desc())).first()
        assert req is not None and req.errand == "医保缴费" and req.state == "受理"
        rid = req.id
    assert page.table.select_key(rid)
    qtbot.mouseClick(page.buttons["submit"], Qt.MouseButton.LeftButton)
    page.step_form.ui.toBox.setCurrentText("医保中心")
    _ok(qtbot, page.step_form)
    with Session(window.engine) as s:
        req2 = s.get(ServiceRequest, rid)
        assert req2 is not None and req2.state == "已递交"
    # an errand outside the configured list is refused by the service
    answers.texts.append(id_number)
    answers.items.append("买菜")
    qtbot.mouseClick(page.findChild(QPushButton, "newService"), Qt.MouseButton.LeftButton)
    assert len(answers.kinds("warn")) == 1
