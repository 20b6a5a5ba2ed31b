# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_move_person.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LifeMovePersonForm(object):
    def setupUi(self, LifeMovePersonForm):
        if not LifeMovePersonForm.objectName():
            LifeMovePersonForm.setObjectName(u"LifeMovePersonForm")
        LifeMovePersonForm.resize(520, 300)
        LifeMovePersonForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeMovePersonForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(LifeMovePersonForm)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personSlot = QWidget(LifeMovePersonForm)
        self.personSlot.setObjectName(u"personSlot")
        self.personSlotLayout = QVBoxLayout(self.personSlot)
        self.personSlotLayout.setObjectName(u"personSlotLayout")
        self.personSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personSlot)

        self.targetLabel = QLabel(LifeMovePersonForm)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetSlot = QWidget(LifeMovePersonForm)
        self.targetSlot.setObjectName(u"targetSlot")
        self.targetSlotLayout = QVBoxLayout(self.targetSlot)
        self.targetSlotLayout.setObjectName(u"targetSlotLayout")
        self.targetSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetSlot)

        self.relationLabel = QLabel(LifeMovePersonForm)
        self.relationLabel.setObjectName(u"relationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(LifeMovePersonForm)
        self.relationCombo.setObjectName(u"relationCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.newHeadLabel = QLabel(LifeMovePersonForm)
        self.newHeadLabel.setObjectName(u"newHeadLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newHeadLabel)

        self.newHeadCombo = QComboBox(LifeMovePersonForm)
        self.newHeadCombo.setObjectName(u"newHeadCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newHeadCombo)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeMovePersonForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeMovePersonForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeMovePersonForm)

        QMetaObject.connectSlotsByName(LifeMovePersonForm)
    # setupUi

    def retranslateUi(self, LifeMovePersonForm):
        LifeMovePersonForm.setWindowTitle(QCoreApplication.translate("LifeMovePersonForm", u"Move to another household", None))
        self.personLabel.setText(QCoreApplication.translate("LifeMovePersonForm", u"Person *", None))
        self.targetLabel.setText(QCoreApplication.translate("LifeMovePersonForm", u"New household *", None))
        self.relationLabel.setText(QCoreApplication.translate("LifeMovePersonForm", u"Relation to its head *", None))
        self.newHeadLabel.setText(QCoreApplication.translate("LifeMovePersonForm", u"New head of the old household *", None))
        self.missingLabel.setText("")
    # retranslateUi

