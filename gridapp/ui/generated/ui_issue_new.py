# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issue_new.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewIssueDialog(object):
    def setupUi(self, NewIssueDialog):
        if not NewIssueDialog.objectName():
            NewIssueDialog.setObjectName(u"NewIssueDialog")
        NewIssueDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(NewIssueDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.householdCaption = QLabel(NewIssueDialog)
        self.householdCaption.setObjectName(u"householdCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdCaption)

        self.householdHolder = QWidget(NewIssueDialog)
        self.householdHolder.setObjectName(u"householdHolder")
        self.householdLayout = QVBoxLayout(self.householdHolder)
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdHolder)

        self.publicArea = QCheckBox(NewIssueDialog)
        self.publicArea.setObjectName(u"publicArea")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.publicArea)

        self.gridCaption = QLabel(NewIssueDialog)
        self.gridCaption.setObjectName(u"gridCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gridCaption)

        self.issueGrid = QComboBox(NewIssueDialog)
        self.issueGrid.setObjectName(u"issueGrid")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issueGrid)

        self.titleCaption = QLabel(NewIssueDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.issueTitle = QLineEdit(NewIssueDialog)
        self.issueTitle.setObjectName(u"issueTitle")
        self.issueTitle.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issueTitle)

        self.categoryCaption = QLabel(NewIssueDialog)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.issueCategory = QComboBox(NewIssueDialog)
        self.issueCategory.setObjectName(u"issueCategory")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issueCategory)

        self.urgencyCaption = QLabel(NewIssueDialog)
        self.urgencyCaption.setObjectName(u"urgencyCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.urgencyCaption)

        self.issueUrgency = QComboBox(NewIssueDialog)
        self.issueUrgency.setObjectName(u"issueUrgency")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.issueUrgency)

        self.deadlineCaption = QLabel(NewIssueDialog)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.issueDeadline = QDateEdit(NewIssueDialog)
        self.issueDeadline.setObjectName(u"issueDeadline")
        self.issueDeadline.setDisplayFormat(u"yyyy-MM-dd")
        self.issueDeadline.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.issueDeadline)

        self.descriptionCaption = QLabel(NewIssueDialog)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.issueDescription = QPlainTextEdit(NewIssueDialog)
        self.issueDescription.setObjectName(u"issueDescription")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.issueDescription)


        self.mainLayout.addLayout(self.form)

        self.problemLabel = QLabel(NewIssueDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b00020;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewIssueDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(NewIssueDialog)

        QMetaObject.connectSlotsByName(NewIssueDialog)
    # setupUi

    def retranslateUi(self, NewIssueDialog):
        NewIssueDialog.setWindowTitle(QCoreApplication.translate("NewIssueDialog", u"Register an issue", None))
        self.householdCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Household *", None))
        self.publicArea.setText(QCoreApplication.translate("NewIssueDialog", u"Public area (no household)", None))
        self.gridCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Grid *", None))
        self.titleCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Title *", None))
        self.categoryCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Category", None))
        self.urgencyCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Urgency", None))
        self.deadlineCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Deadline", None))
        self.descriptionCaption.setText(QCoreApplication.translate("NewIssueDialog", u"Description", None))
    # retranslateUi

