"""From a table of people to changes to a visit: which column is which field, which rows are
new and which update someone already there, and what is wrong with each row."""

import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from planner.domain import edits
from planner.domain.errors import PlannerError, Problem
from planner.domain.labels import FIELD_LABELS
from planner.domain.model import Person, Translation, VisitPlan
from planner.domain.names import display_name
from planner.domain.validation import Flaw, person_flaws
from planner.domain.vocab import DelegationRole, NameOrder, Side

# Named here too, for the callers that take them with the importer.
from planner.peoplefile.columns import PersonField as PersonField
from planner.peoplefile.columns import guess_mapping as guess_mapping
from planner.peoplefile.table import Table

ROLE_WORDS = {
    **{role.value: role for role in DelegationRole},
    "head of delegation": DelegationRole.HEAD,
    "團長": DelegationRole.HEAD,
    "团长": DelegationRole.HEAD,
    "deputy head": DelegationRole.DEPUTY,
    "副團長": DelegationRole.DEPUTY,
    "團員": DelegationRole.MEMBER,
    "团员": DelegationRole.MEMBER,
    "隨員": DelegationRole.STAFF,
    "随员": DelegationRole.STAFF,
    "翻譯": DelegationRole.INTERPRETER,
    "翻译": DelegationRole.INTERPRETER,
    "安全": DelegationRole.SECURITY,
    "媒體": DelegationRole.PRESS,
    "记者": DelegationRole.PRESS,
    "記者": DelegationRole.PRESS,
    "夫人": DelegationRole.SPOUSE,
    "配偶": DelegationRole.SPOUSE,
}


class InvalidPeopleFile(PlannerError):
    def __init__(self, problems: list[Problem], source: str) -> None:
        self.problems = problems
        count = len(problems)
        lines = [f"{source}: {count} problem{'s' if count != 1 else ''}, nothing imported:"]
        super().__init__("\n".join(lines + [f"  {problem}" for problem in problems]))


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"


@dataclass(frozen=True)
class RowOutcome:
    """What one row of the file becomes, or why it cannot."""

    row: int  # as the spreadsheet numbers it
    person: Person | None
    action: Action | None
    problems: tuple[str, ...] = ()
    # For an update: what it changes, field by field; for someone new: the texts it gives
    # in the visit's other languages (“name in zh-Hant: 海妮”).
    changes: tuple[str, ...] = ()
    wanted_precedence: int = 0  # the place the list gives on its side, if any
    warnings: tuple[str, ...] = ()  # worth a look, not wrong: a possible double


@dataclass(frozen=True)
class PeopleImport:
    """The whole file's outcome: applied to the plan only when no row has a problem."""

    source: str
    encoding: str
    mapping: tuple[PersonField, ...]
    rows: tuple[RowOutcome, ...]
    problems: tuple[str, ...] = field(default=())
    guessed: bool = False  # the file's encoding was guessed

    @property
    def all_problems(self) -> list[Problem]:
        found = [Problem("file", message) for message in self.problems]
        for outcome in self.rows:
            found += [Problem(f"row {outcome.row}", message) for message in outcome.problems]
        return found

    @property
    def ok(self) -> bool:
        return not self.all_problems

    def apply(self, plan: VisitPlan) -> VisitPlan:
        """The plan with every row added or updated; refuses, changing nothing, on any problem."""
        if not self.ok:
            raise InvalidPeopleFile(self.all_problems, self.source)
        placed: list[tuple[int, str]] = []
        for outcome in self.rows:
            person = outcome.person
            assert person is not None
            if outcome.action is Action.UPDATE:
                plan = edits.update_person(plan, person)
            else:
                plan = edits.add_person(plan, person)
            if outcome.wanted_precedence:
                placed.append((outcome.wanted_precedence, person.key))
        # Lowest number first, so each later placement leaves the earlier ones where they are.
        for position, key in sorted(placed):
            plan = _place(plan, key, position)
        return plan


def _place(plan: VisitPlan, key: str, position: int) -> VisitPlan:
    same_side = sum(p.side is plan.person(key).side for p in plan.people)
    return edits.move_in_precedence(plan, key, min(position, same_side))


