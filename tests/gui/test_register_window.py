"""The main window driven as a user would: search, filter, edit, history, undo, long tasks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, Household, Person
from tests.gui import life_forms_support

forms = life_forms_support.forms


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box answered and recorded instead of shown."""
    from gridapp.ui import dialogs_io

    shown: list[tuple[str, str]] = []
    for name in ("info", "warn"):
        monkeypatch.setattr(dialogs_io, name, lambda _p, t, x, n=name: shown.append((n, x)))
    monkeypatch.setattr(dialogs_io, "error", lambda _p, t, x, d="": shown.append(("error", x)))
    monkeypatch.setattr(dialogs_io, "confirm", lambda *_a: True)
    return shown


@pytest.fixture
def window(qtbot: QtBot, demo_db: Path, quiet_dialogs: list[Any]) -> Iterator[Any]:
    from gridapp.ui.app import make_app
    from gridapp.ui.main_window import MainWindow

    make_app(lang="en")
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()


def _person(demo_db: Path, where: str = "") -> sqlite3.Row:
    con = sqlite3.connect(demo_db)
    con.row_factory = sqlite3.Row
    row = con.execute(
        "SELECT * FROM person WHERE status='active' AND household_id IS NOT NULL "
        f"AND length(name_initials) >= 2 {where} ORDER BY id LIMIT 1 OFFSET 17"
    ).fetchone()
    con.close()
    assert row is not None
    return row


def _names(model: Any) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_search_by_pinyin_initials_as_you_type(qtbot: QtBot, window: Any, demo_db: Path) -> None:
    from PySide6.QtWidgets import QLineEdit, QTableView

    person = _person(demo_db)
    page = window.register_page
    page.show_mode("persons")
    edit = window.findChild(QLineEdit, "searchEdit")
    view = window.findChild(QTableView, "registerView")
    total = view.model().rowCount()
    qtbot.keyClicks(edit, person["name_initials"])
    qtbot.waitUntil(lambda: view.model().rowCount() < total)
    names = _names(view.model())
    assert person["name"] in names
    con = sqlite3.connect(demo_db)
    initials = {n: i for n, i in con.execute("SELECT name, name_initials FROM person")}
    con.close()
    # every hit matches somewhere in its search text; the initials hits come first
    assert initials[names[0]].startswith(person["name_initials"]) or names[0] == person["name"]
    # the detail pane shows the selected person's household
    assert person["name"] in page.detail.toPlainText() or names[0] in page.detail.toPlainText()


def test_search_by_id_fragment_phone_and_no_match(qtbot: QtBot, window: Any, demo_db: Path) -> None:
    person = _person(demo_db, "AND id_number != '' AND phone != ''")
    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText(person["id_number"][-8:])
    page.apply_filter()
    assert person["name"] in _names(page.model)
    page.search_edit.setText(person["phone"])
    page.apply_filter()
    assert person["name"] in _names(page.model)
    page.search_edit.setText("zzzzqqq%_")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert page.current_id() is None


def test_qr_text_jumps_to_the_household(window: Any, demo_db: Path) -> None:
    from gridapp.services.search import qr_text

    con = sqlite3.connect(demo_db)
    hid, uuid = con.execute(
        "SELECT id, uuid FROM household ORDER BY id LIMIT 1 OFFSET 123"
    ).fetchone()
    con.close()
    page = window.register_page
    page.search_edit.setText("  " + qr_text(uuid.upper()) + " ")
    page.apply_filter()
    assert page.model.rowCount() == 1
    assert page.current_household_id() == hid


def test_archived_hidden_by_default_and_filters(window: Any, demo_db: Path) -> None:
    page = window.register_page
    page.show_mode("persons")
    live = page.model.rowCount()
    con = sqlite3.connect(demo_db)
    archived = con.execute(
        "SELECT count(*) FROM person WHERE status IN ('moved_out','deceased')"
    ).fetchone()[0]
    children = con.execute(
        "SELECT count(*) FROM person WHERE status IN ('active','away') "
        "AND birth_date > date('now','-7 years')"
    ).fetchone()[0]
    con.close()
    assert archived > 0
    page.archived_box.setChecked(True)
    assert page.model.rowCount() == live + archived
    page.archived_box.setChecked(False)
    page.age_max.setValue(6)
    assert page.model.rowCount() == children
    page.age_max.setValue(-1)
    assert page.model.rowCount() == live


