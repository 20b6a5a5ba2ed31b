# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.settingsTabs = QTabWidget(SettingsPage)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QVBoxLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.generalBox = QGroupBox(self.generalTab)
        self.generalBox.setObjectName(u"generalBox")
        self.generalForm = QFormLayout(self.generalBox)
        self.generalForm.setObjectName(u"generalForm")
        self.subDistrictLabel = QLabel(self.generalBox)
        self.subDistrictLabel.setObjectName(u"subDistrictLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subDistrictLabel)

        self.setSubDistrict = QLineEdit(self.generalBox)
        self.setSubDistrict.setObjectName(u"setSubDistrict")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.setSubDistrict)

        self.operatorLabel = QLabel(self.generalBox)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.setOperator = QLineEdit(self.generalBox)
        self.setOperator.setObjectName(u"setOperator")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.setOperator)

        self.setAskOperator = QCheckBox(self.generalBox)
        self.setAskOperator.setObjectName(u"setAskOperator")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.setAskOperator)

        self.cycleLabel = QLabel(self.generalBox)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.setCycle = QSpinBox(self.generalBox)
        self.setCycle.setObjectName(u"setCycle")
        self.setCycle.setMinimum(1)
        self.setCycle.setMaximum(12)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.setCycle)

        self.issueDaysLabel = QLabel(self.generalBox)
        self.issueDaysLabel.setObjectName(u"issueDaysLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issueDaysLabel)

        self.setIssueDays = QSpinBox(self.generalBox)
        self.setIssueDays.setObjectName(u"setIssueDays")
        self.setIssueDays.setMinimum(1)
        self.setIssueDays.setMaximum(365)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.setIssueDays)

        self.setMask = QCheckBox(self.generalBox)
        self.setMask.setObjectName(u"setMask")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.setMask)

        self.backupLabel = QLabel(self.generalBox)
        self.backupLabel.setObjectName(u"backupLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupRow = QWidget(self.generalBox)
        self.backupRow.setObjectName(u"backupRow")
        self.backupBox = QVBoxLayout(self.backupRow)
        self.backupBox.setObjectName(u"backupBox")
        self.backupBox.setContentsMargins(0, 0, 0, 0)
        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.setBackup = QLineEdit(self.backupRow)
        self.setBackup.setObjectName(u"setBackup")

        self.backupFolderRow.addWidget(self.setBackup)

        self.setBackupBrowse = QPushButton(self.backupRow)
        self.setBackupBrowse.setObjectName(u"setBackupBrowse")

        self.backupFolderRow.addWidget(self.setBackupBrowse)


        self.backupBox.addLayout(self.backupFolderRow)

        self.backupButtonsRow = QHBoxLayout()
        self.backupButtonsRow.setObjectName(u"backupButtonsRow")
        self.backupNow = QPushButton(self.backupRow)
        self.backupNow.setObjectName(u"backupNow")

        self.backupButtonsRow.addWidget(self.backupNow)

        self.restoreBackup = QPushButton(self.backupRow)
        self.restoreBackup.setObjectName(u"restoreBackup")

        self.backupButtonsRow.addWidget(self.restoreBackup)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtonsRow.addItem(self.backupSpacer)


        self.backupBox.addLayout(self.backupButtonsRow)


        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.backupRow)

        self.languageLabel = QLabel(self.generalBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.setLanguage = QComboBox(self.generalBox)
        self.setLanguage.setObjectName(u"setLanguage")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.setLanguage)


        self.topRow.addWidget(self.generalBox)

        self.everyCycleBox = QGroupBox(self.generalTab)
        self.everyCycleBox.setObjectName(u"everyCycleBox")
        self.everyCycleLayout = QVBoxLayout(self.everyCycleBox)
        self.everyCycleLayout.setObjectName(u"everyCycleLayout")
        self.setEveryCycle = QListWidget(self.everyCycleBox)
        self.setEveryCycle.setObjectName(u"setEveryCycle")

        self.everyCycleLayout.addWidget(self.setEveryCycle)


        self.topRow.addWidget(self.everyCycleBox)

        self.topRow.setStretch(0, 3)
        self.topRow.setStretch(1, 2)

        self.generalTabLayout.addLayout(self.topRow)

        self.listsRow = QHBoxLayout()
        self.listsRow.setObjectName(u"listsRow")
        self.box_issue_categories = QGroupBox(self.generalTab)
        self.box_issue_categories.setObjectName(u"box_issue_categories")
        self.layout_issue_categories = QVBoxLayout(self.box_issue_categories)
        self.layout_issue_categories.setObjectName(u"layout_issue_categories")
        self.set_issue_categories = QPlainTextEdit(self.box_issue_categories)
        self.set_issue_categories.setObjectName(u"set_issue_categories")

        self.layout_issue_categories.addWidget(self.set_issue_categories)


        self.listsRow.addWidget(self.box_issue_categories)

        self.box_stations = QGroupBox(self.generalTab)
        self.box_stations.setObjectName(u"box_stations")
        self.layout_stations = QVBoxLayout(self.box_stations)
        self.layout_stations.setObjectName(u"layout_stations")
        self.set_stations = QPlainTextEdit(self.box_stations)
        self.set_stations.setObjectName(u"set_stations")

        self.layout_stations.addWidget(self.set_stations)


        self.listsRow.addWidget(self.box_stations)

        self.box_errands = QGroupBox(self.generalTab)
        self.box_errands.setObjectName(u"box_errands")
        self.layout_errands = QVBoxLayout(self.box_errands)
        self.layout_errands.setObjectName(u"layout_errands")
        self.set_errands = QPlainTextEdit(self.box_errands)
        self.set_errands.setObjectName(u"set_errands")

        self.layout_errands.addWidget(self.set_errands)


        self.listsRow.addWidget(self.box_errands)


        self.generalTabLayout.addLayout(self.listsRow)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.settingsSave = QPushButton(self.generalTab)
        self.settingsSave.setObjectName(u"settingsSave")

        self.saveRow.addWidget(self.settingsSave)


        self.generalTabLayout.addLayout(self.saveRow)

        self.generalTabLayout.setStretch(1, 1)
        self.settingsTabs.addTab(self.generalTab, "")
        self.placesTab = QWidget()
        self.placesTab.setObjectName(u"placesTab")
        self.placesTabLayout = QVBoxLayout(self.placesTab)
        self.placesTabLayout.setObjectName(u"placesTabLayout")
        self.areaButtons = QHBoxLayout()
        self.areaButtons.setObjectName(u"areaButtons")
        self.areaAdd = QPushButton(self.placesTab)
        self.areaAdd.setObjectName(u"areaAdd")

        self.areaButtons.addWidget(self.areaAdd)

        self.areaRename = QPushButton(self.placesTab)
        self.areaRename.setObjectName(u"areaRename")

        self.areaButtons.addWidget(self.areaRename)

        self.areaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.areaButtons.addItem(self.areaSpacer)


        self.placesTabLayout.addLayout(self.areaButtons)

        self.areaTree = QTreeWidget(self.placesTab)
        self.areaTree.setObjectName(u"areaTree")

        self.placesTabLayout.addWidget(self.areaTree)

        self.moveHint = QLabel(self.placesTab)
        self.moveHint.setObjectName(u"moveHint")

        self.placesTabLayout.addWidget(self.moveHint)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.moveBuildingLabel = QLabel(self.placesTab)
        self.moveBuildingLabel.setObjectName(u"moveBuildingLabel")

        self.moveRow.addWidget(self.moveBuildingLabel)

        self.moveBuilding = QComboBox(self.placesTab)
        self.moveBuilding.setObjectName(u"moveBuilding")
        self.moveBuilding.setMinimumSize(QSize(220, 0))

        self.moveRow.addWidget(self.moveBuilding)

        self.moveTargetLabel = QLabel(self.placesTab)
        self.moveTargetLabel.setObjectName(u"moveTargetLabel")

        self.moveRow.addWidget(self.moveTargetLabel)

        self.moveTarget = QComboBox(self.placesTab)
        self.moveTarget.setObjectName(u"moveTarget")

        self.moveRow.addWidget(self.moveTarget)

        self.moveBuildingButton = QPushButton(self.placesTab)
        self.moveBuildingButton.setObjectName(u"moveBuildingButton")

        self.moveRow.addWidget(self.moveBuildingButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveRow.addItem(self.moveSpacer)


        self.placesTabLayout.addLayout(self.moveRow)

        self.placesTabLayout.setStretch(1, 1)
        self.settingsTabs.addTab(self.placesTab, "")
        self.workersTab = QWidget()
        self.workersTab.setObjectName(u"workersTab")
        self.workersTabLayout = QVBoxLayout(self.workersTab)
        self.workersTabLayout.setObjectName(u"workersTabLayout")
        self.workerRow = QHBoxLayout()
        self.workerRow.setObjectName(u"workerRow")
        self.workerGridLabel = QLabel(self.workersTab)
        self.workerGridLabel.setObjectName(u"workerGridLabel")

        self.workerRow.addWidget(self.workerGridLabel)

        self.workerGrid = QComboBox(self.workersTab)
        self.workerGrid.setObjectName(u"workerGrid")

        self.workerRow.addWidget(self.workerGrid)

        self.workerAdd = QPushButton(self.workersTab)
        self.workerAdd.setObjectName(u"workerAdd")

        self.workerRow.addWidget(self.workerAdd)

        self.workerToggle = QPushButton(self.workersTab)
        self.workerToggle.setObjectName(u"workerToggle")

        self.workerRow.addWidget(self.workerToggle)

        self.workerPhoto = QPushButton(self.workersTab)
        self.workerPhoto.setObjectName(u"workerPhoto")

        self.workerRow.addWidget(self.workerPhoto)

        self.workerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workerRow.addItem(self.workerSpacer)


        self.workersTabLayout.addLayout(self.workerRow)

        self.workerTablePlace = QWidget(self.workersTab)
        self.workerTablePlace.setObjectName(u"workerTablePlace")
        self.workerTableLayout = QVBoxLayout(self.workerTablePlace)
        self.workerTableLayout.setObjectName(u"workerTableLayout")
        self.workerTableLayout.setContentsMargins(0, 0, 0, 0)

        self.workersTabLayout.addWidget(self.workerTablePlace)

        self.workersTabLayout.setStretch(1, 1)
        self.settingsTabs.addTab(self.workersTab, "")

        self.pageLayout.addWidget(self.settingsTabs)


        self.retranslateUi(SettingsPage)

        self.settingsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.generalBox.setTitle(QCoreApplication.translate("SettingsPage", u"General", None))
        self.subDistrictLabel.setText(QCoreApplication.translate("SettingsPage", u"Sub-district", None))
        self.operatorLabel.setText(QCoreApplication.translate("SettingsPage", u"Operator name", None))
        self.setAskOperator.setText(QCoreApplication.translate("SettingsPage", u"Shared laptop: ask for the operator's name at every start", None))
#if QT_CONFIG(tooltip)
        self.setAskOperator.setToolTip(QCoreApplication.translate("SettingsPage", u"For a laptop several workers use: the window asks who is working each time it opens, so every change is recorded under the right name.", None))
#endif // QT_CONFIG(tooltip)
        self.cycleLabel.setText(QCoreApplication.translate("SettingsPage", u"Visit cycle", None))
        self.setCycle.setSuffix(QCoreApplication.translate("SettingsPage", u" month(s)", None))
        self.issueDaysLabel.setText(QCoreApplication.translate("SettingsPage", u"Default issue deadline", None))
        self.setIssueDays.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
        self.setMask.setText(QCoreApplication.translate("SettingsPage", u"Mask ID numbers on screens, prints and exports", None))
        self.backupLabel.setText(QCoreApplication.translate("SettingsPage", u"Backup folder", None))
        self.setBackup.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Folder for automatic backups", None))
        self.setBackupBrowse.setText(QCoreApplication.translate("SettingsPage", u"Browse\u2026", None))
        self.backupNow.setText(QCoreApplication.translate("SettingsPage", u"Back up now\u2026", None))
        self.restoreBackup.setText(QCoreApplication.translate("SettingsPage", u"Restore from a backup\u2026", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"Language (after restart)", None))
        self.everyCycleBox.setTitle(QCoreApplication.translate("SettingsPage", u"Groups whose households are visited every cycle", None))
        self.box_issue_categories.setTitle(QCoreApplication.translate("SettingsPage", u"Issue categories (one per line)", None))
#if QT_CONFIG(tooltip)
        self.set_issue_categories.setToolTip(QCoreApplication.translate("SettingsPage", u"One per line", None))
#endif // QT_CONFIG(tooltip)
        self.box_stations.setTitle(QCoreApplication.translate("SettingsPage", u"Stations (one per line)", None))
#if QT_CONFIG(tooltip)
        self.set_stations.setToolTip(QCoreApplication.translate("SettingsPage", u"One per line", None))
#endif // QT_CONFIG(tooltip)
        self.box_errands.setTitle(QCoreApplication.translate("SettingsPage", u"Errands (one per line)", None))
#if QT_CONFIG(tooltip)
        self.set_errands.setToolTip(QCoreApplication.translate("SettingsPage", u"One per line", None))
#endif // QT_CONFIG(tooltip)
        self.settingsSave.setText(QCoreApplication.translate("SettingsPage", u"Save settings", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsPage", u"General", None))
        self.areaAdd.setText(QCoreApplication.translate("SettingsPage", u"New area below\u2026", None))
        self.areaRename.setText(QCoreApplication.translate("SettingsPage", u"Rename\u2026", None))
        ___qtreewidgetitem = self.areaTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SettingsPage", u"Level", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SettingsPage", u"Area", None))
        self.moveHint.setText(QCoreApplication.translate("SettingsPage", u"Move a building (and its households) to another grid:", None))
        self.moveBuildingLabel.setText(QCoreApplication.translate("SettingsPage", u"Building", None))
        self.moveTargetLabel.setText(QCoreApplication.translate("SettingsPage", u"to grid", None))
        self.moveBuildingButton.setText(QCoreApplication.translate("SettingsPage", u"Move building", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.placesTab), QCoreApplication.translate("SettingsPage", u"Communities and grids", None))
        self.workerGridLabel.setText(QCoreApplication.translate("SettingsPage", u"Grid", None))
        self.workerAdd.setText(QCoreApplication.translate("SettingsPage", u"Add worker\u2026", None))
        self.workerToggle.setText(QCoreApplication.translate("SettingsPage", u"On / off duty", None))
        self.workerPhoto.setText(QCoreApplication.translate("SettingsPage", u"Photo\u2026", None))
#if QT_CONFIG(tooltip)
        self.workerPhoto.setToolTip(QCoreApplication.translate("SettingsPage", u"The photo printed on the grid's notice board", None))
#endif // QT_CONFIG(tooltip)
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.workersTab), QCoreApplication.translate("SettingsPage", u"Workers", None))
        pass
    # retranslateUi

