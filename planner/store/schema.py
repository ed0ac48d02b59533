"""The database tables as SQLAlchemy rows; only the store sees them, the rest sees domain values."""

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    MetaData,
    String,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from planner.domain.vocab import (
    DelegationRole,
    Direction,
    DocumentKind,
    EventKind,
    EventStatus,
    FullPowers,
    NameOrder,
    ParticipantRole,
    PressAccess,
    SeatingKind,
    Side,
    SigningAuthority,
    VenueKind,
    VisitKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC text, handed back aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def vocabulary(enum: type[StrEnum]) -> Enum:
    """A column holding one word of a closed vocabulary, checked by the database."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum),
        values_callable=lambda members: [member.value for member in members],
        name=enum.__name__.lower(),
        validate_strings=True,
    )


# A record's texts in the visit's other languages, `{"zh-Hant": {"title": "…"}}`: read and
# written whole with the row they belong to, NULL when there are none (migration 0005).
Translations = dict[str, dict[str, str]]


def translations_column() -> Mapped[Translations | None]:
    return mapped_column(JSON(none_as_null=True))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class VisitRow(Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str]
    direction: Mapped[Direction] = mapped_column(vocabulary(Direction))
    kind: Mapped[VisitKind] = mapped_column(vocabulary(VisitKind))
    host_country: Mapped[str] = mapped_column(String(2))
    guest_country: Mapped[str] = mapped_column(String(2))
    start_date: Mapped[date]
    end_date: Mapped[date]
    timezone: Mapped[str]
    organizer_name: Mapped[str | None]
    organizer_email: Mapped[str | None]
    notes: Mapped[str | None]
    version: Mapped[int] = mapped_column(default=0, server_default="0")
    # The languages its documents are made in, the main one first: a JSON array of tags.
    languages: Mapped[list[str]] = mapped_column(JSON, server_default='["en"]')
    translations: Mapped[Translations | None] = translations_column()

    members: Mapped[list["MemberRow"]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    venues: Mapped[list["VenueRow"]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    events: Mapped[list["EventRow"]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)


class PersonRow(Base):
    """Who someone is, whatever the visit: names, country, contacts, needs.

    Personal data lives only as long as a visit needs it: the database deletes a person
    row when the last member row referring to it goes (MEMBER_TRIGGERS).
    """

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str]
    family_name: Mapped[str]
    native_name: Mapped[str | None]
    name_order: Mapped[NameOrder] = mapped_column(vocabulary(NameOrder))
    country: Mapped[str] = mapped_column(String(2))
    email: Mapped[str | None]
    phone: Mapped[str | None]
    dietary: Mapped[str | None]
    medical: Mapped[str | None]
    courtesy: Mapped[str | None]
    # Their name as other languages write it (`{"zh-Hant": {"name": "海妮"}}`): who they are.
    translations: Mapped[Translations | None] = translations_column()


class MemberRow(Base):
    """A person's part in one visit: side, role, post, precedence, travel."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    key: Mapped[str]
    side: Mapped[Side] = mapped_column(vocabulary(Side))
    delegation_role: Mapped[DelegationRole] = mapped_column(vocabulary(DelegationRole))
    precedence: Mapped[int]
    honorific: Mapped[str | None]
    title: Mapped[str]
    short_title: Mapped[str | None]
    organization: Mapped[str | None]
    notes: Mapped[str | None]
    # Their post in other languages: title, short title, organization (the name: person).
    translations: Mapped[Translations | None] = translations_column()
    # Forms of address in the officer's own words, `{"en": {"envelope": "…"}}` (language,
    # then form): how they are addressed in their part in this visit. NULL for none (0006).
    form_overrides: Mapped[Translations | None] = translations_column()
    arrival_at: Mapped[datetime | None]
    arrival_timezone: Mapped[str | None]
    arrival_flight: Mapped[str | None]
    departure_at: Mapped[datetime | None]
    departure_timezone: Mapped[str | None]
    departure_flight: Mapped[str | None]
    # An arrival or departure on a flight or transfer of the programme takes its times from
    # that item; the columns above stay empty then. Terminal, who meets them and notes go
    # with either kind.
    arrival_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL")
    )
    arrival_terminal: Mapped[str | None]
    arrival_met_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    arrival_notes: Mapped[str | None]
    departure_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL")
    )
    departure_terminal: Mapped[str | None]
    departure_met_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    departure_notes: Mapped[str | None]

    visit: Mapped[VisitRow] = relationship(back_populates="members")
    person: Mapped[PersonRow] = relationship()
    # Set after the rows they point at exist (post_update): someone may meet themself.
    arrival_event: Mapped["EventRow | None"] = relationship(
        foreign_keys=[arrival_event_id], post_update=True
    )
    departure_event: Mapped["EventRow | None"] = relationship(
        foreign_keys=[departure_event_id], post_update=True
    )
    arrival_met_by: Mapped["MemberRow | None"] = relationship(
        foreign_keys=[arrival_met_by_id], remote_side=[id], post_update=True
    )
    departure_met_by: Mapped["MemberRow | None"] = relationship(
        foreign_keys=[departure_met_by_id], remote_side=[id], post_update=True
    )

    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        UniqueConstraint("visit_id", "side", "precedence"),
        CheckConstraint("precedence >= 1", name="precedence_positive"),
    )


