"""Issue 16 "done when": scenarios 1-7 of ../shared/context/scenarios.md, each done in the GUI
alone. Every step of the user is a click, a typed text or a choice in the real window, its menus,
pages and forms (file dialogs answered through ``dialogs_io``); the database is only read, to
check what the user would see. Dates come from the form's own calendar (today), never a fixed day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import (
    Household,
    Issue,
    IssueStep,
    Person,
    ServiceRequest,
    ServiceStep,
    Visit,
)
from gridapp.domain import idcard
from gridapp.domain import issue_flow as flow
from tests.gui import life_forms_support, page_support
from tests.gui import work_form_support as work_forms
from tests.gui.life_forms_support import Forms, choose, choose_data
from tests.gui.page_support import Answers, wait_tasks

answers = page_support.answers
window = page_support.window
forms = life_forms_support.forms


# ------------------------------------------------------------------ helpers


def _click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _button(parent: Any, name: str) -> QPushButton:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _ok(qtbot: QtBot, form: Any) -> None:
    _click(qtbot, form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def _scalar(win: Any, query: Any) -> Any:
    with Session(win.engine) as s:
        return s.scalar(query)


def _get(win: Any, model: Any, key: int) -> Any:
    with Session(win.engine) as s:
        row = s.get(model, key)
        assert row is not None
        s.expunge(row)
        return row


def _live_people(win: Any) -> int:
    return int(
        _scalar(
            win,
            select(func.count())
            .select_from(Person)
            .where(Person.deleted_at.is_(None), Person.status == "active"),
        )
    )


def _pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF (pdfium, as the print preview reads it)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _scan_qr(path: Path, page: int = 0) -> str:
    """What a barcode scanner reads from the QR code printed on ``page``."""
    import pypdfium2 as pdfium
    from pyzbar import pyzbar

    doc = pdfium.PdfDocument(str(path))
    try:
        image = doc[page].render(scale=3).to_pil()
    finally:
        doc.close()
    found = pyzbar.decode(image)
    assert found, "no QR code on the printed page"
    return str(found[0].data.decode("utf-8"))


# ------------------------------------------------------------------ 1. first day: the ledger


HOUSEHOLDS = 8  # households of the ledger, each with its head first


def _ledger_rows(bad: dict[str, Any]) -> list[list[Any]]:
    """户号, 住址, 姓名, 性别, 与户主关系, 身份证号, 联络 — one list per person."""
    rows: list[list[Any]] = []
    seq = 40
    for h in range(1, HOUSEHOLDS + 1):
        number = f"DFHY3-{h:03d}"
        address = f"东方花园{(h - 1) // 4 + 1}号楼{h % 4 + 1}0{h % 2 + 1}室"
        members = [("户主", "男", 1955 + h), ("配偶", "女", 1957 + h), ("子", "男", 1985 + h)]
        for relation, gender, year in members[: 2 + h % 2]:
            seq += 2
            code = seq + (1 if gender == "男" else 0)  # odd for men, as on the card
            number_id = idcard.make("110105", dt.date(year, 3, h), code)
            name = f"东方{h}{relation}"
            rows.append([number, address, name, gender, relation, number_id, f"1390000{seq:04d}"])
    # the bad ones, as Excel and typing make them
    good = rows[1][5]
    rows[1][5] = int(good[:17] + "0") if good[17] == "X" else int(good)  # Excel made it a number
    bad.setdefault("fixes", []).append((rows[1][2], good))
    for r in (3, 6):  # a wrong check character
        good = rows[r][5]
        rows[r][5] = good[:17] + ("0" if good[17] != "0" else "1")
        bad.setdefault("fixes", []).append((rows[r][2], good))
    bad["fixes"].append((rows[9][2], rows[9][5]))
    rows[9][3] = rows[8][3]
    rows[9][5] = rows[8][5]  # a duplicate: the head's card typed for the spouse too
    return rows


def _ledger(path: Path, bad: dict[str, Any]) -> int:
    """The community's workbook: a title row, a two-level merged header, 户号 and 住址 merged
    down each household. Returns how many people it lists."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "第三网格"
    ws["A1"] = "工业路社区东方花园第三网格居民信息台账"
    ws.merge_cells("A1:G1")
    heads = [("户号", None), ("住址", None), ("基本信息", "姓名"), (None, "性别"),
             (None, "与户主关系"), (None, "身份证号"), ("联系方式", "联络")]  # fmt: skip
    for c, (top, sub) in enumerate(heads, 1):
        ws.cell(2, c, top)
        ws.cell(3, c, sub)
    for rng in ("A2:A3", "B2:B3", "C2:F2"):
        ws.merge_cells(rng)
    rows = _ledger_rows(bad)
    r = 4
    start = r
    for i, row in enumerate(rows):
        ws.cell(r, 1, row[0] if r == start else None)
        ws.cell(r, 2, row[1] if r == start else None)
        for c in range(2, 7):
            ws.cell(r, c + 1, row[c])
        last = i + 1 == len(rows) or rows[i + 1][0] != row[0]
        if last:
            if r > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
            start = r + 1
        r += 1
    wb.save(path)
    return len(rows)


