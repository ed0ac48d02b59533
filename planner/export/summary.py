"""An event told in a few plain lines: who attends on each side, dress, press, the signing.

Every function speaks the language of its `words` (English by default, as the window
shows it): see planner.export.language.
"""

from planner.domain.labels import AUTHORITY, DOCUMENT_KIND, PARTICIPANT_ROLE, PRESS
from planner.domain.model import Event, Person, Signatory, Signing, VisitPlan
from planner.domain.names import display_name, full_name
from planner.domain.places import event_country, language_names, side_country, zone_city
from planner.domain.programme import by_precedence
from planner.domain.vocab import EventStatus, ParticipantRole, Side
from planner.export.language import ENGLISH, Words


def _city(plan: VisitPlan, venue_key: str | None, zone_name: str, words: Words) -> str:
    """The city a venue names, else the city its zone is named after."""
    venue = plan.venue(venue_key) if venue_key else None
    if venue and venue.city and (words.is_source or venue.city != zone_city(venue.timezone)):
        return venue.city  # a city typed for the venue, unless the zone's name says it
    return words.city(zone_name)


def cities(plan: VisitPlan, event: Event, words: Words = ENGLISH) -> str:
    """Where an item is: `Prague`, or `Brussels → Prague` for a journey (the venues'
    cities, else those the zones are named after)."""
    start = _city(plan, event.venue, event.timezone, words)
    same_zone = event.zone_of_end == event.timezone
    end_venue = event.destination or (event.venue if same_zone else None)
    end = _city(plan, end_venue, event.zone_of_end, words)
    return start if start == end else f"{start} → {end}"


def route_text(plan: VisitPlan, event: Event, words: Words = ENGLISH) -> str | None:
    """`Bruxelles-Midi → Praha hlavní nádraží` for an item with a destination."""
    if not event.destination:
        return None
    start = words.venue_name(plan.venue(event.venue)) if event.venue else None
    start = start or words.city(event.timezone)
    return f"{start} → {words.venue_name(plan.venue(event.destination))}"


def side_countries(plan: VisitPlan, side: Side, event: Event | None = None) -> list[str]:
    """The countries a side stands for. At an item the host side is whoever's soil it is on
    (a trip through Belgium and Czechia has Czech hosts in Prague) and the guests are those
    of the people there; over the whole visit, the countries of everyone on that side, the
    visit's own first."""
    if event is not None and side is Side.HOST:
        return [event_country(plan, event)]
    countries = [side_country(plan.visit, side)]
    if event is None:
        people = [p for p in plan.in_canonical_order().people if p.side is side]
    else:
        there = by_precedence(plan, [p.person for p in event.participants])
        people = [plan.person(key) for key in there if plan.person(key).side is side]
    for person in people:
        if person.country not in countries:
            countries.append(person.country)
    return countries


def side_heading(
    plan: VisitPlan, side: Side, event: Event | None = None, words: Words = ENGLISH
) -> str:
    """`Host side — Czechia (CZ)`; over a whole trip `Host side — Belgium (BE), Czechia (CZ)`."""
    if side is Side.HOST:
        label = words.translate("Event summary", "Host side")
    else:
        label = words.translate("Event summary", "Guest side")
    countries = side_countries(plan, side, event)
    names = ", ".join(f"{words.country(c)} ({c})" for c in countries)
    return f"{label} — {names}"


def country_note(
    plan: VisitPlan,
    person: Person,
    event: Event | None = None,
    *,
    heading: str | None = None,
    words: Words = ENGLISH,
) -> str | None:
    """The person's own country where it is not the one their side's heading names
    (`heading`, that country, when the caller knows it already)."""
    named = heading or side_countries(plan, person.side, event)[0]
    return None if person.country == named else words.country(person.country)


def originals(count: int, words: Words = ENGLISH) -> str:
    """How many originals are signed: one word for it everywhere."""
    if count == 1:
        return words.translate("Event summary", "1 original")
    return words.translate("Event summary", "{count} originals").format(count=count)


def _signing_name(plan: VisitPlan, key: str, words: Words) -> str:
    person = plan.person(key)
    return full_name(person) if words.is_source else words.name(person)


def _display(plan: VisitPlan, key: str, words: Words) -> str:
    person = plan.person(key)
    return display_name(person) if words.is_source else words.name(person)


def alternat_text(plan: VisitPlan, signing: Signing, words: Words = ENGLISH) -> str | None:
    """Who signs first on which original: each party signs first the original it keeps,
    then the originals are exchanged. None with fewer than two parties."""
    ordered = sorted(signing.signatories, key=lambda s: s.order)
    parties = list(dict.fromkeys(s.on_behalf_of for s in ordered))
    if len(parties) < 2:
        return None
    then = words.translate("Event summary", " then ")
    clauses = []
    for party in parties:
        first = [s for s in ordered if s.on_behalf_of == party]
        others = [s for s in ordered if s.on_behalf_of != party]
        names = then.join(_signing_name(plan, s.person, words) for s in first + others)
        clauses.append(
            words.translate("Event summary", "on the original kept by {country}, {names}").format(
                country=words.country(party), names=names
            )
        )
    return words.translate(
        "Event summary", "Alternat: {clauses}; then the originals are exchanged."
    ).format(clauses=words.translate("Event summary", "; ").join(clauses))