def plan_import(
    plan: VisitPlan,
    table: Table,
    source: str,
    side: Side = Side.GUEST,
    mapping: tuple[PersonField, ...] | None = None,
) -> PeopleImport:
    """Read every row against the mapping; nothing changes until `apply`."""
    mapping = mapping or guess_mapping(table.headers)
    problems = _mapping_problems(mapping)
    if problems:
        return PeopleImport(source, table.encoding, mapping, (), tuple(problems), table.guessed)
    country = plan.visit.host_country if side is Side.HOST else plan.visit.guest_country
    existing = {_identity(p): p for p in plan.people}
    context = _Context(side, country, existing, table.headers, mapping, plan.visit.languages)
    taken = set(plan.precedence_rank)
    outcomes = []
    seen: dict[tuple[str, str, str], int] = {}
    precedences: dict[int, int] = {}
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        values: dict[PersonField, str] = {
            f: cells[i] for i, f in enumerate(mapping) if f is not PersonField.IGNORE
        }
        outcome = _read_row(number, values, context, taken)
        person = outcome.person
        if person is not None:
            more: list[str] = []
            identity = _identity(person)
            if identity in seen:
                more.append(f"the same person as row {seen[identity]}")
            seen.setdefault(identity, number)
            wanted = outcome.wanted_precedence
            if wanted and wanted in precedences:
                more.append(f"precedence {wanted} is also given on row {precedences[wanted]}")
            if wanted:
                precedences.setdefault(wanted, number)
            taken.add(person.key)
            outcome = replace(outcome, problems=(*outcome.problems, *more))
        outcomes.append(outcome)
    if not outcomes:
        problems.append("the file has a header row but no people under it")
    return PeopleImport(
        source, table.encoding, mapping, tuple(outcomes), tuple(problems), table.guessed
    )


def _mapping_problems(mapping: tuple[PersonField, ...]) -> list[str]:
    fields = set(mapping)
    problems = []
    if not fields & {PersonField.FULL_NAME, PersonField.GIVEN_NAME}:
        also = (
            " (a name in Chinese alone is not enough: the romanised name is needed too)"
            if PersonField.CHINESE_NAME in fields
            else ""
        )
        problems.append(
            f"no column holds the names: choose a “full name” or “given name” column{also}"
        )
    if PersonField.TITLE not in fields:
        problems.append("no column holds the titles (positions): choose a “title” column")
    doubled = {f for f in fields if f is not PersonField.IGNORE and mapping.count(f) > 1}
    problems += [f"more than one column is “{f.value}”" for f in sorted(doubled)]
    return problems


