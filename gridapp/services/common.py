"""What every service shares: progress reporting, cancelling, user-facing errors."""

from __future__ import annotations

import threading
from collections.abc import Callable

# progress(done, total, message); total 0 means "unknown".
Progress = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _message: str) -> None:
    return None


class Cancelled(Exception):
    """The user cancelled; whatever the service did is rolled back."""

    def __init__(self) -> None:
        super().__init__("操作已取消，数据未改变")


class ServiceError(Exception):
    """A refusal the user must read: what is wrong and where. Nothing was changed."""


class NotFound(ServiceError):
    pass


class CancelFlag:
    """Set from the GUI thread, polled by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelFlag()
