"""An event told in a few plain lines: who attends on each side, dress, press, the signing."""

from planner.domain.labels import AUTHORITY, DOCUMENT_KIND, PARTICIPANT_ROLE, PRESS
from planner.domain.model import Event, Person, Signatory, VisitPlan
from planner.domain.names import display_name
from planner.domain.programme import by_precedence
from planner.domain.vocab import EventStatus, ParticipantRole, Side


def side_heading(plan: VisitPlan, side: Side) -> str:
    country = plan.visit.host_country if side is Side.HOST else plan.visit.guest_country
    return f"{'Host' if side is Side.HOST else 'Guest'} side ({country})"


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
    line = f"For {signatory.on_behalf_of}: {display_name(plan.person(signatory.person))}"
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
    if event.dress_code:
        lines.append(f"Dress code: {event.dress_code}")
    lines.append(PRESS[event.press])
    for side, people in participants_by_side(plan, event).items():
        if not people:
            continue
        lines += ["", side_heading(plan, side)]
        for number, (person, role) in enumerate(people, start=1):
            role_text = "" if role is ParticipantRole.ATTENDEE else f" — {PARTICIPANT_ROLE[role]}"
            lines.append(f"{number}. {display_name(person)}, {person.title}{role_text}")
    if event.signing:
        lines += ["", "Signing"]
        for document in event.signing.documents:
            facts = [DOCUMENT_KIND[document.kind], ", ".join(document.languages)]
            facts.append(f"{document.copies} {'copy' if document.copies == 1 else 'copies'}")
            lines.append(f"{document.title} ({'; '.join(fact for fact in facts if fact)})")
        for signatory in sorted(event.signing.signatories, key=lambda s: s.order):
            lines.append(signatory_line(plan, signatory))
        if event.signing.witnesses:
            witnesses = ", ".join(display_name(plan.person(k)) for k in event.signing.witnesses)
            lines.append(f"Witnesses: {witnesses}")
    if event.notes:
        lines += ["", event.notes]
    return lines
