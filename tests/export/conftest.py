"""Visits stored in a database, as the export commands see them."""

import pytest

from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.visitfile import read_visit_file
from tests.helpers.factories import as_bytes, world_trip_document

DEMO = "mh-state-visit-2025"
TRIP = "pacific-europe-2025"


@pytest.fixture
def stored(planner: Planner, demo_plan: VisitPlan) -> Planner:
    """A planner whose database holds the demo visit and the world trip."""
    planner.add_plan(demo_plan)
    planner.add_plan(read_visit_file(as_bytes(world_trip_document())))
    return planner
