# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_VisitsPageForm(object):
    def setupUi(self, VisitsPageForm):
        if not VisitsPageForm.objectName():
            VisitsPageForm.setObjectName(u"VisitsPageForm")
        VisitsPageForm.resize(1260, 700)
        self.pageLayout = QVBoxLayout(VisitsPageForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.monthLabel = QLabel(VisitsPageForm)
        self.monthLabel.setObjectName(u"monthLabel")

        self.topLayout.addWidget(self.monthLabel)

        self.visitMonth = QDateEdit(VisitsPageForm)
        self.visitMonth.setObjectName(u"visitMonth")
        self.visitMonth.setDisplayFormat(u"yyyy-MM")
        self.visitMonth.setCalendarPopup(False)

        self.topLayout.addWidget(self.visitMonth)

        self.gridLabel = QLabel(VisitsPageForm)
        self.gridLabel.setObjectName(u"gridLabel")

        self.topLayout.addWidget(self.gridLabel)

        self.visitGrid = QComboBox(VisitsPageForm)
        self.visitGrid.setObjectName(u"visitGrid")

        self.topLayout.addWidget(self.visitGrid)

        self.cycleLabel = QLabel(VisitsPageForm)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.topLayout.addWidget(self.cycleLabel)

        self.topLayout.setStretch(4, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.visitsSplitter = QSplitter(VisitsPageForm)
        self.visitsSplitter.setObjectName(u"visitsSplitter")
        self.visitsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.coverBox = QGroupBox(self.visitsSplitter)
        self.coverBox.setObjectName(u"coverBox")
        self.coverLayout = QVBoxLayout(self.coverBox)
        self.coverLayout.setObjectName(u"coverLayout")
        self.barsScroll = QScrollArea(self.coverBox)
        self.barsScroll.setObjectName(u"barsScroll")
        self.barsScroll.setMinimumSize(QSize(220, 0))
        self.barsScroll.setWidgetResizable(True)
        self.bars = QWidget()
        self.bars.setObjectName(u"bars")
        self.barsLayout = QVBoxLayout(self.bars)
        self.barsLayout.setObjectName(u"barsLayout")
        self.barsScroll.setWidget(self.bars)

        self.coverLayout.addWidget(self.barsScroll)

        self.visitsSplitter.addWidget(self.coverBox)
        self.visitTabs = QTabWidget(self.visitsSplitter)
        self.visitTabs.setObjectName(u"visitTabs")
        self.dueTab = QWidget()
        self.dueTab.setObjectName(u"dueTab")
        self.dueLayout = QVBoxLayout(self.dueTab)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueLabel = QLabel(self.dueTab)
        self.dueLabel.setObjectName(u"dueLabel")

        self.dueLayout.addWidget(self.dueLabel)

        self.dueSlot = QWidget(self.dueTab)
        self.dueSlot.setObjectName(u"dueSlot")
        self.dueSlotLayout = QVBoxLayout(self.dueSlot)
        self.dueSlotLayout.setObjectName(u"dueSlotLayout")
        self.dueSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.dueLayout.addWidget(self.dueSlot)

        self.recordVisit = QPushButton(self.dueTab)
        self.recordVisit.setObjectName(u"recordVisit")

        self.dueLayout.addWidget(self.recordVisit)

        self.dueLayout.setStretch(1, 1)
        self.visitTabs.addTab(self.dueTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyFilters = QGridLayout()
        self.historyFilters.setObjectName(u"historyFilters")
        self.historyWorkerLabel = QLabel(self.historyTab)
        self.historyWorkerLabel.setObjectName(u"historyWorkerLabel")

        self.historyFilters.addWidget(self.historyWorkerLabel, 0, 0, 1, 1)

        self.historyWorker = QComboBox(self.historyTab)
        self.historyWorker.setObjectName(u"historyWorker")

        self.historyFilters.addWidget(self.historyWorker, 0, 1, 1, 1)

        self.historyWayLabel = QLabel(self.historyTab)
        self.historyWayLabel.setObjectName(u"historyWayLabel")

        self.historyFilters.addWidget(self.historyWayLabel, 0, 2, 1, 1)

        self.historyWay = QComboBox(self.historyTab)
        self.historyWay.setObjectName(u"historyWay")

        self.historyFilters.addWidget(self.historyWay, 0, 3, 1, 1)

        self.historyFromLabel = QLabel(self.historyTab)
        self.historyFromLabel.setObjectName(u"historyFromLabel")

        self.historyFilters.addWidget(self.historyFromLabel, 1, 0, 1, 1)

        self.historyFrom = QDateEdit(self.historyTab)
        self.historyFrom.setObjectName(u"historyFrom")
        self.historyFrom.setDisplayFormat(u"yyyy-MM-dd")
        self.historyFrom.setCalendarPopup(True)

        self.historyFilters.addWidget(self.historyFrom, 1, 1, 1, 1)

        self.historyToLabel = QLabel(self.historyTab)
        self.historyToLabel.setObjectName(u"historyToLabel")

        self.historyFilters.addWidget(self.historyToLabel, 1, 2, 1, 1)

        self.historyTo = QDateEdit(self.historyTab)
        self.historyTo.setObjectName(u"historyTo")
        self.historyTo.setDisplayFormat(u"yyyy-MM-dd")
        self.historyTo.setCalendarPopup(True)

        self.historyFilters.addWidget(self.historyTo, 1, 3, 1, 1)

        self.historyFilters.setColumnStretch(4, 1)

        self.historyLayout.addLayout(self.historyFilters)

        self.historySlot = QWidget(self.historyTab)
        self.historySlot.setObjectName(u"historySlot")
        self.historySlotLayout = QVBoxLayout(self.historySlot)
        self.historySlotLayout.setObjectName(u"historySlotLayout")
        self.historySlotLayout.setContentsMargins(0, 0, 0, 0)

        self.historyLayout.addWidget(self.historySlot)

        self.historyLayout.setStretch(1, 1)
        self.visitTabs.addTab(self.historyTab, "")
        self.visitsSplitter.addWidget(self.visitTabs)
        self.entryBox = QGroupBox(self.visitsSplitter)
        self.entryBox.setObjectName(u"entryBox")
        self.entryBox.setMinimumSize(QSize(240, 0))
        self.entryLayout = QVBoxLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.qrLabel = QLabel(self.entryBox)
        self.qrLabel.setObjectName(u"qrLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.qrLabel)

        self.qrEdit = QLineEdit(self.entryBox)
        self.qrEdit.setObjectName(u"qrEdit")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.qrEdit)

        self.entryHousehold = QLabel(self.entryBox)
        self.entryHousehold.setObjectName(u"entryHousehold")
        self.entryHousehold.setWordWrap(True)

        self.entryForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.entryHousehold)


        self.entryLayout.addLayout(self.entryForm)

        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.entryLayout.addItem(self.entrySpacer)

        self.entryLayout.setStretch(1, 1)
        self.visitsSplitter.addWidget(self.entryBox)

        self.pageLayout.addWidget(self.visitsSplitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(VisitsPageForm)

        QMetaObject.connectSlotsByName(VisitsPageForm)
    # setupUi

    def retranslateUi(self, VisitsPageForm):
        self.monthLabel.setText(QCoreApplication.translate("VisitsPageForm", u"Month", None))
        self.gridLabel.setText(QCoreApplication.translate("VisitsPageForm", u"Grid", None))
        self.coverBox.setTitle(QCoreApplication.translate("VisitsPageForm", u"Coverage of the cycle", None))
        self.recordVisit.setText(QCoreApplication.translate("VisitsPageForm", u"Record a visit to the selected household", None))
        self.visitTabs.setTabText(self.visitTabs.indexOf(self.dueTab), QCoreApplication.translate("VisitsPageForm", u"Households due", None))
        self.historyWorkerLabel.setText(QCoreApplication.translate("VisitsPageForm", u"Worker", None))
        self.historyWayLabel.setText(QCoreApplication.translate("VisitsPageForm", u"Way", None))
        self.historyFromLabel.setText(QCoreApplication.translate("VisitsPageForm", u"From", None))
        self.historyToLabel.setText(QCoreApplication.translate("VisitsPageForm", u"To", None))
        self.visitTabs.setTabText(self.visitTabs.indexOf(self.historyTab), QCoreApplication.translate("VisitsPageForm", u"Visit history", None))
        self.entryBox.setTitle(QCoreApplication.translate("VisitsPageForm", u"Quick visit entry", None))
        self.qrLabel.setText(QCoreApplication.translate("VisitsPageForm", u"Scan / no.", None))
#if QT_CONFIG(tooltip)
        self.qrEdit.setToolTip(QCoreApplication.translate("VisitsPageForm", u"Scan the form's QR code or type the household no.", None))
#endif // QT_CONFIG(tooltip)
        self.qrEdit.setPlaceholderText(QCoreApplication.translate("VisitsPageForm", u"Scan the form's QR code or type the household no.", None))
        self.entryHousehold.setText(QCoreApplication.translate("VisitsPageForm", u"No household chosen", None))
        pass
    # retranslateUi

