# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, passwordDialog):
        if not passwordDialog.objectName():
            passwordDialog.setObjectName(u"passwordDialog")
        passwordDialog.setMinimumSize(QSize(420, 0))
        self.passwordForm = QFormLayout(passwordDialog)
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordIntro = QLabel(passwordDialog)
        self.passwordIntro.setObjectName(u"passwordIntro")
        self.passwordIntro.setWordWrap(True)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.passwordIntro)

        self.passwordCaption = QLabel(passwordDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(passwordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordAgainCaption = QLabel(passwordDialog)
        self.passwordAgainCaption.setObjectName(u"passwordAgainCaption")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordAgainCaption)

        self.passwordAgainEdit = QLineEdit(passwordDialog)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordAgainEdit)

        self.passwordError = QLabel(passwordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setStyleSheet(u"color: #b00020")

        self.passwordForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.passwordError)

        self.buttons = QDialogButtonBox(passwordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.passwordForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttons)


        self.retranslateUi(passwordDialog)

        QMetaObject.connectSlotsByName(passwordDialog)
    # setupUi

    def retranslateUi(self, passwordDialog):
        self.passwordCaption.setText(QCoreApplication.translate("PasswordDialog", u"Password", None))
        self.passwordAgainCaption.setText(QCoreApplication.translate("PasswordDialog", u"Once more", None))
        pass
    # retranslateUi

