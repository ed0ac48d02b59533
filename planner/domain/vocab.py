"""The closed vocabularies of protocol work, as string enums whose values are the file's words."""

from enum import StrEnum


class Direction(StrEnum):
    INBOUND = "inbound"  # we host
    OUTBOUND = "outbound"  # we travel


class VisitKind(StrEnum):
    """Most formal first; the kind sets which ceremonies are expected."""

    STATE = "state"
    OFFICIAL = "official"
    OFFICIAL_WORKING = "official-working"
    WORKING = "working"
    PRIVATE = "private"
    OTHER = "other"


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"


class NameOrder(StrEnum):
    GIVEN_FAMILY = "given-family"
    FAMILY_GIVEN = "family-given"


class DelegationRole(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    DEPUTY = "deputy"
    MEMBER = "member"
    OFFICIAL = "official"
    STAFF = "staff"
    SECURITY = "security"
    PRESS = "press"
    LIAISON = "liaison"
    INTERPRETER = "interpreter"


class EventKind(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    COURTESY_CALL = "courtesy-call"
    MEETING = "meeting"
    TALKS = "talks"
    SIGNING = "signing"
    BANQUET = "banquet"
    RECEPTION = "reception"
    PRESS = "press"
    SITE_VISIT = "site-visit"
    TRANSFER = "transfer"
    CEREMONY = "ceremony"
    FLIGHT = "flight"
    OTHER = "other"

    @property
    def travels(self) -> bool:
        """An item that goes from one place to another: it has a destination."""
        return self in (EventKind.FLIGHT, EventKind.TRANSFER)

    @property
    def carries_people(self) -> bool:
        """An item someone can arrive or leave on: a journey, or an arrival or departure."""
        return self.travels or self in (EventKind.ARRIVAL, EventKind.DEPARTURE)


class VenueKind(StrEnum):
    AIRPORT = "airport"
    HOTEL = "hotel"
    PALACE = "palace"
    MINISTRY = "ministry"
    EMBASSY = "embassy"
    PARLIAMENT = "parliament"
    STATION = "station"
    OTHER = "other"


class EventStatus(StrEnum):
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class PressAccess(StrEnum):
    CLOSED = "closed"
    POOL = "pool"
    OPEN = "open"


class ParticipantRole(StrEnum):
    CHAIR = "chair"
    SIGNATORY = "signatory"
    WITNESS = "witness"
    ATTENDEE = "attendee"
    INTERPRETER = "interpreter"
    STAFF = "staff"
    PRESS = "press"
    OPTIONAL = "optional"


class DocumentKind(StrEnum):
    TREATY = "treaty"
    AGREEMENT = "agreement"
    MOU = "mou"
    LOI = "loi"
    EXCHANGE_OF_NOTES = "exchange-of-notes"
    OTHER = "other"


class SigningAuthority(StrEnum):
    EX_OFFICIO = "ex-officio"  # head of state or government, foreign minister
    FULL_POWERS = "full-powers"
    DESIGNATION = "designation"
    AGENCY = "agency"


class FullPowers(StrEnum):
    NOT_NEEDED = "not-needed"
    REQUESTED = "requested"
    RECEIVED = "received"
    WAIVED = "waived"


class SeatingKind(StrEnum):
    """How the seats of an item are laid out (visit file `events[].seating.plan`)."""

    ROUNDS = "rounds"  # round tables, the host presiding at the first
    FACING = "facing"  # two sides across one table: talks
    LONG = "long"  # one long table, banquet style
    U_SHAPE = "u-shape"
    THEATRE = "theatre"  # rows, one "table" per row
