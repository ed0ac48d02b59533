"""How names are written: proper order, family names in capitals, native script beside."""

import re

from planner.domain.model import Person
from planner.domain.vocab import NameOrder


def full_name(person: Person, *, capitalise_family: bool = False) -> str:
    """The romanised name in its proper order: "TSAI Ming-yen", "Hilda HEINE"."""
    family = person.family_name.upper() if capitalise_family else person.family_name
    parts = (
        (family, person.given_name)
        if person.name_order is NameOrder.FAMILY_GIVEN
        else (person.given_name, family)
    )
    return " ".join(part for part in parts if part)


def display_name(person: Person, *, honorific: bool = True, native: bool = True) -> str:
    """How a list shows a person: "H.E. Hilda Heine", "Tsai Ming-yen (蔡明彥)"."""
    name = full_name(person)
    if honorific and person.honorific:
        name = f"{person.honorific} {name}"
    if native and person.native_name and person.native_name != full_name(person):
        name = f"{name} ({person.native_name})"
    return name


# Scripts whose names are written family name first: Chinese characters (Chinese, Japanese
# kanji) and Korean hangul.
FAMILY_FIRST_SCRIPT = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0003134f]"
)


def written_family_first(native_name: str) -> bool:
    """A name in own script that is written family name first: 林佳龍, 蔡明彥, 김민재."""
    return bool(FAMILY_FIRST_SCRIPT.search(native_name))
