"""A document's language: which of the visit's languages it is made in, and its texts,
words and dates in that language.

`--lang TAG` makes a document in one language of the visit, `--lang bilingual` in the
visit's main language with its second under it; by default the main language. Each
record's text is its translation in that language where it has one, else the text as
typed; a person is named by their name in that language, else their own-script name,
else the romanised one. Fixed words (headings, column names, footers) are English in the
source, marked for `pyside6-lupdate`, and read from that language's Qt catalogue
(`planner.translation.translate`: no Qt until a catalogue is read, none for English).

English documents read exactly as they always have: English is the source language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import TypeVar

from planner import translation
from planner.domain import labels
from planner.domain.address import Listed, listed
from planner.domain.errors import PlannerError
from planner.domain.model import Person, Translated, Venue, Visit
from planner.domain.names import full_name
from planner.domain.places import country_name, zone_city

BILINGUAL = "bilingual"
Value = TypeVar("Value")

# The documents' own words are marked in the contexts "Document" (page footers),
# "Programme" (the text programme and the booklet), "Attendees" (attendee lists and
# sheets), "Event summary" (an item told in lines: calendars and sheets) and "Calendar";
# each call spells its context out, as pyside6-lupdate reads only literal strings.


# The catalogue's context of each vocabulary of planner.domain.labels, where its labels are
# marked (its enum's name): a label is translated by it (`Words.label`).
LABEL_CONTEXTS: dict[int, str] = {
    id(words): vocabulary.__name__ for vocabulary, words in labels.VOCABULARIES.items()
}


def label_context(vocabulary: Mapping[Value, str]) -> str:
    """The context a vocabulary's labels are marked in (`labels.PRESS`: `PressAccess`)."""
    return LABEL_CONTEXTS[id(vocabulary)]


class Era(StrEnum):
    """How years are counted in Chinese dates: 2025年, or 中華民國114年 (the ROC era)."""

    GREGORIAN = "gregorian"
    ROC = "roc"


ROC_FIRST_YEAR = 1912  # 中華民國元年
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def format_day(day: date) -> str:
    """`Wednesday 4 June 2025`: a day in an English document."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _base(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def is_chinese(tag: str) -> bool:
    return _base(tag) == "zh"


@dataclass(frozen=True)
class Words:
    """One language of a document: the visit's texts, fixed words and dates in it."""

    language: str
    era: Era = Era.GREGORIAN

    @cached_property
    def is_source(self) -> bool:
        """English: the texts as typed and the words as written in the source."""
        return _base(self.language) == "en"

    @cached_property
    def chinese(self) -> bool:
        return is_chinese(self.language)

    def translate(self, context: str, text: str) -> str:
        """A fixed word or sentence (English, marked in `context`) in this language."""
        return text if self.is_source else translation.translate(self.language, context, text)

    def label(self, vocabulary: Mapping[Value, str], value: Value) -> str:
        """A vocabulary's label of planner.domain.labels in this language: `label(PRESS,
        PressAccess.POOL)`, translated in the context the labels are marked in."""
        text = vocabulary[value]
        return text if self.is_source else self.translate(label_context(vocabulary), text)

    # The visit's own texts

    def translated(self, record: Translated, field: str) -> str | None:
        """The record's text of `field` in this language, if it has one."""
        return record.translation(field, self.language)

    def text(self, record: Translated, field: str, typed: str) -> str:
        """The record's text of `field` in this language, else as typed."""
        return self.translated(record, field) or typed

    def optional(self, record: Translated, field: str, typed: str | None) -> str | None:
        """As `text`, for a field that may be empty: a translation needs a text to stand for."""
        return self.text(record, field, typed) if typed else None

    def name(self, person: Person) -> str:
        """A person's name as this language writes it: their name in it, else in their own
        script, else romanised (`海妮`, `蔡明彥`, `Kalani Kaneko`)."""
        return self.translated(person, "name") or person.native_name or full_name(person)

    def listed_name(self, person: Person) -> str:
        """How a list in this language names someone: the list form of
        planner.domain.address without the title, which lists print apart (`H.E. Dr.
        Hilda Heine`, `海妮閣下`), or the officer's own list form as they wrote it."""
        return self.listed(person).line

    def listed(self, person: Person) -> Listed:
        return listed(person, self.language)

    def venue_name(self, venue: Venue) -> str:
        """A venue as this language calls it: its name in it, else its own-script name."""
        if self.is_source:
            return venue.name
        return self.translated(venue, "name") or venue.native_name or venue.name

    def title(self, visit: Visit) -> str:
        return self.text(visit, "title", visit.title)

    def city(self, zone_name: str) -> str:
        return zone_city(zone_name, "en" if self.is_source else self.language)

    def country(self, code: str) -> str:
        return country_name(code, "en" if self.is_source else self.language)

    # Dates

    def day(self, day: date) -> str:
        """`Wednesday 4 June 2025`, `2025年6月4日（星期三）`, `中華民國114年6月4日（星期三）`."""
        if self.chinese:
            return f"{self._year(day.year)}{day.month}月{day.day}日（{self.weekday(day)}）"
        if self.is_source:
            return format_day(day)
        from babel.dates import format_date

        return str(format_date(day, "full", locale=self.language.replace("-", "_")))

    def short_day(self, day: date) -> str:
        """A day beside a time: `Thu 05 Jun`, `6月5日（星期四）`."""
        if self.chinese:
            return f"{day.month}月{day.day}日（{self.weekday(day)}）"
        if self.is_source:
            return f"{day:%a %d %b}"
        from babel.dates import format_date

        return str(format_date(day, "EEE d MMM", locale=self.language.replace("-", "_")))

    def short_weekday(self, day: date) -> str:
        """`Thu`, `星期四`."""
        return f"{day:%a}" if self.is_source else self.weekday(day)

    def weekday(self, day: date) -> str:
        """`Wednesday`, `星期三`."""
        if self.chinese:
            return CHINESE_WEEKDAYS[day.weekday()]
        if self.is_source:
            return f"{day:%A}"
        from babel.dates import format_date

        return str(format_date(day, "EEEE", locale=self.language.replace("-", "_")))

    def date_range(self, first: date, last: date) -> str:
        """`2–7 June 2025`, `2025年6月2日至7日`; one day as `day` writes it."""
        if first == last:
            return self.day(first)
        if self.chinese:
            start = f"{self._year(first.year)}{first.month}月{first.day}日"
            if first.year != last.year:
                return f"{start}至{self._year(last.year)}{last.month}月{last.day}日"
            if first.month != last.month:
                return f"{start}至{last.month}月{last.day}日"
            return f"{start}至{last.day}日"
        if self.is_source:
            if (first.year, first.month) == (last.year, last.month):
                return f"{first.day}–{last.day} {last:%B %Y}"
            return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
        return f"{self.day(first)} – {self.day(last)}"

    def day_span(self, first: date, last: date) -> str:
        """Two whole days, first to last: `Monday 2 June 2025 – Saturday 7 June 2025`."""
        return f"{self.day(first)} – {self.day(last)}"

    def _year(self, year: int) -> str:
        if self.era is Era.ROC:
            number = year - ROC_FIRST_YEAR + 1
            return f"中華民國{number}年" if number > 0 else f"民國前{1 - number}年"
        return f"{year}年"


