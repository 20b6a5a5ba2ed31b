# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_register.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_NewRegisterDialog(object):
    def setupUi(self, NewRegisterDialog):
        if not NewRegisterDialog.objectName():
            NewRegisterDialog.setObjectName(u"NewRegisterDialog")
        NewRegisterDialog.resize(480, 300)
        NewRegisterDialog.setMinimumSize(QSize(480, 0))
        self.form = QFormLayout(NewRegisterDialog)
        self.form.setObjectName(u"form")
        self.streetLabel = QLabel(NewRegisterDialog)
        self.streetLabel.setObjectName(u"streetLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(NewRegisterDialog)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setPlaceholderText(u"\u5de5\u4e1a\u8def\u8857\u9053")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.communityLabel = QLabel(NewRegisterDialog)
        self.communityLabel.setObjectName(u"communityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.communityLabel)

        self.communityEdit = QLineEdit(NewRegisterDialog)
        self.communityEdit.setObjectName(u"communityEdit")
        self.communityEdit.setPlaceholderText(u"\u5e78\u798f\u793e\u533a")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.communityEdit)

        self.gridsLabel = QLabel(NewRegisterDialog)
        self.gridsLabel.setObjectName(u"gridsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gridsLabel)

        self.gridsEdit = QPlainTextEdit(NewRegisterDialog)
        self.gridsEdit.setObjectName(u"gridsEdit")
        self.gridsEdit.setPlaceholderText(u"\u7b2c\u4e00\u7f51\u683c\n"
"\u7b2c\u4e8c\u7f51\u683c")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gridsEdit)

        self.fileLabel = QLabel(NewRegisterDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.newRegisterFile = QLineEdit(NewRegisterDialog)
        self.newRegisterFile.setObjectName(u"newRegisterFile")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newRegisterFile)

        self.buttons = QDialogButtonBox(NewRegisterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.streetLabel.setBuddy(self.streetEdit)
        self.communityLabel.setBuddy(self.communityEdit)
        self.gridsLabel.setBuddy(self.gridsEdit)
        self.fileLabel.setBuddy(self.newRegisterFile)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewRegisterDialog)

        QMetaObject.connectSlotsByName(NewRegisterDialog)
    # setupUi

    def retranslateUi(self, NewRegisterDialog):
        NewRegisterDialog.setWindowTitle(QCoreApplication.translate("NewRegisterDialog", u"New register", None))
        self.streetLabel.setText(QCoreApplication.translate("NewRegisterDialog", u"Sub-district *", None))
        self.communityLabel.setText(QCoreApplication.translate("NewRegisterDialog", u"Community *", None))
        self.gridsLabel.setText(QCoreApplication.translate("NewRegisterDialog", u"Grids (one per line) *", None))
        self.fileLabel.setText(QCoreApplication.translate("NewRegisterDialog", u"File", None))
    # retranslateUi

