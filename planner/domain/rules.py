"""What a well-formed value looks like, wherever it comes from: a file, a list, a dialog."""

import re

from planner.domain.model import Signatory, VisitPlan
from planner.domain.names import display_name

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
