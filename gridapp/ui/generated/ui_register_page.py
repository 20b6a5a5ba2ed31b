# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QTextBrowser,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage):
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        RegisterPage.resize(1300, 700)
        self.pageLayout = QVBoxLayout(RegisterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.registerSplitter = QSplitter(RegisterPage)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerSplitter.setChildrenCollapsible(True)
        self.navTree = QTreeWidget(self.registerSplitter)
        self.navTree.setObjectName(u"navTree")
        self.navTree.setUniformRowHeights(True)
        self.navTree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.navTree.setColumnCount(2)
        self.registerSplitter.addWidget(self.navTree)
        self.navTree.header().setVisible(False)
        self.centre = QWidget(self.registerSplitter)
        self.centre.setObjectName(u"centre")
        self.centreLayout = QVBoxLayout(self.centre)
        self.centreLayout.setObjectName(u"centreLayout")
        self.centreLayout.setContentsMargins(0, 0, 0, 0)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(self.centre)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.modeBox = QComboBox(self.centre)
        self.modeBox.setObjectName(u"modeBox")

        self.searchRow.addWidget(self.modeBox)

        self.showArchived = QCheckBox(self.centre)
        self.showArchived.setObjectName(u"showArchived")

        self.searchRow.addWidget(self.showArchived)


        self.centreLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterCaption = QLabel(self.centre)
        self.filterCaption.setObjectName(u"filterCaption")

        self.filterRow.addWidget(self.filterCaption)

        self.groupBox = QComboBox(self.centre)
        self.groupBox.setObjectName(u"groupBox")

        self.filterRow.addWidget(self.groupBox)

        self.categoryBox = QComboBox(self.centre)
        self.categoryBox.setObjectName(u"categoryBox")

        self.filterRow.addWidget(self.categoryBox)

        self.statusBox = QComboBox(self.centre)
        self.statusBox.setObjectName(u"statusBox")

        self.filterRow.addWidget(self.statusBox)

        self.ageCaption = QLabel(self.centre)
        self.ageCaption.setObjectName(u"ageCaption")

        self.filterRow.addWidget(self.ageCaption)

        self.ageMin = QSpinBox(self.centre)
        self.ageMin.setObjectName(u"ageMin")
        self.ageMin.setMinimumSize(QSize(64, 0))
        self.ageMin.setMaximumSize(QSize(64, 16777215))
        self.ageMin.setMinimum(-1)
        self.ageMin.setMaximum(130)
        self.ageMin.setValue(-1)

        self.filterRow.addWidget(self.ageMin)

        self.ageDash = QLabel(self.centre)
        self.ageDash.setObjectName(u"ageDash")
        self.ageDash.setText(u"\u2013")

        self.filterRow.addWidget(self.ageDash)

        self.ageMax = QSpinBox(self.centre)
        self.ageMax.setObjectName(u"ageMax")
        self.ageMax.setMinimumSize(QSize(64, 0))
        self.ageMax.setMaximumSize(QSize(64, 16777215))
        self.ageMax.setMinimum(-1)
        self.ageMax.setMaximum(130)
        self.ageMax.setValue(-1)

        self.filterRow.addWidget(self.ageMax)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.centreLayout.addLayout(self.filterRow)

        self.filterBar = QFrame(self.centre)
        self.filterBar.setObjectName(u"filterBar")
        self.filterBar.setStyleSheet(u"#filterBar { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 3px; }")
        self.filterBarLayout = QHBoxLayout(self.filterBar)
        self.filterBarLayout.setObjectName(u"filterBarLayout")
        self.filterBarLayout.setContentsMargins(8, 3, 3, 3)
        self.filterLabel = QLabel(self.filterBar)
        self.filterLabel.setObjectName(u"filterLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.filterLabel.sizePolicy().hasHeightForWidth())
        self.filterLabel.setSizePolicy(sizePolicy)
        self.filterLabel.setWordWrap(True)
        self.filterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterBarLayout.addWidget(self.filterLabel)

        self.clearFiltersButton = QPushButton(self.filterBar)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterBarLayout.addWidget(self.clearFiltersButton)


        self.centreLayout.addWidget(self.filterBar)

        self.registerView = QTableView(self.centre)
        self.registerView.setObjectName(u"registerView")
        self.registerView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.registerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerView.setAlternatingRowColors(True)
        self.registerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerView.horizontalHeader().setStretchLastSection(True)
        self.registerView.verticalHeader().setVisible(False)
        self.registerView.verticalHeader().setDefaultSectionSize(26)

        self.centreLayout.addWidget(self.registerView)

        self.countLabel = QLabel(self.centre)
        self.countLabel.setObjectName(u"countLabel")

        self.centreLayout.addWidget(self.countLabel)

        self.registerSplitter.addWidget(self.centre)
        self.detailPane = QTextBrowser(self.registerSplitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailPane.setMinimumSize(QSize(260, 0))
        self.detailPane.setOpenLinks(False)
        self.registerSplitter.addWidget(self.detailPane)

        self.pageLayout.addWidget(self.registerSplitter)


        self.retranslateUi(RegisterPage)

        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage):
        ___qtreewidgetitem = self.navTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RegisterPage", u"Count", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RegisterPage", u"Place", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterPage", u"Search: name, pinyin initials, ID number, phone, address, or scan a form", None))
        self.showArchived.setText(QCoreApplication.translate("RegisterPage", u"Show archived", None))
        self.filterCaption.setText(QCoreApplication.translate("RegisterPage", u"Filter:", None))
        self.ageCaption.setText(QCoreApplication.translate("RegisterPage", u"Age", None))
        self.ageMin.setSpecialValueText(QCoreApplication.translate("RegisterPage", u"any", None))
        self.ageMax.setSpecialValueText(QCoreApplication.translate("RegisterPage", u"any", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("RegisterPage", u"Clear filters", None))
        pass
    # retranslateUi

