# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_HouseholdDialog(object):
    def setupUi(self, householdDialog):
        if not householdDialog.objectName():
            householdDialog.setObjectName(u"householdDialog")
        householdDialog.resize(560, 520)
        householdDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(householdDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.householdForm = QFormLayout()
        self.householdForm.setObjectName(u"householdForm")
        self.householdForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdForm.setHorizontalSpacing(10)
        self.householdForm.setVerticalSpacing(6)
        self.numberEditLabel = QLabel(householdDialog)
        self.numberEditLabel.setObjectName(u"numberEditLabel")

        self.householdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberEditLabel)

        self.numberEdit = QLineEdit(householdDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.householdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.gridBoxLabel = QLabel(householdDialog)
        self.gridBoxLabel.setObjectName(u"gridBoxLabel")

        self.householdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gridBoxLabel)

        self.gridBox = QComboBox(householdDialog)
        self.gridBox.setObjectName(u"gridBox")

        self.householdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.gridBox)

        self.addressEditLabel = QLabel(householdDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(householdDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.kindBoxLabel = QLabel(householdDialog)
        self.kindBoxLabel.setObjectName(u"kindBoxLabel")

        self.householdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindBoxLabel)

        self.kindBox = QComboBox(householdDialog)
        self.kindBox.setObjectName(u"kindBox")

        self.householdForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.housingBoxLabel = QLabel(householdDialog)
        self.housingBoxLabel.setObjectName(u"housingBoxLabel")

        self.householdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.housingBoxLabel)

        self.housingBox = QComboBox(householdDialog)
        self.housingBox.setObjectName(u"housingBox")

        self.householdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.housingBox)

        self.ownerEditLabel = QLabel(householdDialog)
        self.ownerEditLabel.setObjectName(u"ownerEditLabel")

        self.householdForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerEditLabel)

        self.ownerEdit = QLineEdit(householdDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.householdForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.landlordEditLabel = QLabel(householdDialog)
        self.landlordEditLabel.setObjectName(u"landlordEditLabel")

        self.householdForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.landlordEditLabel)

        self.landlordEdit = QLineEdit(householdDialog)
        self.landlordEdit.setObjectName(u"landlordEdit")

        self.householdForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.landlordEdit)

        self.landlordPhoneEditLabel = QLabel(householdDialog)
        self.landlordPhoneEditLabel.setObjectName(u"landlordPhoneEditLabel")

        self.householdForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.landlordPhoneEditLabel)

        self.landlordPhoneEdit = QLineEdit(householdDialog)
        self.landlordPhoneEdit.setObjectName(u"landlordPhoneEdit")

        self.householdForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.landlordPhoneEdit)

        self.phoneHint = QLabel(householdDialog)
        self.phoneHint.setObjectName(u"phoneHint")

        self.householdForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneHint)

        self.hazardsEditLabel = QLabel(householdDialog)
        self.hazardsEditLabel.setObjectName(u"hazardsEditLabel")

        self.householdForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hazardsEditLabel)

        self.hazardsEdit = QLineEdit(householdDialog)
        self.hazardsEdit.setObjectName(u"hazardsEdit")

        self.householdForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hazardsEdit)

        self.notesEditLabel = QLabel(householdDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.householdForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(householdDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.householdForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.householdForm)

        self.headBox = QGroupBox(householdDialog)
        self.headBox.setObjectName(u"headBox")
        self.headForm = QFormLayout(self.headBox)
        self.headForm.setObjectName(u"headForm")
        self.headForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.headForm.setHorizontalSpacing(10)
        self.headForm.setVerticalSpacing(6)
        self.headNameLabel = QLabel(self.headBox)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(self.headBox)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.headIdLabel = QLabel(self.headBox)
        self.headIdLabel.setObjectName(u"headIdLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headIdLabel)

        self.headIdEdit = QLineEdit(self.headBox)
        self.headIdEdit.setObjectName(u"headIdEdit")

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headIdEdit)

        self.headHint = QLabel(self.headBox)
        self.headHint.setObjectName(u"headHint")

        self.headForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headHint)

        self.headPhoneLabel = QLabel(self.headBox)
        self.headPhoneLabel.setObjectName(u"headPhoneLabel")

        self.headForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headPhoneLabel)

        self.headPhoneEdit = QLineEdit(self.headBox)
        self.headPhoneEdit.setObjectName(u"headPhoneEdit")

        self.headForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headPhoneEdit)


        self.dialogLayout.addWidget(self.headBox)

        self.buttons = QDialogButtonBox(householdDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(householdDialog)

        QMetaObject.connectSlotsByName(householdDialog)
    # setupUi

    def retranslateUi(self, householdDialog):
        self.numberEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Household no.", None))
        self.gridBoxLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Grid *", None))
        self.addressEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Address *", None))
        self.kindBoxLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Kind", None))
        self.housingBoxLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Housing", None))
        self.ownerEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Owner", None))
        self.landlordEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Landlord", None))
        self.landlordPhoneEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Landlord phone", None))
        self.hazardsEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Hazards", None))
        self.notesEditLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Notes", None))
        self.headBox.setTitle(QCoreApplication.translate("HouseholdDialog", u"Head of household", None))
        self.headNameLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Name *", None))
        self.headIdLabel.setText(QCoreApplication.translate("HouseholdDialog", u"ID number", None))
        self.headPhoneLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Phone", None))
        pass
    # retranslateUi

