# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workflow_step.ui'
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
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_WorkflowStepDialog(object):
    def setupUi(self, WorkflowStepDialog):
        if not WorkflowStepDialog.objectName():
            WorkflowStepDialog.setObjectName(u"WorkflowStepDialog")
        WorkflowStepDialog.resize(460, 360)
        self.mainLayout = QVBoxLayout(WorkflowStepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.recordLabel = QLabel(WorkflowStepDialog)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setWordWrap(True)
        self.recordLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.recordLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.toLabel = QLabel(WorkflowStepDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toBox = QComboBox(WorkflowStepDialog)
        self.toBox.setObjectName(u"toBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.toBox.sizePolicy().hasHeightForWidth())
        self.toBox.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toBox)

        self.handlerLabel = QLabel(WorkflowStepDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(WorkflowStepDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.onLabel = QLabel(WorkflowStepDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onEdit = QDateEdit(WorkflowStepDialog)
        self.onEdit.setObjectName(u"onEdit")
        self.onEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.onEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onEdit)

        self.dueLabel = QLabel(WorkflowStepDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QWidget(WorkflowStepDialog)
        self.dueRow.setObjectName(u"dueRow")
        self.dueLayout = QHBoxLayout(self.dueRow)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueLayout.setContentsMargins(0, 0, 0, 0)
        self.dueEdit = QDateEdit(self.dueRow)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dueEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueEdit)

        self.withinLabel = QLabel(self.dueRow)
        self.withinLabel.setObjectName(u"withinLabel")

        self.dueLayout.addWidget(self.withinLabel)

        self.daysBox = QSpinBox(self.dueRow)
        self.daysBox.setObjectName(u"daysBox")
        self.daysBox.setMinimum(0)
        self.daysBox.setMaximum(365)

        self.dueLayout.addWidget(self.daysBox)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.satisfactionLabel = QLabel(WorkflowStepDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfactionBox = QComboBox(WorkflowStepDialog)
        self.satisfactionBox.setObjectName(u"satisfactionBox")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.satisfactionBox)

        self.noteLabel = QLabel(WorkflowStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(WorkflowStepDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(WorkflowStepDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #c62828;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(WorkflowStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toBox)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.onLabel.setBuddy(self.onEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.satisfactionLabel.setBuddy(self.satisfactionBox)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toBox, self.handlerEdit)
        QWidget.setTabOrder(self.handlerEdit, self.onEdit)
        QWidget.setTabOrder(self.onEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.daysBox)
        QWidget.setTabOrder(self.daysBox, self.satisfactionBox)
        QWidget.setTabOrder(self.satisfactionBox, self.noteEdit)

        self.retranslateUi(WorkflowStepDialog)

        QMetaObject.connectSlotsByName(WorkflowStepDialog)
    # setupUi

    def retranslateUi(self, WorkflowStepDialog):
        WorkflowStepDialog.setWindowTitle(QCoreApplication.translate("WorkflowStepDialog", u"Next step", None))
        self.toLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"To *", None))
        self.handlerLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"Handler", None))
        self.handlerEdit.setPlaceholderText(QCoreApplication.translate("WorkflowStepDialog", u"Who at the station takes it (optional)", None))
        self.onLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"Done on", None))
        self.dueLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"Deadline *", None))
        self.withinLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"within", None))
        self.daysBox.setSuffix(QCoreApplication.translate("WorkflowStepDialog", u" days", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"Resident's view *", None))
        self.noteLabel.setText(QCoreApplication.translate("WorkflowStepDialog", u"Note", None))
    # retranslateUi

