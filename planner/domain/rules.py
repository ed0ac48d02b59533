"""What a well-formed value looks like, wherever it comes from: a file, a list, a dialog."""

import re
from collections.abc import Iterable
from dataclasses import replace

from planner.domain.model import Person, Signatory, VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import DelegationRole, FullPowers, SigningAuthority

MAX_TEXT = 20_000
COUNTRY = re.compile(r"[A-Z]{2}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def signatory_problems(plan: VisitPlan, signatories: tuple[Signatory, ...]) -> list[str]:
    """What is wrong with a signing's signatories: each signs for a country, in a turn of
    their own, and is not designated by themself."""
    orders = [s.order for s in signatories]
    problems = []
    for signatory in signatories:
        name = display_name(plan.person(signatory.person), native=False)
        if not COUNTRY.fullmatch(signatory.on_behalf_of):
            problems.append(f"{name}: “For” takes the two-letter country code (TW, MH)")
        if signatory.designated_by == signatory.person:
            problems.append(f"{name} cannot be designated by themself")
        if orders.count(signatory.order) > 1:
            problems.append(f"Two signatories sign {signatory.order}: give each its own turn")
    return problems


def with_authority(
    signatory: Signatory, authority: SigningAuthority, designator: str | None = None
) -> Signatory:
    """The signatory signing by `authority`, with what follows from it: ex officio needs no
    full powers; signing with full powers means they are at least requested; only a
    designation has someone who designated (`designator` when none is named yet)."""
    powers = signatory.full_powers
    if authority is SigningAuthority.EX_OFFICIO:
        powers = FullPowers.NOT_NEEDED
    elif authority is SigningAuthority.FULL_POWERS and powers is FullPowers.NOT_NEEDED:
        powers = FullPowers.REQUESTED
    designated = (
        (signatory.designated_by or designator)
        if authority is SigningAuthority.DESIGNATION
        else None
    )
    return replace(signatory, authority=authority, full_powers=powers, designated_by=designated)


def authority_problems(plan: VisitPlan, signatories: Iterable[Signatory]) -> list[str]:
    """What leaves a signatory's papers incomplete or contradictory: no country to sign for,
    full powers that are "not needed" to sign with full powers, a designation by no one."""
    problems = []
    for signatory in signatories:
        name = display_name(plan.person(signatory.person), native=False)
        if not COUNTRY.fullmatch(signatory.on_behalf_of):
            problems.append(f"{name}: choose the country they sign for")
        if (
            signatory.authority is SigningAuthority.FULL_POWERS
            and signatory.full_powers is FullPowers.NOT_NEEDED
        ):
            problems.append(f"{name} signs with full powers: they cannot be “not needed”")
        if signatory.authority is SigningAuthority.DESIGNATION and not signatory.designated_by:
            problems.append(f"{name} signs by designation: say who designated them")
    return problems


def new_signatory(person: Person, order: int) -> Signatory:
    """Someone newly chosen to sign: for their own country, with full powers (requested)
    until the officer says otherwise."""
    blank = Signatory(person.key, person.country, order, SigningAuthority.FULL_POWERS)
    return with_authority(blank, SigningAuthority.FULL_POWERS)


def designator_for(plan: VisitPlan, person_key: str) -> str | None:
    """Who most likely designated a signatory: the head of their delegation, else the first
    in precedence on their side; never themself."""
    side = plan.person(person_key).side
    others = [p for p in plan.in_canonical_order().people if p.side is side and p.key != person_key]
    heads = [p for p in others if p.delegation_role is DelegationRole.HEAD]
    chosen = heads or others
    return chosen[0].key if chosen else None
