# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_fill.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TemplateFillDialog(object):
    def setupUi(self, templateFillDialog):
        if not templateFillDialog.objectName():
            templateFillDialog.setObjectName(u"templateFillDialog")
        templateFillDialog.resize(760, 680)
        self.dialogLayout = QVBoxLayout(templateFillDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.templateIntro = QLabel(templateFillDialog)
        self.templateIntro.setObjectName(u"templateIntro")
        self.templateIntro.setWordWrap(True)

        self.dialogLayout.addWidget(self.templateIntro)

        self.templateFound = QLabel(templateFillDialog)
        self.templateFound.setObjectName(u"templateFound")
        self.templateFound.setWordWrap(True)
        self.templateFound.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.templateFound)

        self.templateColumns = QTableWidget(templateFillDialog)
        if (self.templateColumns.columnCount() < 4):
            self.templateColumns.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.templateColumns.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.templateColumns.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.templateColumns.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.templateColumns.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.templateColumns.setObjectName(u"templateColumns")
        self.templateColumns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templateColumns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.templateColumns.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.templateColumns)

        self.templateSummary = QLabel(templateFillDialog)
        self.templateSummary.setObjectName(u"templateSummary")
        self.templateSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.templateSummary)

        self.optionsBox = QGroupBox(templateFillDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsForm = QFormLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.gridCaption = QLabel(self.optionsBox)
        self.gridCaption.setObjectName(u"gridCaption")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gridCaption)

        self.templateGrid = QComboBox(self.optionsBox)
        self.templateGrid.setObjectName(u"templateGrid")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateGrid)

        self.groupCaption = QLabel(self.optionsBox)
        self.groupCaption.setObjectName(u"groupCaption")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupCaption)

        self.templateGroup = QComboBox(self.optionsBox)
        self.templateGroup.setObjectName(u"templateGroup")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templateGroup)

        self.templateAllStatus = QCheckBox(self.optionsBox)
        self.templateAllStatus.setObjectName(u"templateAllStatus")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.templateAllStatus)

        self.idCaption = QLabel(self.optionsBox)
        self.idCaption.setObjectName(u"idCaption")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idCaption)

        self.idRow = QHBoxLayout()
        self.idRow.setObjectName(u"idRow")
        self.templateFullId = QCheckBox(self.optionsBox)
        self.templateFullId.setObjectName(u"templateFullId")

        self.idRow.addWidget(self.templateFullId)

        self.maskedNote = QLabel(self.optionsBox)
        self.maskedNote.setObjectName(u"maskedNote")
        self.maskedNote.setEnabled(False)

        self.idRow.addWidget(self.maskedNote)

        self.idRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idRow.addItem(self.idRowSpacer)


        self.optionsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.idRow)

        self.fullIdWarning = QLabel(self.optionsBox)
        self.fullIdWarning.setObjectName(u"fullIdWarning")
        self.fullIdWarning.setStyleSheet(u"color: #b00020;")
        self.fullIdWarning.setWordWrap(True)

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fullIdWarning)


        self.dialogLayout.addWidget(self.optionsBox)

        self.buttons = QDialogButtonBox(templateFillDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(2, 1)

        self.retranslateUi(templateFillDialog)

        QMetaObject.connectSlotsByName(templateFillDialog)
    # setupUi

    def retranslateUi(self, templateFillDialog):
        self.templateIntro.setText(QCoreApplication.translate("TemplateFillDialog", u"Check what the register writes into each column of the form. Your corrections are remembered for this form, also when next month's copy has another name.", None))
        ___qtablewidgetitem = self.templateColumns.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TemplateFillDialog", u"Col.", None))
        ___qtablewidgetitem1 = self.templateColumns.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TemplateFillDialog", u"Column of the form", None))
        ___qtablewidgetitem2 = self.templateColumns.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TemplateFillDialog", u"Filled with", None))
        self.optionsBox.setTitle(QCoreApplication.translate("TemplateFillDialog", u"Whom to list", None))
        self.gridCaption.setText(QCoreApplication.translate("TemplateFillDialog", u"Grid", None))
        self.groupCaption.setText(QCoreApplication.translate("TemplateFillDialog", u"Special group", None))
        self.templateAllStatus.setText(QCoreApplication.translate("TemplateFillDialog", u"Also residents who moved out or died", None))
        self.idCaption.setText(QCoreApplication.translate("TemplateFillDialog", u"ID numbers", None))
        self.templateFullId.setText(QCoreApplication.translate("TemplateFillDialog", u"Full ID numbers", None))
        self.maskedNote.setText(QCoreApplication.translate("TemplateFillDialog", u"(otherwise masked: 110101********1234)", None))
        self.fullIdWarning.setText(QCoreApplication.translate("TemplateFillDialog", u"The file will hold complete ID numbers. This disclosure is recorded in the change log; give the file only to the office that asked for it.", None))
        pass
    # retranslateUi

