# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, personDialog):
        if not personDialog.objectName():
            personDialog.setObjectName(u"personDialog")
        personDialog.resize(780, 420)
        personDialog.setMinimumSize(QSize(760, 0))
        self.dialogLayout = QVBoxLayout(personDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.columns.setObjectName(u"columns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.leftForm.setHorizontalSpacing(10)
        self.leftForm.setVerticalSpacing(6)
        self.nameEditLabel = QLabel(personDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(personDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.formerNameEditLabel = QLabel(personDialog)
        self.formerNameEditLabel.setObjectName(u"formerNameEditLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formerNameEditLabel)

        self.formerNameEdit = QLineEdit(personDialog)
        self.formerNameEdit.setObjectName(u"formerNameEdit")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formerNameEdit)

        self.idEditLabel = QLabel(personDialog)
        self.idEditLabel.setObjectName(u"idEditLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idEditLabel)

        self.idEdit = QLineEdit(personDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(20)

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.idHint = QLabel(personDialog)
        self.idHint.setObjectName(u"idHint")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idHint)

        self.genderBoxLabel = QLabel(personDialog)
        self.genderBoxLabel.setObjectName(u"genderBoxLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.genderBoxLabel)

        self.genderBox = QComboBox(personDialog)
        self.genderBox.setObjectName(u"genderBox")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.genderBox)

        self.birthEditLabel = QLabel(personDialog)
        self.birthEditLabel.setObjectName(u"birthEditLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthEditLabel)

        self.birthEdit = QDateEdit(personDialog)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setCalendarPopup(True)
        self.birthEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.birthEdit.setMinimumDate(QDate(1900, 1, 1))

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.ageLabelLabel = QLabel(personDialog)
        self.ageLabelLabel.setObjectName(u"ageLabelLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ageLabelLabel)

        self.ageLabel = QLabel(personDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ageLabel)

        self.ethnicityBoxLabel = QLabel(personDialog)
        self.ethnicityBoxLabel.setObjectName(u"ethnicityBoxLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.ethnicityBoxLabel)

        self.ethnicityBox = QComboBox(personDialog)
        self.ethnicityBox.setObjectName(u"ethnicityBox")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ethnicityBox)

        self.relationBoxLabel = QLabel(personDialog)
        self.relationBoxLabel.setObjectName(u"relationBoxLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.relationBoxLabel)

        self.relationBox = QComboBox(personDialog)
        self.relationBox.setObjectName(u"relationBox")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.relationBox)

        self.categoryBoxLabel = QLabel(personDialog)
        self.categoryBoxLabel.setObjectName(u"categoryBoxLabel")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.categoryBoxLabel)

        self.categoryBox = QComboBox(personDialog)
        self.categoryBox.setObjectName(u"categoryBox")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.categoryBox)

        self.movedInEditLabel = QLabel(personDialog)
        self.movedInEditLabel.setObjectName(u"movedInEditLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.movedInEditLabel)

        self.movedInEdit = QDateEdit(personDialog)
        self.movedInEdit.setObjectName(u"movedInEdit")
        self.movedInEdit.setCalendarPopup(True)
        self.movedInEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.movedInEdit.setMinimumDate(QDate(1900, 1, 1))

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.movedInEdit)


        self.columns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rightForm.setHorizontalSpacing(10)
        self.rightForm.setVerticalSpacing(6)
        self.phoneEditLabel = QLabel(personDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(personDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneHint = QLabel(personDialog)
        self.phoneHint.setObjectName(u"phoneHint")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneHint)

        self.phoneOtherEditLabel = QLabel(personDialog)
        self.phoneOtherEditLabel.setObjectName(u"phoneOtherEditLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneOtherEditLabel)

        self.phoneOtherEdit = QLineEdit(personDialog)
        self.phoneOtherEdit.setObjectName(u"phoneOtherEdit")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneOtherEdit)

        self.politicalBoxLabel = QLabel(personDialog)
        self.politicalBoxLabel.setObjectName(u"politicalBoxLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.politicalBoxLabel)

        self.politicalBox = QComboBox(personDialog)
        self.politicalBox.setObjectName(u"politicalBox")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.politicalBox)

        self.educationBoxLabel = QLabel(personDialog)
        self.educationBoxLabel.setObjectName(u"educationBoxLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.educationBoxLabel)

        self.educationBox = QComboBox(personDialog)
        self.educationBox.setObjectName(u"educationBox")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.educationBox)

        self.maritalBoxLabel = QLabel(personDialog)
        self.maritalBoxLabel.setObjectName(u"maritalBoxLabel")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.maritalBoxLabel)

        self.maritalBox = QComboBox(personDialog)
        self.maritalBox.setObjectName(u"maritalBox")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.maritalBox)

        self.healthBoxLabel = QLabel(personDialog)
        self.healthBoxLabel.setObjectName(u"healthBoxLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.healthBoxLabel)

        self.healthBox = QComboBox(personDialog)
        self.healthBox.setObjectName(u"healthBox")
        self.healthBox.setEditable(True)

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.healthBox)

        self.occupationEditLabel = QLabel(personDialog)
        self.occupationEditLabel.setObjectName(u"occupationEditLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.occupationEditLabel)

        self.occupationEdit = QLineEdit(personDialog)
        self.occupationEdit.setObjectName(u"occupationEdit")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.occupationEdit)

        self.employerEditLabel = QLabel(personDialog)
        self.employerEditLabel.setObjectName(u"employerEditLabel")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.employerEditLabel)

        self.employerEdit = QLineEdit(personDialog)
        self.employerEdit.setObjectName(u"employerEdit")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.hukouEditLabel = QLabel(personDialog)
        self.hukouEditLabel.setObjectName(u"hukouEditLabel")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hukouEditLabel)

        self.hukouEdit = QLineEdit(personDialog)
        self.hukouEdit.setObjectName(u"hukouEdit")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hukouEdit)


        self.columns.addLayout(self.rightForm)


        self.dialogLayout.addLayout(self.columns)

        self.notesLabel = QLabel(personDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.dialogLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(personDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 60))
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.dialogLayout.addWidget(self.notesEdit)

        self.buttons = QDialogButtonBox(personDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(personDialog)

        QMetaObject.connectSlotsByName(personDialog)
    # setupUi

    def retranslateUi(self, personDialog):
        self.nameEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Name *", None))
        self.formerNameEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Former name", None))
        self.idEditLabel.setText(QCoreApplication.translate("PersonDialog", u"ID number", None))
        self.genderBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Gender", None))
        self.birthEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Birth date", None))
        self.birthEdit.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"not recorded", None))
        self.ageLabelLabel.setText(QCoreApplication.translate("PersonDialog", u"Age", None))
        self.ethnicityBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Ethnicity", None))
        self.relationBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Relation to head *", None))
        self.categoryBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Category", None))
        self.movedInEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Moved in on", None))
        self.movedInEdit.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"not recorded", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Phone", None))
        self.phoneOtherEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Other phones", None))
        self.politicalBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Political status", None))
        self.educationBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Education", None))
        self.maritalBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Marital status", None))
        self.healthBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"Health", None))
        self.occupationEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Occupation", None))
        self.employerEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Employer or school", None))
        self.hukouEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Registered address", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"Notes", None))
        pass
    # retranslateUi