def _run_wizard(
    qtbot: QtBot, win: Any, path: Path, steps: Any, monkeypatch: Any, drop: bool = False
) -> Any:
    """The ledger dropped on the window, or File > Import (Ctrl+I) with the open dialog
    answered with ``path``; ``steps(wizard)`` drives the wizard while it is shown (its exec
    is the user's time in it)."""
    from gridapp.ui import dialogs_io
    from gridapp.ui.import_wizard import ImportWizard

    seen: list[Any] = []

    def run(wizard: Any) -> int:
        wizard.show()
        seen.append(wizard)
        steps(wizard)
        wizard.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run)
    if drop:  # dragged from the desktop onto the window
        from PySide6.QtCore import QMimeData, QPointF, QUrl
        from PySide6.QtGui import QDropEvent

        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        win.dropEvent(event)
    else:  # File > Import… (Ctrl+I), the file chosen in the open dialog
        monkeypatch.setattr(dialogs_io, "ask_open_file", lambda *_a, **_k: str(path))
        win.act_import.trigger()
    assert seen, "the wizard did not open"
    return seen[0]


def _next(qtbot: QtBot, wizard: Any, step: int) -> None:
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.step() == step, timeout=30_000)


def _grid_of_building(win: Any) -> tuple[str, int]:
    from gridapp.services.places import leaf_grids

    with Session(win.engine) as s:
        grid = leaf_grids(s)[0]
        return grid.name, grid.id


