# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'worker_new.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WorkerNewDialog(object):
    def setupUi(self, WorkerNewDialog):
        if not WorkerNewDialog.objectName():
            WorkerNewDialog.setObjectName(u"WorkerNewDialog")
        WorkerNewDialog.resize(420, 220)
        self.layout = QVBoxLayout(WorkerNewDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.gridLabel = QLabel(WorkerNewDialog)
        self.gridLabel.setObjectName(u"gridLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gridLabel)

        self.workerGridName = QLabel(WorkerNewDialog)
        self.workerGridName.setObjectName(u"workerGridName")
        self.workerGridName.setText(u"\u2014")
        self.workerGridName.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workerGridName)

        self.nameLabel = QLabel(WorkerNewDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.workerName = QLineEdit(WorkerNewDialog)
        self.workerName.setObjectName(u"workerName")
        self.workerName.setMaxLength(32)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workerName)

        self.phoneLabel = QLabel(WorkerNewDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.workerPhone = QLineEdit(WorkerNewDialog)
        self.workerPhone.setObjectName(u"workerPhone")
        self.workerPhone.setMaxLength(32)
        self.workerPhone.setPlaceholderText(u"13800000000")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.workerPhone)

        self.roleLabel = QLabel(WorkerNewDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.workerRole = QComboBox(WorkerNewDialog)
        self.workerRole.setObjectName(u"workerRole")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workerRole)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(WorkerNewDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b00020;")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(WorkerNewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.workerName)
        self.phoneLabel.setBuddy(self.workerPhone)
        self.roleLabel.setBuddy(self.workerRole)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkerNewDialog)

        QMetaObject.connectSlotsByName(WorkerNewDialog)
    # setupUi

    def retranslateUi(self, WorkerNewDialog):
        WorkerNewDialog.setWindowTitle(QCoreApplication.translate("WorkerNewDialog", u"Add worker", None))
        self.gridLabel.setText(QCoreApplication.translate("WorkerNewDialog", u"Grid", None))
        self.nameLabel.setText(QCoreApplication.translate("WorkerNewDialog", u"Name *", None))
        self.phoneLabel.setText(QCoreApplication.translate("WorkerNewDialog", u"Phone", None))
        self.roleLabel.setText(QCoreApplication.translate("WorkerNewDialog", u"Role", None))
    # retranslateUi

