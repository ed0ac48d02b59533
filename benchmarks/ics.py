"""What a whole-visit .ics export costs beside plain icalendar doing the same work.

The floor builds the same VEVENTs (UID, DTSTAMP, LAST-MODIFIED, SEQUENCE, SUMMARY, DTSTART and
DTEND in their zones, STATUS, CATEGORIES, LOCATION, DESCRIPTION with everyone taking part) and
the same VTIMEZONEs with icalendar alone, from the visit file's already-parsed JSON, and writes
them. Prints medians and the ratio (target: at most 1.3). Asserts nothing.

.venv/bin/python -m benchmarks.ics [PEOPLE] [EVENTS] [RUNS]
"""

import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from benchmarks.visit_file import large_plan
from planner.export import ics
from planner.export.summary import event_summary_lines
from planner.visitfile import visit_file_document

NAMESPACE = uuid.UUID("6f1d7a3c-2b0e-5c1a-9f3e-8d4b2a6c7e10")


def plain_icalendar(
    document: dict[str, Any], descriptions: dict[str, str], stamp: datetime
) -> bytes:
    """The floor: the same events built and written by icalendar from parsed data."""
    visit = document["visit"]
    venues = {v["key"]: v for v in document["venues"]}
    calendar = Calendar.new(prodid="-//floor//EN")
    first, last = date.max, date.min
    for item in document["events"]:
        zone = ZoneInfo(item.get("timezone") or visit["timezone"])
        start = datetime.fromisoformat(item["start"]).replace(tzinfo=zone)
        end = datetime.fromisoformat(item["end"]).replace(tzinfo=zone)
        first, last = min(first, start.date()), max(last, end.date())
        event = CalendarEvent()
        event.add("uid", str(uuid.uuid5(NAMESPACE, f"{visit['key']}/{item['key']}")))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", 0)
        event.add("summary", item["title"])
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("status", item.get("status", "confirmed").upper())
        event.add("categories", [item["kind"]])
        if "venue" in item:
            event.add("location", venues[item["venue"]]["name"])
        event.add("description", descriptions[item["key"]])
        calendar.add_component(event)
    calendar.add_missing_timezones(
        first_date=first - timedelta(days=1), last_date=last + timedelta(days=2)
    )
    return bytes(calendar.to_ical())


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    plan = large_plan(people, events)
    document = visit_file_document(plan)
    stamp = datetime(2025, 5, 20, 9, 0, tzinfo=UTC)
    selection = ics.select_events(plan)
    descriptions = {e.key: "\n".join(event_summary_lines(plan, e)) for e in plan.events}
    print(f"visit with {people} people, {events} events, 12 participants each; median of {runs}")
    ours = median_seconds(lambda: ics.calendar_bytes(plan, selection, stamp=stamp), runs)
    floor = median_seconds(lambda: plain_icalendar(document, descriptions, stamp), runs)
    print(f"{'export ics (whole visit)':<32}{ours * 1000:10.1f} ms")
    print(f"{'floor: plain icalendar':<32}{floor * 1000:10.1f} ms")
    print(f"{'ratio (target <= 1.3)':<32}{ours / floor:10.2f}")


if __name__ == "__main__":
    main()