def _identity(person: Person) -> tuple[str, str, str]:
    def fold(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return fold(person.given_name), fold(person.family_name), person.country


HONORIFICS = (
    "h.e.",
    "he",
    "s.e.",
    "dr.",
    "dr",
    "hon.",
    "the",
    "honorable",
    "honourable",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "prof.",
    "amb.",
    "ambassador",
    "his",
    "her",
    "excellency",
)


def split_honorific(full: str) -> tuple[str | None, str]:
    """“H.E. Dr. Hilda HEINE” → (“H.E. Dr.”, “Hilda HEINE”): forms of address are not names."""
    parts = full.split()
    count = 0
    while count < len(parts) - 1 and parts[count].casefold() in HONORIFICS:
        count += 1
    return (" ".join(parts[:count]) or None), " ".join(parts[count:])


def split_full_name(full: str) -> tuple[str, str, NameOrder]:
    """“TSAI Ming-yen” → family first (the capitals mark it); “Hilda Heine” → given first."""
    parts = full.split()
    if len(parts) == 1:
        return parts[0], "", NameOrder.GIVEN_FAMILY
    capitals = [i for i, part in enumerate(parts) if part.isupper() and len(part) > 1]
    run = len(capitals)
    if 0 < run < len(parts) and capitals == list(range(run)):  # "TSAI Ming-yen"
        return " ".join(parts[run:]), " ".join(parts[:run]).title(), NameOrder.FAMILY_GIVEN
    if 0 < run < len(parts) and capitals == list(range(len(parts) - run, len(parts))):
        return (
            " ".join(parts[: len(parts) - run]),
            " ".join(parts[-run:]).title(),
            NameOrder.GIVEN_FAMILY,
        )  # "Tony DE BRUM"
    return " ".join(parts[:-1]), parts[-1], NameOrder.GIVEN_FAMILY


# The column a field of a person comes from.
_COLUMNS = {
    "given_name": (PersonField.GIVEN_NAME, PersonField.FULL_NAME),
    "family_name": (PersonField.FAMILY_NAME, PersonField.FULL_NAME),
    "native_name": (PersonField.NATIVE_NAME, PersonField.CHINESE_NAME),
    "honorific": (PersonField.HONORIFIC, PersonField.FULL_NAME, PersonField.COURTESY),
    "courtesy": (PersonField.COURTESY,),
    "title": (PersonField.TITLE,),
    "short_title": (PersonField.SHORT_TITLE,),
    "organization": (PersonField.ORGANIZATION,),
    "country": (PersonField.COUNTRY,),
    "email": (PersonField.EMAIL,),
    "phone": (PersonField.PHONE,),
    "dietary": (PersonField.DIETARY,),
    "medical": (PersonField.MEDICAL,),
    "notes": (PersonField.NOTES,),
}

# A person's texts in Chinese, by the column they come from: which text they translate.
CHINESE_TEXTS = {
    PersonField.CHINESE_NAME: "name",
    PersonField.CHINESE_TITLE: "title",
    PersonField.CHINESE_SHORT_TITLE: "short_title",
    PersonField.CHINESE_ORGANIZATION: "organization",
}
TRANSLATED_FROM = {text: column for column, text in CHINESE_TEXTS.items()}

HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Japanese kana and Korean hangul: a name with them is not Chinese, though it has Han characters.
NOT_CHINESE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u1100-\u11ff\uac00-\ud7af]")
# Where names are written in Chinese, and where a name in Han characters is not Chinese.
CHINESE_WRITING = frozenset({"TW", "CN", "HK", "MO"})
KANJI_HANJA = frozenset({"JP", "KR", "KP"})


def chinese_language(languages: tuple[str, ...]) -> str | None:
    """The visit's Chinese language (“zh-Hant”, “zh”), the first if it has several."""
    return next((tag for tag in languages if tag.casefold().split("-")[0] == "zh"), None)


def writes_chinese(person: Person) -> bool:
    """Whether a person's own name is in Chinese: their native name is in Han characters (not
    Japanese or Korean), or their romanised one is; without a native name, whether they
    represent a government whose names are written in Chinese (TW, CN, HK, MO)."""
    if person.native_name:
        native = person.native_name
        return (
            bool(HAN.search(native))
            and not NOT_CHINESE.search(native)
            and (person.country not in KANJI_HANJA)
        )
    if HAN.search(person.given_name + person.family_name):
        return True
    return person.country in CHINESE_WRITING


def _column_of(name: str, headers: tuple[str, ...], mapping: tuple[PersonField, ...]) -> str:
    """A person's field by the column of the file it was read from, or by its label."""
    for candidate in _COLUMNS.get(name, ()):
        if candidate in mapping:
            return f"column “{headers[mapping.index(candidate)] or candidate.value}”"
    return FIELD_LABELS.get(name, name)


def _flaw_column(flaw: Flaw, headers: tuple[str, ...], mapping: tuple[PersonField, ...]) -> str:
    """Where in the file a rule a person breaks comes from: a translation by its column."""
    if flaw.field == "translations" and len(flaw.path) >= 3:
        column = TRANSLATED_FROM.get(str(flaw.path[2]))
        if column is not None and column in mapping:
            return f"column “{headers[mapping.index(column)] or column.value}”"
        return f"{str(flaw.path[2]).replace('_', ' ')} in {flaw.path[1]}"
    return _column_of(flaw.field, headers, mapping)


