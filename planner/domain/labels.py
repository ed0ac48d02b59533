"""Words for the vocabularies as an officer reads them on a page or a screen.

Each word is English, marked for Qt's translation tools with `QT_TRANSLATE_NOOP` in the
context named after its vocabulary (`EventKind`, `Side`; `Field` for the field labels), so
`pyside6-lupdate` finds it in this Qt-free module; whoever shows one translates it there
(the window: `planner.ui.words.label`; a document: `planner.translation.translate`).
"""

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from planner.domain.vocab import (
    DelegationRole,
    DocumentKind,
    EventKind,
    EventStatus,
    FullPowers,
    ParticipantRole,
    PressAccess,
    SeatingKind,
    Side,
    SigningAuthority,
    VenueKind,
    VisitKind,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context`; the text itself is returned unchanged."""
    return text


EVENT_KIND = {
    EventKind.ARRIVAL: QT_TRANSLATE_NOOP("EventKind", "Arrival"),
    EventKind.DEPARTURE: QT_TRANSLATE_NOOP("EventKind", "Departure"),
    EventKind.COURTESY_CALL: QT_TRANSLATE_NOOP("EventKind", "Courtesy call"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("EventKind", "Meeting"),
    EventKind.TALKS: QT_TRANSLATE_NOOP("EventKind", "Talks"),
    EventKind.SIGNING: QT_TRANSLATE_NOOP("EventKind", "Signing ceremony"),
    EventKind.BANQUET: QT_TRANSLATE_NOOP("EventKind", "Banquet"),
    EventKind.RECEPTION: QT_TRANSLATE_NOOP("EventKind", "Reception"),
    EventKind.PRESS: QT_TRANSLATE_NOOP("EventKind", "Press"),
    EventKind.SITE_VISIT: QT_TRANSLATE_NOOP("EventKind", "Site visit"),
    EventKind.TRANSFER: QT_TRANSLATE_NOOP("EventKind", "Transfer"),
    EventKind.CEREMONY: QT_TRANSLATE_NOOP("EventKind", "Ceremony"),
    EventKind.FLIGHT: QT_TRANSLATE_NOOP("EventKind", "Flight"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("EventKind", "Other"),
}

PARTICIPANT_ROLE = {
    ParticipantRole.CHAIR: QT_TRANSLATE_NOOP("ParticipantRole", "Chair"),
    ParticipantRole.SIGNATORY: QT_TRANSLATE_NOOP("ParticipantRole", "Signatory"),
    ParticipantRole.WITNESS: QT_TRANSLATE_NOOP("ParticipantRole", "Witness"),
    ParticipantRole.ATTENDEE: QT_TRANSLATE_NOOP("ParticipantRole", "Attendee"),
    ParticipantRole.INTERPRETER: QT_TRANSLATE_NOOP("ParticipantRole", "Interpreter"),
    ParticipantRole.STAFF: QT_TRANSLATE_NOOP("ParticipantRole", "Staff"),
    ParticipantRole.PRESS: QT_TRANSLATE_NOOP("ParticipantRole", "Press"),
    ParticipantRole.OPTIONAL: QT_TRANSLATE_NOOP("ParticipantRole", "Optional"),
}

DELEGATION_ROLE = {
    DelegationRole.HEAD: QT_TRANSLATE_NOOP("DelegationRole", "Head of delegation"),
    DelegationRole.SPOUSE: QT_TRANSLATE_NOOP("DelegationRole", "Spouse"),
    DelegationRole.DEPUTY: QT_TRANSLATE_NOOP("DelegationRole", "Deputy head"),
    DelegationRole.MEMBER: QT_TRANSLATE_NOOP("DelegationRole", "Member"),
    DelegationRole.OFFICIAL: QT_TRANSLATE_NOOP("DelegationRole", "Official"),
    DelegationRole.STAFF: QT_TRANSLATE_NOOP("DelegationRole", "Staff"),
    DelegationRole.SECURITY: QT_TRANSLATE_NOOP("DelegationRole", "Security"),
    DelegationRole.PRESS: QT_TRANSLATE_NOOP("DelegationRole", "Press"),
    DelegationRole.LIAISON: QT_TRANSLATE_NOOP("DelegationRole", "Liaison officer"),
    DelegationRole.INTERPRETER: QT_TRANSLATE_NOOP("DelegationRole", "Interpreter"),
}

SIDE = {
    Side.HOST: QT_TRANSLATE_NOOP("Side", "Host"),
    Side.GUEST: QT_TRANSLATE_NOOP("Side", "Guest"),
}

PRESS = {
    PressAccess.CLOSED: QT_TRANSLATE_NOOP("PressAccess", "Closed to the press"),
    PressAccess.POOL: QT_TRANSLATE_NOOP("PressAccess", "Press pool"),
    PressAccess.OPEN: QT_TRANSLATE_NOOP("PressAccess", "Open to the press"),
}

DOCUMENT_KIND = {
    DocumentKind.TREATY: QT_TRANSLATE_NOOP("DocumentKind", "Treaty"),
    DocumentKind.AGREEMENT: QT_TRANSLATE_NOOP("DocumentKind", "Agreement"),
    DocumentKind.MOU: QT_TRANSLATE_NOOP("DocumentKind", "Memorandum of understanding"),
    DocumentKind.LOI: QT_TRANSLATE_NOOP("DocumentKind", "Letter of intent"),
    DocumentKind.EXCHANGE_OF_NOTES: QT_TRANSLATE_NOOP("DocumentKind", "Exchange of notes"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("DocumentKind", "Instrument"),
}

AUTHORITY = {
    SigningAuthority.EX_OFFICIO: QT_TRANSLATE_NOOP("SigningAuthority", "ex officio"),
    SigningAuthority.FULL_POWERS: QT_TRANSLATE_NOOP("SigningAuthority", "full powers"),
    SigningAuthority.DESIGNATION: QT_TRANSLATE_NOOP("SigningAuthority", "by designation"),
    SigningAuthority.AGENCY: QT_TRANSLATE_NOOP("SigningAuthority", "as head of agency"),
}

FULL_POWERS = {
    FullPowers.NOT_NEEDED: QT_TRANSLATE_NOOP("FullPowers", "not needed"),
    FullPowers.REQUESTED: QT_TRANSLATE_NOOP("FullPowers", "requested"),
    FullPowers.RECEIVED: QT_TRANSLATE_NOOP("FullPowers", "received"),
    FullPowers.WAIVED: QT_TRANSLATE_NOOP("FullPowers", "waived"),
}

VENUE_KIND = {
    VenueKind.AIRPORT: QT_TRANSLATE_NOOP("VenueKind", "Airport"),
    VenueKind.HOTEL: QT_TRANSLATE_NOOP("VenueKind", "Hotel"),
    VenueKind.PALACE: QT_TRANSLATE_NOOP("VenueKind", "Palace"),
    VenueKind.MINISTRY: QT_TRANSLATE_NOOP("VenueKind", "Ministry"),
    VenueKind.EMBASSY: QT_TRANSLATE_NOOP("VenueKind", "Embassy"),
    VenueKind.PARLIAMENT: QT_TRANSLATE_NOOP("VenueKind", "Parliament"),
    VenueKind.STATION: QT_TRANSLATE_NOOP("VenueKind", "Station"),
    VenueKind.OTHER: QT_TRANSLATE_NOOP("VenueKind", "Other"),
}

EVENT_STATUS = {
    EventStatus.TENTATIVE: QT_TRANSLATE_NOOP("EventStatus", "Tentative"),
    EventStatus.CONFIRMED: QT_TRANSLATE_NOOP("EventStatus", "Confirmed"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("EventStatus", "Cancelled"),
}

VISIT_KIND = {
    VisitKind.STATE: QT_TRANSLATE_NOOP("VisitKind", "State"),
    VisitKind.OFFICIAL: QT_TRANSLATE_NOOP("VisitKind", "Official"),
    VisitKind.OFFICIAL_WORKING: QT_TRANSLATE_NOOP("VisitKind", "Official working"),
    VisitKind.WORKING: QT_TRANSLATE_NOOP("VisitKind", "Working"),
    VisitKind.PRIVATE: QT_TRANSLATE_NOOP("VisitKind", "Private"),
    VisitKind.OTHER: QT_TRANSLATE_NOOP("VisitKind", "Other"),
}

# The fields of a visit, a person, a venue and an item, as their dialogs label them: a
# problem with one is named by the same words (planner.domain.validation).
FIELD_LABELS = {
    "key": QT_TRANSLATE_NOOP("Field", "Key"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "host_country": QT_TRANSLATE_NOOP("Field", "Host country"),
    "guest_country": QT_TRANSLATE_NOOP("Field", "Guest country"),
    "start_date": QT_TRANSLATE_NOOP("Field", "First day"),
    "end_date": QT_TRANSLATE_NOOP("Field", "Last day"),
    "timezone": QT_TRANSLATE_NOOP("Field", "Time zone"),
    "organizer": QT_TRANSLATE_NOOP("Field", "Organizer"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "given_name": QT_TRANSLATE_NOOP("Field", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Field", "Family name"),
    "native_name": QT_TRANSLATE_NOOP("Field", "Name in own script"),
    "honorific": QT_TRANSLATE_NOOP("Field", "Honorific"),
    "organization": QT_TRANSLATE_NOOP("Field", "Organization"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "precedence": QT_TRANSLATE_NOOP("Field", "Precedence"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "dietary": QT_TRANSLATE_NOOP("Field", "Dietary needs"),
    "medical": QT_TRANSLATE_NOOP("Field", "Medical (confidential)"),
    "arrival": QT_TRANSLATE_NOOP("Field", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("Field", "Departure"),
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "city": QT_TRANSLATE_NOOP("Field", "City"),
    "latitude": QT_TRANSLATE_NOOP("Field", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Field", "Longitude"),
    "start": QT_TRANSLATE_NOOP("Field", "Start"),
    "end": QT_TRANSLATE_NOOP("Field", "End"),
    "end_timezone": QT_TRANSLATE_NOOP("Field", "Zone of the end"),
    "venue": QT_TRANSLATE_NOOP("Field", "Venue"),
    "destination": QT_TRANSLATE_NOOP("Field", "Arrives at"),
    "flight_number": QT_TRANSLATE_NOOP("Field", "Flight number"),
    "dress_code": QT_TRANSLATE_NOOP("Field", "Dress code"),
    "participants": QT_TRANSLATE_NOOP("Field", "People"),
    "signing": QT_TRANSLATE_NOOP("Field", "Signing"),
    "form_overrides": QT_TRANSLATE_NOOP("Field", "Forms of address"),
    "seating": QT_TRANSLATE_NOOP("Field", "Seating"),
}

# Each vocabulary's words, by the vocabulary: its class name is the context they are
# marked in.
SEATING_KIND = {
    SeatingKind.ROUNDS: QT_TRANSLATE_NOOP("SeatingKind", "Round tables"),
    SeatingKind.FACING: QT_TRANSLATE_NOOP("SeatingKind", "Talks: sides facing"),
    SeatingKind.LONG: QT_TRANSLATE_NOOP("SeatingKind", "One long table"),
    SeatingKind.U_SHAPE: QT_TRANSLATE_NOOP("SeatingKind", "U-shape"),
    SeatingKind.THEATRE: QT_TRANSLATE_NOOP("SeatingKind", "Theatre rows"),
}

VOCABULARIES: dict[type[StrEnum], Mapping[Any, str]] = {
    EventKind: EVENT_KIND,
    EventStatus: EVENT_STATUS,
    ParticipantRole: PARTICIPANT_ROLE,
    DelegationRole: DELEGATION_ROLE,
    Side: SIDE,
    PressAccess: PRESS,
    DocumentKind: DOCUMENT_KIND,
    SigningAuthority: AUTHORITY,
    FullPowers: FULL_POWERS,
    VenueKind: VENUE_KIND,
    VisitKind: VISIT_KIND,
    SeatingKind: SEATING_KIND,
}
FIELD_CONTEXT = "Field"
