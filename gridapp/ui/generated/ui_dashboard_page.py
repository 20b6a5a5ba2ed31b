# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DashboardPageForm(object):
    def setupUi(self, DashboardPageForm):
        if not DashboardPageForm.objectName():
            DashboardPageForm.setObjectName(u"DashboardPageForm")
        DashboardPageForm.resize(1260, 700)
        self.pageLayout = QVBoxLayout(DashboardPageForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.dashboardHeading = QLabel(DashboardPageForm)
        self.dashboardHeading.setObjectName(u"dashboardHeading")
        self.dashboardHeading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.topLayout.addWidget(self.dashboardHeading)

        self.monthLabel = QLabel(DashboardPageForm)
        self.monthLabel.setObjectName(u"monthLabel")

        self.topLayout.addWidget(self.monthLabel)

        self.dashboardMonth = QDateEdit(DashboardPageForm)
        self.dashboardMonth.setObjectName(u"dashboardMonth")
        self.dashboardMonth.setDisplayFormat(u"yyyy-MM")
        self.dashboardMonth.setCalendarPopup(False)

        self.topLayout.addWidget(self.dashboardMonth)

        self.topLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.dashboardScroll = QScrollArea(DashboardPageForm)
        self.dashboardScroll.setObjectName(u"dashboardScroll")
        self.dashboardScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dashboardScroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.tilesRow = QWidget(self.body)
        self.tilesRow.setObjectName(u"tilesRow")
        self.tilesLayout = QHBoxLayout(self.tilesRow)
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.tilesLayout.setContentsMargins(0, 0, 0, 0)
        self.householdsTile = QFrame(self.tilesRow)
        self.householdsTile.setObjectName(u"householdsTile")
        self.householdsTile.setStyleSheet(u"#householdsTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.householdsTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.householdsTileLayout = QVBoxLayout(self.householdsTile)
        self.householdsTileLayout.setSpacing(2)
        self.householdsTileLayout.setObjectName(u"householdsTileLayout")
        self.householdsTileLayout.setContentsMargins(10, 6, 10, 6)
        self.householdsCaption = QLabel(self.householdsTile)
        self.householdsCaption.setObjectName(u"householdsCaption")

        self.householdsTileLayout.addWidget(self.householdsCaption)

        self.householdsValue = QLabel(self.householdsTile)
        self.householdsValue.setObjectName(u"householdsValue")
        self.householdsValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.householdsValue.setText(u"\u2014")

        self.householdsTileLayout.addWidget(self.householdsValue)

        self.householdsNote = QLabel(self.householdsTile)
        self.householdsNote.setObjectName(u"householdsNote")
        self.householdsNote.setStyleSheet(u"color: #666;")
        self.householdsNote.setWordWrap(True)

        self.householdsTileLayout.addWidget(self.householdsNote)


        self.tilesLayout.addWidget(self.householdsTile)

        self.personsTile = QFrame(self.tilesRow)
        self.personsTile.setObjectName(u"personsTile")
        self.personsTile.setStyleSheet(u"#personsTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.personsTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.personsTileLayout = QVBoxLayout(self.personsTile)
        self.personsTileLayout.setSpacing(2)
        self.personsTileLayout.setObjectName(u"personsTileLayout")
        self.personsTileLayout.setContentsMargins(10, 6, 10, 6)
        self.personsCaption = QLabel(self.personsTile)
        self.personsCaption.setObjectName(u"personsCaption")

        self.personsTileLayout.addWidget(self.personsCaption)

        self.personsValue = QLabel(self.personsTile)
        self.personsValue.setObjectName(u"personsValue")
        self.personsValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.personsValue.setText(u"\u2014")

        self.personsTileLayout.addWidget(self.personsValue)

        self.personsNote = QLabel(self.personsTile)
        self.personsNote.setObjectName(u"personsNote")
        self.personsNote.setStyleSheet(u"color: #666;")
        self.personsNote.setWordWrap(True)

        self.personsTileLayout.addWidget(self.personsNote)


        self.tilesLayout.addWidget(self.personsTile)

        self.changesTile = QFrame(self.tilesRow)
        self.changesTile.setObjectName(u"changesTile")
        self.changesTile.setStyleSheet(u"#changesTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.changesTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.changesTileLayout = QVBoxLayout(self.changesTile)
        self.changesTileLayout.setSpacing(2)
        self.changesTileLayout.setObjectName(u"changesTileLayout")
        self.changesTileLayout.setContentsMargins(10, 6, 10, 6)
        self.changesCaption = QLabel(self.changesTile)
        self.changesCaption.setObjectName(u"changesCaption")

        self.changesTileLayout.addWidget(self.changesCaption)

        self.changesValue = QLabel(self.changesTile)
        self.changesValue.setObjectName(u"changesValue")
        self.changesValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.changesValue.setText(u"\u2014")

        self.changesTileLayout.addWidget(self.changesValue)

        self.changesNote = QLabel(self.changesTile)
        self.changesNote.setObjectName(u"changesNote")
        self.changesNote.setStyleSheet(u"color: #666;")
        self.changesNote.setWordWrap(True)

        self.changesTileLayout.addWidget(self.changesNote)


        self.tilesLayout.addWidget(self.changesTile)

        self.coverageTile = QFrame(self.tilesRow)
        self.coverageTile.setObjectName(u"coverageTile")
        self.coverageTile.setStyleSheet(u"#coverageTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.coverageTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.coverageTileLayout = QVBoxLayout(self.coverageTile)
        self.coverageTileLayout.setSpacing(2)
        self.coverageTileLayout.setObjectName(u"coverageTileLayout")
        self.coverageTileLayout.setContentsMargins(10, 6, 10, 6)
        self.coverageCaption = QLabel(self.coverageTile)
        self.coverageCaption.setObjectName(u"coverageCaption")

        self.coverageTileLayout.addWidget(self.coverageCaption)

        self.coverageValue = QLabel(self.coverageTile)
        self.coverageValue.setObjectName(u"coverageValue")
        self.coverageValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.coverageValue.setText(u"\u2014")

        self.coverageTileLayout.addWidget(self.coverageValue)

        self.coverageNote = QLabel(self.coverageTile)
        self.coverageNote.setObjectName(u"coverageNote")
        self.coverageNote.setStyleSheet(u"color: #666;")
        self.coverageNote.setWordWrap(True)

        self.coverageTileLayout.addWidget(self.coverageNote)


        self.tilesLayout.addWidget(self.coverageTile)

        self.issuesTile = QFrame(self.tilesRow)
        self.issuesTile.setObjectName(u"issuesTile")
        self.issuesTile.setStyleSheet(u"#issuesTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.issuesTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.issuesTileLayout = QVBoxLayout(self.issuesTile)
        self.issuesTileLayout.setSpacing(2)
        self.issuesTileLayout.setObjectName(u"issuesTileLayout")
        self.issuesTileLayout.setContentsMargins(10, 6, 10, 6)
        self.issuesCaption = QLabel(self.issuesTile)
        self.issuesCaption.setObjectName(u"issuesCaption")

        self.issuesTileLayout.addWidget(self.issuesCaption)

        self.issuesValue = QLabel(self.issuesTile)
        self.issuesValue.setObjectName(u"issuesValue")
        self.issuesValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.issuesValue.setText(u"\u2014")

        self.issuesTileLayout.addWidget(self.issuesValue)

        self.issuesNote = QLabel(self.issuesTile)
        self.issuesNote.setObjectName(u"issuesNote")
        self.issuesNote.setStyleSheet(u"color: #666;")
        self.issuesNote.setWordWrap(True)

        self.issuesTileLayout.addWidget(self.issuesNote)


        self.tilesLayout.addWidget(self.issuesTile)

        self.overdueTile = QFrame(self.tilesRow)
        self.overdueTile.setObjectName(u"overdueTile")
        self.overdueTile.setStyleSheet(u"#overdueTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.overdueTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueTileLayout = QVBoxLayout(self.overdueTile)
        self.overdueTileLayout.setSpacing(2)
        self.overdueTileLayout.setObjectName(u"overdueTileLayout")
        self.overdueTileLayout.setContentsMargins(10, 6, 10, 6)
        self.overdueCaption = QLabel(self.overdueTile)
        self.overdueCaption.setObjectName(u"overdueCaption")

        self.overdueTileLayout.addWidget(self.overdueCaption)

        self.overdueValue = QLabel(self.overdueTile)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.overdueValue.setText(u"\u2014")

        self.overdueTileLayout.addWidget(self.overdueValue)

        self.overdueNote = QLabel(self.overdueTile)
        self.overdueNote.setObjectName(u"overdueNote")
        self.overdueNote.setStyleSheet(u"color: #666;")
        self.overdueNote.setWordWrap(True)

        self.overdueTileLayout.addWidget(self.overdueNote)


        self.tilesLayout.addWidget(self.overdueTile)

        self.servicesTile = QFrame(self.tilesRow)
        self.servicesTile.setObjectName(u"servicesTile")
        self.servicesTile.setStyleSheet(u"#servicesTile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
        self.servicesTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.servicesTileLayout = QVBoxLayout(self.servicesTile)
        self.servicesTileLayout.setSpacing(2)
        self.servicesTileLayout.setObjectName(u"servicesTileLayout")
        self.servicesTileLayout.setContentsMargins(10, 6, 10, 6)
        self.servicesCaption = QLabel(self.servicesTile)
        self.servicesCaption.setObjectName(u"servicesCaption")

        self.servicesTileLayout.addWidget(self.servicesCaption)

        self.servicesValue = QLabel(self.servicesTile)
        self.servicesValue.setObjectName(u"servicesValue")
        self.servicesValue.setStyleSheet(u"font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.servicesValue.setText(u"\u2014")

        self.servicesTileLayout.addWidget(self.servicesValue)

        self.servicesNote = QLabel(self.servicesTile)
        self.servicesNote.setObjectName(u"servicesNote")
        self.servicesNote.setStyleSheet(u"color: #666;")
        self.servicesNote.setWordWrap(True)

        self.servicesTileLayout.addWidget(self.servicesNote)


        self.tilesLayout.addWidget(self.servicesTile)


        self.bodyLayout.addWidget(self.tilesRow)

        self.chartsGrid = QGridLayout()
        self.chartsGrid.setObjectName(u"chartsGrid")
        self.coverageSlot = QWidget(self.body)
        self.coverageSlot.setObjectName(u"coverageSlot")
        self.coverageSlotLayout = QVBoxLayout(self.coverageSlot)
        self.coverageSlotLayout.setObjectName(u"coverageSlotLayout")
        self.coverageSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsGrid.addWidget(self.coverageSlot, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.issueSlot = QWidget(self.body)
        self.issueSlot.setObjectName(u"issueSlot")
        self.issueSlotLayout = QVBoxLayout(self.issueSlot)
        self.issueSlotLayout.setObjectName(u"issueSlotLayout")
        self.issueSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsGrid.addWidget(self.issueSlot, 0, 1, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.groupSlot = QWidget(self.body)
        self.groupSlot.setObjectName(u"groupSlot")
        self.groupSlotLayout = QVBoxLayout(self.groupSlot)
        self.groupSlotLayout.setObjectName(u"groupSlotLayout")
        self.groupSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsGrid.addWidget(self.groupSlot, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.categorySlot = QWidget(self.body)
        self.categorySlot.setObjectName(u"categorySlot")
        self.categorySlotLayout = QVBoxLayout(self.categorySlot)
        self.categorySlotLayout.setObjectName(u"categorySlotLayout")
        self.categorySlotLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsGrid.addWidget(self.categorySlot, 1, 1, 1, 1, Qt.AlignmentFlag.AlignTop)


        self.bodyLayout.addLayout(self.chartsGrid)

        self.workerFiguresLabel = QLabel(self.body)
        self.workerFiguresLabel.setObjectName(u"workerFiguresLabel")
        self.workerFiguresLabel.setStyleSheet(u"font-weight: bold;")

        self.bodyLayout.addWidget(self.workerFiguresLabel)

        self.workersSlot = QWidget(self.body)
        self.workersSlot.setObjectName(u"workersSlot")
        self.workersSlot.setMinimumSize(QSize(0, 200))
        self.workersSlotLayout = QVBoxLayout(self.workersSlot)
        self.workersSlotLayout.setObjectName(u"workersSlotLayout")
        self.workersSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.bodyLayout.addWidget(self.workersSlot)

        self.dashboardScroll.setWidget(self.body)

        self.pageLayout.addWidget(self.dashboardScroll)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(DashboardPageForm)

        QMetaObject.connectSlotsByName(DashboardPageForm)
    # setupUi

    def retranslateUi(self, DashboardPageForm):
        self.monthLabel.setText(QCoreApplication.translate("DashboardPageForm", u"Month", None))
        self.householdsCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Households", None))
        self.personsCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Persons", None))
        self.changesCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Changes this month", None))
        self.coverageCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Visit coverage", None))
        self.issuesCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Issues raised", None))
        self.overdueCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Overdue issues", None))
        self.servicesCaption.setText(QCoreApplication.translate("DashboardPageForm", u"Open errands", None))
        self.workerFiguresLabel.setText(QCoreApplication.translate("DashboardPageForm", u"Worker figures", None))
        pass
    # retranslateUi

