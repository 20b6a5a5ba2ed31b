"""Two fixes in the import and template dialogs.

* A file that is not a spreadsheet at all (a PDF, a Word document, a photo, a zip, an HTML "xls"
  export, nothing) renamed .xlsx: import step 1 says what it really is and what to do, not
  "damaged or not a real spreadsheet" with advice to re-save it in Excel.
* A 一表通 form with an instruction row and an example row under its header: the template
  dialog says the residents replace them, from the row the fill really writes first.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from gridapp.importer import readers
from tests.core.test_template_hints import EXAMPLE, HINT, system_template
from tests.gui import page_support
from tests.gui.page_support import Answers, wait_tasks

answers = page_support.answers
window = page_support.window


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("照片/1.txt", "not a workbook")
    return out.getvalue()


def _ole(stream: str) -> bytes:
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 504
        + stream.encode("utf-16-le")
        + b"\x00" * 600
    )


HTML_XLS = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>'
    "<body><table><tr><td>姓名</td><td>身份证号</td></tr></table></body></html>"
).encode()

# file name → its bytes, what the message must say the file is
FOREIGN: dict[str, tuple[bytes, str]] = {
    "报表.xlsx": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(300), "PDF 文件"),
    "通知.xlsx": (_docx(), "Word 文档"),
    "旧通知.xls": (_ole("WordDocument"), "Word 文档"),
    "截图.xlsx": (b"\x89PNG\r\n\x1a\n" + bytes(300), "图片"),
    "照片.xls": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(300), "图片"),
    "打包.xlsx": (_zip(), "压缩包"),
    "系统导出.xls": (HTML_XLS, "网页"),
    "空白.xlsx": (b"", "空"),
}


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_the_reader_names_what_a_foreign_file_is(tmp_path: Path, name: str) -> None:
    data, what = FOREIGN[name]
    path = tmp_path / name
    path.write_bytes(data)
    for read in (readers.sheet_names, readers.read_book):
        with pytest.raises(readers.NotASpreadsheet) as info:
            read(path)
        message = str(info.value)
        assert what in message and name in message, message
        assert "不是真正的电子表格" not in message and "Traceback" not in message
    assert "请" in message  # and what to do


def test_real_workbooks_are_not_taken_for_foreign_files(tmp_path: Path) -> None:
    good = tmp_path / "台账.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.save(good)
    assert readers.sheet_names(good) == ["Sheet"]
    csv = tmp_path / "台账.csv"
    csv.write_text("姓名,身份证号\n张三,110105194912310029\n", encoding="utf-8")
    assert readers.read_book(csv)[0].rows[0] == ["姓名", "身份证号"]
    damaged = tmp_path / "坏了.xlsx"
    damaged.write_bytes(good.read_bytes()[:600])  # a cut workbook is still "damaged"
    with pytest.raises(readers.ServiceError, match="损坏") as info:
        readers.read_book(damaged)
    assert not isinstance(info.value, readers.NotASpreadsheet)


def test_import_of_a_renamed_pdf_says_it_is_a_pdf(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    from gridapp.ui.import_wizard import ImportWizard

    path = tmp_path / "十一月台账.xlsx"
    path.write_bytes(FOREIGN["报表.xlsx"][0])
    wizard = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(wizard)
    wizard.show()
    problem = wizard.findChild(QLabel, "fileProblem")
    assert problem.isVisible()
    text = problem.text()
    assert "PDF" in text and "十一月台账.xlsx" in text and "原始的 Excel 台账" in text
    assert "save it as an Excel workbook" not in text  # re-saving a PDF would not help
    assert not wizard.findChild(QListWidget, "sheetList").isVisible()
    next_button = wizard.findChild(QPushButton, "nextButton")
    assert not next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.step() == wizard.STEP_FILE and not window.tasks.running
    wizard.close()


def test_a_damaged_workbook_keeps_the_save_as_advice(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    from gridapp.ui.import_wizard import ImportWizard

    path = tmp_path / "乱码.xlsx"
    path.write_bytes(bytes(range(256)) * 20)
    wizard = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(wizard)
    assert "save it as an Excel workbook" in wizard.file_problem.text()
    wizard.close()


def test_the_template_dialog_shows_the_hint_rows_the_residents_replace(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui import dialogs_io, template_fill_dialog

    monkeypatch.setattr(template_fill_dialog, "open_folder", lambda _p: None)
    monkeypatch.setattr(dialogs_io, "confirm", lambda *_a: True)
    template = system_template(tmp_path / "一表通.xlsx", HINT, EXAMPLE)  # header 2, hints 3-4
    monkeypatch.setattr(dialogs_io, "ask_open_file", lambda *_a, **_k: str(template))
    window.show_page("reports")
    page = window.pages["reports"]
    qtbot.mouseClick(page.findChild(QPushButton, "fillTemplate"), Qt.MouseButton.LeftButton)
    dialog = page.template_dialog
    qtbot.waitUntil(dialog.isVisible)
    found = dialog.found.text()
    assert "header in row 2" in found and "from row 3 on" in found
    assert "from row 3 on, in place of the form's instructions and examples in rows 3–4" in found, (
        found
    )

    out = tmp_path / "filled.xlsx"
    answers.save_as.append(str(out))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot, window)
    ws = openpyxl.load_workbook(out)["人口信息"]
    assert ws.cell(2, 2).value == "姓名"
    assert ws.cell(3, 1).value == 1 and ws.cell(3, 2).value  # the first resident: row 3, as said
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "填写说明" not in text and "张三" not in text


def test_a_form_without_hints_says_nothing_about_them(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    from sqlalchemy.orm import Session

    from gridapp.export.template_fill import inspect_template
    from gridapp.ui.template_fill_dialog import TemplateFillDialog

    template = system_template(tmp_path / "plain.xlsx", [""] * 8, None)
    with Session(window.engine) as s:
        info = inspect_template(s, template)
    assert info.hint_rows == 0 and info.hint_range is None and info.data_row == 3
    dialog = TemplateFillDialog(info, lambda _g: info, [], [], parent=window)
    qtbot.addWidget(dialog)
    assert "from row 3 on" in dialog.found.text()
    assert "instructions" not in dialog.found.text()
