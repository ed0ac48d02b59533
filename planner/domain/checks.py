"""What is wrong with a visit right now: double bookings, items outside the dates, signings
that cannot happen, seating plans at odds with who attends. The window's problems panel and
`delegation-planner check` both list these."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from operator import attrgetter

from planner.domain import zones
from planner.domain.findings import Finding, Severity, Target
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.messages import (
    DAY,
    DAY_AND_MONTH,
    DAY_AND_TIME,
    TIME,
    Message,
    Value,
    When,
    Word,
)
from planner.domain.model import Event, Seat, Seating, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import utc_offset, zone_city
from planner.domain.programme import by_precedence, event_day
from planner.domain.seating import party, unseated
from planner.domain.vocab import Direction, EventStatus, SeatingKind, Side, SigningAuthority

__all__ = ["Finding", "Severity", "Target", "check_visit"]


def check_visit(plan: VisitPlan) -> list[Finding]:
    """Every problem, errors first, each group in programme order."""
    active = _active(plan)
    findings = [
        *_outside_the_dates(plan),
        *_double_booked_people(plan, active),
        *_signings_that_cannot_happen(plan),
        *_double_booked_venues(plan, active),
        *_out_of_place_zones(plan, active),
        *_seating_problems(plan),
    ]
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _active(plan: VisitPlan) -> list[Event]:
    """Items that take time: not cancelled, not all-day markers."""
    active = [e for e in plan.events if e.status is not EventStatus.CANCELLED and not e.all_day]
    return sorted(active, key=lambda e: (e.start, e.key))


_PERSON = attrgetter("person")


def _clashes(
    active: list[Event], shared_by: Callable[[Event], Iterable[str]]
) -> list[tuple[Event, Event, list[str]]]:
    """Every two items that overlap in time and have something in common (a person, a
    venue), with what they have in common: by the first item in programme order, then the
    second.

    One sweep per person or venue over its items in programme order (`active` is in that
    order): n log n for that order, then n plus one step per clash found, instead of
    comparing every two items.
    """
    items: defaultdict[str, list[int]] = defaultdict(list)
    for index, event in enumerate(active):
        for key in shared_by(event):
            indices = items[key]
            if not indices or indices[-1] != index:  # someone listed twice is there once
                indices.append(index)
    starts, ends = [e.start for e in active], [e.end for e in active]  # read once, in order
    clashes: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
    for key, indices in items.items():
        for pair in _overlapping(indices, starts, ends):
            clashes[pair].append(key)
    return [
        (active[first], active[second], keys) for (first, second), keys in sorted(clashes.items())
    ]


def _overlapping(
    indices: list[int], starts: list[datetime], ends: list[datetime]
) -> Iterator[tuple[int, int]]:
    """The pairs of these items (in programme order) that overlap. The sweep keeps the items
    still running: one leaves when an item starts at or after its end, and each one that
    stays when an item starts is a clash with it."""
    running: list[int] = []
    last_end = starts[indices[0]]  # when the last of `running` ends, at the latest
    for index in indices:
        start, end = starts[index], ends[index]
        if not running or last_end <= start:
            running = []  # all over before this one starts: touching is no clash
        else:
            running = [earlier for earlier in running if ends[earlier] > start]
            for earlier in running:
                # Each of them started no later than this one and ends after it starts:
                # only this one can miss them, if it ends before it starts (never saved).
                if starts[earlier] < end:
                    yield earlier, index
        running.append(index)
        if len(running) == 1 or last_end < end:
            last_end = end


FINDING = "Finding"  # the context of the findings' templates


def _says(template: str, **values: Value) -> Message:
    return Message(FINDING, template, values)


def _times(event: Event) -> Message:
    return _says(
        QT_TRANSLATE_NOOP("Finding", "{start}–{end}"),
        start=When(event.local_start, DAY_AND_TIME),
        end=When(event.local_end, TIME),
    )


def _names(names: list[str]) -> Value:
    """`A`, `A and B`, `A, B and C`."""
    listed: Value = names[0]
    for name in names[1:-1]:
        listed = _says(QT_TRANSLATE_NOOP("Finding", "{names}, {name}"), names=listed, name=name)
    if len(names) > 1:
        listed = _says(
            QT_TRANSLATE_NOOP("Finding", "{names} and {name}"), names=listed, name=names[-1]
        )
    return listed


def _outside_the_dates(plan: VisitPlan) -> list[Finding]:
    visit = plan.visit
    findings = []
    for event in plan.events:
        # Every clock is less than a day off UTC: an item that starts on a UTC date after
        # the visit's first and before its last is on one of its days wherever it is.
        if visit.start_date < event.start.astimezone(UTC).date() < visit.end_date:
            continue
        day = event_day(event)
        if not visit.start_date <= day <= visit.end_date:
            wording = _says(
                QT_TRANSLATE_NOOP(
                    "Finding", "“{title}” is on {day}, outside the visit ({first} – {last})"
                ),
                title=event.title,
                day=When(day, DAY),
                first=When(visit.start_date, DAY_AND_MONTH),
                last=When(visit.end_date, DAY),
            )
            findings.append(Finding(Severity.ERROR, wording, Target.EVENT, event.key))
    return findings


def _present(event: Event, seating: Seating) -> list[str]:
    """Everyone an item has a place for: its participants and whoever has a seat at it."""
    return [*map(_PERSON, event.participants), *(seat.person for seat in seating.seats)]


def _double_booked_people(plan: VisitPlan, active: list[Event]) -> list[Finding]:
    """One finding per clash, naming everyone in both items, not one per person. Someone
    seated at an item is in it, as a participant is: a seat at each of two items at once is
    a clash, named once with the others."""
    findings = []
    people = _clashes(
        active,
        lambda event: (
            map(_PERSON, event.participants)
            if event.seating is None
            else _present(event, event.seating)
        ),
    )
    for first, second, both in people:
        keys = sorted(both, key=lambda k: plan.precedence_rank.get(k, 0))
        names = [display_name(plan.person(key), native=False) for key in keys]
        template = (
            QT_TRANSLATE_NOOP(
                "Finding", "{who} is in “{first}” ({first_times}) and “{second}” ({times}) at once"
            )
            if len(names) == 1
            else QT_TRANSLATE_NOOP(
                "Finding",
                "{who} are in “{first}” ({first_times}) and “{second}” ({times}) at once",
            )
        )
        wording = _says(
            template,
            who=_names(names),
            first=first.title,
            first_times=_times(first),
            second=second.title,
            times=_times(second),
        )
        findings.append(
            Finding(Severity.ERROR, wording, Target.EVENT, second.key, (first.key, second.key))
        )
    return findings


def _signings_that_cannot_happen(plan: VisitPlan) -> list[Finding]:
    """Signings that would stall on the day. Who signs and witnesses, and whether they are
    there, are rules of the plan (`planner.domain.validation`), refused before a save."""
    findings = []
    for event in plan.events:
        if event.signing is None:
            continue
        if event.status is EventStatus.CANCELLED and event.signing.signatories:
            wording = _says(
                QT_TRANSLATE_NOOP(
                    "Finding", "“{title}” is cancelled but still has a signing with signatories"
                ),
                title=event.title,
            )
            findings.append(Finding(Severity.WARNING, wording, Target.EVENT, event.key))
        for signatory in event.signing.signatories:
            if signatory.authority is SigningAuthority.DESIGNATION and not signatory.designated_by:
                name = display_name(plan.person(signatory.person), native=False)
                wording = _says(
                    QT_TRANSLATE_NOOP(
                        "Finding", "{name} signs “{title}” by designation: say who designated them"
                    ),
                    name=name,
                    title=event.title,
                )
                findings.append(Finding(Severity.WARNING, wording, Target.EVENT, event.key))
    return findings


def _double_booked_venues(plan: VisitPlan, active: list[Event]) -> list[Finding]:
    findings = []
    for first, second, (venue,) in _clashes(active, lambda e: (e.venue,) if e.venue else ()):
        wording = _says(
            QT_TRANSLATE_NOOP(
                "Finding", "{venue} holds “{first}” and “{second}” at the same time ({times})"
            ),
            venue=plan.venue(venue).name,
            first=first.title,
            second=second.title,
            times=_times(second),
        )
        findings.append(
            Finding(Severity.WARNING, wording, Target.EVENT, second.key, (first.key, second.key))
        )
    return findings


def _same_clock(first: str, second: str, at: datetime) -> bool:
    """Two zones that show the same time at that instant (Brussels and Prague do)."""
    return first == second or (
        at.astimezone(zones.zone(first)).utcoffset()
        == at.astimezone(zones.zone(second)).utcoffset()
    )


def _out_of_place_zones(plan: VisitPlan, active: list[Event]) -> list[Finding]:
    """Items planned on another clock than the programme around them: the meeting typed as
    15:30 in Brussels but saved as 15:30 Taipei time between two items in Brussels.

    The programme is where the item before leaves its people (a flight's arrival zone);
    an item that starts on another clock than that, and does not lead on to the item after
    it either, is flagged. Changing place on the way (a train to Prague, then Prague) is
    not: the item after agrees with it.
    """
    findings = []
    home = plan.visit.timezone
    inbound = plan.visit.direction is Direction.INBOUND
    for index, event in enumerate(active):
        # Before its first item an inbound programme is at home; an outbound one is
        # wherever its first items say.
        before = active[index - 1].zone_of_end if index else (home if inbound else None)
        after = active[index + 1].timezone if index + 1 < len(active) else None
        if before is not None and _same_clock(event.timezone, before, event.start):
            continue
        if after is not None and _same_clock(event.zone_of_end, after, event.end):
            continue  # it leads on to the next item: a journey, or the first item there
        if before is not None and after is not None:
            if not _same_clock(before, after, event.start):
                continue  # the programme moves on here: no one place to compare with
            around = before
        elif (
            index == 0
            and after is not None
            and not event.kind.travels
            and _same_clock(event.timezone, home, event.start)
        ):
            around = after  # an outbound trip's first item left on the home clock
        else:
            continue  # the last stop of a trip, or its only item: a place of its own
        wording = _says(
            QT_TRANSLATE_NOOP(
                "Finding",
                "“{title}” is planned on {city} time ({time}, {offset}), but the programme "
                "around it is in {around} ({around_offset}): check the item's time zone",
            ),
            title=event.title,
            city=zone_city(event.timezone),
            time=When(event.local_start, DAY_AND_TIME),
            offset=utc_offset(event.timezone, event.start),
            around=zone_city(around),
            around_offset=utc_offset(around, event.start),
        )
        findings.append(Finding(Severity.WARNING, wording, Target.EVENT, event.key))
    return findings


# Seating plans


Found = Callable[..., None]  # says a problem of an item's seating: a template and its values


def _seating_problems(plan: VisitPlan) -> list[Finding]:
    """What is wrong with the items' seating plans; nothing to do for an item without one."""
    findings: list[Finding] = []
    for event in plan.events:
        if event.seating is not None and (event.seating.seats or event.participants):
            findings += _seating_of(plan, event, event.seating)
    return findings


def _name(plan: VisitPlan, key: str) -> str:
    person = plan.people_by_key.get(key)
    return display_name(person, native=False) if person else key


def _some_names(plan: VisitPlan, keys: list[str], shown: int = 6) -> Value:
    """`A, B and C`; `A, B, C, D, E and 9 others` for a long list."""
    names = [_name(plan, key) for key in keys]
    if len(names) <= shown:
        return _names(names)
    listed: Value = names[0]
    for name in names[1 : shown - 1]:
        listed = _says(QT_TRANSLATE_NOOP("Finding", "{names}, {name}"), names=listed, name=name)
    return _says(
        QT_TRANSLATE_NOOP("Finding", "{names} and {count} others"),
        names=listed,
        count=str(len(names) - shown + 1),
    )


def _who(keys: list[str], one: str, several: str) -> str:
    return one if len(keys) == 1 else several


def _seat_name(seating: Seating, seat: Seat) -> Message:
    """`Table 2, seat 3`; at talks `Talks table, guest side, seat 3`."""
    table = next((t.name for t in seating.tables if t.key == seat.table), seat.table)
    if seat.side is None:
        return _says(
            QT_TRANSLATE_NOOP("Finding", "{table}, seat {number}"),
            table=table,
            number=str(seat.number),
        )
    return _says(
        QT_TRANSLATE_NOOP("Finding", "{table}, {side} side, seat {number}"),
        table=table,
        side=Word("Side", seat.side.value.capitalize(), seat.side.value),
        number=str(seat.number),
    )


def _seating_of(plan: VisitPlan, event: Event, seating: Seating) -> list[Finding]:
    def found(severity: Severity, template: str, **values: Value) -> None:
        wording = _says(template, title=event.title, **values)
        findings.append(Finding(severity, wording, Target.EVENT, event.key))

    findings: list[Finding] = []
    seated = list(dict.fromkeys(seat.person for seat in seating.seats))
    if event.status is EventStatus.CANCELLED:
        if seated:
            found(
                Severity.WARNING,
                QT_TRANSLATE_NOOP("Finding", "“{title}” is cancelled but still has people seated"),
            )
        return findings
    attending = {participant.person for participant in event.participants}
    strangers = by_precedence(plan, [key for key in seated if key not in attending])
    if strangers:
        found(
            Severity.ERROR,
            _who(
                strangers,
                QT_TRANSLATE_NOOP("Finding", "{who} is seated at “{title}” but does not attend it"),
                QT_TRANSLATE_NOOP("Finding", "{who} are seated at “{title}” but do not attend it"),
            ),
            who=_some_names(plan, strangers),
        )
    _crowded_seats(plan, seating, found)
    missing = unseated(plan, event)
    if missing:
        found(
            Severity.WARNING,
            _who(
                missing,
                QT_TRANSLATE_NOOP("Finding", "{who} is not seated at “{title}”"),
                QT_TRANSLATE_NOOP("Finding", "{who} are not seated at “{title}”"),
            ),
            who=_some_names(plan, missing),
        )
    _heads_out_of_place(plan, event, seating, found)
    return findings


def _crowded_seats(plan: VisitPlan, seating: Seating, found: Found) -> None:
    """Two people on one seat; a table (at talks, a side of it) with more people than seats."""
    on_seat: defaultdict[tuple[str, str, int], list[Seat]] = defaultdict(list)
    at_table: defaultdict[tuple[str, Side | None], int] = defaultdict(int)
    for seat in seating.seats:
        on_seat[seat.place].append(seat)
        at_table[seat.table, seat.side] += 1
    for seats in on_seat.values():
        if len(seats) > 1:
            found(
                Severity.ERROR,
                QT_TRANSLATE_NOOP("Finding", "{who} are on one seat at “{title}” ({seat})"),
                who=_some_names(plan, [seat.person for seat in seats]),
                seat=_seat_name(seating, seats[0]),
            )
    for table in seating.tables:
        for side in (Side.HOST, Side.GUEST) if seating.plan is SeatingKind.FACING else (None,):
            people = at_table.get((table.key, side), 0)
            if people > table.seats:
                found(
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "Finding", "{table} at “{title}” has {people} people for {seats} seats"
                    ),
                    table=table.name,
                    people=str(people),
                    seats=str(table.seats),
                )


