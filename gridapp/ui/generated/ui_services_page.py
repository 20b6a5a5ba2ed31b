# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'services_page.ui'
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

class Ui_ServicesPageForm(object):
    def setupUi(self, ServicesPageForm):
        if not ServicesPageForm.objectName():
            ServicesPageForm.setObjectName(u"ServicesPageForm")
        ServicesPageForm.resize(1200, 640)
        self.pageLayout = QVBoxLayout(ServicesPageForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.serviceShowLabel = QLabel(ServicesPageForm)
        self.serviceShowLabel.setObjectName(u"serviceShowLabel")

        self.topLayout.addWidget(self.serviceShowLabel)

        self.serviceShow = QComboBox(ServicesPageForm)
        self.serviceShow.setObjectName(u"serviceShow")

        self.topLayout.addWidget(self.serviceShow)

        self.serviceGridLabel = QLabel(ServicesPageForm)
        self.serviceGridLabel.setObjectName(u"serviceGridLabel")

        self.topLayout.addWidget(self.serviceGridLabel)

        self.serviceGrid = QComboBox(ServicesPageForm)
        self.serviceGrid.setObjectName(u"serviceGrid")

        self.topLayout.addWidget(self.serviceGrid)

        self.serviceCounts = QLabel(ServicesPageForm)
        self.serviceCounts.setObjectName(u"serviceCounts")

        self.topLayout.addWidget(self.serviceCounts)

        self.serviceWorkerLabel = QLabel(ServicesPageForm)
        self.serviceWorkerLabel.setObjectName(u"serviceWorkerLabel")

        self.topLayout.addWidget(self.serviceWorkerLabel)

        self.serviceWorker = QComboBox(ServicesPageForm)
        self.serviceWorker.setObjectName(u"serviceWorker")

        self.topLayout.addWidget(self.serviceWorker)

        self.newService = QPushButton(ServicesPageForm)
        self.newService.setObjectName(u"newService")

        self.topLayout.addWidget(self.newService)

        self.topLayout.setStretch(4, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.servicesSplitter = QSplitter(ServicesPageForm)
        self.servicesSplitter.setObjectName(u"servicesSplitter")
        self.servicesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.servicesSplitter.setChildrenCollapsible(False)
        self.tableSlot = QWidget(self.servicesSplitter)
        self.tableSlot.setObjectName(u"tableSlot")
        self.tableLayout = QVBoxLayout(self.tableSlot)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.servicesSplitter.addWidget(self.tableSlot)
        self.rightPanel = QWidget(self.servicesSplitter)
        self.rightPanel.setObjectName(u"rightPanel")
        self.rightPanel.setMinimumSize(QSize(330, 0))
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.serviceDetail = QTextBrowser(self.rightPanel)
        self.serviceDetail.setObjectName(u"serviceDetail")

        self.rightLayout.addWidget(self.serviceDetail)

        self.stepsBox = QGroupBox(self.rightPanel)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepGrid = QGridLayout()
        self.stepGrid.setObjectName(u"stepGrid")
        self.service_materials = QPushButton(self.stepsBox)
        self.service_materials.setObjectName(u"service_materials")

        self.stepGrid.addWidget(self.service_materials, 0, 0, 1, 1)

        self.service_submit = QPushButton(self.stepsBox)
        self.service_submit.setObjectName(u"service_submit")

        self.stepGrid.addWidget(self.service_submit, 0, 1, 1, 1)

        self.service_progress = QPushButton(self.stepsBox)
        self.service_progress.setObjectName(u"service_progress")

        self.stepGrid.addWidget(self.service_progress, 1, 0, 1, 1)

        self.service_finish = QPushButton(self.stepsBox)
        self.service_finish.setObjectName(u"service_finish")

        self.stepGrid.addWidget(self.service_finish, 1, 1, 1, 1)

        self.service_return = QPushButton(self.stepsBox)
        self.service_return.setObjectName(u"service_return")

        self.stepGrid.addWidget(self.service_return, 2, 0, 1, 1)

        self.service_cancel = QPushButton(self.stepsBox)
        self.service_cancel.setObjectName(u"service_cancel")

        self.stepGrid.addWidget(self.service_cancel, 2, 1, 1, 1)


        self.stepsLayout.addLayout(self.stepGrid)


        self.rightLayout.addWidget(self.stepsBox)

        self.rightLayout.setStretch(0, 1)
        self.servicesSplitter.addWidget(self.rightPanel)

        self.pageLayout.addWidget(self.servicesSplitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(ServicesPageForm)

        QMetaObject.connectSlotsByName(ServicesPageForm)
    # setupUi

    def retranslateUi(self, ServicesPageForm):
        self.serviceShowLabel.setText(QCoreApplication.translate("ServicesPageForm", u"Show", None))
        self.serviceGridLabel.setText(QCoreApplication.translate("ServicesPageForm", u"Grid", None))
        self.serviceCounts.setText("")
        self.serviceWorkerLabel.setText(QCoreApplication.translate("ServicesPageForm", u"Accepted by", None))
        self.newService.setText(QCoreApplication.translate("ServicesPageForm", u"Accept an errand\u2026", None))
        self.stepsBox.setTitle(QCoreApplication.translate("ServicesPageForm", u"Next step", None))
        self.service_materials.setText(QCoreApplication.translate("ServicesPageForm", u"Materials received\u2026", None))
        self.service_submit.setText(QCoreApplication.translate("ServicesPageForm", u"Submitted\u2026", None))
        self.service_progress.setText(QCoreApplication.translate("ServicesPageForm", u"Record progress\u2026", None))
        self.service_finish.setText(QCoreApplication.translate("ServicesPageForm", u"Finished\u2026", None))
        self.service_return.setText(QCoreApplication.translate("ServicesPageForm", u"Told the resident\u2026", None))
        self.service_cancel.setText(QCoreApplication.translate("ServicesPageForm", u"Cancel errand\u2026", None))
        pass
    # retranslateUi

