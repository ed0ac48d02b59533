"""A child process for the kill test: imports visits and delegation lists until killed.

Even rounds add a whole visit from a visit file; odd rounds add an empty visit, then
import a list of people into it (two separate transactions, as an officer would).
"""

import sys
from dataclasses import replace
from pathlib import Path

from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.store.database import open_database
from planner.visitfile import read_visit_file


def main() -> None:
    database_path, visit_file, people_file, run = (
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        sys.argv[4],
    )
    plan = read_visit_file(visit_file.read_bytes())
    listing = people_file.read_bytes()
    planner = Planner(open_database(database_path, backups=False))
    print("ready", flush=True)
    for number in range(1_000_000):
        key = f"{run}-{number}"
        visit = replace(plan.visit, key=key)
        if number % 2 == 0:
            planner.add_plan(replace(plan, visit=visit))
        else:
            planner.add_plan(VisitPlan(visit))
            preview = planner.preview_people(key, listing, people_file.name)
            planner.import_people(key, preview)
        print(key, flush=True)


if __name__ == "__main__":
    main()
