"""A worker's photo for the notice board: choose a picture, see it as it will be printed,
save it or remove it (the settings page's Workers tab, button 照片…).

The picture is read and prepared by ``services.worker_photo`` (refused in the user's words
when it is not a photo); the dialog only shows it. Saving goes through ``on_save`` (the page
writes it through the services in one transaction); a refusal keeps the dialog open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridapp.services import worker_photo
from gridapp.services.common import ServiceError
from gridapp.ui import dialogs_io

PHOTO_FILTER = "JPEG / PNG (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;*"
# What on_save is given: the prepared JPEG, or None to remove the photo.
SaveFn = Callable[[bytes | None], bool]


class WorkerPhotoDialog(QDialog):
    """One worker's photo: the current one shown, a new one chosen or the photo removed;
    Save only once something changed."""

    def __init__(
        self, parent: QWidget | None, worker: str, current: bytes | None, on_save: SaveFn
    ) -> None:
        from gridapp.ui.generated.ui_worker_photo import Ui_WorkerPhotoDialog

        super().__init__(parent)
        self.ui = Ui_WorkerPhotoDialog()
        self.ui.setupUi(self)
        self.setObjectName("workerPhotoDialog")
        self.on_save = on_save
        self.current = current
        self.pending: bytes | None = current  # what Save writes
        self.ui.workerName.setText(worker)
        self.save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("Save"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.photoChoose.clicked.connect(self.choose)
        self.ui.photoRemove.clicked.connect(self.remove)
        self._show()

    @property
    def changed(self) -> bool:
        return self.pending != self.current

    def choose(self) -> None:
        path = dialogs_io.ask_open_file(self, self.tr("Choose the worker's photo"), PHOTO_FILTER)
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            jpeg = worker_photo.prepare(worker_photo.read_file(path))
        except ServiceError as exc:
            self.ui.problem.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.pending = jpeg
        self.ui.problem.setText("")
        self._show()

    def remove(self) -> None:
        self.pending = None
        self.ui.problem.setText("")
        self._show()

    def _show(self) -> None:
        preview = self.ui.photoPreview
        pixmap = QPixmap()
        if self.pending is not None and pixmap.loadFromData(self.pending):
            preview.setPixmap(
                pixmap.scaled(
                    preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.clear()
            preview.setText(self.tr("No photo"))
        self.ui.photoRemove.setEnabled(self.pending is not None)
        self.save.setEnabled(self.changed)
        if not self.changed:
            state = ""
        elif self.pending is None:
            state = self.tr("The photo will be removed when you save.")
        else:
            state = self.tr("New photo: saved when you click Save.")
        self.ui.photoState.setText(state)

    def _save(self) -> None:
        if self.changed and self.on_save(self.pending):
            self.accept()
