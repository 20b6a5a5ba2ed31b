# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        StartDialog.resize(460, 360)
        StartDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(StartDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(StartDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.layout.addWidget(self.titleLabel)

        self.wantedLabel = QLabel(StartDialog)
        self.wantedLabel.setObjectName(u"wantedLabel")
        self.wantedLabel.setText(u"")
        self.wantedLabel.setWordWrap(True)

        self.layout.addWidget(self.wantedLabel)

        self.introLabel = QLabel(StartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.newButton = QPushButton(StartDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setMinimumSize(QSize(0, 36))

        self.layout.addWidget(self.newButton)

        self.openButton = QPushButton(StartDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(0, 36))

        self.layout.addWidget(self.openButton)

        self.demoButton = QPushButton(StartDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 36))

        self.layout.addWidget(self.demoButton)

        self.recentLabel = QLabel(StartDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.layout.addWidget(self.recentLabel)

        self.recentList = QListWidget(StartDialog)
        self.recentList.setObjectName(u"recentList")

        self.layout.addWidget(self.recentList)


        self.retranslateUi(StartDialog)

        QMetaObject.connectSlotsByName(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        self.introLabel.setText(QCoreApplication.translate("StartDialog", u"No register is open yet. What would you like to do?", None))
        self.newButton.setText(QCoreApplication.translate("StartDialog", u"Create a new register\u2026", None))
        self.openButton.setText(QCoreApplication.translate("StartDialog", u"Open an existing register\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("StartDialog", u"Open the demo register", None))
        self.recentLabel.setText(QCoreApplication.translate("StartDialog", u"Recent registers", None))
        pass
    # retranslateUi

