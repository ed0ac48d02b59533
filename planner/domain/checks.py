"""What is wrong with a visit right now: double bookings, items outside the dates, signings
that cannot happen. The window's problems panel and `delegation-planner check` both list these."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from itertools import combinations

from planner.domain import zones
from planner.domain.model import Event, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import utc_offset, zone_city
from planner.domain.programme import event_day
from planner.domain.vocab import Direction, EventStatus, ParticipantRole


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Target(StrEnum):
    """What a problem is about, so the window can jump to it."""

    VISIT = "visit"
    PERSON = "person"
    EVENT = "event"
    VENUE = "venue"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str
    target: Target
    key: str
    # Every programme item the problem is about (both items of a clash), to mark them.
    events: tuple[str, ...] = ()

    @property
    def event_keys(self) -> tuple[str, ...]:
        """The items to mark in the programme for this problem."""
        if self.events:
            return self.events
        return (self.key,) if self.target is Target.EVENT else ()

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


def check_visit(plan: VisitPlan) -> list[Finding]:
    """Every problem, errors first, each group in programme order."""
    findings = [
        *_outside_the_dates(plan),
        *_double_booked_people(plan),
        *_signings_that_cannot_happen(plan),
        *_double_booked_venues(plan),
        *_out_of_place_zones(plan),
    ]
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _active(plan: VisitPlan) -> list[Event]:
    """Items that take time: not cancelled, not all-day markers."""
    active = [e for e in plan.events if e.status is not EventStatus.CANCELLED and not e.all_day]
    return sorted(active, key=lambda e: (e.start, e.key))


def _overlap(first: Event, second: Event) -> bool:
    return first.start < second.end and second.start < first.end


def _times(event: Event) -> str:
    return f"{event.local_start:%a %d %b %H:%M}–{event.local_end:%H:%M}"


def _outside_the_dates(plan: VisitPlan) -> list[Finding]:
    visit = plan.visit
    findings = []
    for event in plan.events:
        day = event_day(event)
        if not visit.start_date <= day <= visit.end_date:
            findings.append(
                Finding(
                    Severity.ERROR,
                    f"“{event.title}” is on {day:%d %B %Y}, outside the visit "
                    f"({visit.start_date:%d %B} – {visit.end_date:%d %B %Y})",
                    Target.EVENT,
                    event.key,
                )
            )
    return findings


def _double_booked_people(plan: VisitPlan) -> list[Finding]:
    findings = []
    for first, second in combinations(_active(plan), 2):
        if not _overlap(first, second):
            continue
        both = {p.person for p in first.participants} & {p.person for p in second.participants}
        if not both:
            continue
        keys = sorted(both, key=lambda k: plan.precedence_rank.get(k, 0))
        names = [display_name(plan.person(key), native=False) for key in keys]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        findings.append(
            Finding(
                Severity.ERROR,
                f"{who} {'is' if len(names) == 1 else 'are'} in “{first.title}” "
                f"({_times(first)}) and “{second.title}” ({_times(second)}) at once",
                Target.EVENT,
                second.key,
                (first.key, second.key),
            )
        )
    return findings


def _signings_that_cannot_happen(plan: VisitPlan) -> list[Finding]:
    findings = []
    for event in plan.events:
        if event.signing is None:
            continue
        if event.status is EventStatus.CANCELLED and event.signing.signatories:
            findings.append(
                Finding(
                    Severity.WARNING,
                    f"“{event.title}” is cancelled but still has a signing with signatories",
                    Target.EVENT,
                    event.key,
                )
            )
        roles = {p.person: p.role for p in event.participants}
        for signatory in event.signing.signatories:
            if roles.get(signatory.person) is not ParticipantRole.SIGNATORY:
                name = display_name(plan.person(signatory.person), native=False)
                findings.append(
                    Finding(
                        Severity.ERROR,
                        f"{name} signs at “{event.title}” but is not attending it as signatory",
                        Target.EVENT,
                        event.key,
                    )
                )
        for witness in event.signing.witnesses:
            if witness not in roles:
                name = display_name(plan.person(witness), native=False)
                findings.append(
                    Finding(
                        Severity.ERROR,
                        f"{name} witnesses “{event.title}” but is not attending it",
                        Target.EVENT,
                        event.key,
                    )
                )
    return findings


def _double_booked_venues(plan: VisitPlan) -> list[Finding]:
    findings = []
    for first, second in combinations(_active(plan), 2):
        if first.venue and first.venue == second.venue and _overlap(first, second):
            venue = plan.venue(first.venue).name
            findings.append(
                Finding(
                    Severity.WARNING,
                    f"{venue} holds “{first.title}” and “{second.title}” at the same time "
                    f"({_times(second)})",
                    Target.EVENT,
                    second.key,
                    (first.key, second.key),
                )
            )
    return findings


def _same_clock(first: str, second: str, at: datetime) -> bool:
    """Two zones that show the same time at that instant (Brussels and Prague do)."""
    return (
        at.astimezone(zones.zone(first)).utcoffset()
        == at.astimezone(zones.zone(second)).utcoffset()
    )


def _out_of_place_zones(plan: VisitPlan) -> list[Finding]:
    """Items planned on another clock than the programme around them: the meeting typed as
    15:30 in Brussels but saved as 15:30 Taipei time between two items in Brussels.

    The programme is where the item before leaves its people (a flight's arrival zone);
    an item that starts on another clock than that, and does not lead on to the item after
    it either, is flagged. Changing place on the way (a train to Prague, then Prague) is
    not: the item after agrees with it.
    """
    findings = []
    active = _active(plan)
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
        local = event.local_start
        findings.append(
            Finding(
                Severity.WARNING,
                f"“{event.title}” is planned on {zone_city(event.timezone)} time "
                f"({local:%a %d %b %H:%M}, {utc_offset(event.timezone, event.start)}), but the "
                f"programme around it is in {zone_city(around)} "
                f"({utc_offset(around, event.start)}): check the item's time zone",
                Target.EVENT,
                event.key,
            )
        )
    return findings