@dataclass(frozen=True)
class _Context:
    """What every row is read against: the side and the visit."""

    side: Side
    default_country: str
    existing: dict[tuple[str, str, str], Person]
    headers: tuple[str, ...]
    mapping: tuple[PersonField, ...]
    languages: tuple[str, ...]

    def column(self, f: PersonField) -> str:
        return f"column “{self.headers[self.mapping.index(f)] or f.value}”"


# Courtesy titles as a “稱謂” or “Salutation” column may give them; 閣下 is “H.E.”.
COURTESY_WORDS = {
    **{word: word.capitalize() for word in ("mr.", "ms.", "mrs.", "dr.", "prof.", "mme.")},
    **{word: word.capitalize() + "." for word in ("mr", "ms", "mrs", "dr", "prof", "mme")},
    "miss": "Miss",
    "先生": "Mr.",
    "女士": "Ms.",
    "小姐": "Miss",
    "夫人": "Mrs.",
    "太太": "Mrs.",
    "博士": "Dr.",
    "教授": "Prof.",
}
HONORIFIC_WORDS = {"閣下": "H.E.", "阁下": "H.E."}


def split_courtesy(text: str) -> tuple[str | None, str | None, str | None]:
    """“H.E. Mr.” → (“H.E.”, “Mr.”, None); “先生” → (None, “Mr.”, None): a salutation's form
    of address and courtesy title; the third is a Chinese word that is neither."""
    honorific: list[str] = []
    courtesy: list[str] = []
    for word in text.split():
        folded = word.casefold()
        if folded in COURTESY_WORDS:
            courtesy.append(COURTESY_WORDS[folded])
        elif word in HONORIFIC_WORDS:
            honorific.append(HONORIFIC_WORDS[word])
        elif HAN.search(word):
            return None, None, word
        elif courtesy:
            courtesy.append(word)  # “Dr. med.”
        else:
            honorific.append(word)
    if not courtesy and honorific and honorific[-1].casefold() not in HONORIFICS:
        courtesy = [honorific.pop()]  # “Sir”, “Lady”: a courtesy title this list does not know
    return " ".join(honorific) or None, " ".join(courtesy) or None, None


def _read_row(
    number: int,
    values: dict[PersonField, str],
    context: _Context,
    taken: set[str],
) -> RowOutcome:
    problems: list[str] = []
    column = context.column
    given = values.get(PersonField.GIVEN_NAME, "")
    family = values.get(PersonField.FAMILY_NAME, "")
    order = NameOrder.GIVEN_FAMILY
    honorific_found = None
    if not given and values.get(PersonField.FULL_NAME):
        honorific_found, full = split_honorific(values[PersonField.FULL_NAME])
        given, split_family, order = split_full_name(full)
        family = family or split_family
    title = values.get(PersonField.TITLE, "")
    country = values.get(PersonField.COUNTRY, "").upper() or context.default_country
    email = values.get(PersonField.EMAIL) or None
    role = DelegationRole.MEMBER
    if values.get(PersonField.ROLE):
        word = values[PersonField.ROLE].strip().casefold()
        found = ROLE_WORDS.get(word)
        if found is None:
            words = ", ".join(r.value for r in DelegationRole)
            problems.append(
                f"{column(PersonField.ROLE)}: “{values[PersonField.ROLE]}” is not one of {words}"
            )
        else:
            role = found
    precedence = 0
    if values.get(PersonField.PRECEDENCE):
        # Full-width digits (３) are common in Chinese lists: read them as the digits they are.
        text = unicodedata.normalize("NFKC", values[PersonField.PRECEDENCE]).strip().rstrip(".")
        if text.isdecimal() and text.isascii() and 1 <= int(text) <= 10_000:
            precedence = int(text)
        else:
            problems.append(
                f"{column(PersonField.PRECEDENCE)}: “{text}” is not a whole number from 1"
            )
    honorific_said, courtesy, unknown = split_courtesy(values.get(PersonField.COURTESY, ""))
    if unknown is not None:
        problems.append(
            f"{column(PersonField.COURTESY)}: “{unknown}” is not a courtesy title "
            "(先生, 女士, 小姐, 夫人, 博士, 教授; Mr., Ms., Dr.…)"
        )
    person = Person(
        key="",
        given_name=given,
        family_name=family,
        title=title,
        country=country,
        side=context.side,
        delegation_role=role,
        precedence=precedence,
        native_name=values.get(PersonField.NATIVE_NAME) or None,
        name_order=order,
        honorific=values.get(PersonField.HONORIFIC) or honorific_said or honorific_found,
        organization=values.get(PersonField.ORGANIZATION) or None,
        email=email,
        phone=values.get(PersonField.PHONE) or None,
        dietary=values.get(PersonField.DIETARY) or None,
        medical=values.get(PersonField.MEDICAL) or None,
        notes=values.get(PersonField.NOTES) or None,
        short_title=values.get(PersonField.SHORT_TITLE) or None,
        courtesy=courtesy,
    )
    already = context.existing.get(_identity(person))
    person, translated, more = _chinese(person, values, context, already)
    problems += more
    final = _merged(already, person, values, translated) if already is not None else person
    # The rules of someone in a visit (`planner.domain.validation`), told by the file's columns;
    # their place in the order comes later, from the precedence column or the end of the list.
    checked = replace(final, key=final.key or "row", precedence=final.precedence or 1)
    for flaw in person_flaws(checked, languages=context.languages):
        problems.append(f"{_flaw_column(flaw, context.headers, context.mapping)}: {flaw.message}")
    if problems:
        return RowOutcome(number, None, None, tuple(dict.fromkeys(problems)))
    if already is not None:
        changes = _changes(already, final)
        if precedence and precedence != already.precedence:
            changes += (f"place {already.precedence} → {precedence}",)
        return RowOutcome(number, final, Action.UPDATE, (), changes, precedence)
    key = edits.make_key(f"{given} {family}", taken, "person")
    namesakes = [
        p
        for p in context.existing.values()
        if family and p.country == country and p.family_name.casefold() == family.casefold()
    ]
    warnings = tuple(
        f"{display_name(p, native=False)} is already in the visit: the same person?"
        for p in namesakes
    )
    given_texts = tuple(f"{_label(t)}: {t.text}" for t in person.translations)
    return RowOutcome(
        number, replace(person, key=key), Action.NEW, (), given_texts, precedence, warnings
    )


