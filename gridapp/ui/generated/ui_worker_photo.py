# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'worker_photo.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WorkerPhotoDialog(object):
    def setupUi(self, WorkerPhotoDialog):
        if not WorkerPhotoDialog.objectName():
            WorkerPhotoDialog.setObjectName(u"WorkerPhotoDialog")
        WorkerPhotoDialog.resize(500, 330)
        self.layout = QVBoxLayout(WorkerPhotoDialog)
        self.layout.setObjectName(u"layout")
        self.workerName = QLabel(WorkerPhotoDialog)
        self.workerName.setObjectName(u"workerName")
        self.workerName.setText(u"\u2014")
        self.workerName.setWordWrap(True)

        self.layout.addWidget(self.workerName)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.photoPreview = QLabel(WorkerPhotoDialog)
        self.photoPreview.setObjectName(u"photoPreview")
        self.photoPreview.setMinimumSize(QSize(150, 200))
        self.photoPreview.setMaximumSize(QSize(150, 200))
        self.photoPreview.setFrameShape(QFrame.Shape.Box)
        self.photoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.bodyRow.addWidget(self.photoPreview)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setObjectName(u"sideColumn")
        self.photoHint = QLabel(WorkerPhotoDialog)
        self.photoHint.setObjectName(u"photoHint")
        self.photoHint.setWordWrap(True)

        self.sideColumn.addWidget(self.photoHint)

        self.photoChoose = QPushButton(WorkerPhotoDialog)
        self.photoChoose.setObjectName(u"photoChoose")

        self.sideColumn.addWidget(self.photoChoose)

        self.photoRemove = QPushButton(WorkerPhotoDialog)
        self.photoRemove.setObjectName(u"photoRemove")

        self.sideColumn.addWidget(self.photoRemove)

        self.photoState = QLabel(WorkerPhotoDialog)
        self.photoState.setObjectName(u"photoState")
        self.photoState.setText(u"")
        self.photoState.setWordWrap(True)

        self.sideColumn.addWidget(self.photoState)

        self.problem = QLabel(WorkerPhotoDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b00020;")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)

        self.sideColumn.addWidget(self.problem)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideColumn.addItem(self.sideSpacer)


        self.bodyRow.addLayout(self.sideColumn)

        self.bodyRow.setStretch(1, 1)

        self.layout.addLayout(self.bodyRow)

        self.buttons = QDialogButtonBox(WorkerPhotoDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(WorkerPhotoDialog)

        QMetaObject.connectSlotsByName(WorkerPhotoDialog)
    # setupUi

    def retranslateUi(self, WorkerPhotoDialog):
        WorkerPhotoDialog.setWindowTitle(QCoreApplication.translate("WorkerPhotoDialog", u"Worker's photo", None))
        self.photoPreview.setText(QCoreApplication.translate("WorkerPhotoDialog", u"No photo", None))
        self.photoHint.setText(QCoreApplication.translate("WorkerPhotoDialog", u"A JPEG or PNG picture from a phone or a scanner. It is turned upright, cropped to the notice board's photo box (3:4) and kept in the register, so it travels with it.", None))
        self.photoChoose.setText(QCoreApplication.translate("WorkerPhotoDialog", u"Choose a picture\u2026", None))
        self.photoRemove.setText(QCoreApplication.translate("WorkerPhotoDialog", u"Remove the photo", None))
    # retranslateUi

