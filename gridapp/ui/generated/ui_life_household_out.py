# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_household_out.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LifeHouseholdOutForm(object):
    def setupUi(self, LifeHouseholdOutForm):
        if not LifeHouseholdOutForm.objectName():
            LifeHouseholdOutForm.setObjectName(u"LifeHouseholdOutForm")
        LifeHouseholdOutForm.resize(520, 300)
        LifeHouseholdOutForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeHouseholdOutForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(LifeHouseholdOutForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdLabel = QLabel(LifeHouseholdOutForm)
        self.householdLabel.setObjectName(u"householdLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdSlot = QWidget(LifeHouseholdOutForm)
        self.householdSlot.setObjectName(u"householdSlot")
        self.householdSlotLayout = QVBoxLayout(self.householdSlot)
        self.householdSlotLayout.setObjectName(u"householdSlotLayout")
        self.householdSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdSlot)

        self.membersLabel = QLabel(LifeHouseholdOutForm)
        self.membersLabel.setObjectName(u"membersLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersList = QListWidget(LifeHouseholdOutForm)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setMinimumSize(QSize(0, 90))
        self.membersList.setMaximumSize(QSize(16777215, 160))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.membersList)

        self.destinationLabel = QLabel(LifeHouseholdOutForm)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationEdit = QLineEdit(LifeHouseholdOutForm)
        self.destinationEdit.setObjectName(u"destinationEdit")
        self.destinationEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.destinationEdit)

        self.dateLabel = QLabel(LifeHouseholdOutForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LifeHouseholdOutForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeHouseholdOutForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeHouseholdOutForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeHouseholdOutForm)

        QMetaObject.connectSlotsByName(LifeHouseholdOutForm)
    # setupUi

    def retranslateUi(self, LifeHouseholdOutForm):
        LifeHouseholdOutForm.setWindowTitle(QCoreApplication.translate("LifeHouseholdOutForm", u"Whole household moves out", None))
        self.introLabel.setText(QCoreApplication.translate("LifeHouseholdOutForm", u"Every member on the register moves out and the household is archived.", None))
        self.householdLabel.setText(QCoreApplication.translate("LifeHouseholdOutForm", u"Household *", None))
        self.membersLabel.setText(QCoreApplication.translate("LifeHouseholdOutForm", u"Members who leave", None))
        self.destinationLabel.setText(QCoreApplication.translate("LifeHouseholdOutForm", u"Moved to *", None))
        self.dateLabel.setText(QCoreApplication.translate("LifeHouseholdOutForm", u"Date *", None))
        self.missingLabel.setText("")
    # retranslateUi