def _chinese(
    person: Person, values: dict[PersonField, str], context: _Context, already: Person | None
) -> tuple[Person, set[tuple[str, str]], list[str]]:
    """The row's Chinese texts put where they belong: a Chinese name is the native name of
    someone who writes Chinese, else, like a Chinese title, short title or organization, a
    translation in the visit's Chinese language. Gives the person, the translations the file
    names (language and text: an empty cell clears one), and the row's problems."""
    problems: list[str] = []
    named: set[tuple[str, str]] = set()
    translations: list[Translation] = []
    language = chinese_language(context.languages)
    native_column = values.get(PersonField.NATIVE_NAME, "")
    known = already.native_name if already is not None else None
    own = replace(person, native_name=person.native_name or known)
    for source, text_name in CHINESE_TEXTS.items():
        if source not in values:
            continue
        text = values[source]
        where = context.column(source)
        if text_name == "name" and writes_chinese(own):
            if text and native_column and text != native_column:
                problems.append(
                    f"{where}: “{text}” is not the name “{native_column}” of "
                    f"{context.column(PersonField.NATIVE_NAME)}"
                )
            elif not native_column:
                person = replace(person, native_name=text or None)
            continue
        if language is not None and language != context.languages[0]:
            named.add((language, text_name))
        if not text:
            continue
        if not HAN.search(text):
            problems.append(f"{where}: “{text}” is not in Chinese (it has no Chinese characters)")
        elif language is None:
            tags = ", ".join(context.languages)
            problems.append(
                f"{where}: the visit has no Chinese among its languages ({tags}) to keep "
                f"“{text}” in; add Chinese (zh-Hant) to the visit's languages first, or do not "
                "import this column"
            )
        elif language == context.languages[0] and text_name == "name":
            problems.append(
                f"{where}: Chinese ({language}) is the visit's main language, so “{text}” "
                "cannot be kept as a translation of the name of someone whose own name is "
                "not Chinese; do not import this column"
            )
        elif language == context.languages[0]:
            words = text_name.replace("_", " ")
            problems.append(
                f"{where}: Chinese ({language}) is the visit's main language, so the {words} in "
                "Chinese is not a translation: this import keeps Chinese texts as translations "
                f"only; import this column as “{words}” instead"
            )
        else:
            translations.append(Translation(language, text_name, text))
    return replace(person, translations=tuple(translations)), named, problems


