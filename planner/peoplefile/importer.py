"""From a table of people to changes to a visit: which column is which field, which rows are
new and which update someone already there, and what is wrong with each row."""

import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from planner.domain import edits
from planner.domain.errors import PlannerError, Problem
from planner.domain.labels import FIELD_LABELS
from planner.domain.model import Person, VisitPlan
from planner.domain.names import display_name
from planner.domain.validation import person_flaws
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
    changes: tuple[str, ...] = ()  # for an update: what it changes, field by field
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
    taken = set(plan.precedence_rank)
    outcomes = []
    seen: dict[tuple[str, str, str], int] = {}
    precedences: dict[int, int] = {}
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        values: dict[PersonField, str] = {
            f: cells[i] for i, f in enumerate(mapping) if f is not PersonField.IGNORE
        }
        outcome = _read_row(number, values, side, country, existing, taken, table.headers, mapping)
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
        problems.append("no column holds the names: choose a “full name” or “given name” column")
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
    "native_name": (PersonField.NATIVE_NAME,),
    "honorific": (PersonField.HONORIFIC, PersonField.FULL_NAME),
    "title": (PersonField.TITLE,),
    "organization": (PersonField.ORGANIZATION,),
    "country": (PersonField.COUNTRY,),
    "email": (PersonField.EMAIL,),
    "phone": (PersonField.PHONE,),
    "dietary": (PersonField.DIETARY,),
    "medical": (PersonField.MEDICAL,),
    "notes": (PersonField.NOTES,),
}


def _column_of(name: str, headers: tuple[str, ...], mapping: tuple[PersonField, ...]) -> str:
    """A person's field by the column of the file it was read from, or by its label."""
    for candidate in _COLUMNS.get(name, ()):
        if candidate in mapping:
            return f"column “{headers[mapping.index(candidate)] or candidate.value}”"
    return FIELD_LABELS.get(name, name)


def _read_row(
    number: int,
    values: dict[PersonField, str],
    side: Side,
    default_country: str,
    existing: dict[tuple[str, str, str], Person],
    taken: set[str],
    headers: tuple[str, ...],
    mapping: tuple[PersonField, ...],
) -> RowOutcome:
    problems: list[str] = []

    def column(f: PersonField) -> str:
        return f"column “{headers[mapping.index(f)] or f.value}”"

    given = values.get(PersonField.GIVEN_NAME, "")
    family = values.get(PersonField.FAMILY_NAME, "")
    order = NameOrder.GIVEN_FAMILY
    honorific_found = None
    if not given and values.get(PersonField.FULL_NAME):
        honorific_found, full = split_honorific(values[PersonField.FULL_NAME])
        given, split_family, order = split_full_name(full)
        family = family or split_family
    title = values.get(PersonField.TITLE, "")
    country = values.get(PersonField.COUNTRY, "").upper() or default_country
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
    person = Person(
        key="",
        given_name=given,
        family_name=family,
        title=title,
        country=country,
        side=side,
        delegation_role=role,
        precedence=precedence,
        native_name=values.get(PersonField.NATIVE_NAME) or None,
        name_order=order,
        honorific=values.get(PersonField.HONORIFIC) or honorific_found,
        organization=values.get(PersonField.ORGANIZATION) or None,
        email=email,
        phone=values.get(PersonField.PHONE) or None,
        dietary=values.get(PersonField.DIETARY) or None,
        medical=values.get(PersonField.MEDICAL) or None,
        notes=values.get(PersonField.NOTES) or None,
    )
    # The rules of someone in a visit (`planner.domain.validation`), told by the file's columns;
    # their place in the order comes later, from the precedence column or the end of the list.
    for flaw in person_flaws(replace(person, key="row", precedence=1)):
        problems.append(f"{_column_of(flaw.field, headers, mapping)}: {flaw.message}")
    if problems:
        return RowOutcome(number, None, None, tuple(problems))
    already = existing.get(_identity(person))
    if already is not None:
        updated = _merged(already, person, values)
        changes = _changes(already, updated)
        if precedence and precedence != already.precedence:
            changes += (f"place {already.precedence} → {precedence}",)
        return RowOutcome(number, updated, Action.UPDATE, (), changes, precedence)
    key = edits.make_key(f"{given} {family}", taken, "person")
    namesakes = [
        p
        for p in existing.values()
        if family and p.country == country and p.family_name.casefold() == family.casefold()
    ]
    warnings = tuple(
        f"{display_name(p, native=False)} is already in the visit: the same person?"
        for p in namesakes
    )
    return RowOutcome(number, replace(person, key=key), Action.NEW, (), (), precedence, warnings)


def _merged(already: Person, incoming: Person, values: dict[PersonField, str]) -> Person:
    """Someone already in the visit: what the file says replaces what it names, nothing else."""
    changes: dict[str, Any] = {
        "title": incoming.title,
        "native_name": incoming.native_name if PersonField.NATIVE_NAME in values else None,
        "honorific": incoming.honorific if PersonField.HONORIFIC in values else None,
        "organization": incoming.organization if PersonField.ORGANIZATION in values else None,
        "email": incoming.email if PersonField.EMAIL in values else None,
        "phone": incoming.phone if PersonField.PHONE in values else None,
        "dietary": incoming.dietary if PersonField.DIETARY in values else None,
        "medical": incoming.medical if PersonField.MEDICAL in values else None,
        "notes": incoming.notes if PersonField.NOTES in values else None,
    }
    kept = {
        name: value for name, value in changes.items() if value is not None or _named(name, values)
    }
    if values.get(PersonField.ROLE, "").strip():  # an empty cell leaves the role as it is
        kept["delegation_role"] = incoming.delegation_role
    return replace(already, **kept)


SHOWN_FIELDS = (
    "title",
    "native_name",
    "honorific",
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

    def shown(value: object) -> str:
        return "(cleared)" if value in (None, "") else str(getattr(value, "value", value))

    return tuple(
        f"{name.replace('_', ' ')}: {shown(getattr(before, name))} → {shown(getattr(after, name))}"
        for name in SHOWN_FIELDS
        if getattr(before, name) != getattr(after, name)
    )


def _named(name: str, values: dict[PersonField, str]) -> bool:
    """An empty cell in a column the file has clears that field."""
    return any(f.name.lower() == name for f in values)
