# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1200, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.reportsScroll = QScrollArea(ReportsPage)
        self.reportsScroll.setObjectName(u"reportsScroll")
        self.reportsScroll.setFrameShape(QFrame.NoFrame)
        self.reportsScroll.setWidgetResizable(True)
        self.reportsBody = QWidget()
        self.reportsBody.setObjectName(u"reportsBody")
        self.bodyLayout = QVBoxLayout(self.reportsBody)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.monthlyBox = QGroupBox(self.reportsBody)
        self.monthlyBox.setObjectName(u"monthlyBox")
        self.monthlyLayout = QHBoxLayout(self.monthlyBox)
        self.monthlyLayout.setObjectName(u"monthlyLayout")
        self.monthLabel = QLabel(self.monthlyBox)
        self.monthLabel.setObjectName(u"monthLabel")

        self.monthlyLayout.addWidget(self.monthLabel)

        self.reportMonth = QDateEdit(self.monthlyBox)
        self.reportMonth.setObjectName(u"reportMonth")
        self.reportMonth.setDisplayFormat(u"yyyy-MM")
        self.reportMonth.setCalendarPopup(False)

        self.monthlyLayout.addWidget(self.reportMonth)

        self.monthlyXlsx = QPushButton(self.monthlyBox)
        self.monthlyXlsx.setObjectName(u"monthlyXlsx")

        self.monthlyLayout.addWidget(self.monthlyXlsx)

        self.monthlyPdf = QPushButton(self.monthlyBox)
        self.monthlyPdf.setObjectName(u"monthlyPdf")

        self.monthlyLayout.addWidget(self.monthlyPdf)

        self.monthlySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthlyLayout.addItem(self.monthlySpacer)

        self.monthlyLayout.setStretch(4, 1)

        self.bodyLayout.addWidget(self.monthlyBox)

        self.exportsBox = QGroupBox(self.reportsBody)
        self.exportsBox.setObjectName(u"exportsBox")
        self.exportsLayout = QGridLayout(self.exportsBox)
        self.exportsLayout.setObjectName(u"exportsLayout")
        self.exportGridLabel = QLabel(self.exportsBox)
        self.exportGridLabel.setObjectName(u"exportGridLabel")

        self.exportsLayout.addWidget(self.exportGridLabel, 0, 0, 1, 1)

        self.exportGrid = QComboBox(self.exportsBox)
        self.exportGrid.setObjectName(u"exportGrid")

        self.exportsLayout.addWidget(self.exportGrid, 0, 1, 1, 1)

        self.listGroupLabel = QLabel(self.exportsBox)
        self.listGroupLabel.setObjectName(u"listGroupLabel")

        self.exportsLayout.addWidget(self.listGroupLabel, 0, 2, 1, 1)

        self.listGroup = QComboBox(self.exportsBox)
        self.listGroup.setObjectName(u"listGroup")

        self.exportsLayout.addWidget(self.listGroup, 0, 3, 1, 1)

        self.fullId = QCheckBox(self.exportsBox)
        self.fullId.setObjectName(u"fullId")

        self.exportsLayout.addWidget(self.fullId, 0, 4, 1, 1)

        self.listKindLabel = QLabel(self.exportsBox)
        self.listKindLabel.setObjectName(u"listKindLabel")

        self.exportsLayout.addWidget(self.listKindLabel, 1, 0, 1, 1)

        self.listKind = QComboBox(self.exportsBox)
        self.listKind.setObjectName(u"listKind")

        self.exportsLayout.addWidget(self.listKind, 1, 1, 1, 1)

        self.exportList = QPushButton(self.exportsBox)
        self.exportList.setObjectName(u"exportList")

        self.exportsLayout.addWidget(self.exportList, 1, 2, 1, 1)

        self.exportLedger = QPushButton(self.exportsBox)
        self.exportLedger.setObjectName(u"exportLedger")

        self.exportsLayout.addWidget(self.exportLedger, 1, 3, 1, 1)

        self.exportsLayout.setColumnStretch(5, 1)

        self.bodyLayout.addWidget(self.exportsBox)

        self.templatesBox = QGroupBox(self.reportsBody)
        self.templatesBox.setObjectName(u"templatesBox")
        self.templatesLayout = QHBoxLayout(self.templatesBox)
        self.templatesLayout.setObjectName(u"templatesLayout")
        self.fillTemplate = QPushButton(self.templatesBox)
        self.fillTemplate.setObjectName(u"fillTemplate")

        self.templatesLayout.addWidget(self.fillTemplate)

        self.templateHint = QLabel(self.templatesBox)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setWordWrap(True)

        self.templatesLayout.addWidget(self.templateHint)

        self.templatesLayout.setStretch(1, 1)

        self.bodyLayout.addWidget(self.templatesBox)

        self.printingBox = QGroupBox(self.reportsBody)
        self.printingBox.setObjectName(u"printingBox")
        self.printingForm = QFormLayout(self.printingBox)
        self.printingForm.setObjectName(u"printingForm")
        self.printGridLabel = QLabel(self.printingBox)
        self.printGridLabel.setObjectName(u"printGridLabel")

        self.printingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printGridLabel)

        self.printGridRow = QHBoxLayout()
        self.printGridRow.setObjectName(u"printGridRow")
        self.printGrid = QComboBox(self.printingBox)
        self.printGrid.setObjectName(u"printGrid")

        self.printGridRow.addWidget(self.printGrid)

        self.buildingLabel = QLabel(self.printingBox)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.printGridRow.addWidget(self.buildingLabel)

        self.printBuilding = QComboBox(self.printingBox)
        self.printBuilding.setObjectName(u"printBuilding")
        self.printBuilding.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.printBuilding.setMinimumContentsLength(12)

        self.printGridRow.addWidget(self.printBuilding)

        self.dueOnly = QCheckBox(self.printingBox)
        self.dueOnly.setObjectName(u"dueOnly")

        self.printGridRow.addWidget(self.dueOnly)

        self.printGridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printGridRow.addItem(self.printGridSpacer)

        self.printGridRow.setStretch(4, 1)

        self.printingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.printGridRow)

        self.perGridLabel = QLabel(self.printingBox)
        self.perGridLabel.setObjectName(u"perGridLabel")

        self.printingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.perGridLabel)

        self.perGridRow = QHBoxLayout()
        self.perGridRow.setObjectName(u"perGridRow")
        self.printSheets = QPushButton(self.printingBox)
        self.printSheets.setObjectName(u"printSheets")

        self.perGridRow.addWidget(self.printSheets)

        self.printNotice = QPushButton(self.printingBox)
        self.printNotice.setObjectName(u"printNotice")

        self.perGridRow.addWidget(self.printNotice)

        self.perGridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.perGridRow.addItem(self.perGridSpacer)

        self.perGridRow.setStretch(2, 1)

        self.printingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.perGridRow)

        self.householdLabel = QLabel(self.printingBox)
        self.householdLabel.setObjectName(u"householdLabel")

        self.printingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdRow = QHBoxLayout()
        self.householdRow.setObjectName(u"householdRow")
        self.cardHousehold = QLineEdit(self.printingBox)
        self.cardHousehold.setObjectName(u"cardHousehold")

        self.householdRow.addWidget(self.cardHousehold)

        self.printCard = QPushButton(self.printingBox)
        self.printCard.setObjectName(u"printCard")

        self.householdRow.addWidget(self.printCard)

        self.householdSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.householdRow.addItem(self.householdSpacer)

        self.householdRow.setStretch(2, 1)

        self.printingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.householdRow)


        self.bodyLayout.addWidget(self.printingBox)

        self.reportStatus = QLabel(self.reportsBody)
        self.reportStatus.setObjectName(u"reportStatus")
        self.reportStatus.setWordWrap(True)

        self.bodyLayout.addWidget(self.reportStatus)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodySpacer)

        self.bodyLayout.setStretch(5, 1)
        self.reportsScroll.setWidget(self.reportsBody)

        self.pageLayout.addWidget(self.reportsScroll)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.monthlyBox.setTitle(QCoreApplication.translate("ReportsPage", u"Monthly report", None))
        self.monthLabel.setText(QCoreApplication.translate("ReportsPage", u"Month", None))
        self.monthlyXlsx.setText(QCoreApplication.translate("ReportsPage", u"Monthly report (Excel)\u2026", None))
        self.monthlyPdf.setText(QCoreApplication.translate("ReportsPage", u"Monthly report (PDF)\u2026", None))
        self.exportsBox.setTitle(QCoreApplication.translate("ReportsPage", u"Ledger and lists (Excel)", None))
        self.exportGridLabel.setText(QCoreApplication.translate("ReportsPage", u"Grid", None))
        self.listGroupLabel.setText(QCoreApplication.translate("ReportsPage", u"Group", None))
        self.fullId.setText(QCoreApplication.translate("ReportsPage", u"Full ID numbers (logged)", None))
        self.listKindLabel.setText(QCoreApplication.translate("ReportsPage", u"List", None))
        self.exportList.setText(QCoreApplication.translate("ReportsPage", u"Export list\u2026", None))
        self.exportLedger.setText(QCoreApplication.translate("ReportsPage", u"Export ledger\u2026", None))
        self.templatesBox.setTitle(QCoreApplication.translate("ReportsPage", u"Other offices' forms", None))
        self.fillTemplate.setText(QCoreApplication.translate("ReportsPage", u"Fill a template (\u4e00\u8868\u901a)\u2026", None))
        self.templateHint.setText(QCoreApplication.translate("ReportsPage", u"An Excel form from the sub-district, the civil-affairs office or the police: the register fills its columns below the header, keeping the form's title, styles and footer.", None))
        self.printingBox.setTitle(QCoreApplication.translate("ReportsPage", u"Printing (PDF, previewed before printing)", None))
        self.printGridLabel.setText(QCoreApplication.translate("ReportsPage", u"Grid", None))
        self.buildingLabel.setText(QCoreApplication.translate("ReportsPage", u"Building", None))
        self.dueOnly.setText(QCoreApplication.translate("ReportsPage", u"Only households not yet visited this cycle", None))
        self.perGridLabel.setText(QCoreApplication.translate("ReportsPage", u"Per grid", None))
        self.printSheets.setText(QCoreApplication.translate("ReportsPage", u"Visit forms\u2026", None))
        self.printNotice.setText(QCoreApplication.translate("ReportsPage", u"Contact notice\u2026", None))
        self.householdLabel.setText(QCoreApplication.translate("ReportsPage", u"One household", None))
        self.cardHousehold.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Household no.", None))
        self.printCard.setText(QCoreApplication.translate("ReportsPage", u"Household card\u2026", None))
        pass
    # retranslateUi