class VenueRow(Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    key: Mapped[str]
    name: Mapped[str]
    native_name: Mapped[str | None]
    address: Mapped[str | None]
    timezone: Mapped[str]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    notes: Mapped[str | None]
    country: Mapped[str | None] = mapped_column(String(2))
    kind: Mapped[VenueKind | None] = mapped_column(vocabulary(VenueKind))
    city: Mapped[str | None]
    translations: Mapped[Translations | None] = translations_column()

    visit: Mapped[VisitRow] = relationship(back_populates="venues")

    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="coordinates_paired"),
    )


class EventRow(Base):
    """A programme item: UTC instants with the zones they were planned in."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    key: Mapped[str]
    kind: Mapped[EventKind] = mapped_column(vocabulary(EventKind))
    title: Mapped[str]
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    timezone: Mapped[str]
    end_timezone: Mapped[str | None]
    all_day: Mapped[bool]
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="RESTRICT"))
    status: Mapped[EventStatus] = mapped_column(vocabulary(EventStatus))
    dress_code: Mapped[str | None]
    notes: Mapped[str | None]
    press: Mapped[PressAccess] = mapped_column(vocabulary(PressAccess))
    revision: Mapped[int] = mapped_column(default=0)
    revised_at: Mapped[datetime]
    destination_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="RESTRICT"))
    flight_number: Mapped[str | None]
    translations: Mapped[Translations | None] = translations_column()

    visit: Mapped[VisitRow] = relationship(back_populates="events")
    venue: Mapped[VenueRow | None] = relationship(foreign_keys=[venue_id])
    destination: Mapped[VenueRow | None] = relationship(foreign_keys=[destination_id])
    participants: Mapped[list["ParticipantRow"]] = relationship(
        order_by="ParticipantRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    signing: Mapped["SigningRow | None"] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    seating: Mapped["SeatingRow | None"] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("revision >= 0", name="revision_not_negative"),
    )


class ParticipantRow(Base):
    __tablename__ = "participant"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[ParticipantRole] = mapped_column(vocabulary(ParticipantRole))
    position: Mapped[int]

    member: Mapped[MemberRow] = relationship()


class SigningRow(Base):
    """The signing ceremony of a signing event: its instruments, signatories and witnesses."""

    __tablename__ = "signing"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)

    documents: Mapped[list["SigningDocumentRow"]] = relationship(
        order_by="SigningDocumentRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    signatories: Mapped[list["SignatoryRow"]] = relationship(
        order_by="SignatoryRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    witnesses: Mapped[list["WitnessRow"]] = relationship(
        order_by="WitnessRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class SigningDocumentRow(Base):
    __tablename__ = "signing_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    signing_id: Mapped[int] = mapped_column(
        ForeignKey("signing.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str]
    kind: Mapped[DocumentKind] = mapped_column(vocabulary(DocumentKind))
    languages: Mapped[list[str]] = mapped_column(JSON)
    copies: Mapped[int]
    translations: Mapped[Translations | None] = translations_column()

    __table_args__ = (CheckConstraint("copies >= 1", name="copies_positive"),)


class SignatoryRow(Base):
    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    signing_id: Mapped[int] = mapped_column(
        ForeignKey("signing.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    on_behalf_of: Mapped[str] = mapped_column(String(2))
    signing_order: Mapped[int]
    authority: Mapped[SigningAuthority] = mapped_column(vocabulary(SigningAuthority))
    designated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    full_powers: Mapped[FullPowers] = mapped_column(vocabulary(FullPowers))
    assistant_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))

    member: Mapped[MemberRow] = relationship(foreign_keys=[member_id])
    designated_by: Mapped[MemberRow | None] = relationship(foreign_keys=[designated_by_id])
    assistant: Mapped[MemberRow | None] = relationship(foreign_keys=[assistant_id])

    __table_args__ = (UniqueConstraint("signing_id", "member_id"),)


class WitnessRow(Base):
    __tablename__ = "witness"

    signing_id: Mapped[int] = mapped_column(
        ForeignKey("signing.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int]

    member: Mapped[MemberRow] = relationship()


class SeatingRow(Base):
    """Who sits where at an item: the kind of plan, its tables and its seats (0007)."""

    __tablename__ = "seating"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    plan: Mapped[SeatingKind] = mapped_column(vocabulary(SeatingKind))

    tables: Mapped[list["SeatingTableRow"]] = relationship(
        order_by="SeatingTableRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    seats: Mapped[list["SeatRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class SeatingTableRow(Base):
    """A table of a seating plan (a row, in a theatre), in the plan's order."""

    __tablename__ = "seating_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    seating_id: Mapped[int] = mapped_column(ForeignKey("seating.id", ondelete="CASCADE"))
    position: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    seats: Mapped[int]
    translations: Mapped[Translations | None] = translations_column()

    __table_args__ = (
        UniqueConstraint("seating_id", "key"),
        CheckConstraint("seats >= 1", name="seats_positive"),
    )