def authority_text(plan: VisitPlan, signatory: Signatory, words: Words = ENGLISH) -> str:
    """`by designation of H.E. Hilda Heine`, `ex officio`."""
    authority = words.label(AUTHORITY, signatory.authority)
    if signatory.designated_by:
        designator = _display(plan, signatory.designated_by, words)
        return words.translate("Event summary", "{authority} of {person}").format(
            authority=authority, person=designator
        )
    return authority


def signatory_line(plan: VisitPlan, signatory: Signatory, words: Words = ENGLISH) -> str:
    """`For MH: Hon. Kalani Kaneko, by designation of H.E. Hilda Heine`."""
    line = words.translate("Event summary", "For {party}: {person}, {authority}").format(
        party=words.country(signatory.on_behalf_of),
        person=_display(plan, signatory.person, words),
        authority=authority_text(plan, signatory, words),
    )
    if signatory.assistant:
        line += words.translate("Event summary", "; assisted by {person}").format(
            person=_display(plan, signatory.assistant, words)
        )
    return line


def participants_by_side(
    plan: VisitPlan, event: Event
) -> dict[Side, list[tuple[Person, ParticipantRole]]]:
    """The event's participants on each side, in order of precedence."""
    roles = {p.person: p.role for p in event.participants}
    result: dict[Side, list[tuple[Person, ParticipantRole]]] = {Side.HOST: [], Side.GUEST: []}
    for key in by_precedence(plan, list(roles)):
        person = plan.person(key)
        result[person.side].append((person, roles[key]))
    return result


def _status_lines(plan: VisitPlan, event: Event, words: Words) -> list[str]:
    lines: list[str] = []
    if event.status is EventStatus.CANCELLED:
        lines.append(words.translate("Event summary", "CANCELLED"))
    elif event.status is EventStatus.TENTATIVE:
        lines.append(words.translate("Event summary", "Tentative: not yet confirmed"))
    route = route_text(plan, event, words)
    if route:
        if event.flight_number:
            flight = words.translate("Event summary", "Flight {number}: ")
            route = flight.format(number=event.flight_number) + route
        lines.append(route)
    journey = event.zone_of_end != event.timezone
    if not event.all_day and (journey or event.local_end.date() != event.local_start.date()):
        end = event.local_end
        lines.append(
            words.translate("Event summary", "Arrives {day} {time} ({city} time)").format(
                day=words.short_day(end.date()),
                time=f"{end:%H:%M}",
                city=words.city(event.zone_of_end),
            )
        )
    if event.dress_code:
        dress = words.text(event, "dress_code", event.dress_code)
        lines.append(words.translate("Event summary", "Dress code: {dress}").format(dress=dress))
    lines.append(words.label(PRESS, event.press))
    return lines


def _person_line(
    plan: VisitPlan, person: Person, role: ParticipantRole, number: int, named: str, words: Words
) -> str:
    if role is ParticipantRole.ATTENDEE:
        role_text = ""
    else:
        role_text = " — " + words.label(PARTICIPANT_ROLE, role)
    country = country_note(plan, person, heading=named, words=words)
    country_text = f" ({country})" if country else ""
    name = display_name(person) if words.is_source else words.name(person)
    title = words.text(person, "title", person.title)
    return f"{number}. {name}, {title}{country_text}{role_text}"


def _signing_lines(plan: VisitPlan, signing: Signing, words: Words) -> list[str]:
    lines = ["", words.translate("Event summary", "Signing")]
    for document in signing.documents:
        kind = words.label(DOCUMENT_KIND, document.kind)
        facts = [kind, language_names(document.languages), originals(document.copies, words)]
        title = words.text(document, "title", document.title)
        lines.append(f"{title} ({'; '.join(fact for fact in facts if fact)})")
    for signatory in sorted(signing.signatories, key=lambda s: s.order):
        lines.append(signatory_line(plan, signatory, words))
    alternat = alternat_text(plan, signing, words)
    if alternat:
        lines.append(alternat)
    if signing.witnesses:
        witnesses = ", ".join(_display(plan, key, words) for key in signing.witnesses)
        lines.append(words.translate("Event summary", "Witnesses: {names}").format(names=witnesses))
    return lines


def event_summary_lines(plan: VisitPlan, event: Event, words: Words = ENGLISH) -> list[str]:
    """What a reader on a phone needs; never medical notes."""
    lines = _status_lines(plan, event, words)
    for side, people in participants_by_side(plan, event).items():
        if not people:
            continue
        lines += ["", side_heading(plan, side, event, words)]
        named = side_countries(plan, side, event)[0]
        for number, (person, role) in enumerate(people, start=1):
            lines.append(_person_line(plan, person, role, number, named, words))
    if event.signing:
        lines += _signing_lines(plan, event.signing, words)
    if event.notes:
        lines += ["", words.text(event, "notes", event.notes)]
    return lines
