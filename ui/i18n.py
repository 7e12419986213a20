"""Translations: English source strings, Swedish shipped (``resources/translations``).

The ``.ts`` file is committed; the ``.qm`` file is built from it by ``pyside6-lrelease``
during set-up (``python3 dev.py setup``) and by the installer build. Qt's own strings
(standard buttons, the file dialog) come from Qt's ``qtbase_sv.qm``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def resources_dir() -> Path:
    """``resources/`` beside the packages, or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return base / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(requested: str | None = None) -> str:
    """``--lang``, then ``AVHOPP_LANG``, then Swedish: Avhopp's users work in Swedish, and an
    office PC with an English system still gets the Swedish interface unless asked."""
    for candidate in (requested, os.environ.get("AVHOPP_LANG")):
        if candidate and candidate.lower()[:2] in LANGUAGES:
            return candidate.lower()[:2]
    return DEFAULT_LANGUAGE


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app``; returns them (keep them alive).

    English needs no translator. A missing ``.qm`` (a source checkout without set-up) leaves
    the English source text, which is the documented fallback.
    """
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"avhopp_{language}", None)):
        translator = QTranslator(app)
        where = str(folder) if folder else str(translations_dir())
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


#: ``translate("Context", "English source")``: the one way the GUI marks visible text.
#: ``pyside6-lupdate`` finds calls by this name (it does not see wrappers such as ``_tr``);
#: plurals: ``translate("Context", "%n notes", None, n)``.
translate = QCoreApplication.translate
