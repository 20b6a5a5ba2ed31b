# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_GroupsPageForm(object):
    def setupUi(self, GroupsPageForm):
        if not GroupsPageForm.objectName():
            GroupsPageForm.setObjectName(u"GroupsPageForm")
        GroupsPageForm.resize(1260, 700)
        self.pageLayout = QVBoxLayout(GroupsPageForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.gridLabel = QLabel(GroupsPageForm)
        self.gridLabel.setObjectName(u"gridLabel")

        self.topLayout.addWidget(self.gridLabel)

        self.groupGrid = QComboBox(GroupsPageForm)
        self.groupGrid.setObjectName(u"groupGrid")

        self.topLayout.addWidget(self.groupGrid)

        self.groupWithLeft = QCheckBox(GroupsPageForm)
        self.groupWithLeft.setObjectName(u"groupWithLeft")

        self.topLayout.addWidget(self.groupWithLeft)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.groupEnter = QPushButton(GroupsPageForm)
        self.groupEnter.setObjectName(u"groupEnter")

        self.topLayout.addWidget(self.groupEnter)

        self.groupLeave = QPushButton(GroupsPageForm)
        self.groupLeave.setObjectName(u"groupLeave")

        self.topLayout.addWidget(self.groupLeave)

        self.groupNeeds = QPushButton(GroupsPageForm)
        self.groupNeeds.setObjectName(u"groupNeeds")

        self.topLayout.addWidget(self.groupNeeds)


        self.pageLayout.addLayout(self.topLayout)

        self.groupsSplitter = QSplitter(GroupsPageForm)
        self.groupsSplitter.setObjectName(u"groupsSplitter")
        self.groupsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.groupList = QListWidget(self.groupsSplitter)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setMinimumSize(QSize(190, 0))
        self.groupsSplitter.addWidget(self.groupList)
        self.groupTabs = QTabWidget(self.groupsSplitter)
        self.groupTabs.setObjectName(u"groupTabs")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLayout.setContentsMargins(0, 0, 0, 0)
        self.groupTabs.addTab(self.membersTab, "")
        self.groupNeedsView = QTextBrowser()
        self.groupNeedsView.setObjectName(u"groupNeedsView")
        self.groupTabs.addTab(self.groupNeedsView, "")
        self.groupsSplitter.addWidget(self.groupTabs)

        self.pageLayout.addWidget(self.groupsSplitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(GroupsPageForm)

        QMetaObject.connectSlotsByName(GroupsPageForm)
    # setupUi

    def retranslateUi(self, GroupsPageForm):
        self.gridLabel.setText(QCoreApplication.translate("GroupsPageForm", u"Grid", None))
        self.groupWithLeft.setText(QCoreApplication.translate("GroupsPageForm", u"Show those who left", None))
        self.groupEnter.setText(QCoreApplication.translate("GroupsPageForm", u"Enter a person\u2026", None))
        self.groupLeave.setText(QCoreApplication.translate("GroupsPageForm", u"Leave the group\u2026", None))
        self.groupNeeds.setText(QCoreApplication.translate("GroupsPageForm", u"Service needs\u2026", None))
        self.groupTabs.setTabText(self.groupTabs.indexOf(self.membersTab), QCoreApplication.translate("GroupsPageForm", u"Members", None))
        self.groupTabs.setTabText(self.groupTabs.indexOf(self.groupNeedsView), QCoreApplication.translate("GroupsPageForm", u"Service needs gathered", None))
        pass
    # retranslateUi

