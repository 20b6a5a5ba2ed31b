# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'life_group.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LifeGroupForm(object):
    def setupUi(self, LifeGroupForm):
        if not LifeGroupForm.objectName():
            LifeGroupForm.setObjectName(u"LifeGroupForm")
        LifeGroupForm.resize(520, 300)
        LifeGroupForm.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LifeGroupForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(LifeGroupForm)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personSlot = QWidget(LifeGroupForm)
        self.personSlot.setObjectName(u"personSlot")
        self.personSlotLayout = QVBoxLayout(self.personSlot)
        self.personSlotLayout.setObjectName(u"personSlotLayout")
        self.personSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personSlot)

        self.groupLabel = QLabel(LifeGroupForm)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(LifeGroupForm)
        self.groupCombo.setObjectName(u"groupCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.dateLabel = QLabel(LifeGroupForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LifeGroupForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(LifeGroupForm)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(LifeGroupForm)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.fieldsBox = QGroupBox(LifeGroupForm)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.fieldsBox.setVisible(False)
        self.fieldsForm = QFormLayout(self.fieldsBox)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.mainLayout.addWidget(self.fieldsBox)

        self.missingLabel = QLabel(LifeGroupForm)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.missingLabel)

        self.buttons = QDialogButtonBox(LifeGroupForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(LifeGroupForm)

        QMetaObject.connectSlotsByName(LifeGroupForm)
    # setupUi

    def retranslateUi(self, LifeGroupForm):
        LifeGroupForm.setWindowTitle(QCoreApplication.translate("LifeGroupForm", u"Enter a special group", None))
        self.personLabel.setText(QCoreApplication.translate("LifeGroupForm", u"Person *", None))
        self.groupLabel.setText(QCoreApplication.translate("LifeGroupForm", u"Group *", None))
        self.dateLabel.setText(QCoreApplication.translate("LifeGroupForm", u"Date *", None))
        self.reasonLabel.setText(QCoreApplication.translate("LifeGroupForm", u"Reason", None))
        self.fieldsBox.setTitle(QCoreApplication.translate("LifeGroupForm", u"The group's own information", None))
        self.missingLabel.setText("")
    # retranslateUi