class SeatRow(Base):
    """Someone's seat: at which table, on which side (talks only), which number. A person
    sits once per plan (the key), and their seats go with their member row, so a person
    removed from a visit leaves no seat behind. `locked`: the officer fixed it."""

    __tablename__ = "seat"

    seating_id: Mapped[int] = mapped_column(
        ForeignKey("seating.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    table_id: Mapped[int] = mapped_column(
        ForeignKey("seating_table.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[Side | None] = mapped_column(vocabulary(Side))
    number: Mapped[int]
    locked: Mapped[bool] = mapped_column(default=False)

    member: Mapped[MemberRow] = relationship()
    table: Mapped[SeatingTableRow] = relationship()

    __table_args__ = (CheckConstraint("number >= 1", name="number_positive"),)


# The database forgets a person once no member row refers to it, however the member goes:
# removed from a visit, deleted with its visit (a cascade fires these too) or relinked.
# Made by migration 0004. SQLite drops a table's triggers when a migration copies the table
# (batch mode), so a migration that alters `member` must create these again.
MEMBER_TRIGGERS = (
    """\
CREATE TRIGGER forget_person_of_deleted_member AFTER DELETE ON member
WHEN NOT EXISTS (SELECT 1 FROM member WHERE person_id = OLD.person_id)
BEGIN
    DELETE FROM person WHERE id = OLD.person_id;
END""",
    """\
CREATE TRIGGER forget_person_of_relinked_member AFTER UPDATE OF person_id ON member
WHEN NEW.person_id IS NOT OLD.person_id
    AND NOT EXISTS (SELECT 1 FROM member WHERE person_id = OLD.person_id)
BEGIN
    DELETE FROM person WHERE id = OLD.person_id;
END""",
)
