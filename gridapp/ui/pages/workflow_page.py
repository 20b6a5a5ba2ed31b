"""What the issue and errand pages share: they are one workflow screen over two kinds of record.
A "show" filter and a grid filter above the list, the record's detail and its steps beside it,
one button per step of the flow below (``support.flow_layout``), and the filter kept between
sessions. The texts come from each page (its own ``tr`` context, as the translation has it)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
)
from sqlalchemy.orm import Session

from gridapp.ui.pages.support import WorkPage
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.tables import RowTable

OPEN = "__open"
OVERDUE = "__overdue"

Step = tuple[dt.datetime, str, str, str, str]  # at, actor, what was done, state reached, note


class Listed(Protocol):
    """A row of the list: its key and whether it is late."""

    @property
    def id(self) -> int: ...

    @property
    def overdue(self) -> bool: ...


def overdue_html(text: str) -> str:
    return f"<p style='color:#c62828'><b>{html.escape(text)}</b></p>"


def steps_html(steps: Iterable[Step]) -> str:
    """The record's steps, oldest first (the page puts its heading above): each one's name and
    the state it reached, when and by whom, then its note on a line of its own (the detail pane
    is narrow: a table would break the dates)."""
    e = html.escape
    parts = []
    for at, actor, label, to_state, note in steps:
        when = " · ".join(t for t in (at.strftime("%Y-%m-%d %H:%M"), actor) if t)
        # "上报 → 上报" says nothing: the state is shown only where it differs from the step
        moved = f" → {e(to_state)}" if to_state and to_state != label else ""
        line = f"<b>{e(label)}</b>{moved}&nbsp;&nbsp;<span style='color:#777'>{e(when)}</span>"
        if note:
            line += f"<br/>{e(note)}"
        parts.append(f"<p style='margin:0 0 6px 0'>{line}</p>")
    return "".join(parts)


class WorkflowPage(WorkPage):
    """The shared part of the issue and errand pages; they build their own form and steps."""

    show_box: QComboBox
    grid_box: QComboBox
    counts: QLabel
    table: RowTable
    detail: QTextBrowser
    buttons: dict[str, QPushButton]
    splitter: QSplitter

    def _adopt(self, ui: Any, prefix: str, actions: Sequence[str], table_name: str) -> None:
        """Take the page's widgets from its form (forms/<page>.ui, set up on this page): the
        show and grid filters (each reloads the page), the counts, the list (a RowTable put
        into the form's ``tableSlot``), the detail, the splitter and one button per step,
        named ``{prefix}_{action}`` in the form."""
        self.show_box = getattr(ui, f"{prefix}{'State' if prefix == 'issue' else 'Show'}")
        self.grid_box = getattr(ui, f"{prefix}Grid")
        for box in (self.show_box, self.grid_box):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.counts = getattr(ui, f"{prefix}Counts")
        self.detail = getattr(ui, f"{prefix}Detail")
        self.splitter = getattr(ui, f"{prefix}sSplitter")
        self.table = RowTable(table_name)
        self.table.itemSelectionChanged.connect(self._show_current)
        ui.tableLayout.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([800, 380])
        self.buttons = {a: getattr(ui, f"{prefix}_{a}") for a in actions}
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
        mark_writes(*self.buttons.values())  # every step writes (a read-only window greys them)
        self._update_buttons(None)

    # ------------------------------------------------------------ what each page says

    def _show_current(self, session: Session | None = None) -> None:
        raise NotImplementedError

    def _update_buttons(self, state: str | None) -> None:
        raise NotImplementedError

    def act(self, action: str) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ shared

    def _fill_table(
        self,
        headers: list[str],
        rows: Sequence[Listed],
        cells: list[list[object]],
        counts: str,
        stretch: int,
    ) -> None:
        """The list (late rows in red) and the counts: ``counts`` has %1 for the rows, %2 for
        the late ones. Column ``stretch`` (the title, the errand) takes the spare width; the
        others keep the width of their text (dates, numbers, states)."""
        self.table.set_rows(headers, cells, [r.id for r in rows], [r.overdue for r in rows])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        if 0 <= stretch < len(headers):
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        overdue = sum(1 for r in rows if r.overdue)
        self.counts.setText(counts.replace("%1", str(len(rows))).replace("%2", str(overdue)))

    def keep_chosen(self, key: int) -> None:
        """After a step: the record stays the one chosen. A step can take it out of the list
        shown (closed, done: no longer "not finished" or "overdue"); then the list shows all,
        rather than the selection (and the step buttons) falling on another record."""
        if self.table.select_key(key):
            return
        self.show_box.setCurrentIndex(self.show_box.findData(""))  # reloads the page
        self.table.select_key(key)

    def _show_nothing(self, text: str) -> None:
        self.detail.setHtml("<p style='color:#777'>" + html.escape(text) + "</p>")
        self._update_buttons(None)

    def save_state(self) -> dict[str, object]:
        return {"show": self.show_box.currentData(), "splitter": self.splitter.saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        show = state.get("show")
        if isinstance(show, str):
            index = self.show_box.findData(show)
            if index >= 0:
                self.show_box.blockSignals(True)
                self.show_box.setCurrentIndex(index)
                self.show_box.blockSignals(False)
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