def test_navigation_tree_filters_by_place(window: Any) -> None:
    from gridapp.ui.pages.register_page import NODE_ROLE

    page = window.register_page
    total = page.model.rowCount()
    building = None
    it = [page.nav.topLevelItem(i) for i in range(page.nav.topLevelItemCount())]
    while it:
        item = it.pop()
        if item.data(0, NODE_ROLE)[0] == "building":
            building = item
            break
        it.extend(item.child(i) for i in range(item.childCount()))
    assert building is not None
    expected = int(building.text(1))  # the count has its own column
    page.nav.setCurrentItem(building)
    assert 0 < page.model.rowCount() == expected < total


def test_edit_person_logs_change_and_undo_redo(
    qtbot: QtBot, window: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import PersonDialog

    person = _person(demo_db)
    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText(person["name"])
    page.apply_filter()
    page.select_row(page.model.row_of(person["id"]))
    assert page.current_person_id() == person["id"]

    def fill(dialog: PersonDialog) -> int:
        dialog.occupation.setText("社区志愿者")
        dialog.phone.setText("13812345678")
        assert dialog.ok_button().isEnabled()
        return PersonDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PersonDialog, "exec", fill)
    window.act_edit.trigger()

    def current() -> tuple[str, str]:
        with Session(window.engine) as s:
            p = s.get(Person, person["id"])
            assert p is not None
            return p.occupation, p.phone

    assert current() == ("社区志愿者", "13812345678")
    rows = window.history_rows("person", person["id"])
    assert any(r.field == "工作学习情况" and r.new == "社区志愿者" for r in rows)
    assert "13812345678" in page.detail.toPlainText()
    # undo restores the old values as a new logged change
    window.act_undo.trigger()
    assert current() == (person["occupation"], person["phone"])
    with Session(window.engine) as s:
        log = s.scalars(
            select(ChangeLog).where(ChangeLog.entity == "person", ChangeLog.entity_id == person["id"],
                                    ChangeLog.field == "occupation").order_by(ChangeLog.id)
        ).all()  # fmt: skip
    assert [e.new for e in log][-2:] == ["社区志愿者", person["occupation"] or None]
    window.act_redo.trigger()
    assert current() == ("社区志愿者", "13812345678")
    from gridapp.services.changelog import verify

    with Session(window.engine) as s:
        assert verify(s) is None


def test_person_dialog_live_validation(qtbot: QtBot) -> None:
    from gridapp.domain import idcard
    from gridapp.ui.forms import PersonDialog

    dialog = PersonDialog({"name": "张三", "relation": "户主"}, new=True)
    qtbot.addWidget(dialog)
    good = idcard.make("110105", __import__("datetime").date(1980, 2, 29), 13)
    qtbot.keyClicks(dialog.id_number, good[:10])
    assert not dialog.ok_button().isEnabled()  # still typing
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    dialog.id_number.setText(wrong)
    assert "校验位" in dialog.id_hint.text() and good[17] in dialog.id_hint.text()
    assert not dialog.ok_button().isEnabled()
    dialog.id_number.setText(good.lower())
    assert dialog.ok_button().isEnabled()
    assert dialog.birth.text() == "1980-02-29"
    assert dialog.gender.currentText() == "男"
    assert dialog.age.text().isdigit() and int(dialog.age.text()) >= 45
    dialog.phone.setText("1381234567")
    assert not dialog.ok_button().isEnabled()
    dialog.phone.setText("138 1234 5678")
    assert dialog.ok_button().isEnabled()
    dialog.name.clear()
    assert not dialog.ok_button().isEnabled()


def test_refused_edit_shows_message_and_changes_nothing(
    window: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch, quiet_dialogs: list[Any]
) -> None:
    from gridapp.ui.forms import PersonDialog

    con = sqlite3.connect(demo_db)
    (a, b_id) = con.execute(
        "SELECT a.id, b.id_number FROM person a, person b WHERE a.id != b.id "
        "AND b.id_number != '' AND a.id_number != '' LIMIT 1"
    ).fetchone()
    before = con.execute("SELECT count(*) FROM change_log").fetchone()[0]
    con.close()

    def clash(dialog: PersonDialog) -> int:
        dialog.id_number.setText(b_id)
        return PersonDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PersonDialog, "exec", clash)
    assert window.edit_person(a) is False
    assert quiet_dialogs and "已登记" in quiet_dialogs[-1][1]
    assert window.undo_stack.count() == 0
    con = sqlite3.connect(demo_db)
    assert con.execute("SELECT count(*) FROM change_log").fetchone()[0] == before
    con.close()