ENGLISH = Words("en")


@dataclass(frozen=True)
class DocumentLanguage:
    """The language a document is made in; bilingual: the main one, the second under it."""

    main: Words
    second: Words | None = None

    @property
    def all(self) -> tuple[Words, ...]:
        return (self.main,) if self.second is None else (self.main, self.second)

    def lines(self, text: Callable[[Words], str]) -> list[str]:
        """A text in the main language, and in the second under it where it reads otherwise."""
        first = text(self.main)
        if self.second is None:
            return [first]
        other = text(self.second)
        return [first] if other == first else [first, other]

    def texts(self, record: Translated, field: str, typed: str) -> list[str]:
        """A record's text in the main language, and in the second under it."""
        return self.lines(lambda words: words.text(record, field, typed))

    def days(self, day: date) -> list[str]:
        return self.lines(lambda words: words.day(day))

    def joined(self, text: Callable[[Words], str], separator: str = " ") -> str:
        """A short text in both languages side by side: `Hilda Heine 海妮`."""
        return separator.join(self.lines(text))


IN_ENGLISH = DocumentLanguage(ENGLISH)


def document_language(
    visit: Visit, language: str | None = None, era: Era | str | None = None
) -> DocumentLanguage:
    """The language(s) to make a document of `visit` in: `language` a tag of the visit's
    languages (any case, `_` or `-`), `bilingual`, or None for the visit's main one.
    PlannerError for a language the visit does not have, or the ROC era without Chinese."""
    chosen_era = Era(era) if era is not None else Era.GREGORIAN
    known = visit.languages or ("en",)
    if language is None:
        tags = known[:1]
    elif language.strip().lower() == BILINGUAL:
        if len(known) < 2:
            raise PlannerError(
                f"a bilingual document needs two languages; visit {visit.key} has only {known[0]}"
            )
        tags = known[:2]
    else:
        wanted = language.strip().replace("_", "-").lower()
        matches = [tag for tag in known if tag.lower() == wanted]
        if not matches:
            raise PlannerError(
                f"{language!r} is not a language of visit {visit.key}: it has "
                f"{', '.join(known)} (or {BILINGUAL!r} for {known[0]} with the second under it)"
                if len(known) > 1
                else f"{language!r} is not a language of visit {visit.key}: it has {known[0]}"
            )
        tags = (matches[0],)
    if chosen_era is Era.ROC and not any(is_chinese(tag) for tag in tags):
        raise PlannerError(
            f"the ROC era counts years in Chinese dates: choose a Chinese language "
            f"(visit {visit.key} has {', '.join(known)})"
        )
    words = [Words(tag, chosen_era if is_chinese(tag) else Era.GREGORIAN) for tag in tags]
    return DocumentLanguage(words[0], words[1] if len(words) > 1 else None)
