# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issues_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_IssuesPageForm(object):
    def setupUi(self, IssuesPageForm):
        if not IssuesPageForm.objectName():
            IssuesPageForm.setObjectName(u"IssuesPageForm")
        IssuesPageForm.resize(1200, 640)
        self.pageLayout = QVBoxLayout(IssuesPageForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.issueShowLabel = QLabel(IssuesPageForm)
        self.issueShowLabel.setObjectName(u"issueShowLabel")

        self.topLayout.addWidget(self.issueShowLabel)

        self.issueState = QComboBox(IssuesPageForm)
        self.issueState.setObjectName(u"issueState")

        self.topLayout.addWidget(self.issueState)

        self.issueGridLabel = QLabel(IssuesPageForm)
        self.issueGridLabel.setObjectName(u"issueGridLabel")

        self.topLayout.addWidget(self.issueGridLabel)

        self.issueGrid = QComboBox(IssuesPageForm)
        self.issueGrid.setObjectName(u"issueGrid")

        self.topLayout.addWidget(self.issueGrid)

        self.issueCounts = QLabel(IssuesPageForm)
        self.issueCounts.setObjectName(u"issueCounts")

        self.topLayout.addWidget(self.issueCounts)

        self.newIssue = QPushButton(IssuesPageForm)
        self.newIssue.setObjectName(u"newIssue")

        self.topLayout.addWidget(self.newIssue)

        self.topLayout.setStretch(4, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.issuesSplitter = QSplitter(IssuesPageForm)
        self.issuesSplitter.setObjectName(u"issuesSplitter")
        self.issuesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.issuesSplitter.setChildrenCollapsible(False)
        self.tableSlot = QWidget(self.issuesSplitter)
        self.tableSlot.setObjectName(u"tableSlot")
        self.tableLayout = QVBoxLayout(self.tableSlot)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.issuesSplitter.addWidget(self.tableSlot)
        self.rightPanel = QWidget(self.issuesSplitter)
        self.rightPanel.setObjectName(u"rightPanel")
        self.rightPanel.setMinimumSize(QSize(330, 0))
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.issueDetail = QTextBrowser(self.rightPanel)
        self.issueDetail.setObjectName(u"issueDetail")

        self.rightLayout.addWidget(self.issueDetail)

        self.stepsBox = QGroupBox(self.rightPanel)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepGrid = QGridLayout()
        self.stepGrid.setObjectName(u"stepGrid")
        self.issue_solve_on_spot = QPushButton(self.stepsBox)
        self.issue_solve_on_spot.setObjectName(u"issue_solve_on_spot")

        self.stepGrid.addWidget(self.issue_solve_on_spot, 0, 0, 1, 1)

        self.issue_escalate = QPushButton(self.stepsBox)
        self.issue_escalate.setObjectName(u"issue_escalate")

        self.stepGrid.addWidget(self.issue_escalate, 0, 1, 1, 1)

        self.issue_assign = QPushButton(self.stepsBox)
        self.issue_assign.setObjectName(u"issue_assign")

        self.stepGrid.addWidget(self.issue_assign, 1, 0, 1, 1)

        self.issue_progress = QPushButton(self.stepsBox)
        self.issue_progress.setObjectName(u"issue_progress")

        self.stepGrid.addWidget(self.issue_progress, 1, 1, 1, 1)

        self.issue_finish = QPushButton(self.stepsBox)
        self.issue_finish.setObjectName(u"issue_finish")

        self.stepGrid.addWidget(self.issue_finish, 2, 0, 1, 1)

        self.issue_return = QPushButton(self.stepsBox)
        self.issue_return.setObjectName(u"issue_return")

        self.stepGrid.addWidget(self.issue_return, 2, 1, 1, 1)

        self.issue_close = QPushButton(self.stepsBox)
        self.issue_close.setObjectName(u"issue_close")

        self.stepGrid.addWidget(self.issue_close, 3, 0, 1, 1)


        self.stepsLayout.addLayout(self.stepGrid)


        self.rightLayout.addWidget(self.stepsBox)

        self.rightLayout.setStretch(0, 1)
        self.issuesSplitter.addWidget(self.rightPanel)

        self.pageLayout.addWidget(self.issuesSplitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(IssuesPageForm)

        QMetaObject.connectSlotsByName(IssuesPageForm)
    # setupUi

    def retranslateUi(self, IssuesPageForm):
        self.issueShowLabel.setText(QCoreApplication.translate("IssuesPageForm", u"Show", None))
        self.issueGridLabel.setText(QCoreApplication.translate("IssuesPageForm", u"Grid", None))
        self.issueCounts.setText("")
        self.newIssue.setText(QCoreApplication.translate("IssuesPageForm", u"Register an issue\u2026", None))
        self.stepsBox.setTitle(QCoreApplication.translate("IssuesPageForm", u"Next step", None))
        self.issue_solve_on_spot.setText(QCoreApplication.translate("IssuesPageForm", u"Solved on the spot\u2026", None))
        self.issue_escalate.setText(QCoreApplication.translate("IssuesPageForm", u"Escalate\u2026", None))
        self.issue_assign.setText(QCoreApplication.translate("IssuesPageForm", u"Assign\u2026", None))
        self.issue_progress.setText(QCoreApplication.translate("IssuesPageForm", u"Record progress\u2026", None))
        self.issue_finish.setText(QCoreApplication.translate("IssuesPageForm", u"Finish\u2026", None))
        self.issue_return.setText(QCoreApplication.translate("IssuesPageForm", u"Return visit\u2026", None))
        self.issue_close.setText(QCoreApplication.translate("IssuesPageForm", u"Close\u2026", None))
        pass
    # retranslateUi