def test_new_household_with_head_and_undo(
    window: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import HouseholdDialog

    def fill(dialog: HouseholdDialog) -> int:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.grid.setCurrentIndex(1)
        dialog.address.setText("测试小区9号楼1单元101室")
        dialog.head_name.setText("测试户主")
        dialog.head_phone.setText("13900001111")
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return HouseholdDialog.DialogCode.Accepted.value

    monkeypatch.setattr(HouseholdDialog, "exec", fill)
    window.act_new_household.trigger()
    page = window.register_page
    hid = page.current_household_id()
    with Session(window.engine) as s:
        h = s.get(Household, hid)
        assert h is not None and h.address == "测试小区9号楼1单元101室"
        assert h.head is not None and h.head.name == "测试户主"
    assert "测试户主" in page.detail.toPlainText()
    window.act_undo.trigger()
    with Session(window.engine) as s:
        h = s.get(Household, hid)
        assert h is not None and h.status == "archived"
    assert page.model.row_of(hid) == -1  # archived households are hidden


def test_history_dialog_lists_changes(window: Any, demo_db: Path) -> None:
    from gridapp.ui.forms import HistoryDialog

    person = _person(demo_db)
    rows = window.history_rows("person", person["id"])
    assert rows and rows[-1].what == "登记人员"  # the demo made the person
    dialog = HistoryDialog("h", rows[-1].record, rows, window)
    assert dialog.table.rowCount() == len(rows)


def test_models_pass_qtmodeltester(qtmodeltester: Any, demo_engine: Any) -> None:
    from gridapp.services.register_list import PERSONS, RegisterFilter
    from gridapp.ui.register_model import RegisterModel

    model = RegisterModel(demo_engine)
    model.reload()
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(mode=PERSONS, show_archived=True))
    qtmodeltester.check(model)
    model.sort(2)
    qtmodeltester.check(model)


def test_model_sorts_in_sql(demo_engine: Any) -> None:
    from PySide6.QtCore import Qt

    from gridapp.services.register_list import PERSONS, RegisterFilter
    from gridapp.ui.register_model import RegisterModel

    model = RegisterModel(demo_engine)
    model.set_filter(RegisterFilter(mode=PERSONS))
    model.sort(2, Qt.SortOrder.DescendingOrder)  # age, oldest first
    ages = [model.data(model.index(r, 2)) for r in range(0, model.rowCount(), 50)]
    ages = [int(a) for a in ages if a]
    assert ages == sorted(ages, reverse=True) and len(ages) > 5
    model.sort(7)  # household number
    numbers = [model.data(model.index(r, 7)) for r in range(model.rowCount())]
    assert numbers == sorted(numbers)
    # rows come from a page cache; far rows are fetched on demand
    assert model.data(model.index(model.rowCount() - 1, 0))


@pytest.mark.threaded_tasks  # cancels mid-way: needs the real worker thread
def test_cancel_long_task_leaves_register_unchanged(
    qtbot: QtBot, window: Any, demo_db: Path, quiet_dialogs: list[Any]
) -> None:
    import threading

    from gridapp.services import register as reg
    from gridapp.services.changelog import ChangeWriter

    started = threading.Event()

    def work(session: Session, progress: Any, cancel: Any) -> int:
        writer = ChangeWriter(session, "test")
        ids = list(session.scalars(select(Person.id)))
        for n, pid in enumerate(ids):
            person = session.get(Person, pid)
            assert person is not None
            reg.update_person(session, writer, person, {"notes": "批量改过"})
            progress(n, len(ids), "")
            started.set()
            cancel.check()
            qtbot.wait(0) if False else None
            import time

            time.sleep(0.002)
        writer.flush()
        return len(ids)

    con = sqlite3.connect(demo_db)
    before = con.execute("SELECT count(*) FROM change_log").fetchone()[0]
    con.close()
    task = window.tasks.start("long", work)
    assert started.wait(10)
    task.cancel()
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20000)
    assert task.outcome == "cancelled"
    assert quiet_dialogs[-1][0] == "info"
    con = sqlite3.connect(demo_db)
    assert con.execute("SELECT count(*) FROM person WHERE notes='批量改过'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM change_log").fetchone()[0] == before
    con.close()


def test_failed_task_reports_error(qtbot: QtBot, window: Any, quiet_dialogs: list[Any]) -> None:
    from gridapp.services.common import ServiceError

    def refuse(_s: Session, _p: Any, _c: Any) -> None:
        raise ServiceError("第 3 行：身份证号不对")

    task = window.tasks.start("x", refuse)
    qtbot.waitUntil(lambda: task.outcome != "")
    assert task.outcome == "refused" and quiet_dialogs[-1] == ("warn", "第 3 行：身份证号不对")

    def crash(_s: Session, _p: Any, _c: Any) -> None:
        raise RuntimeError("boom")

    task = window.tasks.start("y", crash)
    qtbot.waitUntil(lambda: task.outcome != "")
    assert task.outcome == "error" and quiet_dialogs[-1][0] == "error"


