# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OperatorDialog(object):
    def setupUi(self, OperatorDialog):
        if not OperatorDialog.objectName():
            OperatorDialog.setObjectName(u"OperatorDialog")
        OperatorDialog.resize(440, 220)
        self.layout = QVBoxLayout(OperatorDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(OperatorDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(OperatorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QComboBox(OperatorDialog)
        self.nameBox.setObjectName(u"nameBox")
        self.nameBox.setEditable(True)
        self.nameBox.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameBox)


        self.layout.addLayout(self.form)

        self.sharedBox = QCheckBox(OperatorDialog)
        self.sharedBox.setObjectName(u"sharedBox")

        self.layout.addWidget(self.sharedBox)

        self.problem = QLabel(OperatorDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #c62828")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(OperatorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameBox)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OperatorDialog)

        QMetaObject.connectSlotsByName(OperatorDialog)
    # setupUi

    def retranslateUi(self, OperatorDialog):
        OperatorDialog.setWindowTitle(QCoreApplication.translate("OperatorDialog", u"Who is working?", None))
        self.intro.setText(QCoreApplication.translate("OperatorDialog", u"Every change to the register is recorded under the operator's name. Pick your name from the grid's workers, or type it.", None))
        self.nameLabel.setText(QCoreApplication.translate("OperatorDialog", u"Operator *", None))
        self.sharedBox.setText(QCoreApplication.translate("OperatorDialog", u"Shared laptop: ask for the name at every start", None))
    # retranslateUi

