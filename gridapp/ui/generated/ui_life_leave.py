# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_leave.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LifeLeaveForm(object):
    def setupUi(self, LifeLeaveForm):
        if not LifeLeaveForm.objectName():
            LifeLeaveForm.setObjectName(u"LifeLeaveForm")
        LifeLeaveForm.resize(520, 300)
        LifeLeaveForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeLeaveForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(LifeLeaveForm)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personSlot = QWidget(LifeLeaveForm)
        self.personSlot.setObjectName(u"personSlot")
        self.personSlotLayout = QVBoxLayout(self.personSlot)
        self.personSlotLayout.setObjectName(u"personSlotLayout")
        self.personSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personSlot)

        self.householdLabel = QLabel(LifeLeaveForm)
        self.householdLabel.setObjectName(u"householdLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdText = QLabel(LifeLeaveForm)
        self.householdText.setObjectName(u"householdText")
        self.householdText.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.householdText)

        self.dateLabel = QLabel(LifeLeaveForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LifeLeaveForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.destinationLabel = QLabel(LifeLeaveForm)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationEdit = QLineEdit(LifeLeaveForm)
        self.destinationEdit.setObjectName(u"destinationEdit")
        self.destinationEdit.setMaxLength(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.destinationEdit)

        self.newHeadLabel = QLabel(LifeLeaveForm)
        self.newHeadLabel.setObjectName(u"newHeadLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.newHeadLabel)

        self.newHeadCombo = QComboBox(LifeLeaveForm)
        self.newHeadCombo.setObjectName(u"newHeadCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.newHeadCombo)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeLeaveForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeLeaveForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeLeaveForm)

        QMetaObject.connectSlotsByName(LifeLeaveForm)
    # setupUi

    def retranslateUi(self, LifeLeaveForm):
        LifeLeaveForm.setWindowTitle(QCoreApplication.translate("LifeLeaveForm", u"Move out", None))
        self.personLabel.setText(QCoreApplication.translate("LifeLeaveForm", u"Person *", None))
        self.householdLabel.setText(QCoreApplication.translate("LifeLeaveForm", u"Household", None))
        self.dateLabel.setText(QCoreApplication.translate("LifeLeaveForm", u"Date *", None))
        self.destinationLabel.setText(QCoreApplication.translate("LifeLeaveForm", u"Moved to *", None))
        self.newHeadLabel.setText(QCoreApplication.translate("LifeLeaveForm", u"New head of household *", None))
        self.missingLabel.setText("")
    # retranslateUi

