"""One way to translated words for the window and for the documents: Qt's translation system.

Every string a user reads is English in the source, marked for `pyside6-lupdate`, and
translated through the catalogues in resources/translations (`planner_zh_TW.ts`, compiled
to `.qm`). The window marks its strings with `self.tr(...)` or
`QCoreApplication.translate(context, ...)` and installs the catalogue of its language
(`install`). The domain, which imports no Qt, marks its words with `QT_TRANSLATE_NOOP`
from `planner.domain.labels`; whoever shows one translates it by its context.

A document is made in the language of its readers, which need not be the window's: it
asks `translate(language, context, text)`, which reads the catalogue of that language
without installing it, so a Chinese programme printed from an English window leaves the
window English.

Languages are BCP 47 tags as visits hold them (`en`, `zh-Hant`, `zh-TW`); each maps to
the catalogue of the nearest language shipped (`zh_TW`). English is the source: it has no
catalogue, and any word a catalogue lacks stays English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from planner import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

SOURCE = "en"
# The catalogues shipped: a visit's or a system's language tag, lower-cased, to the name
# of the catalogue that serves it. Traditional Chinese as Taiwan writes it serves every
# Chinese written in traditional characters.
CATALOGUES = {
    "zh-hant": "zh_TW",
    "zh-tw": "zh_TW",
    "zh-hant-tw": "zh_TW",
    "zh-hk": "zh_TW",
    "zh-mo": "zh_TW",
    "zh-hant-hk": "zh_TW",
    "zh-hant-mo": "zh_TW",
}
# The languages the window offers, by the name each calls itself.
WINDOW_LANGUAGES = {"en": "English", "zh-Hant": "繁體中文"}


def catalogue_name(language: str) -> str | None:
    """The catalogue for a language tag (`zh-Hant`, `zh_TW`, `zh-TW`): `zh_TW`; None for
    English and for a language no catalogue serves."""
    return CATALOGUES.get(language.replace("_", "-").lower())


def catalogue_path(name: str) -> Path:
    """Where the compiled catalogue `planner_<name>.qm` is: in resources/translations."""
    return Path(str(paths.resource("translations", f"planner_{name}.qm")))


def catalogue(language: str) -> QTranslator | None:
    """The loaded catalogue for a language, or None (English, or none shipped or built)."""
    name = catalogue_name(language)
    return None if name is None else _loaded(name)


@cache
def _loaded(name: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(catalogue_path(name))) else None


@cache
def _qt_catalogue(name: str) -> QTranslator | None:
    """Qt's own words (OK, Cancel, the calendar popup) in a language, as Qt ships them."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    return translator if translator.load(f"qtbase_{name}", folder) else None


def translate(language: str, context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` (English, marked in `context`) in `language`, or as it is where the
    catalogue has no translation."""
    translator = catalogue(language)
    if translator is None:
        return text
    return translator.translate(context, text, disambiguation) or text


def window_language(saved: object = None, system: str | None = None) -> str:
    """The language the window opens in: the one chosen last time (`saved`, a key of
    WINDOW_LANGUAGES), else the system's (`system`, a locale name such as `zh_TW`; the
    system locale's when None) where a catalogue serves it, else English."""
    if isinstance(saved, str) and saved in WINDOW_LANGUAGES:
        return saved
    if system is None:
        from PySide6.QtCore import QLocale

        system = QLocale.system().name()
    name = catalogue_name(system)
    served = [tag for tag in WINDOW_LANGUAGES if name and catalogue_name(tag) == name]
    return served[0] if served else SOURCE


def window_locale(language: str) -> QLocale:
    """The locale whose dates and numbers go with a window language: Traditional Chinese as
    written in Taiwan for the Chinese catalogue; for English, the system's English (or
    British English on a system in another language)."""
    from PySide6.QtCore import QLocale

    if catalogue_name(language) == "zh_TW":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
        )
    system = QLocale.system()
    if system.language() is QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def message_dates(language: str) -> Callable[[date, str], str]:
    """How a message in `language` writes its days and times (planner.domain.messages):
    QLocale of the language, with the pattern (`ddd dd MMM HH:mm`) from its catalogue."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from planner.domain.messages import DATES

    locale = window_locale(language)

    def written(value: date, pattern: str) -> str:
        shown = translate(language, DATES, pattern)
        day = QDate(value.year, value.month, value.day)
        if isinstance(value, datetime):
            return locale.toString(QDateTime(day, QTime(value.hour, value.minute)), shown)
        return locale.toString(day, shown)

    return written


_installed: list[QTranslator] = []
_current = [SOURCE]


def current_language() -> str:
    """The window's language, as last installed."""
    return _current[0]


def install(application: QCoreApplication, language: str) -> QTranslator | None:
    """Make `language` the window's: its catalogue installed in the application (every
    `tr` from now on reads it, and open widgets are told to retranslate), the one before
    removed, and its locale the default one (dates and numbers). Returns the catalogue
    installed, None for English."""
    from PySide6.QtCore import QLocale

    while _installed:
        application.removeTranslator(_installed.pop())
    translator = catalogue(language)
    name = catalogue_name(language)
    qt_words = _qt_catalogue(name) if translator is not None and name else None
    for installing in (qt_words, translator):  # the last installed is asked first
        if installing is not None:
            application.installTranslator(installing)
            _installed.append(installing)
    QLocale.setDefault(window_locale(language))
    _current[0] = language
    return translator
