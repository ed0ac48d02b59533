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

# The fields of a visit, a person, a venue and an item, as their dialogs label them: a
# problem with one is named by the same words (planner.domain.validation).
FIELD_LABELS = {
    "key": "Key",
    "title": "Title",
    "host_country": "Host country",
    "guest_country": "Guest country",
    "start_date": "First day",
    "end_date": "Last day",
    "timezone": "Time zone",
    "organizer": "Organizer",
    "notes": "Notes",
    "given_name": "Given name",
    "family_name": "Family name",
    "native_name": "Name in own script",
    "honorific": "Honorific",
    "organization": "Organization",
    "country": "Country",
    "precedence": "Precedence",
    "email": "E-mail",
    "phone": "Phone",
    "dietary": "Dietary needs",
    "medical": "Medical (confidential)",
    "arrival": "Arrival",
    "departure": "Departure",
    "name": "Name",
    "address": "Address",
    "city": "City",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "start": "Start",
    "end": "End",
    "end_timezone": "Zone of the end",
    "venue": "Venue",
    "destination": "Arrives at",
    "flight_number": "Flight number",
    "dress_code": "Dress code",
    "participants": "People",
    "signing": "Signing",
}
