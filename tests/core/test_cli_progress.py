"""The one progress line of the long commands: on a terminal only, in place, ended at 100%."""

from __future__ import annotations

import io

import pytest

from gridapp.cli.common import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    progress(0, 0, "读取文件")  # no total yet: nothing to show
    progress(1, 3, "写入数据")
    progress(5, 3, "写入数据")  # never past 100%
    assert screen.getvalue() == "\r写入数据  33%\r写入数据 100%\n"


def test_no_progress_into_a_file_or_a_script(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.StringIO()
    monkeypatch.setattr("sys.stderr", piped)
    progress(1, 2, "写入数据")
    assert piped.getvalue() == ""
