"""Initial schema: visits, people and their part in a visit, venues, events, signing ceremonies.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 18:21:53.150986
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("native_name", sa.String(), nullable=True),
        sa.Column(
            "name_order",
            sa.Enum(
                "given-family",
                "family-given",
                name="nameorder",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("dietary", sa.String(), nullable=True),
        sa.Column("medical", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "inbound", "outbound", name="direction", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "state",
                "official",
                "official-working",
                "working",
                "private",
                "other",
                name="visitkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("host_country", sa.String(length=2), nullable=False),
        sa.Column("guest_country", sa.String(length=2), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("organizer_name", sa.String(), nullable=True),
        sa.Column("organizer_email", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_visit_dates_in_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("key", name=op.f("uq_visit_key")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column(
            "side",
            sa.Enum("host", "guest", name="side", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "delegation_role",
            sa.Enum(
                "head",
                "spouse",
                "deputy",
                "member",
                "official",
                "staff",
                "security",
                "press",
                "liaison",
                "interpreter",
                name="delegationrole",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("precedence", sa.Integer(), nullable=False),
        sa.Column("honorific", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("organization", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("arrival_at", sa.DateTime(), nullable=True),
        sa.Column("arrival_timezone", sa.String(), nullable=True),
        sa.Column("arrival_flight", sa.String(), nullable=True),
        sa.Column("departure_at", sa.DateTime(), nullable=True),
        sa.Column("departure_timezone", sa.String(), nullable=True),
        sa.Column("departure_flight", sa.String(), nullable=True),
        sa.CheckConstraint("precedence >= 1", name=op.f("ck_member_precedence_positive")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_member_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_member_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("visit_id", "key", name=op.f("uq_member_visit_id_key")),
        sa.UniqueConstraint(
            "visit_id", "side", "precedence", name=op.f("uq_member_visit_id_side_precedence")
        ),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "venue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("native_name", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.CheckConstraint(
            "(latitude IS NULL) = (longitude IS NULL)", name=op.f("ck_venue_coordinates_paired")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_venue_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue")),
        sa.UniqueConstraint("visit_id", "key", name=op.f("uq_venue_visit_id_key")),
    )
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_venue_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "arrival",
                "departure",
                "courtesy-call",
                "meeting",
                "talks",
                "signing",
                "banquet",
                "reception",
                "press",
                "site-visit",
                "transfer",
                "ceremony",
                "other",
                name="eventkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("end_timezone", sa.String(), nullable=True),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "tentative",
                "confirmed",
                "cancelled",
                name="eventstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("dress_code", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column(
            "press",
            sa.Enum(
                "closed",
                "pool",
                "open",
                name="pressaccess",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("revised_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_event_ends_after_start")),
        sa.CheckConstraint("revision >= 0", name=op.f("ck_event_revision_not_negative")),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venue.id"], name=op.f("fk_event_venue_id_venue"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_event_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
        sa.UniqueConstraint("visit_id", "key", name=op.f("uq_event_visit_id_key")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "signatory",
                "witness",
                "attendee",
                "interpreter",
                "staff",
                "press",
                "optional",
                name="participantrole",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_participant_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_participant_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "member_id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_member_id"), ["member_id"], unique=False)

    op.create_table(
        "signing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_signing_event_id_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing")),
        sa.UniqueConstraint("event_id", name=op.f("uq_signing_event_id")),
    )
    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signing_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("on_behalf_of", sa.String(length=2), nullable=False),
        sa.Column("signing_order", sa.Integer(), nullable=False),
        sa.Column(
            "authority",
            sa.Enum(
                "ex-officio",
                "full-powers",
                "designation",
                "agency",
                name="signingauthority",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("designated_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "full_powers",
            sa.Enum(
                "not-needed",
                "requested",
                "received",
                "waived",
                name="fullpowers",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("assistant_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assistant_id"],
            ["member.id"],
            name=op.f("fk_signatory_assistant_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["designated_by_id"],
            ["member.id"],
            name=op.f("fk_signatory_designated_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_signatory_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signing_id"],
            ["signing.id"],
            name=op.f("fk_signatory_signing_id_signing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
        sa.UniqueConstraint(
            "signing_id", "member_id", name=op.f("uq_signatory_signing_id_member_id")
        ),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_signing_id"), ["signing_id"], unique=False)

    op.create_table(
        "signing_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signing_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "treaty",
                "agreement",
                "mou",
                "loi",
                "exchange-of-notes",
                "other",
                name="documentkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.CheckConstraint("copies >= 1", name=op.f("ck_signing_document_copies_positive")),
        sa.ForeignKeyConstraint(
            ["signing_id"],
            ["signing.id"],
            name=op.f("fk_signing_document_signing_id_signing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_document")),
    )
    with op.batch_alter_table("signing_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signing_document_signing_id"), ["signing_id"], unique=False
        )

    op.create_table(
        "witness",
        sa.Column("signing_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_witness_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signing_id"],
            ["signing.id"],
            name=op.f("fk_witness_signing_id_signing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signing_id", "member_id", name=op.f("pk_witness")),
    )


def downgrade() -> None:

    op.drop_table("witness")
    with op.batch_alter_table("signing_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signing_document_signing_id"))

    op.drop_table("signing_document")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_signing_id"))

    op.drop_table("signatory")
    op.drop_table("signing")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_member_id"))

    op.drop_table("participant")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_visit_id"))

    op.drop_table("event")
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_venue_visit_id"))

    op.drop_table("venue")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_visit_id"))

    op.drop_table("member")
    op.drop_table("visit")
    op.drop_table("person")
