"""Countries, zones and where the programme is: names for ISO codes, cities for IANA zones,
and the place an item or a venue most likely is when the officer has not said.

Names come from the Unicode CLDR through Babel, in the language asked for (English unless
told), so the same lists serve the window, the documents and later translations.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING

from planner.domain import zones
from planner.domain.model import Event, Person, Visit, VisitPlan
from planner.domain.programme import event_day, event_days
from planner.domain.vocab import DelegationRole, Direction, EventStatus, ParticipantRole, Side

if TYPE_CHECKING:  # Babel loads when a name is first asked for: start-up does without it
    from babel import Locale

# Two-letter codes CLDR names that are not countries a government represents.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def _locale(language: str) -> "Locale":
    from babel import Locale

    return Locale.parse(language.replace("-", "_"))


@cache
def countries(language: str = "en") -> tuple[tuple[str, str], ...]:
    """Every country as (ISO code, name), sorted by name in that language."""
    names = _locale(language).territories
    pairs = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code.isupper() and code not in NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


def country_name(code: str, language: str = "en") -> str:
    """`Czechia` for `CZ`; the code itself for a code CLDR does not know."""
    return str(_locale(language).territories.get(code, code))


def zone_country(zone_name: str) -> str | None:
    """The country a zone belongs to (`Europe/Prague` → `CZ`), None for `Etc/…` and `UTC`."""
    from babel.core import get_global

    country = get_global("zone_territories").get(zone_name)
    return country if isinstance(country, str) and country not in NOT_COUNTRIES else None


@cache
def zone_city(zone_name: str, language: str = "en") -> str:
    """The city a zone is named after, as people say it: `Prague`, `Buenos Aires`."""
    from babel.dates import get_timezone_location  # pytz with it: loaded when first asked

    city = get_timezone_location(zones.zone(zone_name), _locale(language), return_city=True)
    return str(city) if city else zone_name.rsplit("/", 1)[-1].replace("_", " ")


def utc_offset(zone_name: str, at: datetime | None = None) -> str:
    """`UTC+01:00` at an instant (now by default)."""
    moment = (at or datetime.now(UTC)).astimezone(zones.zone(zone_name))
    text = moment.strftime("%z")
    return f"UTC{text[:3]}:{text[3:]}"


def zone_label(zone_name: str, language: str = "en") -> str | None:
    """How a zone reads in a picker, `Prague — Czechia`; None for a zone that names no
    city in a country (`Etc/GMT-8`, `UTC`)."""
    country = zone_country(zone_name)
    if country is None or "/" not in zone_name:
        return None
    return f"{zone_city(zone_name, language)} — {country_name(country, language)}"


@cache
def zone_choices(language: str = "en") -> tuple[tuple[str, str], ...]:
    """Zones to offer an officer, as (zone, label): by city first, `Prague — Czechia`,
    places before the `Etc/` offsets and other zones that name no city."""
    named, plain = [], []
    for name in zones.known_zones():
        label = zone_label(name, language)
        if label is None:
            plain.append((name, name))
            continue
        named.append((name, label))
    named.sort(key=lambda pair: (pair[1].casefold(), pair[0]))
    plain.sort()
    return tuple(named + plain)


def country_zones(code: str) -> list[str]:
    """The zones of a country (`CZ` → Europe/Prague; `US` → many), by city."""
    return [name for name, _label in zone_choices() if zone_country(name) == code]


def our_side(visit: Visit) -> Side:
    """The side the officer's own government is on: we host inbound visits, we are the
    guests on outbound ones."""
    return Side.HOST if visit.direction is Direction.INBOUND else Side.GUEST


def their_side(visit: Visit) -> Side:
    return Side.GUEST if our_side(visit) is Side.HOST else Side.HOST


def side_country(visit: Visit, side: Side) -> str:
    return visit.host_country if side is Side.HOST else visit.guest_country


@dataclass(frozen=True)
class Place:
    """Where the programme is at some moment: a zone, the country, and a venue if known."""

    timezone: str
    country: str
    venue: str | None = None


def home_place(visit: Visit) -> Place:
    """Where the programme is before its first item: at home, in our own country (on an
    outbound visit that is not the host's)."""
    country = zone_country(visit.timezone) or side_country(visit, our_side(visit))
    return Place(visit.timezone, country)


def our_side_first(plan: VisitPlan) -> list[Person]:
    """Everyone in the visit, the officer's own side first, each side by precedence."""
    ours = our_side(plan.visit)
    return sorted(plan.people, key=lambda p: (p.side is not ours, p.precedence))


def event_end_place(plan: VisitPlan, event: Event) -> Place:
    """Where an item leaves its people: a flight's destination, else its venue."""
    venue_key = event.destination or event.venue
    if venue_key:
        venue = plan.venue(venue_key)
        country = venue.country or zone_country(venue.timezone) or plan.visit.host_country
        return Place(event.zone_of_end, country, venue_key)
    return Place(event.zone_of_end, zone_country(event.zone_of_end) or plan.visit.host_country)


def event_country(plan: VisitPlan, event: Event) -> str:
    """Whose soil an item is on: its venue's country, else its zone's, else the host's."""
    if event.venue:
        venue = plan.venue(event.venue)
        if venue.country:
            return venue.country
        return zone_country(venue.timezone) or plan.visit.host_country
    if plan.visit.direction is Direction.OUTBOUND:
        return zone_country(event.timezone) or plan.visit.host_country
    return plan.visit.host_country


def place_before(plan: VisitPlan, instant: datetime, *, skip: str | None = None) -> Place:
    """Where the programme is just before `instant`: the place the last item starting
    earlier left its people (the previous item's place). Before the first item, the
    visit's home."""
    earlier = [
        event
        for event in plan.events
        if event.start < instant
        and event.key != skip
        and not event.all_day
        and event.status is not EventStatus.CANCELLED
    ]
    if not earlier:
        return home_place(plan.visit)
    last = max(earlier, key=lambda e: (e.start, e.end, e.key))
    return event_end_place(plan, last)


def place_on(plan: VisitPlan, day: date | None) -> Place:
    """Where the programme is at the end of a day of it (the last item starting that day
    leaves its people there); without a day, where the last item leaves them."""
    if day is None:
        return place_before(plan, datetime.max.replace(tzinfo=UTC))
    starting = [e.start for e in plan.events if not e.all_day and event_day(e) == day]
    if starting:  # just after the day's last item starts: where it leaves its people
        return place_before(plan, max(starting) + timedelta(microseconds=1))
    before = place_before(plan, zones.start_of_day(day, plan.visit.timezone))
    return place_before(plan, zones.start_of_day(day + timedelta(days=1), before.timezone))


FIRST_ITEM_OF_THE_DAY = time(9)


def place_at(
    plan: VisitPlan, local: datetime, guess: str | None = None, *, skip: str | None = None
) -> Place:
    """Where the programme is at a wall time, read on the clocks of where it then is (the
    `guess` first, else the home zone's)."""
    zone = guess if guess and zones.is_known_zone(guess) else plan.visit.timezone
    place = Place(zone, zone_country(zone) or plan.visit.host_country)
    for _ in range(2):  # the place's own zone can move the instant across an item
        try:
            instant = zones.to_instant(local, place.timezone)
        except zones.NonexistentLocalTime:
            return place
        place = place_before(plan, instant, skip=skip)
    return place


def opening(plan: VisitPlan, day: date, *, skip: str | None = None) -> tuple[datetime, str]:
    """When and on which clock a new item on `day` starts: when the day's last item ends
    (the night train arriving at 10:12), where it leaves its people; else at 09:00 where
    the programme is."""
    timed = [
        e
        for e in plan.events
        if not e.all_day
        and e.status is not EventStatus.CANCELLED
        and e.key != skip
        and day in event_days(e)
    ]
    if timed:
        last = max(timed, key=lambda e: (e.end, e.start, e.key))
        if last.local_end.date() == day:
            return last.local_end, last.zone_of_end
    start = datetime.combine(day, FIRST_ITEM_OF_THE_DAY)
    return start, place_at(plan, start, skip=skip).timezone


# A delegation role that is also a part in each item, unless the officer says otherwise.
_DEFAULT_ROLE = {
    DelegationRole.INTERPRETER: ParticipantRole.INTERPRETER,
    DelegationRole.SECURITY: ParticipantRole.STAFF,
    DelegationRole.STAFF: ParticipantRole.STAFF,
    DelegationRole.LIAISON: ParticipantRole.STAFF,
    DelegationRole.PRESS: ParticipantRole.PRESS,
}


def default_role(person: Person) -> ParticipantRole:
    """A person's part in an item by default: interpreters interpret, press are press,
    staff, security and liaison officers are staff; everyone else attends."""
    return _DEFAULT_ROLE.get(person.delegation_role, ParticipantRole.ATTENDEE)


@cache
def language_name(tag: str) -> str:
    """A document language by its own name: `English`, `Čeština`, `中文（繁體）`; in English
    where CLDR has no data in that language (`Marshallese`); the tag itself if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        base = tag.split("-")[0]
        english = _locale("en").languages.get(base)
        return str(english) if english else tag
    name = str(locale.get_display_name(locale) or tag)
    if locale.language in ("zh", "ja", "ko"):  # their own brackets are full-width
        name = name.replace(" (", "（").replace(")", "）")
    return name[:1].upper() + name[1:]  # a name in a list: Čeština, Français


@cache
def language_label(tag: str) -> str:
    """A language as offered in a list: its own name, and the English one where different."""
    own = language_name(tag)
    from babel import Locale, UnknownLocaleError

    try:
        english = Locale.parse(tag.replace("-", "_")).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        english = None
    return own if english in (own, None) else f"{own} — {english}"


def language_names(tags: tuple[str, ...]) -> str:
    return ", ".join(language_name(tag) for tag in tags)
