"""Venues in a country, flights and transfers with a destination, arrivals on an item.

Visit file version 2: a venue has a country, kind and city; an event may be a flight,
with a flight number and a destination venue; a person's arrival or departure may be a
programme item they travel on, and has a terminal, who meets them and notes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 20:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_EVENT_KINDS = (
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
)
NEW_EVENT_KINDS = (*OLD_EVENT_KINDS[:-1], "flight", "other")
VENUE_KINDS = (
    "airport",
    "hotel",
    "palace",
    "ministry",
    "embassy",
    "parliament",
    "station",
    "other",
)


def _event_kind(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="eventkind", native_enum=False, create_constraint=True)


def upgrade() -> None:
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum(*VENUE_KINDS, name="venuekind", native_enum=False, create_constraint=True),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("city", sa.String(), nullable=True))

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=_event_kind(OLD_EVENT_KINDS),
            type_=_event_kind(NEW_EVENT_KINDS),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("destination_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("flight_number", sa.String(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_event_destination_id_venue"),
            "venue",
            ["destination_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("member", schema=None) as batch_op:
        for which in ("arrival", "departure"):
            batch_op.add_column(sa.Column(f"{which}_event_id", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column(f"{which}_terminal", sa.String(), nullable=True))
            batch_op.add_column(sa.Column(f"{which}_met_by_id", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column(f"{which}_notes", sa.String(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_member_{which}_event_id_event"),
                "event",
                [f"{which}_event_id"],
                ["id"],
                ondelete="SET NULL",
            )
            batch_op.create_foreign_key(
                batch_op.f(f"fk_member_{which}_met_by_id_member"),
                "member",
                [f"{which}_met_by_id"],
                ["id"],
                ondelete="SET NULL",
            )


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        for which in ("departure", "arrival"):
            batch_op.drop_constraint(f"fk_member_{which}_met_by_id_member", type_="foreignkey")
            batch_op.drop_constraint(f"fk_member_{which}_event_id_event", type_="foreignkey")
            for column in ("notes", "met_by_id", "terminal", "event_id"):
                batch_op.drop_column(f"{which}_{column}")

    op.execute("DELETE FROM event WHERE kind = 'flight'")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_constraint("fk_event_destination_id_venue", type_="foreignkey")
        batch_op.drop_column("flight_number")
        batch_op.drop_column("destination_id")
        batch_op.alter_column(
            "kind",
            existing_type=_event_kind(NEW_EVENT_KINDS),
            type_=_event_kind(OLD_EVENT_KINDS),
            existing_nullable=False,
        )

    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.drop_column("city")
        batch_op.drop_column("kind")
        batch_op.drop_column("country")