def _label(translation: Translation) -> str:
    return f"{translation.field.replace('_', ' ')} in {translation.language}"


def _merged(
    already: Person,
    incoming: Person,
    values: dict[PersonField, str],
    translated: set[tuple[str, str]],
) -> Person:
    """Someone already in the visit: what the file says replaces what it names, nothing else.

    Their translations stay but for those the file gives (an empty cell clears one) and those
    of a text the file clears."""
    changes: dict[str, Any] = {
        "title": incoming.title,
        "native_name": incoming.native_name if _gives_native(values, incoming) else None,
        "honorific": incoming.honorific if PersonField.HONORIFIC in values else None,
        "organization": incoming.organization if PersonField.ORGANIZATION in values else None,
        "short_title": incoming.short_title if PersonField.SHORT_TITLE in values else None,
        "courtesy": incoming.courtesy if PersonField.COURTESY in values else None,
        "email": incoming.email if PersonField.EMAIL in values else None,
        "phone": incoming.phone if PersonField.PHONE in values else None,
        "dietary": incoming.dietary if PersonField.DIETARY in values else None,
        "medical": incoming.medical if PersonField.MEDICAL in values else None,
        "notes": incoming.notes if PersonField.NOTES in values else None,
    }
    kept = {
        name: value
        for name, value in changes.items()
        if value is not None or _named(name, values, incoming)
    }
    if values.get(PersonField.ROLE, "").strip():  # an empty cell leaves the role as it is
        kept["delegation_role"] = incoming.delegation_role
    said = split_courtesy(values.get(PersonField.COURTESY, ""))[0]
    if said and PersonField.HONORIFIC not in values:
        kept["honorific"] = said  # “H.E. Mr.” in a salutation column
    merged = replace(already, **kept)
    cleared = {name for name in ("short_title", "organization") if getattr(merged, name) is None}
    translations = tuple(
        t
        for t in already.translations
        if t.field not in cleared and (t.language, t.field) not in translated
    )
    return replace(merged, translations=translations + incoming.translations)


def _gives_native(values: dict[PersonField, str], incoming: Person) -> bool:
    """The file names the native name: a column of it, or a Chinese name that is one."""
    return PersonField.NATIVE_NAME in values or (
        PersonField.CHINESE_NAME in values and incoming.native_name is not None
    )


SHOWN_FIELDS = (
    "title",
    "native_name",
    "honorific",
    "courtesy",
    "short_title",
    "organization",
    "email",
    "phone",
    "dietary",
    "medical",
    "notes",
    "delegation_role",
)


def _changes(before: Person, after: Person) -> tuple[str, ...]:
    """`dietary: No shellfish → (cleared)`: what an update does, for the officer to see."""

    def shown(value: object, empty: str = "(cleared)") -> str:
        return empty if value in (None, "") else str(getattr(value, "value", value))

    def was(value: object) -> str:
        return shown(value, "(none)")

    fields = tuple(
        f"{name.replace('_', ' ')}: {was(getattr(before, name))} → {shown(getattr(after, name))}"
        for name in SHOWN_FIELDS
        if getattr(before, name) != getattr(after, name)
    )
    texts = sorted({(t.language, t.field) for t in before.translations + after.translations})
    return fields + tuple(
        f"{name.replace('_', ' ')} in {language}: {was(before.translation(name, language))}"
        f" → {shown(after.translation(name, language))}"
        for language, name in texts
        if before.translation(name, language) != after.translation(name, language)
    )


def _named(name: str, values: dict[PersonField, str], incoming: Person) -> bool:
    """An empty cell in a column the file has clears that field."""
    if name == "native_name":
        return _gives_native(values, incoming) or PersonField.NATIVE_NAME in values
    return any(f.name.lower() == name for f in values)