def _heads_out_of_place(plan: VisitPlan, event: Event, seating: Seating, found: Found) -> None:
    """The host presides at seat 1 with the guest of honour at their right, seat 2 of the
    same table; at talks each side's head sits at its seat 1."""
    company = party(plan, event)
    host = seating.seat_of(company.host) if company.host else None
    guest = seating.seat_of(company.guest_of_honour) if company.guest_of_honour else None
    if seating.plan is SeatingKind.FACING:
        for side, seat in ((Side.HOST, host), (Side.GUEST, guest)):
            if seat is not None and (seat.side is not side or seat.number != 1):
                found(
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "{name} heads the {side} side at “{title}” but is not at its seat 1 "
                        "({seat})",
                    ),
                    name=_name(plan, seat.person),
                    side=Word("Side", side.value.capitalize(), side.value),
                    seat=_seat_name(seating, seat),
                )
        return
    if host is not None and host.number != 1:
        found(
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "Finding", "{name}, the host, does not preside at “{title}” ({seat})"
            ),
            name=_name(plan, host.person),
            seat=_seat_name(seating, host),
        )
    if host is not None and guest is not None and (guest.table, guest.number) != (host.table, 2):
        found(
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "Finding",
                "{name}, the guest of honour, is not at the host's right at “{title}” ({seat})",
            ),
            name=_name(plan, guest.person),
            seat=_seat_name(seating, guest),
        )
