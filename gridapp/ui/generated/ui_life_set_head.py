# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_set_head.ui'
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

class Ui_LifeSetHeadForm(object):
    def setupUi(self, LifeSetHeadForm):
        if not LifeSetHeadForm.objectName():
            LifeSetHeadForm.setObjectName(u"LifeSetHeadForm")
        LifeSetHeadForm.resize(520, 300)
        LifeSetHeadForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeSetHeadForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdLabel = QLabel(LifeSetHeadForm)
        self.householdLabel.setObjectName(u"householdLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdSlot = QWidget(LifeSetHeadForm)
        self.householdSlot.setObjectName(u"householdSlot")
        self.householdSlotLayout = QVBoxLayout(self.householdSlot)
        self.householdSlotLayout.setObjectName(u"householdSlotLayout")
        self.householdSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdSlot)

        self.headLabel = QLabel(LifeSetHeadForm)
        self.headLabel.setObjectName(u"headLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headCombo = QComboBox(LifeSetHeadForm)
        self.headCombo.setObjectName(u"headCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headCombo)

        self.oldHeadLabel = QLabel(LifeSetHeadForm)
        self.oldHeadLabel.setObjectName(u"oldHeadLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.oldHeadLabel)

        self.oldHeadCombo = QComboBox(LifeSetHeadForm)
        self.oldHeadCombo.setObjectName(u"oldHeadCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.oldHeadCombo)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeSetHeadForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeSetHeadForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeSetHeadForm)

        QMetaObject.connectSlotsByName(LifeSetHeadForm)
    # setupUi

    def retranslateUi(self, LifeSetHeadForm):
        LifeSetHeadForm.setWindowTitle(QCoreApplication.translate("LifeSetHeadForm", u"Make head of household", None))
        self.householdLabel.setText(QCoreApplication.translate("LifeSetHeadForm", u"Household *", None))
        self.headLabel.setText(QCoreApplication.translate("LifeSetHeadForm", u"New head *", None))
        self.oldHeadLabel.setText(QCoreApplication.translate("LifeSetHeadForm", u"Former head's relation to the new head *", None))
        self.missingLabel.setText("")
    # retranslateUi

