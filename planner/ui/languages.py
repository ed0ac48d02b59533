"""Texts in the visit's second language, as the window edits them: which language that is,
how its fields are labelled (`Title (中文)`), and the fields beside each translatable one.
What a language holds in a visit, and taking it away, are edits of the domain
(`planner.domain.edits.texts_in`, `without_languages`).

A visit lists its languages, the main one first; the records' own texts are in the main
language and their translations (`planner.domain.model.Translation`) in the others. The
window edits the second language; texts in any further language a visit file brought are
kept as they are.
"""

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLineEdit

from planner.domain.model import Translated, Translation
from planner.domain.places import language_name
from planner.ui.forms import TextBox
from planner.ui.words import translate

# The languages offered for a visit or an instrument, besides any it already has.
LANGUAGES = ("en", "zh-Hant", "zh-Hans", "fr", "es", "cs", "de", "ja", "ko", "mh")

CONTEXT = "Languages"

E = TypeVar("E", QLineEdit, TextBox)


def second_language(languages: tuple[str, ...]) -> str | None:
    """The language the window edits translations in: the visit's second, if it has one."""
    return languages[1] if len(languages) > 1 else None


def short_name(tag: str, languages: Iterable[str] = ()) -> str:
    """A language in a field's label: `中文` for zh-Hant, unless another of `languages` is
    Chinese too (then `中文（繁體）`)."""
    base = tag.split("-")[0].casefold()
    others = [t for t in languages if t != tag and t.split("-")[0].casefold() == base]
    return language_name(tag) if others or base == tag.casefold() else language_name(base)


def in_language(field: str, tag: str, languages: Iterable[str] = ()) -> str:
    """A field's label in a language: `Title (中文)`."""
    return translate(CONTEXT, "{field} ({language})").format(
        field=field, language=short_name(tag, languages)
    )


def offered(current: Iterable[str]) -> list[str]:
    """The languages a chooser offers: those in use first, then the usual ones."""
    chosen = [tag for tag in current if tag]
    return chosen + [tag for tag in LANGUAGES if tag not in chosen]


TextEdit = QLineEdit | TextBox


class SecondTexts:
    """The second-language fields of one record in a dialog, each added to the form under its
    field, and shown only while the visit has a second language."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.language = second_language(languages)
        self.edits: dict[str, TextEdit] = {}
        self.labels: dict[str, str] = {}  # each field's own label, in the main language

    def add(self, form: QFormLayout, field: str, label: str, edit: E) -> E:
        """`edit` for `field`'s text in the second language, on a row of `form` labelled
        `label (language)`; hidden while there is no second language."""
        self.register(field, label, edit)
        form.addRow(self.label_for(field), edit)
        if self.language is None:
            form.setRowVisible(edit, False)
        return edit

    def line(self, form: QFormLayout, field: str, label: str) -> QLineEdit:
        return self.add(form, field, label, QLineEdit())

    def register(self, field: str, label: str, edit: E) -> E:
        """`edit` for `field`'s text in the second language, placed by the caller."""
        self.edits[field], self.labels[field] = edit, label
        return edit

    def label_for(self, field: str) -> str:
        if self.language is None:
            return self.labels[field]
        return in_language(self.labels[field], self.language, self.languages)

    def set_languages(self, form: QFormLayout, languages: tuple[str, ...]) -> None:
        """Another second language (or none): relabel and show or hide the fields."""
        self.languages, self.language = languages, second_language(languages)
        for field, edit in self.edits.items():
            label = form.labelForField(edit)
            if label is not None and hasattr(label, "setText"):
                label.setText(self.label_for(field))
            form.setRowVisible(edit, self.language is not None)

    def show(self, record: Translated | None) -> None:
        """Fill the fields with the record's texts in the second language."""
        for field, edit in self.edits.items():
            text = record.translation(field, self.language) if record and self.language else None
            edit.setText(text or "")

    def text(self, field: str) -> str:
        return self.edits[field].text().strip()

    def translations(
        self, earlier: tuple[Translation, ...], languages: tuple[str, ...] | None = None
    ) -> tuple[Translation, ...]:
        """The record's translations: those typed here in the second language, and the
        record's others as they were (in `languages` only, when given)."""
        edited = set(self.edits) if self.language else set()
        kept = [
            t
            for t in earlier
            if not (t.language == self.language and t.field in edited)
            and (languages is None or t.language in languages[1:])
        ]
        if self.language is not None:
            kept += [
                Translation(self.language, field, self.text(field))
                for field in self.edits
                if self.text(field)
            ]
        return tuple(kept)
