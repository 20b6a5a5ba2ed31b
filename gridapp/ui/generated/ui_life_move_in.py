# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_move_in.ui'
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

class Ui_LifeMoveInForm(object):
    def setupUi(self, LifeMoveInForm):
        if not LifeMoveInForm.objectName():
            LifeMoveInForm.setObjectName(u"LifeMoveInForm")
        LifeMoveInForm.resize(520, 300)
        LifeMoveInForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeMoveInForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.householdLabel = QLabel(LifeMoveInForm)
        self.householdLabel.setObjectName(u"householdLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdSlot = QWidget(LifeMoveInForm)
        self.householdSlot.setObjectName(u"householdSlot")
        self.householdSlotLayout = QVBoxLayout(self.householdSlot)
        self.householdSlotLayout.setObjectName(u"householdSlotLayout")
        self.householdSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdSlot)

        self.nameLabel = QLabel(LifeMoveInForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LifeMoveInForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idLabel = QLabel(LifeMoveInForm)
        self.idLabel.setObjectName(u"idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(LifeMoveInForm)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(18)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.idHint = QLabel(LifeMoveInForm)
        self.idHint.setObjectName(u"idHint")
        self.idHint.setWordWrap(True)
        self.idHint.setStyleSheet(u"color: #b00020;")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.idHint)

        self.genderLabel = QLabel(LifeMoveInForm)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(LifeMoveInForm)
        self.genderCombo.setObjectName(u"genderCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.relationLabel = QLabel(LifeMoveInForm)
        self.relationLabel.setObjectName(u"relationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(LifeMoveInForm)
        self.relationCombo.setObjectName(u"relationCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.originLabel = QLabel(LifeMoveInForm)
        self.originLabel.setObjectName(u"originLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originEdit = QLineEdit(LifeMoveInForm)
        self.originEdit.setObjectName(u"originEdit")
        self.originEdit.setMaxLength(100)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.originEdit)

        self.dateLabel = QLabel(LifeMoveInForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LifeMoveInForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.missingLabel = QLabel(LifeMoveInForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeMoveInForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeMoveInForm)

        QMetaObject.connectSlotsByName(LifeMoveInForm)
    # setupUi

    def retranslateUi(self, LifeMoveInForm):
        LifeMoveInForm.setWindowTitle(QCoreApplication.translate("LifeMoveInForm", u"Move in", None))
        self.householdLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"Household *", None))
        self.nameLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"Name *", None))
        self.idLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"ID number", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("LifeMoveInForm", u"18 digits or letters; may stay empty", None))
        self.genderLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"Gender *", None))
        self.relationLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"Relation to head *", None))
        self.originLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"Moved from", None))
        self.dateLabel.setText(QCoreApplication.translate("LifeMoveInForm", u"Date of moving in *", None))
        self.missingLabel.setText("")
    # retranslateUi

