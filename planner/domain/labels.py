"""Words for the vocabularies as an officer reads them on a page or a screen."""

from planner.domain.vocab import (
    DelegationRole,
    DocumentKind,
    EventKind,
    FullPowers,
    ParticipantRole,
    PressAccess,
    Side,
    SigningAuthority,
    VenueKind,
)

EVENT_KIND = {
    EventKind.ARRIVAL: "Arrival",
    EventKind.DEPARTURE: "Departure",
    EventKind.COURTESY_CALL: "Courtesy call",
    EventKind.MEETING: "Meeting",
    EventKind.TALKS: "Talks",
    EventKind.SIGNING: "Signing ceremony",
    EventKind.BANQUET: "Banquet",
    EventKind.RECEPTION: "Reception",
    EventKind.PRESS: "Press",
    EventKind.SITE_VISIT: "Site visit",
    EventKind.TRANSFER: "Transfer",
    EventKind.CEREMONY: "Ceremony",
    EventKind.FLIGHT: "Flight",
    EventKind.OTHER: "Other",
}

PARTICIPANT_ROLE = {
    ParticipantRole.CHAIR: "Chair",
    ParticipantRole.SIGNATORY: "Signatory",
    ParticipantRole.WITNESS: "Witness",
    ParticipantRole.ATTENDEE: "Attendee",
    ParticipantRole.INTERPRETER: "Interpreter",
    ParticipantRole.STAFF: "Staff",
    ParticipantRole.PRESS: "Press",
    ParticipantRole.OPTIONAL: "Optional",
}

DELEGATION_ROLE = {
    DelegationRole.HEAD: "Head of delegation",
    DelegationRole.SPOUSE: "Spouse",
    DelegationRole.DEPUTY: "Deputy head",
    DelegationRole.MEMBER: "Member",
    DelegationRole.OFFICIAL: "Official",
    DelegationRole.STAFF: "Staff",
    DelegationRole.SECURITY: "Security",
    DelegationRole.PRESS: "Press",
    DelegationRole.LIAISON: "Liaison officer",
    DelegationRole.INTERPRETER: "Interpreter",
}

SIDE = {Side.HOST: "Host", Side.GUEST: "Guest"}

PRESS = {
    PressAccess.CLOSED: "Closed to the press",
    PressAccess.POOL: "Press pool",
    PressAccess.OPEN: "Open to the press",
}

DOCUMENT_KIND = {
    DocumentKind.TREATY: "Treaty",
    DocumentKind.AGREEMENT: "Agreement",
    DocumentKind.MOU: "Memorandum of understanding",
    DocumentKind.LOI: "Letter of intent",
    DocumentKind.EXCHANGE_OF_NOTES: "Exchange of notes",
    DocumentKind.OTHER: "Instrument",
}

AUTHORITY = {
    SigningAuthority.EX_OFFICIO: "ex officio",
    SigningAuthority.FULL_POWERS: "full powers",
    SigningAuthority.DESIGNATION: "by designation",
    SigningAuthority.AGENCY: "as head of agency",
}

FULL_POWERS = {
    FullPowers.NOT_NEEDED: "not needed",
    FullPowers.REQUESTED: "requested",
    FullPowers.RECEIVED: "received",
    FullPowers.WAIVED: "waived",
}

VENUE_KIND = {
    VenueKind.AIRPORT: "Airport",
    VenueKind.HOTEL: "Hotel",
    VenueKind.PALACE: "Palace",
    VenueKind.MINISTRY: "Ministry",
    VenueKind.EMBASSY: "Embassy",
    VenueKind.PARLIAMENT: "Parliament",
    VenueKind.STATION: "Station",
    VenueKind.OTHER: "Other",
}
