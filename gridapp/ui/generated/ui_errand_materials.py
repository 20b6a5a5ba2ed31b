# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'errand_materials.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ErrandMaterialsDialog(object):
    def setupUi(self, ErrandMaterialsDialog):
        if not ErrandMaterialsDialog.objectName():
            ErrandMaterialsDialog.setObjectName(u"ErrandMaterialsDialog")
        ErrandMaterialsDialog.resize(440, 380)
        self.mainLayout = QVBoxLayout(ErrandMaterialsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.recordLabel = QLabel(ErrandMaterialsDialog)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setWordWrap(True)
        self.recordLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.recordLabel)

        self.tickLabel = QLabel(ErrandMaterialsDialog)
        self.tickLabel.setObjectName(u"tickLabel")
        self.tickLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.tickLabel)

        self.materialList = QListWidget(ErrandMaterialsDialog)
        self.materialList.setObjectName(u"materialList")

        self.mainLayout.addWidget(self.materialList)

        self.noneLabel = QLabel(ErrandMaterialsDialog)
        self.noneLabel.setObjectName(u"noneLabel")
        self.noneLabel.setStyleSheet(u"color: #777;")

        self.mainLayout.addWidget(self.noneLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.moreLabel = QLabel(ErrandMaterialsDialog)
        self.moreLabel.setObjectName(u"moreLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moreLabel)

        self.moreEdit = QLineEdit(ErrandMaterialsDialog)
        self.moreEdit.setObjectName(u"moreEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.moreEdit)

        self.onLabel = QLabel(ErrandMaterialsDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onEdit = QDateEdit(ErrandMaterialsDialog)
        self.onEdit.setObjectName(u"onEdit")
        self.onEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.onEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.onEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ErrandMaterialsDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #c62828;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ErrandMaterialsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.moreLabel.setBuddy(self.moreEdit)
        self.onLabel.setBuddy(self.onEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ErrandMaterialsDialog)

        QMetaObject.connectSlotsByName(ErrandMaterialsDialog)
    # setupUi

    def retranslateUi(self, ErrandMaterialsDialog):
        ErrandMaterialsDialog.setWindowTitle(QCoreApplication.translate("ErrandMaterialsDialog", u"Materials received", None))
        self.tickLabel.setText(QCoreApplication.translate("ErrandMaterialsDialog", u"Tick each material the resident has now handed in:", None))
        self.noneLabel.setText(QCoreApplication.translate("ErrandMaterialsDialog", u"No materials are recorded as missing.", None))
        self.moreLabel.setText(QCoreApplication.translate("ErrandMaterialsDialog", u"Also missing", None))
        self.moreEdit.setPlaceholderText(QCoreApplication.translate("ErrandMaterialsDialog", u"Materials still to bring, separated by \u3001", None))
        self.onLabel.setText(QCoreApplication.translate("ErrandMaterialsDialog", u"Received on", None))
    # retranslateUi

