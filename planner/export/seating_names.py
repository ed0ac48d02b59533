"""How the seating documents name people: the name in the document's language with the
other script under it, abbreviated or on two lines where a seat's label must be, and in the
alphabetical order of the document's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCollator, QLocale

from planner.domain.model import Person
from planner.domain.names import full_name
from planner.domain.vocab import NameOrder
from planner.export.language import DocumentLanguage, Words
from planner.export.seat_labels import Form


def names(language: DocumentLanguage, person: Person) -> tuple[str, str | None]:
    """The name as the document's language writes it, and in the other script where that
    reads otherwise: `Ching-te Lai`, `賴清德`; `海妮`, `Hilda Heine`."""
    words = language.main
    main = full_name(person) if words.is_source else words.name(person)
    if language.second is not None:
        second = language.second
        other: str | None = full_name(person) if second.is_source else second.name(person)
    elif words.is_source:
        other = person.native_name
    else:
        other = full_name(person)
    return main, other if other and other != main else None


def abbreviated(person: Person, name: str, level: int = 1) -> str:
    """A romanised name shortened: its given names as initials (`C.T. Lai`, `Lai C.T.`),
    or at `level` 2 its family name alone (`Lai`). Any other name as it is."""
    if level == 0 or name != full_name(person) or not person.given_name:
        return name
    if not person.family_name:
        return name
    if level >= 2:
        return person.family_name
    initials = "".join(
        f"{part[0].upper()}." for part in person.given_name.replace("-", " ").split()
    )
    if person.name_order is NameOrder.FAMILY_GIVEN:
        return f"{person.family_name} {initials}"
    return f"{initials} {person.family_name}"


def split_name(person: Person, name: str) -> tuple[str, ...]:
    """A romanised name on two lines where given and family names meet: `Jean-Pierre` /
    `de la Fontaine`, `Lai` / `Ching-te`; another name at its last space."""
    family = person.family_name
    if family and person.name_order is NameOrder.FAMILY_GIVEN and name.startswith(family + " "):
        return family, name[len(family) :].strip()
    if family and name.endswith(" " + family):
        return name[: -len(family)].strip(), family
    head, _, tail = name.rpartition(" ")
    return (head, tail) if head else (name,)


def label_forms(language: DocumentLanguage, person: Person) -> list[Form]:
    """The ways a seat's label may write a name, best first: whole on one line, whole on
    two, then with the given names as initials, then the family name alone; the other
    script under it, shortened with it where it is in Latin letters."""
    main, other = names(language, person)
    forms: list[Form] = []
    for level in (0, 1, 2):
        name = abbreviated(person, main, level)
        below = other and abbreviated(person, other, level)
        rest = (below,) if below else ()
        for lines in ((name,), split_name(person, name)):
            form = Form((*lines, *rest), len(lines), level)
            if all(form.lines != seen.lines for seen in forms):
                forms.append(form)
    return forms


def both(language: DocumentLanguage, text: Callable[[Words], str]) -> str:
    """A fixed word in each language of the document: `Entrance / 入口`."""
    return language.joined(text, " / ")


def collator(words: Words) -> QCollator:
    """Names compared as the language sorts them; Chinese in Taiwan's order, by strokes."""
    tag = words.language.replace("_", "-")
    if words.chinese and "hans" not in tag.lower():
        locale = QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
        )
    else:
        locale = QLocale(tag)
    compare = QCollator(locale)
    compare.setNumericMode(True)
    return compare
