"""The About dialog: the version, and the licences of the shipped font and libraries.

``show_about(parent)`` opens it (Help > About). The licences listed here are those of what the
installers ship (packaging/gridapp.spec); keep the two in step when a dependency is added.
"""

from __future__ import annotations

import html
import importlib
import platform
import warnings
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridapp import APP_TITLE, __version__, paths

FONT_LICENCE_FILE = "LICENSE-wqy-microhei.txt"


@dataclass(frozen=True)
class Component:
    name: str
    dist: str  # the installed distribution the version is read from; "" when there is none
    licence: str
    url: str
    module: str = ""  # fallback when the distribution's metadata is not shipped: its __version__


# What the bundle ships, one row each: name, the installed distribution its version is read
# from, licence, home page, and the module whose __version__ serves when the distribution's
# metadata is not shipped. Qt and PySide6 are LGPL-3.0: they are shipped as separate, unmodified
# shared libraries in the program folder, which a user may replace with their own build.
# fmt: off
_SHIPPED: tuple[tuple[str, str, str, str, str], ...] = (
    ("Python", "", "PSF-2.0", "https://www.python.org/", ""),
    ("Qt 6", "", "LGPL-3.0", "https://www.qt.io/", ""),
    ("PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0", "https://wiki.qt.io/Qt_for_Python", "PySide6"),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org/", "sqlalchemy"),
    ("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/", "alembic"),
    ("Mako", "Mako", "MIT", "https://www.makotemplates.org/", "mako"),
    ("SQLite", "", "Public Domain", "https://sqlite.org/", "sqlite3"),
    ("SQLCipher (sqlcipher3)", "sqlcipher3", "zlib; SQLCipher: BSD-3-Clause", "https://github.com/coleifer/sqlcipher3", ""),
    ("OpenSSL", "", "Apache-2.0", "https://www.openssl.org/", ""),
    ("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/", "openpyxl"),
    ("et-xmlfile", "et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile", ""),
    ("python-calamine", "python-calamine", "MIT", "https://github.com/dimastbk/python-calamine", ""),
    ("XlsxWriter", "XlsxWriter", "BSD-2-Clause", "https://github.com/jmcnamara/XlsxWriter", "xlsxwriter"),
    ("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/", "reportlab"),
    ("Pillow", "pillow", "MIT-CMU (HPND)", "https://python-pillow.org/", "PIL"),
    ("pypdfium2 (PDFium)", "pypdfium2", "Apache-2.0 / BSD-3-Clause", "https://github.com/pypdfium2-team/pypdfium2", "pypdfium2"),
    ("pypinyin", "pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin", "pypinyin"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", ""),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com/", ""),
    ("charset-normalizer", "charset-normalizer", "MIT", "https://github.com/jawah/charset_normalizer", ""),
    ("typing_extensions", "typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions", ""),
)
# fmt: on
COMPONENTS: tuple[Component, ...] = tuple(Component(*row) for row in _SHIPPED)

FONT = Component(
    "WenQuanYi Micro Hei 文泉驿微米黑",
    "",
    "Apache-2.0 or GPL-3.0-or-later with font exception",
    "http://wenq.org/",
)


def component_version(component: Component) -> str:
    """The version of a shipped component as it runs here ("" when it cannot be told)."""
    if component.name == "Python":
        return platform.python_version()
    if component.name == "Qt 6":
        return qVersion()
    if component.dist:
        try:
            return metadata.version(component.dist)
        except metadata.PackageNotFoundError:
            pass
    if not component.module:
        return ""
    try:
        module = importlib.import_module(component.module)
    except ImportError:
        return ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for attribute in ("__version__", "sqlite_version", "Version", "VERSION"):
            value = getattr(module, attribute, None)
            if isinstance(value, str):
                return value
    return ""


def font_licence_text() -> str:
    path = paths.resources_dir() / "fonts" / FONT_LICENCE_FILE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def licences_html() -> str:
    rows = []
    for component in (*COMPONENTS, FONT):
        name = html.escape(component.name)
        version = html.escape(component_version(component))
        licence = html.escape(component.licence)
        url = html.escape(component.url, quote=True)
        rows.append(
            f"<tr><td>{name}</td><td>{version}</td><td>{licence}</td>"
            f"<td><a href='{url}'>{url}</a></td></tr>"
        )
    return (
        "<table cellspacing='0' cellpadding='3'>"
        "<tr><th align='left'>{}</th><th align='left'>{}</th><th align='left'>{}</th>"
        "<th align='left'>{}</th></tr>{}</table>"
    ).format(
        html.escape(QCoreApplication.translate("AboutDialog", "Component")),
        html.escape(QCoreApplication.translate("AboutDialog", "Version")),
        html.escape(QCoreApplication.translate("AboutDialog", "Licence")),
        html.escape(QCoreApplication.translate("AboutDialog", "Web site")),
        "".join(rows),
    )


class AboutDialog(QDialog):
    """The version and the licences (forms/about.ui); the texts are filled in here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from gridapp.ui.generated.ui_about import Ui_AboutDialog

        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_TITLE))
        icon_path = paths.resources_dir() / "icons" / "gridapp.png"
        pixmap = QPixmap(str(icon_path))
        if not pixmap.isNull():
            self.ui.aboutIcon.setPixmap(
                pixmap.scaled(
                    72,
                    72,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.setWindowIcon(QIcon(str(icon_path)))
        self.ui.aboutTitle.setText(
            "<h2>{}</h2><p>{}</p><p>{}</p>".format(
                html.escape(APP_TITLE),
                html.escape(self.tr("Version %1").replace("%1", __version__)),
                html.escape(
                    self.tr(
                        "An offline resident register and work ledger for grid leaders. "
                        "Your registers and backups stay on this computer."
                    )
                ),
            )
        )
        self.tabs = self.ui.tabs
        self.libraries = self.ui.aboutLibraries
        self.libraries.setHtml(
            "<p>{}</p>{}".format(
                html.escape(
                    self.tr(
                        "This program is built with the following free software. Qt and "
                        "PySide6 are used under the GNU LGPL version 3: they are shipped as "
                        "separate, unmodified libraries in the program folder and may be "
                        "replaced."
                    )
                ),
                licences_html(),
            )
        )
        self.font_licence = self.ui.aboutFontLicence
        text = font_licence_text() or self.tr("The font licence file is missing.")
        self.font_licence.setPlainText(text)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.accept)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog (modal) and return it once closed."""
    dialog = AboutDialog(parent)
    dialog.exec()
    return dialog
