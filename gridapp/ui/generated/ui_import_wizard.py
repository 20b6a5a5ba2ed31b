# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, importWizard):
        if not importWizard.objectName():
            importWizard.setObjectName(u"importWizard")
        importWizard.resize(860, 560)
        self.dialogLayout = QVBoxLayout(importWizard)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepLabel = QLabel(importWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.stepLabel)

        self.steps = QStackedWidget(importWizard)
        self.steps.setObjectName(u"steps")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileCaption = QLabel(self.filePage)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.fileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.sheetsCaption = QLabel(self.filePage)
        self.sheetsCaption.setObjectName(u"sheetsCaption")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetsCaption)

        self.sheetList = QListWidget(self.filePage)
        self.sheetList.setObjectName(u"sheetList")
        self.sheetList.setMaximumSize(QSize(16777215, 140))

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetList)

        self.fileProblem = QLabel(self.filePage)
        self.fileProblem.setObjectName(u"fileProblem")
        self.fileProblem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.fileProblem.setWordWrap(True)

        self.fileForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.fileProblem)

        self.profileCaption = QLabel(self.filePage)
        self.profileCaption.setObjectName(u"profileCaption")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.profileCaption)

        self.profileBox = QComboBox(self.filePage)
        self.profileBox.setObjectName(u"profileBox")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.profileBox)

        self.gridCaption = QLabel(self.filePage)
        self.gridCaption.setObjectName(u"gridCaption")

        self.fileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gridCaption)

        self.gridBox = QComboBox(self.filePage)
        self.gridBox.setObjectName(u"gridBox")

        self.fileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gridBox)

        self.newGridCaption = QLabel(self.filePage)
        self.newGridCaption.setObjectName(u"newGridCaption")

        self.fileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.newGridCaption)

        self.newGridEdit = QLineEdit(self.filePage)
        self.newGridEdit.setObjectName(u"newGridEdit")

        self.fileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newGridEdit)

        self.communityCaption = QLabel(self.filePage)
        self.communityCaption.setObjectName(u"communityCaption")

        self.fileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.communityCaption)

        self.communityBox = QComboBox(self.filePage)
        self.communityBox.setObjectName(u"communityBox")

        self.fileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.communityBox)

        self.compoundCaption = QLabel(self.filePage)
        self.compoundCaption.setObjectName(u"compoundCaption")

        self.fileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.compoundCaption)

        self.compoundEdit = QLineEdit(self.filePage)
        self.compoundEdit.setObjectName(u"compoundEdit")

        self.fileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.compoundEdit)


        self.filePageLayout.addLayout(self.fileForm)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

        self.steps.addWidget(self.filePage)
        self.columnsPage = QWidget()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsPageLayout = QVBoxLayout(self.columnsPage)
        self.columnsPageLayout.setObjectName(u"columnsPageLayout")
        self.columnsIntro = QLabel(self.columnsPage)
        self.columnsIntro.setObjectName(u"columnsIntro")

        self.columnsPageLayout.addWidget(self.columnsIntro)

        self.columnTable = QTableWidget(self.columnsPage)
        if (self.columnTable.columnCount() < 3):
            self.columnTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.columnTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.columnTable.setObjectName(u"columnTable")
        self.columnTable.horizontalHeader().setStretchLastSection(True)
        self.columnTable.verticalHeader().setVisible(False)

        self.columnsPageLayout.addWidget(self.columnTable)

        self.profileRow = QHBoxLayout()
        self.profileRow.setObjectName(u"profileRow")
        self.saveProfileButton = QPushButton(self.columnsPage)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileRow.addWidget(self.saveProfileButton)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileRow.addItem(self.profileSpacer)


        self.columnsPageLayout.addLayout(self.profileRow)

        self.steps.addWidget(self.columnsPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.countsLabel = QLabel(self.previewPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.countsLabel)

        self.placesLabel = QLabel(self.previewPage)
        self.placesLabel.setObjectName(u"placesLabel")
        self.placesLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.placesLabel)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.rejectedTab = QWidget()
        self.rejectedTab.setObjectName(u"rejectedTab")
        self.rejectedTabLayout = QVBoxLayout(self.rejectedTab)
        self.rejectedTabLayout.setObjectName(u"rejectedTabLayout")
        self.rejectedTabLayout.setContentsMargins(0, 0, 0, 0)
        self.rejectedTable = QTableWidget(self.rejectedTab)
        if (self.rejectedTable.columnCount() < 4):
            self.rejectedTable.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rejectedTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.rejectedTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.rejectedTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.rejectedTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectedTable.horizontalHeader().setStretchLastSection(True)
        self.rejectedTable.verticalHeader().setVisible(False)

        self.rejectedTabLayout.addWidget(self.rejectedTable)

        self.previewTabs.addTab(self.rejectedTab, "")
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.rejectedTab), u"Rejected")
        self.diffTab = QWidget()
        self.diffTab.setObjectName(u"diffTab")
        self.diffTabLayout = QVBoxLayout(self.diffTab)
        self.diffTabLayout.setObjectName(u"diffTabLayout")
        self.diffTabLayout.setContentsMargins(0, 0, 0, 0)
        self.diffTable = QTableWidget(self.diffTab)
        if (self.diffTable.columnCount() < 6):
            self.diffTable.setColumnCount(6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(5, __qtablewidgetitem12)
        self.diffTable.setObjectName(u"diffTable")
        self.diffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diffTable.horizontalHeader().setStretchLastSection(True)
        self.diffTable.verticalHeader().setVisible(False)

        self.diffTabLayout.addWidget(self.diffTable)

        self.previewTabs.addTab(self.diffTab, "")
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.diffTab), u"Updates")
        self.warningsTab = QWidget()
        self.warningsTab.setObjectName(u"warningsTab")
        self.warningsTabLayout = QVBoxLayout(self.warningsTab)
        self.warningsTabLayout.setObjectName(u"warningsTabLayout")
        self.warningsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.warningsTable = QTableWidget(self.warningsTab)
        if (self.warningsTable.columnCount() < 4):
            self.warningsTable.setColumnCount(4)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.warningsTable.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.warningsTable.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.warningsTable.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.warningsTable.setHorizontalHeaderItem(3, __qtablewidgetitem16)
        self.warningsTable.setObjectName(u"warningsTable")
        self.warningsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warningsTable.horizontalHeader().setStretchLastSection(True)
        self.warningsTable.verticalHeader().setVisible(False)

        self.warningsTabLayout.addWidget(self.warningsTable)

        self.previewTabs.addTab(self.warningsTab, "")
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.warningsTab), u"Warnings")

        self.previewPageLayout.addWidget(self.previewTabs)

        self.previewPageLayout.setStretch(2, 1)
        self.steps.addWidget(self.previewPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.donePageLayout.addWidget(self.doneLabel)

        self.doneRow = QHBoxLayout()
        self.doneRow.setObjectName(u"doneRow")
        self.rejectsButton = QPushButton(self.donePage)
        self.rejectsButton.setObjectName(u"rejectsButton")

        self.doneRow.addWidget(self.rejectsButton)

        self.undoImportButton = QPushButton(self.donePage)
        self.undoImportButton.setObjectName(u"undoImportButton")

        self.doneRow.addWidget(self.undoImportButton)

        self.doneRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneRow.addItem(self.doneRowSpacer)


        self.donePageLayout.addLayout(self.doneRow)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.doneSpacer)

        self.steps.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.steps)

        self.navigation = QHBoxLayout()
        self.navigation.setObjectName(u"navigation")
        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigation.addItem(self.navigationSpacer)

        self.backButton = QPushButton(importWizard)
        self.backButton.setObjectName(u"backButton")

        self.navigation.addWidget(self.backButton)

        self.nextButton = QPushButton(importWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.navigation.addWidget(self.nextButton)

        self.closeButton = QPushButton(importWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.navigation.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.navigation)

        self.dialogLayout.setStretch(1, 1)

        self.retranslateUi(importWizard)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(importWizard)
    # setupUi

    def retranslateUi(self, importWizard):
        importWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import a ledger", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportWizard", u"File", None))
        self.sheetsCaption.setText(QCoreApplication.translate("ImportWizard", u"Sheets", None))
        self.profileCaption.setText(QCoreApplication.translate("ImportWizard", u"Column profile", None))
        self.gridCaption.setText(QCoreApplication.translate("ImportWizard", u"Grid for rows without one", None))
        self.newGridCaption.setText(QCoreApplication.translate("ImportWizard", u"New grid", None))
        self.newGridEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"or the name of a new grid", None))
        self.communityCaption.setText(QCoreApplication.translate("ImportWizard", u"Community of the new grid", None))
        self.compoundCaption.setText(QCoreApplication.translate("ImportWizard", u"Compound for rows without one", None))
        self.compoundEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"from the ledger or its title", None))
        self.columnsIntro.setText(QCoreApplication.translate("ImportWizard", u"Check how each column is read; unknown columns are kept as extra information.", None))
        ___qtablewidgetitem = self.columnTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem1 = self.columnTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"Column", None))
        ___qtablewidgetitem2 = self.columnTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Read as", None))
        self.saveProfileButton.setText(QCoreApplication.translate("ImportWizard", u"Save as profile\u2026", None))
        ___qtablewidgetitem3 = self.rejectedTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem4 = self.rejectedTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportWizard", u"Row", None))
        ___qtablewidgetitem5 = self.rejectedTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportWizard", u"Column", None))
        ___qtablewidgetitem6 = self.rejectedTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportWizard", u"Reason", None))
        ___qtablewidgetitem7 = self.diffTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem8 = self.diffTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ImportWizard", u"Row", None))
        ___qtablewidgetitem9 = self.diffTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ImportWizard", u"Name", None))
        ___qtablewidgetitem10 = self.diffTable.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ImportWizard", u"Field", None))
        ___qtablewidgetitem11 = self.diffTable.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ImportWizard", u"Now", None))
        ___qtablewidgetitem12 = self.diffTable.horizontalHeaderItem(5)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ImportWizard", u"From the ledger", None))
        ___qtablewidgetitem13 = self.warningsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ImportWizard", u"Sheet", None))
        ___qtablewidgetitem14 = self.warningsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ImportWizard", u"Row", None))
        ___qtablewidgetitem15 = self.warningsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ImportWizard", u"Column", None))
        ___qtablewidgetitem16 = self.warningsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("ImportWizard", u"Warning", None))
        self.rejectsButton.setText(QCoreApplication.translate("ImportWizard", u"Save the rejected rows\u2026", None))
        self.undoImportButton.setText(QCoreApplication.translate("ImportWizard", u"Undo this import", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"Next >", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"Close", None))
    # retranslateUi

