# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'errand_new.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewErrandDialog(object):
    def setupUi(self, NewErrandDialog):
        if not NewErrandDialog.objectName():
            NewErrandDialog.setObjectName(u"NewErrandDialog")
        NewErrandDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(NewErrandDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.householdCaption = QLabel(NewErrandDialog)
        self.householdCaption.setObjectName(u"householdCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdCaption)

        self.householdHolder = QWidget(NewErrandDialog)
        self.householdHolder.setObjectName(u"householdHolder")
        self.householdLayout = QVBoxLayout(self.householdHolder)
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdHolder)

        self.personCaption = QLabel(NewErrandDialog)
        self.personCaption.setObjectName(u"personCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personCaption)

        self.errandPerson = QComboBox(NewErrandDialog)
        self.errandPerson.setObjectName(u"errandPerson")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.errandPerson)

        self.kindCaption = QLabel(NewErrandDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.errandKind = QComboBox(NewErrandDialog)
        self.errandKind.setObjectName(u"errandKind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.errandKind)

        self.dateCaption = QLabel(NewErrandDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.errandDate = QDateEdit(NewErrandDialog)
        self.errandDate.setObjectName(u"errandDate")
        self.errandDate.setDisplayFormat(u"yyyy-MM-dd")
        self.errandDate.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.errandDate)

        self.workerCaption = QLabel(NewErrandDialog)
        self.workerCaption.setObjectName(u"workerCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.workerCaption)

        self.errandWorker = QComboBox(NewErrandDialog)
        self.errandWorker.setObjectName(u"errandWorker")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.errandWorker)

        self.missingCaption = QLabel(NewErrandDialog)
        self.missingCaption.setObjectName(u"missingCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.missingCaption)

        self.errandMissing = QLineEdit(NewErrandDialog)
        self.errandMissing.setObjectName(u"errandMissing")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.errandMissing)

        self.descriptionCaption = QLabel(NewErrandDialog)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.errandDescription = QPlainTextEdit(NewErrandDialog)
        self.errandDescription.setObjectName(u"errandDescription")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.errandDescription)


        self.mainLayout.addLayout(self.form)

        self.sameRow = QHBoxLayout()
        self.sameRow.setObjectName(u"sameRow")
        self.sameErrand = QLabel(NewErrandDialog)
        self.sameErrand.setObjectName(u"sameErrand")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sameErrand.sizePolicy().hasHeightForWidth())
        self.sameErrand.setSizePolicy(sizePolicy)
        self.sameErrand.setStyleSheet(u"color: #b26a00;")
        self.sameErrand.setWordWrap(True)

        self.sameRow.addWidget(self.sameErrand)

        self.openExisting = QPushButton(NewErrandDialog)
        self.openExisting.setObjectName(u"openExisting")

        self.sameRow.addWidget(self.openExisting)


        self.mainLayout.addLayout(self.sameRow)

        self.problemLabel = QLabel(NewErrandDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b00020;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewErrandDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(NewErrandDialog)

        QMetaObject.connectSlotsByName(NewErrandDialog)
    # setupUi

    def retranslateUi(self, NewErrandDialog):
        NewErrandDialog.setWindowTitle(QCoreApplication.translate("NewErrandDialog", u"Accept an errand", None))
        self.householdCaption.setText(QCoreApplication.translate("NewErrandDialog", u"Household *", None))
        self.personCaption.setText(QCoreApplication.translate("NewErrandDialog", u"For whom *", None))
        self.kindCaption.setText(QCoreApplication.translate("NewErrandDialog", u"Errand *", None))
        self.dateCaption.setText(QCoreApplication.translate("NewErrandDialog", u"Accepted on", None))
        self.workerCaption.setText(QCoreApplication.translate("NewErrandDialog", u"Accepted by", None))
        self.missingCaption.setText(QCoreApplication.translate("NewErrandDialog", u"Materials missing", None))
        self.descriptionCaption.setText(QCoreApplication.translate("NewErrandDialog", u"Description", None))
        self.openExisting.setText(QCoreApplication.translate("NewErrandDialog", u"Open that one", None))
    # retranslateUi

