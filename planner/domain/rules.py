"""What a well-formed value looks like, wherever it comes from: a file, a list, a dialog."""

import re
from dataclasses import replace

from planner.domain.model import Person, Signatory, VisitPlan
from planner.domain.vocab import DelegationRole, FullPowers, SigningAuthority

MAX_TEXT = 20_000
COUNTRY = re.compile(r"[A-Z]{2}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
