"""The window's words in its language: vocabulary and field labels translated, dates in the
language's own form, names sorted as the language sorts them.

Strings of the window are marked where they are written (`self.tr`, `translate`); the
domain's vocabulary words are marked in `planner.domain.labels` and translated here. Dates
are formatted by QLocale with a pattern the catalogue translates (`dddd d MMMM yyyy` in
English, `yyyy年M月d日（dddd）` in Chinese), so the order of day, month and weekday is the
language's, not English's with translated names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import StrEnum
from functools import cache, cmp_to_key
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale

from planner import translation
from planner.domain import places
from planner.domain.labels import FIELD_CONTEXT, FIELD_LABELS, VOCABULARIES

if TYPE_CHECKING:
    from planner.domain.model import Translated, Visit
    from planner.export.language import Words

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text`, marked in `context`, in the window's language."""
    return QCoreApplication.translate(context, text, disambiguation)


def label(value: StrEnum) -> str:
    """A vocabulary word as the window shows it: `Signing ceremony`, `簽署儀式`."""
    vocabulary = type(value)
    words = VOCABULARIES.get(vocabulary)
    if words is None or value not in words:
        return value.value.replace("-", " ").capitalize()
    return translate(vocabulary.__name__, words[value])


def labels(vocabulary: type[E], words: Mapping[E, str] | None = None) -> dict[E, str]:
    """Every word of a vocabulary, translated, in the vocabulary's order; `words` gives the
    window's own (already translated) words for some of them."""
    return {member: (words or {}).get(member) or label(member) for member in vocabulary}


def field_label(name: str) -> str:
    """A field's label as its dialog shows it (`planner.domain.labels.FIELD_LABELS`)."""
    return translate(FIELD_CONTEXT, FIELD_LABELS[name])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _formatted(day: date, pattern: str) -> str:
    return QLocale().toString(_qdate(day), pattern)


def long_day(day: date) -> str:
    """A day heading: `Wednesday 4 June 2025`, `2025年6月4日（星期三）`."""
    return _formatted(day, translate("Dates", "dddd d MMMM yyyy", "a day heading"))


def short_day(day: date) -> str:
    """A day in a list: `Wed 4 Jun`, `6月4日（週三）`."""
    return _formatted(day, translate("Dates", "ddd d MMM", "a day in a list"))


def day_and_month(day: date) -> str:
    """`04 Jun`, `6月4日`."""
    return _formatted(day, translate("Dates", "dd MMM", "a day and month"))


def day_month_year(day: date) -> str:
    """`04 Jun 2025`, `2025年6月4日`."""
    return _formatted(day, translate("Dates", "dd MMM yyyy", "a short date"))


def date_range(first: date, last: date) -> str:
    """`02 Jun – 07 Jun 2025`, `2025年6月2日至6月7日`: the year once where both days are in
    it (a pattern each for the first and the last day, so each language puts it where it
    goes)."""
    if first.year == last.year:
        start = _formatted(first, translate("Dates", "dd MMM", "the first day of a range"))
        end = _formatted(last, translate("Dates", "dd MMM yyyy", "the last day of a range"))
    else:
        start, end = day_month_year(first), day_month_year(last)
    return translate("Dates", "{first} – {last}").format(first=start, last=end)


def collator() -> QCollator:
    """Compares names as the window's language sorts them: Chinese by the strokes of the
    first character (ICU's collation for Traditional Chinese in Taiwan, the order of
    official lists there), English alphabetically, numbers by their value."""
    locale = QLocale()
    if locale.language() is QLocale.Language.Chinese:
        locale = QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
        )
    compare = QCollator(locale)
    compare.setNumericMode(True)
    return compare


def sorted_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """`items` in the order of their names in the window's language."""
    compare = collator()

    def order(first: T, second: T) -> int:
        return compare.compare(name(first), name(second))

    return sorted(items, key=cmp_to_key(order))


# Places as the window's language names them (CLDR, through babel): `Czechia`, `捷克`.


def place_language() -> str:
    """The language the window names countries, zone cities and languages in."""
    return translation.current_language()


def country_name(code: str) -> str:
    return places.country_name(code, place_language())


def countries() -> tuple[tuple[str, str], ...]:
    """Every country as (code, name in the window's language)."""
    return places.countries(place_language())


def country_labels() -> tuple[tuple[str, str], ...]:
    """Every country as a picker lists it, (code, `Czechia (CZ)`), in the order of the
    window's language: sorted once per language, as every form has its country pickers."""
    return _country_labels(place_language())


@cache
def _country_labels(language: str) -> tuple[tuple[str, str], ...]:
    named = sorted_by_name(places.countries(language), lambda country: country[1])
    return tuple((code, f"{name} ({code})") for code, name in named)


def zone_city(zone_name: str) -> str:
    return places.zone_city(zone_name, place_language())


def zone_choices() -> tuple[tuple[str, str], ...]:
    """The zones an officer picks from, labelled in the window's language."""
    return places.zone_choices(place_language())


def error_text(error: Exception) -> str:
    """What went wrong, in the window's language: a refused save names each broken rule
    in it (planner.domain.validation), a seating plan that cannot be made says why
    (planner.domain.seating); anything else says what it says."""
    from planner.domain.validation import InvalidPlan

    if isinstance(error, InvalidPlan):
        return error.for_window(translate)
    from planner.domain.seating import SeatingError

    return error.for_window(translate) if isinstance(error, SeatingError) else str(error)


# The visit's own texts in the window's language, where the visit has that language.


def visit_language(languages: Iterable[str]) -> str | None:
    """The language of a visit's texts the window speaks (`zh-Hant` in a Chinese window of a
    visit in English and Chinese), or None when its texts are not in the window's language
    (then the texts are shown as typed, in the visit's main language)."""
    window = translation.catalogue_name(translation.current_language())
    if window is None:
        return None
    for language in languages:
        if translation.catalogue_name(language) == window:
            return language
    return None


def visit_text(languages: tuple[str, ...], record: Translated, field: str, typed: str) -> str:
    """A record's text of `field` in the window's language where the visit (of `languages`)
    has it, else as typed."""
    language = visit_language(languages[1:])
    return (record.translation(field, language) if language else None) or typed


def visit_title(visit: Visit) -> str:
    """The visit's title in the window's language where the visit has it."""
    return visit_text(visit.languages, visit, "title", visit.title)


def window_words(languages: Iterable[str]) -> Words:
    """The words the window writes a visit's places in: cities and zones in the window's
    language; the visit's texts in it where the visit has it (planner.export.language)."""
    from planner.export.language import Words

    return Words(visit_language(languages) or translation.current_language())
