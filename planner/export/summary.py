"""An event told in a few plain lines: who attends on each side, dress, press, the signing."""

from planner.domain.labels import AUTHORITY, DOCUMENT_KIND, PARTICIPANT_ROLE, PRESS
from planner.domain.model import Event, Person, Signatory, Signing, VisitPlan
from planner.domain.names import display_name, full_name
from planner.domain.places import (
    country_name,
    event_country,
    language_names,
    side_country,
    zone_city,
)
from planner.domain.programme import by_precedence
from planner.domain.vocab import EventStatus, ParticipantRole, Side


def _city(plan: VisitPlan, venue_key: str | None, zone_name: str) -> str:
    """The city a venue names, else the city its zone is named after."""
    venue = plan.venue(venue_key) if venue_key else None
    return venue.city if venue and venue.city else zone_city(zone_name)


def cities(plan: VisitPlan, event: Event) -> str:
    """Where an item is: `Prague`, or `Brussels → Prague` for a journey (the venues'
    cities, else those the zones are named after)."""
    start = _city(plan, event.venue, event.timezone)
    same_zone = event.zone_of_end == event.timezone
    end = _city(plan, event.destination or (event.venue if same_zone else None), event.zone_of_end)
    return start if start == end else f"{start} → {end}"


def route_text(plan: VisitPlan, event: Event) -> str | None:
    """`Bruxelles-Midi → Praha hlavní nádraží` for an item with a destination."""
    if not event.destination:
        return None
    start = plan.venue(event.venue).name if event.venue else zone_city(event.timezone)
    return f"{start} → {plan.venue(event.destination).name}"


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


def side_heading(plan: VisitPlan, side: Side, event: Event | None = None) -> str:
    """`Host side — Czechia (CZ)`; over a whole trip `Host side — Belgium (BE), Czechia (CZ)`."""
    label = "Host side" if side is Side.HOST else "Guest side"
    names = ", ".join(f"{country_name(c)} ({c})" for c in side_countries(plan, side, event))
    return f"{label} — {names}"


def country_note(
    plan: VisitPlan, person: Person, event: Event | None = None, *, heading: str | None = None
) -> str | None:
    """The person's own country where it is not the one their side's heading names
    (`heading`, that country, when the caller knows it already)."""
    named = heading or side_countries(plan, person.side, event)[0]
    return None if person.country == named else country_name(person.country)


def originals(count: int) -> str:
    """How many originals are signed: one word for it everywhere."""
    return f"{count} original{'' if count == 1 else 's'}"


def alternat_text(plan: VisitPlan, signing: Signing) -> str | None:
    """Who signs first on which original: each party signs first the original it keeps,
    then the originals are exchanged. None with fewer than two parties."""
    ordered = sorted(signing.signatories, key=lambda s: s.order)
    parties = list(dict.fromkeys(s.on_behalf_of for s in ordered))
    if len(parties) < 2:
        return None
    clauses = []
    for party in parties:
        first = [s for s in ordered if s.on_behalf_of == party]
        others = [s for s in ordered if s.on_behalf_of != party]
        names = [full_name(plan.person(s.person)) for s in first + others]
        clauses.append(f"on the original kept by {country_name(party)}, {' then '.join(names)}")
    return "Alternat: " + "; ".join(clauses) + "; then the originals are exchanged."


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


def authority_text(plan: VisitPlan, signatory: Signatory) -> str:
    """`by designation of H.E. Hilda Heine`, `ex officio`."""
    authority = AUTHORITY[signatory.authority]
    if signatory.designated_by:
        authority += f" of {display_name(plan.person(signatory.designated_by))}"
    return authority


def signatory_line(plan: VisitPlan, signatory: Signatory) -> str:
    """`For MH: Hon. Kalani Kaneko, by designation of H.E. Hilda Heine`."""
    party = country_name(signatory.on_behalf_of)
    line = f"For {party}: {display_name(plan.person(signatory.person))}"
    line += f", {authority_text(plan, signatory)}"
    if signatory.assistant:
        line += f"; assisted by {display_name(plan.person(signatory.assistant))}"
    return line


def event_summary_lines(plan: VisitPlan, event: Event) -> list[str]:
    """What a reader on a phone needs; never medical notes."""
    lines: list[str] = []
    if event.status is EventStatus.CANCELLED:
        lines.append("CANCELLED")
    elif event.status is EventStatus.TENTATIVE:
        lines.append("Tentative: not yet confirmed")
    route = route_text(plan, event)
    if route:
        flight = f"Flight {event.flight_number}: " if event.flight_number else ""
        lines.append(f"{flight}{route}")
    journey = event.zone_of_end != event.timezone
    if not event.all_day and (journey or event.local_end.date() != event.local_start.date()):
        end = event.local_end
        lines.append(f"Arrives {end:%a %d %b %H:%M} ({zone_city(event.zone_of_end)} time)")
    if event.dress_code:
        lines.append(f"Dress code: {event.dress_code}")
    lines.append(PRESS[event.press])
    for side, people in participants_by_side(plan, event).items():
        if not people:
            continue
        lines += ["", side_heading(plan, side, event)]
        named = side_countries(plan, side, event)[0]
        for number, (person, role) in enumerate(people, start=1):
            role_text = "" if role is ParticipantRole.ATTENDEE else f" — {PARTICIPANT_ROLE[role]}"
            country = country_note(plan, person, event, heading=named)
            country_text = f" ({country})" if country else ""
            lines.append(
                f"{number}. {display_name(person)}, {person.title}{country_text}{role_text}"
            )
    if event.signing:
        lines += ["", "Signing"]
        for document in event.signing.documents:
            facts = [DOCUMENT_KIND[document.kind], language_names(document.languages)]
            facts.append(originals(document.copies))
            lines.append(f"{document.title} ({'; '.join(fact for fact in facts if fact)})")
        for signatory in sorted(event.signing.signatories, key=lambda s: s.order):
            lines.append(signatory_line(plan, signatory))
        alternat = alternat_text(plan, event.signing)
        if alternat:
            lines.append(alternat)
        if event.signing.witnesses:
            witnesses = ", ".join(display_name(plan.person(k)) for k in event.signing.witnesses)
            lines.append(f"Witnesses: {witnesses}")
    if event.notes:
        lines += ["", event.notes]
    return lines
