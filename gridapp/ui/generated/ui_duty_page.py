# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duty_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_DutyPage(object):
    def setupUi(self, DutyPage):
        if not DutyPage.objectName():
            DutyPage.setObjectName(u"DutyPage")
        DutyPage.resize(1200, 640)
        self.pageLayout = QVBoxLayout(DutyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.monthLabel = QLabel(DutyPage)
        self.monthLabel.setObjectName(u"monthLabel")

        self.topLayout.addWidget(self.monthLabel)

        self.dutyMonth = QDateEdit(DutyPage)
        self.dutyMonth.setObjectName(u"dutyMonth")
        self.dutyMonth.setDisplayFormat(u"yyyy-MM")
        self.dutyMonth.setCalendarPopup(False)

        self.topLayout.addWidget(self.dutyMonth)

        self.gridLabel = QLabel(DutyPage)
        self.gridLabel.setObjectName(u"gridLabel")

        self.topLayout.addWidget(self.gridLabel)

        self.dutyGrid = QComboBox(DutyPage)
        self.dutyGrid.setObjectName(u"dutyGrid")

        self.topLayout.addWidget(self.dutyGrid)

        self.dutySummary = QLabel(DutyPage)
        self.dutySummary.setObjectName(u"dutySummary")

        self.topLayout.addWidget(self.dutySummary)

        self.dutyHoliday = QPushButton(DutyPage)
        self.dutyHoliday.setObjectName(u"dutyHoliday")

        self.topLayout.addWidget(self.dutyHoliday)

        self.dutyGenerate = QPushButton(DutyPage)
        self.dutyGenerate.setObjectName(u"dutyGenerate")

        self.topLayout.addWidget(self.dutyGenerate)

        self.dutySwap = QPushButton(DutyPage)
        self.dutySwap.setObjectName(u"dutySwap")

        self.topLayout.addWidget(self.dutySwap)

        self.dutyPrint = QPushButton(DutyPage)
        self.dutyPrint.setObjectName(u"dutyPrint")

        self.topLayout.addWidget(self.dutyPrint)

        self.topLayout.setStretch(4, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.dutySplitter = QSplitter(DutyPage)
        self.dutySplitter.setObjectName(u"dutySplitter")
        self.dutySplitter.setOrientation(Qt.Vertical)
        self.dutyCalendar = QTableView(self.dutySplitter)
        self.dutyCalendar.setObjectName(u"dutyCalendar")
        self.dutyCalendar.setContextMenuPolicy(Qt.CustomContextMenu)
        self.dutyCalendar.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.dutyCalendar.setSelectionMode(QAbstractItemView.SingleSelection)
        self.dutyCalendar.setWordWrap(True)
        self.dutySplitter.addWidget(self.dutyCalendar)
        self.dutyCalendar.verticalHeader().setVisible(False)
        self.dutyShiftsHolder = QWidget(self.dutySplitter)
        self.dutyShiftsHolder.setObjectName(u"dutyShiftsHolder")
        self.dutyShiftsLayout = QVBoxLayout(self.dutyShiftsHolder)
        self.dutyShiftsLayout.setObjectName(u"dutyShiftsLayout")
        self.dutyShiftsLayout.setContentsMargins(0, 0, 0, 0)
        self.dutySplitter.addWidget(self.dutyShiftsHolder)

        self.pageLayout.addWidget(self.dutySplitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(DutyPage)

        QMetaObject.connectSlotsByName(DutyPage)
    # setupUi

    def retranslateUi(self, DutyPage):
        self.monthLabel.setText(QCoreApplication.translate("DutyPage", u"Month", None))
        self.gridLabel.setText(QCoreApplication.translate("DutyPage", u"Grid", None))
#if QT_CONFIG(tooltip)
        self.dutyHoliday.setToolTip(QCoreApplication.translate("DutyPage", u"The day chosen in the calendar becomes a holiday for the roster (a holiday shift when the roster is made), or loses that mark again", None))
#endif // QT_CONFIG(tooltip)
        self.dutyHoliday.setText(QCoreApplication.translate("DutyPage", u"Mark holiday\u2026", None))
        self.dutyGenerate.setText(QCoreApplication.translate("DutyPage", u"Generate roster", None))
        self.dutySwap.setText(QCoreApplication.translate("DutyPage", u"Swap shift\u2026", None))
        self.dutyPrint.setText(QCoreApplication.translate("DutyPage", u"Print roster\u2026", None))
        pass
    # retranslateUi

