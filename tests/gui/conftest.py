"""GUI tests run the window's tasks inline (``TaskRunner.synchronous``), so a test sees each
task's outcome as soon as it starts it; tests marked ``threaded_tasks`` keep the real worker
threads (cancelling mid-way, work off the GUI thread)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _tasks_inline(request: pytest.FixtureRequest) -> Iterator[None]:
    from gridapp.ui.tasks import TaskRunner

    inline = request.node.get_closest_marker("threaded_tasks") is None
    TaskRunner.synchronous = inline
    yield
    TaskRunner.synchronous = False


@pytest.fixture(autouse=True)
def _no_unanswered_modal_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog the test does not answer would wait for a user forever (offscreen, nobody
    clicks): it fails the test at once instead. Tests answer a form by patching its class's
    ``exec`` (life_forms_support, test_register_window) or through ``dialogs_io`` (``answers``)."""
    from PySide6.QtWidgets import QDialog

    def unanswered(dialog: QDialog) -> int:
        title = dialog.windowTitle() or type(dialog).__name__
        dialog.reject()
        raise AssertionError(f"a modal dialog opened that the test does not answer: {title}")

    monkeypatch.setattr(QDialog, "exec", unanswered)