def test_shortcuts_pages_and_window_state(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.act_search.shortcut() == QKeySequence("Ctrl+F")
    assert window.act_new_household.shortcut() == QKeySequence("Ctrl+N")
    assert window.act_import.shortcut() == QKeySequence("Ctrl+I")
    assert window.act_print.shortcut() == QKeySequence("Ctrl+P")
    assert window.act_undo.shortcut() == QKeySequence("Ctrl+Z")
    assert window.act_redo.shortcut() == QKeySequence("Ctrl+Shift+Z")
    window.act_search.trigger()
    assert window.current_page() == "register"
    with pytest.raises(Exception, match="没有这个页面"):
        window.show_page("nope")
    window.register_page.show_mode("persons")
    window.save_window_state()
    ini = tmp_path / "data" / "gui.ini"
    assert ini.exists()  # QSettings live in the test's data folder
    assert "persons" in ini.read_text(encoding="utf-8")


def test_excepthook_logs_and_shows_once(quiet_dialogs: list[Any], tmp_path: Path) -> None:
    from gridapp.ui import errors

    errors._shown = False
    for _ in range(2):
        try:
            raise ValueError("boom")
        except ValueError as exc:
            errors.handle(ValueError, exc, exc.__traceback__)
    assert [k for k, _ in quiet_dialogs] == ["error"]
    log = (tmp_path / "data" / "logs" / "gui-errors.log").read_text(encoding="utf-8")
    assert log.count("ValueError: boom") == 2


def test_new_register_from_the_start_screen(tmp_path: Path, qtbot: QtBot) -> None:
    from gridapp.ui.start import StartDialog, create_register

    path = tmp_path / "new.db"
    create_register(path, "测试街道", "测试社区", ["第一网格", "第二网格"])
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM area ORDER BY id")]
    con.close()
    assert names == ["测试街道", "测试社区", "第一网格", "第二网格"]
    dialog = StartDialog([str(path), str(tmp_path / "gone.db")])
    qtbot.addWidget(dialog)
    assert dialog.recent.count() == 1  # missing files are not offered


def test_life_events_birth_and_move_out(
    window: Any, demo_db: Path, forms: Any, quiet_dialogs: list[Any]
) -> None:
    import datetime as dt

    from gridapp.domain.relations import child_of
    from tests.gui.life_forms_support import choose

    person = _person(demo_db, "AND relation != '户主' AND birth_date < '2000-01-01'")
    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText(person["name"])
    page.apply_filter()
    page.select_row(page.model.row_of(person["id"]))

    def birth(d: Any) -> None:
        assert d.ui.parentCombo.currentData() == person["id"]
        d.ui.nameEdit.setText("小宝")
        choose(d.ui.genderCombo, "女")
        d.ui.birthDate.setDate(dt.date(2026, 1, 5))

    forms.next(birth)
    assert window.event_actions["event-birth"].isEnabled()
    window.event_actions["event-birth"].trigger()
    con = sqlite3.connect(demo_db)
    baby = con.execute(
        "SELECT gender, birth_date, relation FROM person WHERE name='小宝' AND household_id=?",
        (person["household_id"],),
    ).fetchone()
    assert baby == ("女", "2026-01-05", child_of(person["relation"], "女")), quiet_dialogs
    assert baby[2] != "配偶"
    forms.next(lambda d: d.ui.destinationEdit.setText("北京市海淀区"))
    window.event_actions["event-move-out"].trigger()
    status, dest = con.execute(
        "SELECT status, destination FROM person WHERE id=?", (person["id"],)
    ).fetchone()
    con.close()
    assert (status, dest) == ("moved_out", "北京市海淀区"), quiet_dialogs
    # archived: gone from the table, shown on request
    assert page.model.row_of(person["id"]) == -1
    page.archived_box.setChecked(True)
    assert page.model.row_of(person["id"]) >= 0
    # an archived person cannot die again: the form refuses them and says why

    def death(d: Any) -> bool:
        assert not d.ok_button.isEnabled()
        d.try_accept()
        return False

    page.select_row(page.model.row_of(person["id"]))
    forms.next(death)
    window.event_actions["event-death"].trigger()
    assert quiet_dialogs[-1][0] == "warn"


@pytest.mark.threaded_tasks  # the index is built by a real worker thread
def test_search_box_switches_to_the_background_index(qtbot: QtBot, window: Any) -> None:
    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText("zh")
    page.apply_filter()  # first keystroke: SQL, index loading meanwhile
    by_sql = list(page.model.ids)
    qtbot.waitUntil(lambda: page.model.text_index is not None, timeout=20000)
    page.apply_filter()
    assert page.model.ids == by_sql and by_sql
    window.refresh_all()  # a change anywhere drops the index; results stay right
    assert page.model.text_index is None
    assert page.model.ids == by_sql
