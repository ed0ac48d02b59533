"""Sentences the domain says to an officer (a check's finding, a rule's flaw), in any language.

A `Message` is a template marked for Qt's translation tools with `QT_TRANSLATE_NOOP(context,
"…{name}…")` and the values of its placeholders, so a translator moves the values where the
language puts them. It is written out by `text(translate, dates)`:

- `translate(context, template) -> str` gives the template (and each `Word`) in the
  reader's language: the window passes `planner.ui.words.translate`; English, the source,
  is `english`, which changes nothing.
- a `Word` (a vocabulary word, a field label, a kind of record) is translated by its
  context; what else is a value (a title, a name, a key the officer typed) stays as it is;
  a `Message` within a message is written out in the same language.
- a `When` (a day or a time) is written by `dates(value, pattern)`, where `pattern` is a
  QLocale pattern marked in context `DATES` (`ddd dd MMM HH:mm`): the window formats it with
  QLocale in its language, the pattern translated (`M月d日（ddd）HH:mm`). Without `dates`,
  English is written as it always was (strftime, `Wed 04 Jun 10:00`) and any other language
  by numbers alone (`2025-06-04 10:00`), so no English weekday lands in a Chinese sentence.

English is written without looking anything up, as fast as the f-strings it replaces.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Union

from planner.domain.labels import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
Dates = Callable[[date, str], str]

DATES = "MessageDates"
# The patterns of days and times in messages, as QLocale reads them, with the strftime that
# writes the same in English.
DAY = QT_TRANSLATE_NOOP("MessageDates", "dd MMMM yyyy")
DAY_AND_MONTH = QT_TRANSLATE_NOOP("MessageDates", "dd MMMM")
DAY_AND_TIME = QT_TRANSLATE_NOOP("MessageDates", "ddd dd MMM HH:mm")
TIME = QT_TRANSLATE_NOOP("MessageDates", "HH:mm")
STRFTIME = {DAY: "%d %B %Y", DAY_AND_MONTH: "%d %B", DAY_AND_TIME: "%a %d %b %H:%M", TIME: "%H:%M"}
ISO = {DAY: "%Y-%m-%d", DAY_AND_MONTH: "%Y-%m-%d", DAY_AND_TIME: "%Y-%m-%d %H:%M", TIME: "%H:%M"}


def english(context: str, text: str) -> str:
    """The source language: every template and word as it is written."""
    return text


def english_dates(value: date, pattern: str) -> str:
    """`04 June 2025`, `Wed 04 Jun 10:00`: as the messages have always said them."""
    return value.strftime(STRFTIME[pattern])


def numeric_dates(value: date, pattern: str) -> str:
    """`2025-06-04`, `2025-06-04 10:00`: no word of any language."""
    return value.strftime(ISO[pattern])


class Word(NamedTuple):
    """A word of a vocabulary (`Field`, `Record`, `EventKind`), marked in `context` where it
    is defined; `english` where an English sentence says it otherwise than the word
    (`courtesy-call` for the kind whose label is `Courtesy call`)."""

    context: str
    text: str
    english: str | None = None

    def written(self, translate: Translate) -> str:
        if translate is english:
            return self.english if self.english is not None else self.text
        translated = translate(self.context, self.text)
        if translated == self.text and self.english is not None:
            return self.english  # no translation: the English sentence's form
        return translated


class When(NamedTuple):
    """A day or a moment (wall-clock, where it happens) in a message, and its pattern."""

    value: date
    pattern: str


Value = Union[str, Word, When, "Message"]


@dataclass(frozen=True, slots=True)
class Message:
    """A template marked in `context` and the values of its `{placeholders}`."""

    context: str
    template: str
    values: Mapping[str, Value]

    def text(self, translate: Translate = english, dates: Dates | None = None) -> str:
        """The sentence in the language of `translate`, its days and times by `dates`."""
        if dates is None:
            dates = english_dates if translate is english else numeric_dates
        return self._written(translate, dates)

    def _written(self, translate: Translate, dates: Dates) -> str:
        values = {name: _written(value, translate, dates) for name, value in self.values.items()}
        if translate is english:
            return self.template.format_map(values)
        try:
            return translate(self.context, self.template).format_map(values)
        except (KeyError, IndexError, ValueError):  # a translation that lost its placeholders
            return self.template.format_map(values)

    def __str__(self) -> str:
        return self.text()


def _written(value: Value, translate: Translate, dates: Dates) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Word):
        return value.written(translate)
    if isinstance(value, When):
        return dates(value.value, value.pattern)
    return value._written(translate, dates)


def says(context: str, template: str, **values: Value) -> Message:
    """`Message(context, template, values)`, the values named as the placeholders."""
    return Message(context, template, values)