def test_1_first_day_the_old_ledger_comes_in(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad: dict[str, Any] = {}
    ledger = tmp_path / "东方花园第三网格台账.xlsx"
    listed = _ledger(ledger, bad)
    grid, grid_id = _grid_of_building(window)
    before = _live_people(window)
    rejects = tmp_path / "未导入.xlsx"
    answers.save_as.append(str(rejects))

    def first(wizard: Any) -> None:
        assert wizard.sheet_list.count() == 1
        wizard.grid_box.setCurrentIndex(wizard.grid_box.findData(grid))  # her grid
        _next(qtbot, wizard, wizard.STEP_COLUMNS)
        # the columns recognised under the two-level header; she fixes the one it did not know
        mapping = wizard.column_mapping()
        assert mapping["户号"] and mapping["住址"], mapping
        assert mapping["身份证号"] == "id_number" and mapping["姓名"] == "name"
        assert mapping["联络"] == "", mapping
        table = wizard.column_table
        row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "联络")
        box: QComboBox = table.cellWidget(row, 2)
        box.setCurrentIndex(box.findData("phone"))
        _next(qtbot, wizard, wizard.STEP_PREVIEW)
        counts = wizard.counts_label.text()
        assert "Rejected: 4" in counts, counts
        reasons = " ".join(
            wizard.rejected_table.item(r, 3).text() for r in range(wizard.rejected_table.rowCount())
        )
        assert "校验" in reasons, reasons
        assert _live_people(window) == before  # the preview writes nothing
        _next(qtbot, wizard, wizard.STEP_DONE)
        assert "rows rejected" in wizard.done_label.text()
        _click(qtbot, wizard.rejects_button)
        assert rejects.exists()
        assert answers.kinds("info") and str(rejects) in answers.kinds("info")[-1]

    wizard = _run_wizard(qtbot, window, ledger, first, monkeypatch, drop=True)
    rejected = wizard.imported.counts()["rejected_rows"]
    assert rejected == 4
    assert _live_people(window) == before + listed - rejected
    with Session(window.engine) as s:
        phone = s.scalar(select(Person.phone).where(Person.name == "东方1户主"))
        assert phone and phone.startswith("1390000")  # the column she mapped herself
        hh = s.scalar(
            select(func.count()).select_from(Household).where(Household.number.like("DFHY3-%"))
        )
        assert hh == HOUSEHOLDS
        assert s.scalar(select(Household.grid_id).where(Household.number == "DFHY3-001")) == (
            grid_id
        )

    # she corrects the rejects workbook with the residents' cards (in Excel) …
    book = openpyxl.load_workbook(rejects)
    ws = book.worksheets[0]
    header = [c.value for c in ws[1]]
    name_col, id_col = header.index("姓名") + 1, header.index("身份证号") + 1
    fixes = dict(bad["fixes"])
    for r in range(2, ws.max_row + 1):
        name = ws.cell(r, name_col).value
        if name in fixes:
            ws.cell(r, id_col).value = fixes[name]
            ws.cell(r, header.index("性别") + 1).value = "男" if int(fixes[name][16]) % 2 else "女"
    book.save(rejects)

    # … and imports the rejects file
    def again(wizard: Any) -> None:
        wizard.grid_box.setCurrentIndex(wizard.grid_box.findData(grid))
        _next(qtbot, wizard, wizard.STEP_COLUMNS)
        _next(qtbot, wizard, wizard.STEP_PREVIEW)
        _next(qtbot, wizard, wizard.STEP_DONE)

    second = _run_wizard(qtbot, window, rejects, again, monkeypatch)
    assert second.imported.counts()["persons_created"] == len(fixes)
    assert _live_people(window) == before + listed - rejected + len(fixes)

    # importing the original ledger again changes nothing
    snapshot = _live_people(window)

    def same(wizard: Any) -> None:
        wizard.grid_box.setCurrentIndex(wizard.grid_box.findData(grid))
        _next(qtbot, wizard, wizard.STEP_COLUMNS)
        table = wizard.column_table
        row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "联络")
        box: QComboBox = table.cellWidget(row, 2)
        assert box.currentData() == "phone"  # remembered from the first time
        _next(qtbot, wizard, wizard.STEP_PREVIEW)
        _next(qtbot, wizard, wizard.STEP_DONE)

    third = _run_wizard(qtbot, window, ledger, same, monkeypatch)
    c = third.imported.counts()
    assert (c["persons_created"], c["persons_updated"], c["households_created"]) == (0, 0, 0)
    assert _live_people(window) == snapshot
    # the new people are found by the register's search
    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText("东方1户主")
    page.apply_filter()
    assert page.model.rowCount() == 1
    assert not answers.kinds("error"), answers.shown


# ------------------------------------------------------------------ 2. the monthly round


def _print_building(qtbot: QtBot, win: Any, answers: Answers, tmp_path: Path) -> tuple[Path, Any]:
    """Reports page: a grid, one of its buildings, only those due; Visit forms…; the preview."""
    from gridapp.services import visits

    win.show_page("reports")
    page = win.pages["reports"]
    with Session(win.engine) as s:
        today = dt.date.today()
        start, end = visits.session_cycle(s, today.year, today.month)
        flagged = set(visits.every_cycle_households(s, start, end))
    # her grid, and a building of it with both kinds of household due, picked in the lists
    from gridapp.pdf import data
    from gridapp.services.places import leaf_grids

    with Session(win.engine) as s:
        grids = [g.name for g in leaf_grids(s)]
    found = False
    for grid in grids:
        page.print_grid.setCurrentIndex(page.print_grid.findText(grid))
        for b in range(1, page.building.count()):
            if not page.building.itemText(b).endswith(grid):
                continue
            page.building.setCurrentIndex(b)
            with Session(win.engine) as s:
                ids = data.select_households(
                    s, grid, building_id=page.building.currentData(), due_only=True
                ).household_ids
            if len(ids) >= 3 and {i in flagged for i in ids} == {True, False}:
                found = True
                break
        if found:
            break
    assert found, "the demo register has a building with every-cycle households due"
    page.due_only.setChecked(True)
    out = tmp_path / "走访表"
    answers.save_as.append(str(out))
    _click(qtbot, _button(page, "printSheets"))
    wait_tasks(qtbot, win)
    pdf = out.with_suffix(".pdf")
    assert answers.previews == [pdf], answers.shown
    return pdf, (page.print_grid.currentText(), page.building.currentData(), flagged)


