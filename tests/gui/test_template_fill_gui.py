"""一表通 in the GUI: the reports page fills another office's Excel form through the column
mapping dialog; corrections are remembered for the form (the CLI and the service use them)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Border, Font, PatternFill, Side
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, MappingProfile
from gridapp.domain import idcard
from gridapp.services import groups
from tests.gui import page_support
from tests.gui.page_support import Answers, wait_tasks

answers = page_support.answers
window = page_support.window

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADS = [("序号", None), ("基本信息", "姓名"), (None, "性别"), (None, "出生年月"),
         (None, "身份证号码"), ("联系方式", "居民本人电话"), (None, "家属电话"),
         ("居住地址", None), ("低保证号", None)]  # fmt: skip


def visit_form(path: Path, data_rows: int = 3) -> Path:
    """The sub-district's form: a title, a two-level merged header, a footer and a note."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "走访登记"
    ws["A1"] = "东方社区低保户走访登记表"
    ws.merge_cells("A1:I1")
    ws["A2"] = "填报单位：            填报日期：    年  月  日"
    for c, (top, sub) in enumerate(HEADS, 1):
        ws.cell(3, c, top)
        ws.cell(4, c, sub)
        for r in (3, 4):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
    for rng in ("A3:A4", "B3:E3", "F3:G3", "H3:H4", "I3:I4"):
        ws.merge_cells(rng)
    for r in range(5, 5 + data_rows):
        for c in range(1, 10):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).font = Font(name="仿宋", size=12)
    footer = 5 + data_rows
    ws.cell(footer, 1, "填表人：")
    ws.cell(footer, 6, "审核人：")
    ws.cell(footer + 1, 1, "注：每月25日前报街道。")
    wb.save(path)
    return path


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The template file the open dialog answers with (first item), the folders opened after."""
    from gridapp.ui import dialogs_io, template_fill_dialog

    answer: list[str] = []
    monkeypatch.setattr(dialogs_io, "ask_open_file", lambda *_a, **_k: answer[0])
    monkeypatch.setattr(template_fill_dialog, "open_folder", lambda p: answer.append(f"open:{p}"))
    yield answer


def _click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open_dialog(qtbot: QtBot, page: Any) -> Any:
    _click(qtbot, page.findChild(QPushButton, "fillTemplate"))
    dialog = page.template_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _choose(dialog: Any, label: str, target: str) -> None:
    box = dialog.combo(label)
    index = box.findData(target)
    assert index >= 0, (label, target)
    box.setCurrentIndex(index)


def _row_note(dialog: Any, label: str) -> str:
    row = [c.label for c in dialog.info.columns].index(label)
    return str(dialog.table.item(row, 3).text())


def test_fill_a_form_with_a_correction(
    qtbot: QtBot,
    window: Any,
    answers: Answers,
    chosen: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gridapp.ui import dialogs_io

    asked: list[str] = []
    monkeypatch.setattr(dialogs_io, "confirm", lambda _p, _t, text: asked.append(text) or True)
    template = visit_form(tmp_path / "走访登记表.xlsx")
    chosen.append(str(template))
    window.show_page("reports")
    page = window.pages["reports"]
    dialog = _open_dialog(qtbot, page)

    # what was found: the sheet, the header over rows 3-4, each column's field
    assert "走访登记" in dialog.found.text() and "3–4" in dialog.found.text()
    assert dialog.chosen() == {
        "序号": "seq", "姓名": "name", "性别": "gender", "出生年月": "birth_date",
        "身份证号码": "id_number", "居民本人电话": "", "家属电话": "", "居住地址": "address",
        "低保证号": "",
    }  # fmt: skip
    assert _row_note(dialog, "居民本人电话") == "left empty"
    assert "居民本人电话" in dialog.summary.text() and "家属电话" in dialog.summary.text()

    # the user corrects one column, then picks the 低保 group: its own field 低保证号 is found,
    # the correction stays
    _choose(dialog, "居民本人电话", "phone")
    assert _row_note(dialog, "居民本人电话") == "changed by you"
    dialog.group.setCurrentIndex(dialog.group.findData("低保"))
    assert dialog.chosen()["低保证号"] == "extra:低保证号"
    assert dialog.chosen()["居民本人电话"] == "phone"
    assert "居民本人电话" not in dialog.summary.text() and "家属电话" in dialog.summary.text()
    # full ID numbers are a disclosure: the dialog says so
    assert not dialog.full_id_warning.isVisible()
    _click(qtbot, dialog.full_id)
    assert dialog.full_id_warning.isVisible()
    assert "change log" in dialog.full_id_warning.text()

    # OK asks for the output; cancelling that keeps the dialog and its corrections
    answers.save_as.append(None)
    _click(qtbot, dialog.ok_button())
    assert dialog.isVisible() and not window.tasks.running
    out = tmp_path / "已填写"
    answers.save_as.append(str(out))
    _click(qtbot, dialog.ok_button())
    assert not dialog.isVisible()
    wait_tasks(qtbot, window)
    out = out.with_suffix(".xlsx")
    assert answers.kinds("warn") == [] and answers.kinds("error") == []
    assert len(asked) == 1 and "家属电话" in asked[0] and str(out) in asked[0]
    assert chosen[-1] == f"open:{out}"
    assert str(out) in page.status.text()

    # the filled form, read back
    with Session(window.engine) as s:
        members = {m.name: m for m in groups.group_members(s, "dibao")}
    ws = openpyxl.load_workbook(out)["走访登记"]
    assert ws["A1"].value == "东方社区低保户走访登记表" and ws["A2"].value.startswith("填报单位")
    assert [ws.cell(4, c).value for c in (2, 6, 7)] == ["姓名", "居民本人电话", "家属电话"]
    rows = [[c.value for c in ws[r]] for r in range(5, 5 + len(members))]
    assert len(members) > 3  # more than the form's three ruled rows: the footer moved down
    for n, (seq, name, gender, born, id_text, phone, family, address, number) in enumerate(rows, 1):
        m = members[name]
        assert seq == n and gender == m.gender and address == m.address
        assert id_text == m.id_number and idcard.is_valid(id_text)  # full, as asked
        assert phone == (m.phone or None) and family is None
        assert number == m.fields.get("低保证号")
        assert born is not None and born.date() == m.birth_date
    last = 4 + len(members)
    cell = ws.cell(last, 2)
    assert cell.font.name == "仿宋" and cell.font.size == 12 and cell.border.left.style == "thin"
    assert ws.cell(last, 5).data_type == "s" and ws.cell(last, 5).number_format == "@"
    assert ws.cell(last + 1, 1).value == "填表人：" and ws.cell(last + 1, 6).value == "审核人："
    assert ws.cell(last + 2, 1).value.startswith("注：")
    assert {"A3:A4", "B3:E3", "F3:G3"} <= {str(r) for r in ws.merged_cells.ranges}
    assert openpyxl.load_workbook(template).active.cell(5, 2).value is None  # template untouched

    # the disclosure is in the change log; the correction is remembered for this form
    with Session(window.engine) as s:
        disclosed = s.scalars(select(ChangeLog).where(ChangeLog.action == "disclose")).all()
        assert any("走访登记表" in (e.note or "") for e in disclosed)
        profiles = s.scalars(select(MappingProfile).where(MappingProfile.kind == "template"))
        assert [p.mapping for p in profiles] == [{"居民本人电话": "phone"}]

    # next month: the same form under another name opens with the correction preset
    chosen[0] = str(visit_form(tmp_path / "十二月.xlsx", data_rows=10))
    again = _open_dialog(qtbot, page)
    assert again is not dialog
    assert again.chosen()["居民本人电话"] == "phone"
    assert _row_note(again, "居民本人电话") == "remembered"
    _click(qtbot, again.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not again.isVisible() and not window.tasks.running

    # ... and so does the service behind `gridapp export template`
    from gridapp.export.template_fill import TemplateOptions, fill_template

    with session_scope(window.engine) as s:
        result = fill_template(
            s, Path(chosen[0]), tmp_path / "cli.xlsx", TemplateOptions(group="低保")
        )
    assert ("居民本人电话", "联系电话") in result.mapped
    assert result.unfilled == ["家属电话"]


def test_unusable_templates_are_explained(
    qtbot: QtBot, window: Any, answers: Answers, chosen: list[str], tmp_path: Path
) -> None:
    window.show_page("reports")
    page = window.pages["reports"]
    tmp_path = tmp_path / "forms"
    tmp_path.mkdir()
    broken = tmp_path / "损坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    no_header = tmp_path / "说明.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "请各社区于月底前报送"
    wb.save(no_header)
    old = tmp_path / "老模板.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    text = tmp_path / "名单.csv"
    text.write_text("姓名,身份证号\n", encoding="utf-8")
    chosen.append("")
    before = sorted(tmp_path.iterdir())
    for path, words in (
        (broken, "damaged"),
        (no_header, "No header"),
        (old, ".xls"),
        (text, "CSV"),
        (tmp_path / "gone.xlsx", "not found"),
    ):
        chosen[0] = str(path)
        _click(qtbot, page.findChild(QPushButton, "fillTemplate"))
        warned = answers.kinds("warn")
        assert len(warned) == 1 and words in warned[0] and path.name in warned[0], warned
        assert "Traceback" not in warned[0]
        answers.shown.clear()
        assert page.template_dialog is None and not window.tasks.running
    assert sorted(tmp_path.iterdir()) == before  # nothing written


def test_output_open_in_excel(
    qtbot: QtBot,
    window: Any,
    answers: Answers,
    chosen: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gridapp.export import template_fill

    @contextmanager
    def locked(out: Path) -> Iterator[Path]:
        raise PermissionError(13, "Permission denied", str(out))
        yield out

    monkeypatch.setattr(template_fill, "atomic_path", locked)
    chosen.append(str(visit_form(tmp_path / "form.xlsx")))
    window.show_page("reports")
    dialog = _open_dialog(qtbot, window.pages["reports"])
    _choose(dialog, "居民本人电话", "phone")
    answers.save_as.append(str(tmp_path / "out.xlsx"))
    _click(qtbot, dialog.ok_button())
    wait_tasks(qtbot, window)
    warned = answers.kinds("warn")
    assert len(warned) == 1 and "open in Excel" in warned[0] and "out.xlsx" in warned[0]
    assert answers.kinds("error") == []
    assert not (tmp_path / "out.xlsx").exists()
    with Session(window.engine) as s:  # rolled back: nothing remembered
        assert not s.scalars(select(MappingProfile).where(MappingProfile.kind == "template")).all()


@pytest.mark.threaded_tasks  # cancels mid-way: needs the real worker thread
def test_cancel_the_fill(
    qtbot: QtBot,
    window: Any,
    answers: Answers,
    chosen: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gridapp.export import template_fill

    gate = threading.Event()
    real = template_fill.fill_template

    def slow(*args: Any, **kwargs: Any) -> Any:
        gate.wait(30)  # until the user has pressed Cancel
        return real(*args, **kwargs)

    monkeypatch.setattr(template_fill, "fill_template", slow)
    chosen.append(str(visit_form(tmp_path / "form.xlsx")))
    window.show_page("reports")
    dialog = _open_dialog(qtbot, window.pages["reports"])
    _choose(dialog, "居民本人电话", "phone")
    answers.save_as.append(str(tmp_path / "out.xlsx"))
    _click(qtbot, dialog.ok_button())
    (task,) = window.tasks.running
    qtbot.waitUntil(task.dialog.isVisible)  # the progress dialog, while the work waits
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None
    _click(qtbot, cancel)
    gate.set()
    wait_tasks(qtbot, window)
    assert task.outcome == "cancelled"
    assert answers.kinds("info") == ["Cancelled; nothing was changed."]
    assert not (tmp_path / "out.xlsx").exists()
    assert chosen == [str(tmp_path / "form.xlsx")]  # no folder opened
    with Session(window.engine) as s:
        assert not s.scalars(select(MappingProfile).where(MappingProfile.kind == "template")).all()
