# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_entry.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VisitEntryDialog(object):
    def setupUi(self, VisitEntryDialog):
        if not VisitEntryDialog.objectName():
            VisitEntryDialog.setObjectName(u"VisitEntryDialog")
        VisitEntryDialog.resize(1120, 640)
        self.mainLayout = QVBoxLayout(VisitEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.householdBox = QGroupBox(VisitEntryDialog)
        self.householdBox.setObjectName(u"householdBox")
        self.householdForm = QFormLayout(self.householdBox)
        self.householdForm.setObjectName(u"householdForm")
        self.numberCaption = QLabel(self.householdBox)
        self.numberCaption.setObjectName(u"numberCaption")

        self.householdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.householdNumber = QLabel(self.householdBox)
        self.householdNumber.setObjectName(u"householdNumber")
        self.householdNumber.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.householdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdNumber)

        self.addressCaption = QLabel(self.householdBox)
        self.addressCaption.setObjectName(u"addressCaption")

        self.householdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.householdAddress = QLabel(self.householdBox)
        self.householdAddress.setObjectName(u"householdAddress")
        self.householdAddress.setWordWrap(True)

        self.householdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.householdAddress)

        self.headCaption = QLabel(self.householdBox)
        self.headCaption.setObjectName(u"headCaption")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headCaption)

        self.householdHead = QLabel(self.householdBox)
        self.householdHead.setObjectName(u"householdHead")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.householdHead)


        self.leftColumn.addWidget(self.householdBox)

        self.membersBox = QGroupBox(VisitEntryDialog)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersTable = QTableWidget(self.membersBox)
        if (self.membersTable.columnCount() < 4):
            self.membersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.membersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.membersTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.membersTable.setColumnCount(4)

        self.membersLayout.addWidget(self.membersTable)


        self.leftColumn.addWidget(self.membersBox)

        self.historyBox = QGroupBox(VisitEntryDialog)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyText = QLabel(self.historyBox)
        self.historyText.setObjectName(u"historyText")
        self.historyText.setWordWrap(True)

        self.historyLayout.addWidget(self.historyText)


        self.leftColumn.addWidget(self.historyBox)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.ticksBox = QGroupBox(VisitEntryDialog)
        self.ticksBox.setObjectName(u"ticksBox")
        self.ticksLayout = QVBoxLayout(self.ticksBox)
        self.ticksLayout.setObjectName(u"ticksLayout")
        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.dateCaption = QLabel(self.ticksBox)
        self.dateCaption.setObjectName(u"dateCaption")

        self.whenRow.addWidget(self.dateCaption)

        self.visitDate = QDateEdit(self.ticksBox)
        self.visitDate.setObjectName(u"visitDate")
        self.visitDate.setDisplayFormat(u"yyyy-MM-dd")
        self.visitDate.setCalendarPopup(True)

        self.whenRow.addWidget(self.visitDate)

        self.visitorCaption = QLabel(self.ticksBox)
        self.visitorCaption.setObjectName(u"visitorCaption")

        self.whenRow.addWidget(self.visitorCaption)

        self.visitVisitor = QComboBox(self.ticksBox)
        self.visitVisitor.setObjectName(u"visitVisitor")
        self.visitVisitor.setMinimumContentsLength(6)

        self.whenRow.addWidget(self.visitVisitor)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.ticksLayout.addLayout(self.whenRow)

        self.ticksHolder = QWidget(self.ticksBox)
        self.ticksHolder.setObjectName(u"ticksHolder")
        self.ticksGrid = QGridLayout(self.ticksHolder)
        self.ticksGrid.setObjectName(u"ticksGrid")
        self.ticksGrid.setContentsMargins(0, 0, 0, 0)

        self.ticksLayout.addWidget(self.ticksHolder)


        self.rightColumn.addWidget(self.ticksBox)

        self.notesBox = QGroupBox(VisitEntryDialog)
        self.notesBox.setObjectName(u"notesBox")
        self.notesForm = QFormLayout(self.notesBox)
        self.notesForm.setObjectName(u"notesForm")
        self.notesCaption = QLabel(self.notesBox)
        self.notesCaption.setObjectName(u"notesCaption")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.visitNotes = QPlainTextEdit(self.notesBox)
        self.visitNotes.setObjectName(u"visitNotes")
        self.visitNotes.setMaximumSize(QSize(16777215, 64))

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.visitNotes)

        self.measuresCaption = QLabel(self.notesBox)
        self.measuresCaption.setObjectName(u"measuresCaption")

        self.notesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measuresCaption)

        self.visitMeasures = QPlainTextEdit(self.notesBox)
        self.visitMeasures.setObjectName(u"visitMeasures")
        self.visitMeasures.setMaximumSize(QSize(16777215, 48))

        self.notesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visitMeasures)


        self.rightColumn.addWidget(self.notesBox)

        self.followUps = QLabel(VisitEntryDialog)
        self.followUps.setObjectName(u"followUps")
        self.followUps.setWordWrap(True)

        self.rightColumn.addWidget(self.followUps)

        self.problemLabel = QLabel(VisitEntryDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b00020;")
        self.problemLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.problemLabel)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(VisitEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(VisitEntryDialog)

        QMetaObject.connectSlotsByName(VisitEntryDialog)
    # setupUi

    def retranslateUi(self, VisitEntryDialog):
        VisitEntryDialog.setWindowTitle(QCoreApplication.translate("VisitEntryDialog", u"Record a visit", None))
        self.householdBox.setTitle(QCoreApplication.translate("VisitEntryDialog", u"Household", None))
        self.numberCaption.setText(QCoreApplication.translate("VisitEntryDialog", u"Household no.", None))
        self.addressCaption.setText(QCoreApplication.translate("VisitEntryDialog", u"Address", None))
        self.headCaption.setText(QCoreApplication.translate("VisitEntryDialog", u"Head", None))
        ___qtablewidgetitem = self.membersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VisitEntryDialog", u"Name", None))
        ___qtablewidgetitem1 = self.membersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VisitEntryDialog", u"Relation", None))
        ___qtablewidgetitem2 = self.membersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VisitEntryDialog", u"Age", None))
        ___qtablewidgetitem3 = self.membersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VisitEntryDialog", u"Groups", None))
        self.dateCaption.setText(QCoreApplication.translate("VisitEntryDialog", u"Date", None))
        self.visitorCaption.setText(QCoreApplication.translate("VisitEntryDialog", u"Visitor", None))
    # retranslateUi

