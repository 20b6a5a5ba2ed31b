# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QTabWidget,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 520)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.aboutIcon = QLabel(AboutDialog)
        self.aboutIcon.setObjectName(u"aboutIcon")
        self.aboutIcon.setText(u"")

        self.header.addWidget(self.aboutIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.aboutTitle = QLabel(AboutDialog)
        self.aboutTitle.setObjectName(u"aboutTitle")
        self.aboutTitle.setTextFormat(Qt.TextFormat.RichText)
        self.aboutTitle.setText(u"")
        self.aboutTitle.setWordWrap(True)

        self.header.addWidget(self.aboutTitle)

        self.header.setStretch(1, 1)

        self.layout.addLayout(self.header)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.librariesTab = QWidget()
        self.librariesTab.setObjectName(u"librariesTab")
        self.librariesLayout = QVBoxLayout(self.librariesTab)
        self.librariesLayout.setObjectName(u"librariesLayout")
        self.aboutLibraries = QTextBrowser(self.librariesTab)
        self.aboutLibraries.setObjectName(u"aboutLibraries")
        self.aboutLibraries.setOpenExternalLinks(True)

        self.librariesLayout.addWidget(self.aboutLibraries)

        self.tabs.addTab(self.librariesTab, "")
        self.fontTab = QWidget()
        self.fontTab.setObjectName(u"fontTab")
        self.fontLayout = QVBoxLayout(self.fontTab)
        self.fontLayout.setObjectName(u"fontLayout")
        self.aboutFontLicence = QTextBrowser(self.fontTab)
        self.aboutFontLicence.setObjectName(u"aboutFontLicence")

        self.fontLayout.addWidget(self.aboutFontLicence)

        self.tabs.addTab(self.fontTab, "")

        self.layout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        self.tabs.setTabText(self.tabs.indexOf(self.librariesTab), QCoreApplication.translate("AboutDialog", u"Libraries", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fontTab), QCoreApplication.translate("AboutDialog", u"Font licence", None))
        pass
    # retranslateUi

