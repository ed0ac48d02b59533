"""The programme as text, as `delegation-planner show` prints it."""

from dataclasses import replace
from datetime import date

from planner.domain.model import VisitPlan
from planner.export.text import programme_text


def test_the_header_says_when_the_clocks_change_during_the_visit(demo_plan: VisitPlan) -> None:
    visit = replace(
        demo_plan.visit,
        timezone="Europe/Berlin",
        start_date=date(2025, 10, 22),
        end_date=date(2025, 10, 29),
    )
    header = programme_text(VisitPlan(visit)).splitlines()[1]
    assert header == (
        "22–29 October 2025 · local times where each item takes place; Berlin time"
        " (UTC+02:00, then UTC+01:00) beside where it differs"
    )
