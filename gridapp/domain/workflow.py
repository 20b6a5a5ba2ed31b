"""One shape for every piece of work that moves through states: an issue (问题) and an errand
(代办) alike have states, actions that move between them, a deadline (办理时限) and open
states that can be overdue. A :class:`Workflow` holds one such table and answers from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass


class TransitionError(ValueError):
    """An action the current state does not allow; the message is for the user."""


@dataclass(frozen=True)
class Workflow:
    """``transitions``: action -> {from state: to state}; ``labels``: action -> its Chinese name
    (shown in the step log); ``pending``: the states whose deadline can pass (overdue)."""

    kind: str  # in "未知的问题状态"
    noun: str  # in "问题当前状态为…"
    states: tuple[str, ...]
    open_states: tuple[str, ...]
    pending: tuple[str, ...]
    labels: Mapping[str, str]
    transitions: Mapping[str, Mapping[str, str]]
    first_action: str  # the action logged as a new record's first step (登记, 受理)
    nothing_left: str = "无"  # what "可做的操作" says when no action is allowed

    def allowed_actions(self, state: str) -> list[str]:
        return [action for action, moves in self.transitions.items() if state in moves]

    def next_state(self, state: str, action: str) -> str:
        """The state after ``action``, or TransitionError saying why not."""
        if state not in self.states:
            raise TransitionError(f"未知的{self.kind}状态：{state}")
        moves = self.transitions.get(action)
        if moves is None:
            raise TransitionError(f"未知的操作：{action}")
        if state not in moves:
            label = self.labels.get(action, action)
            possible = "、".join(self.labels[a] for a in self.allowed_actions(state))
            raise TransitionError(
                f"{self.noun}当前状态为“{state}”，不能“{label}”。"
                f"可做的操作：{possible or self.nothing_left}"
            )
        return moves[state]

    def is_open(self, state: str) -> bool:
        return state in self.open_states

    def is_overdue(self, state: str, due_on: dt.date | None, today: dt.date) -> bool:
        """Overdue: work still pending and the deadline has passed."""
        return due_on is not None and state in self.pending and today > due_on
