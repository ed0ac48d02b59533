"""The Foreign Minister's working visit to Brussels and Prague (issue 8), as plain values.

A night train leaves Brussels at 19:22 on Saturday 25 October 2025 and reaches Prague at
10:12 on Sunday, across the night the clocks go back; at home, in Taipei, it leaves at 01:22
on Sunday. The visit is outbound: we are the guests.
"""

from datetime import date, datetime

from planner.domain import zones
from planner.domain.model import Event, Participant, Person, Venue, Visit, VisitPlan
from planner.domain.vocab import DelegationRole, Direction, EventKind, ParticipantRole, Side

BRUSSELS, PRAGUE, TAIPEI = "Europe/Brussels", "Europe/Prague", "Asia/Taipei"


def at(local: str, zone_name: str) -> datetime:
    return zones.to_instant(datetime.fromisoformat(local), zone_name)


def person(
    key: str, given: str, family: str, side: Side, precedence: int, **more: object
) -> Person:
    fields: dict[str, object] = {
        "title": "Official",
        "country": "TW" if side is Side.GUEST else "BE",
        "delegation_role": DelegationRole.MEMBER,
    }
    fields.update(more)
    return Person(key, given, family, side=side, precedence=precedence, **fields)  # type: ignore[arg-type]


def item(
    key: str,
    title: str,
    start: str,
    end: str,
    zone_name: str,
    *,
    people: tuple[str, ...] = ("lin", "chen"),
    **more: object,
) -> Event:
    end_zone = str(more.pop("end_timezone", zone_name))
    return Event(
        key,
        more.pop("kind", EventKind.MEETING),  # type: ignore[arg-type]
        title,
        at(start, zone_name),
        at(end, end_zone),
        zone_name,
        end_timezone=None if end_zone == zone_name else end_zone,
        participants=tuple(Participant(p, ParticipantRole.ATTENDEE) for p in people),
        **more,  # type: ignore[arg-type]
    )


VISIT = Visit(
    "brussels-prague-2025",
    "Working visit of the Foreign Minister to Belgium and Czechia",
    Direction.OUTBOUND,
    host_country="BE",
    guest_country="TW",
    start_date=date(2025, 10, 24),
    end_date=date(2025, 10, 28),
    timezone=TAIPEI,
)

PEOPLE = (
    person("prevot", "Maxime", "Prévot", Side.HOST, 1, title="Minister of Foreign Affairs"),
    person("novak", "Jan", "Novák", Side.HOST, 2, country="CZ", title="Deputy Minister"),
    person("chen", "Mei-ling", "Chen", Side.GUEST, 1, title="Director-General"),
    person(
        "lin",
        "Chia-lung",
        "Lin",
        Side.GUEST,
        2,
        title="Minister of Foreign Affairs",
        delegation_role=DelegationRole.HEAD,
    ),
)

VENUES = (
    Venue("egmont", "Egmont Palace", BRUSSELS, country="BE", city="Brussels"),
    Venue("bru-midi", "Brussels-Midi", BRUSSELS, country="BE", city="Brussels"),
    Venue("praha-hln", "Praha hlavní nádraží", PRAGUE, country="CZ", city="Prague"),
    Venue("czernin", "Czernin Palace", PRAGUE, country="CZ", city="Prague"),
)

TALKS = item(
    "talks",
    "Talks at Egmont",
    "2025-10-24T15:30",
    "2025-10-24T16:30",
    BRUSSELS,
    venue="egmont",
    people=("prevot", "lin", "chen"),
)
TRAIN = item(
    "night-train",
    "Night train to Prague",
    "2025-10-25T19:22",
    "2025-10-26T10:12",
    BRUSSELS,
    end_timezone=PRAGUE,
    kind=EventKind.TRANSFER,
    venue="bru-midi",
    destination="praha-hln",
)
SIGNING = item(
    "signing",
    "Signing in Prague",
    "2025-10-27T10:00",
    "2025-10-27T10:30",
    PRAGUE,
    venue="czernin",
    people=("novak", "lin"),
)
LUNCH = item(
    "lunch",
    "Working lunch",
    "2025-10-27T10:15",
    "2025-10-27T11:30",
    PRAGUE,
    venue="czernin",
    people=("lin",),
)


def trip(*events: Event) -> VisitPlan:
    """The trip with the given items (by default the talks, the night train and the signing)."""
    return VisitPlan(VISIT, PEOPLE, VENUES, events or (TALKS, TRAIN, SIGNING))
