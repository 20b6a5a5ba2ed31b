"""The one way a form's OK works: what is missing is named first, then an action that archives
someone is confirmed, then the form saves; a refusal (nothing saved) keeps it open as typed.

Every form (life events, visits, issues, errands, their steps) derives from ``CheckedForm`` and
says only what is its own: ``problems`` (what still needs filling in, in the user's words),
``confirmation`` (the question to ask, or "") and ``save`` (True once stored).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from gridapp.ui import dialogs_io


class CheckedForm(QDialog):
    def problems(self) -> list[str]:
        return []

    def show_problems(self, problems: list[str]) -> None:
        """In the form's own red line (``ui.problemLabel``); a form without one says it in a box."""
        label = getattr(getattr(self, "ui", None), "problemLabel", None)
        if label is not None:
            label.setText("\n".join(problems))
        elif problems:
            dialogs_io.warn(self, self.windowTitle(), "\n".join(problems))

    def confirmation(self) -> str:
        return ""

    def save(self) -> bool:
        return True

    def try_accept(self) -> None:
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return
        question = self.confirmation()
        if question and not dialogs_io.confirm(self, self.windowTitle(), question):
            return
        if self.save():
            QDialog.accept(self)
