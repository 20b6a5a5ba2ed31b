# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_birth.ui'
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

class Ui_LifeBirthForm(object):
    def setupUi(self, LifeBirthForm):
        if not LifeBirthForm.objectName():
            LifeBirthForm.setObjectName(u"LifeBirthForm")
        LifeBirthForm.resize(520, 300)
        LifeBirthForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeBirthForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(LifeBirthForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdLabel = QLabel(LifeBirthForm)
        self.householdLabel.setObjectName(u"householdLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdSlot = QWidget(LifeBirthForm)
        self.householdSlot.setObjectName(u"householdSlot")
        self.householdSlotLayout = QVBoxLayout(self.householdSlot)
        self.householdSlotLayout.setObjectName(u"householdSlotLayout")
        self.householdSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdSlot)

        self.parentLabel = QLabel(LifeBirthForm)
        self.parentLabel.setObjectName(u"parentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(LifeBirthForm)
        self.parentCombo.setObjectName(u"parentCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.nameLabel = QLabel(LifeBirthForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LifeBirthForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.genderLabel = QLabel(LifeBirthForm)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(LifeBirthForm)
        self.genderCombo.setObjectName(u"genderCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthLabel = QLabel(LifeBirthForm)
        self.birthLabel.setObjectName(u"birthLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthDate = QDateEdit(LifeBirthForm)
        self.birthDate.setObjectName(u"birthDate")
        self.birthDate.setCalendarPopup(True)
        self.birthDate.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDate)

        self.relationLabel = QLabel(LifeBirthForm)
        self.relationLabel.setObjectName(u"relationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(LifeBirthForm)
        self.relationCombo.setObjectName(u"relationCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.idLabel = QLabel(LifeBirthForm)
        self.idLabel.setObjectName(u"idLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(LifeBirthForm)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(18)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.idHint = QLabel(LifeBirthForm)
        self.idHint.setObjectName(u"idHint")
        self.idHint.setWordWrap(True)
        self.idHint.setStyleSheet(u"color: #b00020;")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.idHint)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeBirthForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeBirthForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeBirthForm)

        QMetaObject.connectSlotsByName(LifeBirthForm)
    # setupUi

    def retranslateUi(self, LifeBirthForm):
        LifeBirthForm.setWindowTitle(QCoreApplication.translate("LifeBirthForm", u"Birth", None))
        self.introLabel.setText(QCoreApplication.translate("LifeBirthForm", u"The baby is registered in the household; the relation to the head follows from the mother or father.", None))
        self.householdLabel.setText(QCoreApplication.translate("LifeBirthForm", u"Household *", None))
        self.parentLabel.setText(QCoreApplication.translate("LifeBirthForm", u"Mother or father *", None))
        self.nameLabel.setText(QCoreApplication.translate("LifeBirthForm", u"Name of the baby *", None))
        self.genderLabel.setText(QCoreApplication.translate("LifeBirthForm", u"Gender *", None))
        self.birthLabel.setText(QCoreApplication.translate("LifeBirthForm", u"Date of birth *", None))
        self.relationLabel.setText(QCoreApplication.translate("LifeBirthForm", u"Relation to head *", None))
        self.idLabel.setText(QCoreApplication.translate("LifeBirthForm", u"ID number", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("LifeBirthForm", u"18 digits or letters; may stay empty", None))
        self.missingLabel.setText("")
    # retranslateUi

