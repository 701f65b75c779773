"""The interface's language: English, Russian, Ukrainian, Bulgarian or Simplified Chinese (Qt Linguist files in
resources/translations), picked from the system locale unless the user chose one (View →
Language, kept in QSettings under appearance/language; it applies at the next start, when every
window is built in it). Dates, numbers and money follow the locale of that language's region
where the user chose one, else the system's own (QLocale)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources

log = logging.getLogger(__name__)

TRANSLATIONS = resources.path("translations")
SETTING = "appearance/language"
SYSTEM = "system"
# Code → the language's own name (a menu shows each language in itself).
LANGUAGES = {"en": "English", "ru": "Русский", "uk": "Українська", "bg": "Български", "zh_CN": "简体中文"}


def chosen(settings: QSettings) -> str:
    value = str(settings.value(SETTING, SYSTEM))
    return value if value == SYSTEM or value in LANGUAGES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code to show: the one chosen, else the system's if we have it, else English."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Russian:
        return "ru"
    if locale.language() == QLocale.Language.Ukrainian:
        return "uk"
    if locale.language() == QLocale.Language.Bulgarian:
        return "bg"
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Load the translations for `choice` into `app`; returns the translators (keep them alive)."""
    code = resolve(choice)
    if choice in LANGUAGES:
        QLocale.setDefault(QLocale(code))  # the chosen language's formats, not the system's
    installed: list[QTranslator] = []
    if code == "en":
        return installed  # the source strings are English
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"rapport_{code}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:  # an install without its translations: said in the log, not silently English
        log.warning("no %s translation at %s; the window stays in English", code, TRANSLATIONS)
    qt_own = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, the file dialog)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
