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