def test_2_the_monthly_round_prints_forms_building_by_building(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    pdf, (_grid, building, flagged) = _print_building(qtbot, window, answers, tmp_path)
    assert building, "no building was chosen"
    pages = _pdf_pages(pdf)
    with Session(window.engine) as s:
        homes = {
            h.number: h for h in s.scalars(select(Household).where(Household.deleted_at.is_(None)))
        }
        people = {
            p.household_id: p for p in s.scalars(select(Person).where(Person.id_number != ""))
        }
    printed = []
    for text in pages:
        numbers = [n for n in homes if n in text]
        assert numbers, text[:200]
        printed.append(max(numbers, key=len))
    ids = [homes[n].id for n in printed]
    assert len(set(ids)) == len(ids)
    # every household of the building, due this cycle, one form each; the every-cycle ones first
    with Session(window.engine) as s:
        from gridapp.db.models import Room, Unit

        walls = set(
            s.scalars(
                select(Unit.building_id)
                .join(Room, Room.unit_id == Unit.id)
                .join(Household, Household.room_id == Room.id)
                .where(Household.id.in_(ids))
            )
        )
    assert walls == {building}, "forms of other buildings of the same name were printed"
    first = [i in flagged for i in ids]
    assert any(first) and not all(first)
    assert first == sorted(first, reverse=True), printed
    # ID numbers are masked on paper
    for hid in ids:
        member = people.get(hid)
        if member is not None:
            assert not any(member.id_number in text for text in pages)
    # and each form carries its household's QR code
    from gridapp.services.search import qr_text

    assert _scan_qr(pdf, 0) == qr_text(homes[printed[0]].uuid)


# ------------------------------------------------------------------ 3. results come back


def _all_bar(page: Any) -> Any:
    from gridapp.ui.widgets.charts import CoverageBar

    bars = page.bars.findChildren(CoverageBar)
    assert bars
    return bars[0]  # "All"


def test_3_results_come_back_scanned_qr_opens_the_visit_entry(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    pdf, _ = _print_building(qtbot, window, answers, tmp_path)
    window.show_page("visits")
    page = window.pages["visits"]
    before = _all_bar(page)
    visited, due = before.visited, before.due
    scanned = [_scan_qr(pdf, n) for n in range(min(2, len(_pdf_pages(pdf))))]
    hids: list[int] = []
    for n, text in enumerate(scanned):
        # the USB scanner types the QR text and Enter into the scan box
        page.qr_edit.setFocus()
        qtbot.keyClicks(page.qr_edit, text)
        qtbot.keyClick(page.qr_edit, Qt.Key.Key_Return)
        dialog = page.visit_dialog
        assert dialog is not None and dialog.isVisible(), answers.shown
        hid = page.entry_household
        assert hid is not None and _get(window, Household, hid).number in (
            dialog.ui.householdNumber.text()
        )
        hids.append(hid)
        if n == 0:  # a broken stairwell light
            dialog.rows["requests"].boxes["有"].setChecked(True)
            dialog.rows["requests"].detail.setText("楼道灯坏了")
            dialog.ui.visitNotes.setPlainText("三单元楼道灯不亮")
        else:  # 王大爷 needs help renewing his disability card
            difficulties = dialog.rows["difficulties"]
            difficulties.boxes["其他"].setChecked(True)  # the paper has no box for a card
            difficulties.detail.setText("残疾证到期需换证")
            dialog.ui.visitNotes.setPlainText("王大爷需要帮忙换残疾证")
        _click(qtbot, _button(dialog, "saveVisit"))
        assert not dialog.isVisible(), (answers.shown, dialog.ui.problemLabel.text())
    assert answers.shown == []
    with Session(window.engine) as s:
        notes = [
            s.scalars(
                select(Visit.situation).where(Visit.household_id == h).order_by(Visit.id.desc())
            ).first()
            for h in hids
        ]
    assert notes[0] and "楼道灯" in notes[0]
    with Session(window.engine) as s:
        card = s.scalars(
            select(Visit.difficulties)
            .where(Visit.household_id == hids[-1])
            .order_by(Visit.id.desc())
        ).first()
    assert card == "其他：残疾证到期需换证"
    # coverage for the month moves: the bars on the page, redrawn
    after = _all_bar(page)
    assert after.due == due and after.visited == visited + len(set(hids))
    for hid in hids:
        assert hid not in page.due_table.row_keys()


# ------------------------------------------------------------------ 4. a small issue, a hard one


def _household(win: Any) -> tuple[int, str]:
    with Session(win.engine) as s:
        h = s.scalars(
            select(Household)
            .where(Household.deleted_at.is_(None), Household.status == "active")
            .order_by(Household.id)
        ).first()
        assert h is not None
        return h.id, h.number


def _steps(win: Any, iid: int) -> list[IssueStep]:
    with Session(win.engine) as s:
        rows = list(
            s.scalars(select(IssueStep).where(IssueStep.issue_id == iid).order_by(IssueStep.id))
        )
        s.expunge_all()
        return rows


def test_4_a_small_problem_solved_on_the_spot_and_a_hard_one_escalated(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    _hid, number = _household(window)
    window.show_page("issues")
    page = window.pages["issues"]

    # the stairwell light: registered and solved on the spot (自办自结)
    work_forms.register_issue(qtbot, page, "楼道灯不亮", "设施维修", number)
    light = page.current_issue()
    assert light is not None
    _click(qtbot, page.buttons[flow.SOLVE])
    page.step_form.ui.noteEdit.setPlainText("当场换了灯泡")
    _ok(qtbot, page.step_form)
    assert _get(window, Issue, light).state == flow.SOLVED_ON_SPOT

    # the e-bike in the corridor: escalated with a 7-day deadline, on a day a week ago
    work_forms.register_issue(qtbot, page, "楼道电动车充电纠纷", "矛盾纠纷", number)
    bike = page.current_issue()
    assert bike is not None
    _click(qtbot, page.buttons[flow.ESCALATE])
    form = page.step_form
    form.ui.toBox.setCurrentIndex(form.ui.toBox.findText("消防"))
    form.ui.noteEdit.setPlainText("楼道内电动车充电，邻里争执")
    escalated = form.ui.onEdit.date().addDays(-8)  # today is day 8 after it
    form.ui.onEdit.setDate(escalated)
    form.ui.daysBox.setValue(7)
    assert form.ui.dueEdit.date() == escalated.addDays(7)
    _ok(qtbot, form)
    assert not form.isVisible(), (form.ui.problemLabel.text(), answers.shown)
    issue = _get(window, Issue, bike)
    assert issue.state == flow.REPORTED and issue.due_on < dt.date.today()

    # day 8: shown red as overdue, in the list of overdue issues
    page.state_box.setCurrentIndex(page.state_box.findData(flow_overdue()))
    assert bike in page.table.row_keys()
    assert page.table.select_key(bike)
    assert "Overdue" in page.detail.toHtml() or "red" in page.detail.toHtml().lower()

    # the station answers, she closes it
    _click(qtbot, page.buttons[flow.CLOSE])
    page.step_form.ui.noteEdit.setPlainText("消防站已约谈，电动车移至充电棚")
    _ok(qtbot, page.step_form)
    assert _get(window, Issue, bike).state == flow.CLOSED

    # next week's return visit: the resident is satisfied (the closed issue is still the one
    # shown and selected, though it left the list of overdue ones)
    assert page.current_issue() == bike
    _click(qtbot, page.buttons["return"])
    form = page.step_form
    form.ui.satisfactionBox.setCurrentIndex(form.ui.satisfactionBox.findData("满意"))
    _ok(qtbot, form)
    assert _get(window, Issue, bike).satisfied is True

    # every step logged, with who and when, and shown on the page
    steps = _steps(window, bike)
    assert all(s.actor and s.created_at for s in steps)
    assert steps[0].action == flow.ACTION_LABELS[flow.REGISTER]
    assert steps[-1].action == flow.ACTION_LABELS[flow.RETURN_OK]
    detail = page.detail.toPlainText()
    assert steps[-1].actor in detail and "消防站已约谈" in detail
    assert answers.kinds("warn") == [] and answers.kinds("error") == []


def flow_overdue() -> str:
    from gridapp.ui.pages.issues_page import OVERDUE

    return str(OVERDUE)


# ------------------------------------------------------------------ 5. an errand


def test_5_an_errand_on_a_residents_behalf(qtbot: QtBot, window: Any, answers: Answers) -> None:
    with Session(window.engine) as s:
        person = s.scalars(
            select(Person)
            .where(Person.status == "active", Person.deleted_at.is_(None))
            .where(Person.birth_date < dt.date(1960, 1, 1))
            .order_by(Person.id)
        ).first()
        assert person is not None
        number = s.get(Household, person.household_id).number  # type: ignore[union-attr]
        pid = person.id
    window.show_page("services")
    page = window.pages["services"]
    dialog = work_forms.open_new_errand(qtbot, page)
    work_forms.fill_errand(dialog, number, pid, "残疾证办理")
    dialog.ui.errandMissing.setText("一寸照片、户口本复印件")
    _click(qtbot, dialog.ok_button())
    assert not dialog.isVisible(), (dialog.ui.problemLabel.text(), answers.shown)
    rid = page.table.current_key()
    req = _get(window, ServiceRequest, rid)
    assert req.errand == "残疾证办理" and req.person_id == pid
    assert not page.buttons[flow.SV_SUBMIT].isEnabled()  # materials missing

    # the two documents come in
    _click(qtbot, page.buttons[flow.SV_MATERIALS])
    form = page.materials_form
    form.tick("一寸照片")
    form.tick("户口本复印件")
    _ok(qtbot, form)
    assert _get(window, ServiceRequest, rid).materials_missing == ""

    # handed to the civil-affairs office with a promised date
    _click(qtbot, page.buttons[flow.SV_SUBMIT])
    form = page.step_form
    form.ui.toBox.setCurrentText("民政")
    form.ui.daysBox.setValue(15)
    promised = form.ui.dueEdit.date().toPython()
    _ok(qtbot, form)
    req = _get(window, ServiceRequest, rid)
    assert (req.state, req.office, req.promised_on) == (flow.S_SUBMITTED, "民政", promised)

    # the card comes back: done; it reached him: told the resident
    _click(qtbot, page.buttons[flow.SV_FINISH])
    form = page.step_form
    form.ui.noteEdit.setPlainText("新残疾证已领回")
    _ok(qtbot, form)
    assert not form.isVisible(), form.ui.problemLabel.text()
    assert _get(window, ServiceRequest, rid).state == flow.S_DONE
    assert page.table.current_key() == rid  # still the one chosen, though no longer "open"
    _click(qtbot, page.buttons[flow.SV_RETURN])
    form = page.step_form
    form.ui.satisfactionBox.setCurrentIndex(form.ui.satisfactionBox.findData("满意"))
    form.ui.noteEdit.setPlainText("已送到王大爷手中")
    _ok(qtbot, form)
    assert _get(window, ServiceRequest, rid).state == flow.S_RETURNED
    with Session(window.engine) as s:
        actions = list(
            s.scalars(
                select(ServiceStep.action)
                .where(ServiceStep.request_id == rid)
                .order_by(ServiceStep.id)
            )
        )
    assert len(actions) >= 5, actions
    assert "已送到王大爷手中" in page.detail.toPlainText()
    assert answers.kinds("warn") == [] and answers.kinds("error") == []


# ------------------------------------------------------------------ 6. life changes


def _household_with(win: Any, *relations: str, exclude: tuple[int, ...] = ()) -> Household:
    with Session(win.engine) as s:
        for h in s.scalars(
            select(Household)
            .where(Household.deleted_at.is_(None), Household.status == "active")
            .order_by(Household.id)
        ):
            if h.id in exclude:
                continue
            people = s.scalars(
                select(Person).where(
                    Person.household_id == h.id,
                    Person.status == "active",
                    Person.deleted_at.is_(None),
                )
            ).all()
            have = [p.relation for p in people]
            if all(have.count(r) >= relations.count(r) for r in relations):
                s.expunge(h)
                return h
    raise AssertionError(relations)


def _member(win: Any, hid: int, relation: str) -> Person:
    with Session(win.engine) as s:
        p = s.scalars(
            select(Person).where(
                Person.household_id == hid,
                Person.relation == relation,
                Person.status == "active",
            )
        ).first()
        assert p is not None
        s.expunge(p)
        return p


def _select(win: Any, person: Person) -> None:
    """The register, persons view: typed in the search box, the row clicked."""
    win.show_page("register")
    page = win.register_page
    page.show_mode("persons")
    page.search_edit.setText(person.name)
    page.apply_filter()
    page.select_row(page.model.row_of(person.id))
    assert page.current_person_id() == person.id


def _household_history(qtbot: QtBot, win: Any, hid: int, archived: bool = False) -> str:
    """The register, households view: the 户号 typed in the search box (Show archived ticked
    for one that left), its row clicked, History (Ctrl+H) — the dialog's rows as text."""
    win.show_page("register")
    page = win.register_page
    page.show_mode("households")
    page.archived_box.setChecked(archived)
    number = _get(win, Household, hid).number
    page.search_edit.setText(number)
    page.apply_filter()
    row = page.model.row_of(hid)
    assert row >= 0, f"household {number} is not found on the register page"
    page.select_row(row)
    assert page.current_household_id() == hid and page.current_person_id() is None
    assert win.act_history.isEnabled()
    win.act_history.trigger()
    dialog = win.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    text = "\n".join(
        " ".join(
            table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())
        )
        for r in range(table.rowCount())
    )
    dialog.close()
    page.archived_box.setChecked(False)
    return text


def test_6_life_changes_each_in_the_history_and_undone_the_same_day(
    qtbot: QtBot, window: Any, answers: Answers, forms: Forms
) -> None:
    from gridapp.services.changelog import verify

    born = dt.date.today() - dt.timedelta(days=3)

    # a baby is born
    family = _household_with(window, "户主", "配偶")
    mother = _member(window, family.id, "配偶")
    _select(window, mother)

    def birth(d: Any) -> None:
        d.ui.nameEdit.setText("东东")
        choose(d.ui.genderCombo, "男")
        d.ui.birthDate.setDate(born)
        assert d.ok_button.isEnabled(), d.ui.missingLabel.text()

    forms.next(birth)
    window.event_actions["event-birth"].trigger()
    assert not answers.kinds("warn"), answers.shown
    baby = _scalar(window, select(Person.id).where(Person.name == "东东"))
    assert baby is not None and _get(window, Person, baby).household_id == family.id
    text = _household_history(qtbot, window, family.id)
    assert "东东" in text and "出生" in text, text
    window.act_undo.trigger()
    assert _get(window, Person, baby).deleted_at is not None
    assert "撤销" in _household_history(qtbot, window, family.id)

    # a tenant household moves out whole: archived (not deleted), the destination recorded
    tenants = _household_with(window, "户主", exclude=(family.id,))
    _select(window, _member(window, tenants.id, "户主"))
    forms.next(lambda d: d.ui.destinationEdit.setText("江苏省南京市"))
    window.event_actions["event-move-out-household"].trigger()
    gone = _get(window, Household, tenants.id)
    assert (gone.status, gone.deleted_at) == ("archived", None)
    text = _household_history(qtbot, window, tenants.id, archived=True)
    assert "江苏省南京市" in text, text
    window.act_undo.trigger()
    assert _get(window, Household, tenants.id).status == "active"

    # 张奶奶, head of her household, dies: the app asks who is the new head
    widow = _household_with(window, "户主", "子", exclude=(family.id, tenants.id))
    head = _member(window, widow.id, "户主")
    son = _member(window, widow.id, "子")
    _select(window, head)

    def death(d: Any) -> None:
        assert d.ui.newHeadCombo.isVisibleTo(d)
        choose_data(d.ui.newHeadCombo, son.id)

    forms.next(death)
    window.event_actions["event-death"].trigger()
    assert not answers.kinds("warn"), answers.shown
    assert _get(window, Person, head.id).status == "deceased"
    assert _get(window, Household, widow.id).head_id == son.id
    text = _household_history(qtbot, window, widow.id)
    assert head.name in text and son.name in text and "户主" in text, text
    window.act_undo.trigger()
    assert _get(window, Person, head.id).status == "active"
    assert _get(window, Household, widow.id).head_id == head.id

    # a young couple splits from the parents' household into their own
    parents = _household_with(window, "户主", "子", "儿媳", exclude=(family.id, tenants.id))
    young = _member(window, parents.id, "子")
    wife = _member(window, parents.id, "儿媳")
    _select(window, young)

    def split(d: Any) -> None:
        lst = d.ui.membersList
        for i in range(lst.count()):
            if lst.item(i).data(Qt.ItemDataRole.UserRole) == wife.id:
                lst.item(i).setCheckState(Qt.CheckState.Checked)
        choose_data(d.ui.newHeadCombo, young.id)
        assert d.ok_button.isEnabled(), d.ui.missingLabel.text()

    forms.next(split)
    window.event_actions["event-split"].trigger()
    assert not answers.kinds("warn"), answers.shown
    new_hid = _get(window, Person, young.id).household_id
    assert new_hid != parents.id and _get(window, Person, wife.id).household_id == new_hid
    text = _household_history(qtbot, window, parents.id)
    assert young.name in text and wife.name in text, text
    assert young.name in _household_history(qtbot, window, new_hid)
    window.act_undo.trigger()
    assert _get(window, Person, young.id).household_id == parents.id
    assert _get(window, Person, wife.id).household_id == parents.id
    with Session(window.engine) as s:
        assert verify(s) is None


# ------------------------------------------------------------------ 7. month end


def test_7_month_end_report_unvisited_list_and_a_template(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui import dialogs_io, template_fill_dialog
    from tests.gui.test_template_fill_gui import visit_form

    window.show_page("reports")
    page = window.pages["reports"]

    # the monthly report
    answers.save_as.append(str(tmp_path / "月报.xlsx"))
    _click(qtbot, _button(page, "monthlyXlsx"))
    wait_tasks(qtbot, window)
    report = tmp_path / "月报.xlsx"
    assert report.exists()
    sheets = openpyxl.load_workbook(report, read_only=True).sheetnames
    assert len(sheets) >= 5, sheets

    # the households not yet visited
    kind = page.list_kind.findData("unvisited")
    assert kind >= 0, [page.list_kind.itemData(i) for i in range(page.list_kind.count())]
    page.list_kind.setCurrentIndex(kind)
    answers.save_as.append(str(tmp_path / "未走访.xlsx"))
    _click(qtbot, _button(page, "exportList"))
    wait_tasks(qtbot, window)
    unvisited = tmp_path / "未走访.xlsx"
    assert unvisited.exists(), answers.shown
    rows = list(openpyxl.load_workbook(unvisited).worksheets[0].iter_rows(values_only=True))
    with Session(window.engine) as s:
        from gridapp.services import visits

        today = dt.date.today()
        due = visits.due_households(s, today.year, today.month, None)
    numbers = {str(c) for r in rows for c in r if c}
    assert {d.number for d in due} <= numbers

    # the civil-affairs office's own template for the 低保 list
    template = visit_form(tmp_path / "低保名单.xlsx")
    opened: list[str] = []
    monkeypatch.setattr(dialogs_io, "ask_open_file", lambda *_a, **_k: str(template))
    monkeypatch.setattr(template_fill_dialog, "open_folder", lambda p: opened.append(str(p)))
    _click(qtbot, _button(page, "fillTemplate"))
    dialog = page.template_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.group.setCurrentIndex(dialog.group.findData("低保"))
    answers.save_as.append(str(tmp_path / "低保名单-已填"))
    _click(qtbot, dialog.ok_button())
    wait_tasks(qtbot, window)
    filled = tmp_path / "低保名单-已填.xlsx"
    assert filled.exists(), answers.shown
    ws = openpyxl.load_workbook(filled)["走访登记"]
    assert ws["A1"].value == "东方社区低保户走访登记表"
    assert ws.cell(5, 2).value  # the first name under the template's own header
    assert answers.kinds("error") == []

    # the duty roster for the month of the holiday, and her grid's contact notice
    grid, _gid = _grid_of_building(window)
    window.show_page("duty")
    duty = window.pages["duty"]
    duty.month.setDate(duty.month.date().addMonths(1))
    duty.grid_box.setCurrentIndex(duty.grid_box.findText(grid))
    if not duty.shifts:
        _click(qtbot, _button(duty, "dutyGenerate"))
    assert duty.shifts, answers.shown
    roster = tmp_path / "值班表.pdf"
    answers.save_as.append(str(roster))
    _click(qtbot, _button(duty, "dutyPrint"))
    wait_tasks(qtbot, window)
    assert answers.previews[-1] == roster and roster.read_bytes().startswith(b"%PDF")

    window.show_page("reports")
    page.print_grid.setCurrentIndex(page.print_grid.findText(grid))
    notice = tmp_path / "公示牌.pdf"
    answers.save_as.append(str(notice))
    _click(qtbot, _button(page, "printNotice"))
    wait_tasks(qtbot, window)
    assert answers.previews[-1] == notice
    assert grid in "".join(_pdf_pages(notice)).replace("\r", "").replace("\n", "")
    assert answers.kinds("error") == [] and answers.kinds("warn") == []
