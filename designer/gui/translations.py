"""The window in the user's language, when a translation of it is shipped.

Every string the window shows goes through ``tr()`` or
``QCoreApplication.translate``. ``make translations`` extracts them with
pyside6-lupdate into ``i18n/designer.ts`` beside this module: the file a
translator opens in Qt Linguist and saves as ``designer_<language>.ts``;
pyside6-lrelease (the same target) compiles each of those into the ``.qm``
loaded here. The language is the desktop's, or ``DESIGNER_LANG`` (``gd``,
``cy``...) to choose one. The translators are installed before any widget is
built, so menus, dialogs and messages come up translated; Qt's own strings
(file dialogs, standard buttons) follow when Qt's translations are installed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N = Path(__file__).resolve().parent / "i18n"
LANGUAGE_ENV = "DESIGNER_LANG"


def chosen_locale() -> QLocale:
    language = os.environ.get(LANGUAGE_ENV, "").strip()
    return QLocale(language) if language else QLocale()


def install_translations(app: QCoreApplication, folder: Path = I18N) -> list[QTranslator]:
    """Install designer's and Qt's catalogues for the chosen language; those found."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, directory in (("designer", str(folder)), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(chosen_locale(), name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
