"""A child process for the kill test: imports one large visit after another until killed."""

import sys
from dataclasses import replace
from pathlib import Path

from planner.services import Planner
from planner.store.database import open_database
from planner.visitfile import read_visit_file


def main() -> None:
    database_path, visit_file, run = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    plan = read_visit_file(visit_file.read_bytes())
    planner = Planner(open_database(database_path, backups=False))
    print("ready", flush=True)
    for number in range(1_000_000):
        key = f"{run}-{number}"
        planner.add_plan(replace(plan, visit=replace(plan.visit, key=key)))
        print(key, flush=True)


if __name__ == "__main__":
    main()
