# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_split.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LifeSplitForm(object):
    def setupUi(self, LifeSplitForm):
        if not LifeSplitForm.objectName():
            LifeSplitForm.setObjectName(u"LifeSplitForm")
        LifeSplitForm.resize(560, 300)
        LifeSplitForm.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(LifeSplitForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(LifeSplitForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdLabel = QLabel(LifeSplitForm)
        self.householdLabel.setObjectName(u"householdLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdSlot = QWidget(LifeSplitForm)
        self.householdSlot.setObjectName(u"householdSlot")
        self.householdSlotLayout = QVBoxLayout(self.householdSlot)
        self.householdSlotLayout.setObjectName(u"householdSlotLayout")
        self.householdSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdSlot)

        self.membersLabel = QLabel(LifeSplitForm)
        self.membersLabel.setObjectName(u"membersLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersList = QListWidget(LifeSplitForm)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setMinimumSize(QSize(0, 90))
        self.membersList.setMaximumSize(QSize(16777215, 160))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.membersList)

        self.newHeadLabel = QLabel(LifeSplitForm)
        self.newHeadLabel.setObjectName(u"newHeadLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newHeadLabel)

        self.newHeadCombo = QComboBox(LifeSplitForm)
        self.newHeadCombo.setObjectName(u"newHeadCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newHeadCombo)

        self.numberLabel = QLabel(LifeSplitForm)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(LifeSplitForm)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(30)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.addressLabel = QLabel(LifeSplitForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(LifeSplitForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.gridLabel = QLabel(LifeSplitForm)
        self.gridLabel.setObjectName(u"gridLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.gridLabel)

        self.gridCombo = QComboBox(LifeSplitForm)
        self.gridCombo.setObjectName(u"gridCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gridCombo)

        self.oldHeadLabel = QLabel(LifeSplitForm)
        self.oldHeadLabel.setObjectName(u"oldHeadLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.oldHeadLabel)

        self.oldHeadCombo = QComboBox(LifeSplitForm)
        self.oldHeadCombo.setObjectName(u"oldHeadCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.oldHeadCombo)

        self.dateLabel = QLabel(LifeSplitForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LifeSplitForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeSplitForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeSplitForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeSplitForm)

        QMetaObject.connectSlotsByName(LifeSplitForm)
    # setupUi

    def retranslateUi(self, LifeSplitForm):
        LifeSplitForm.setWindowTitle(QCoreApplication.translate("LifeSplitForm", u"Split the household", None))
        self.introLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Tick the members who form the new household.", None))
        self.householdLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Household *", None))
        self.membersLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Members who leave *", None))
        self.newHeadLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Head of the new household *", None))
        self.numberLabel.setText(QCoreApplication.translate("LifeSplitForm", u"No. of the new household", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("LifeSplitForm", u"Empty: the grid's next number", None))
        self.addressLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Address of the new household *", None))
        self.gridLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Grid *", None))
        self.oldHeadLabel.setText(QCoreApplication.translate("LifeSplitForm", u"New head of the old household *", None))
        self.dateLabel.setText(QCoreApplication.translate("LifeSplitForm", u"Date *", None))
        self.missingLabel.setText("")
    # retranslateUi

