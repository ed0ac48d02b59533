"""Seating plans (issue 11, visit file version 2 `events[].seating`).

An item's plan is a `seating` row (its kind: `rounds`, `facing`, `long`, `u-shape`,
`theatre`), one per event at most, as a signing is; its tables (`seating_table`: key, name,
how many seats, their names in other languages as JSON like every record's translations of
0005) in the plan's order; and its seats (`seat`: the table, the side at talks, the number,
whether the officer locked it). Every row goes with its event (ON DELETE CASCADE down the
chain), and a seat goes with the member sitting on it: a person removed from a visit, or a
visit deleted, leaves no seat behind, and the person row goes under the triggers of 0004.

Why tables and not a JSON column on the event, as translations are kept: a seat points at a
person, and only a foreign key makes the database itself forget a removed person's seats
(and refuse a seat for no one), as it does their participations and signatures; a person
sits once per plan, which the seat's key (plan, member) holds. The event table is not
altered, so it is not copied and its rows keep their identity.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEATING_KINDS = ("rounds", "facing", "long", "u-shape", "theatre")


def upgrade() -> None:
    op.create_table(
        "seating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column(
            "plan",
            sa.Enum(*SEATING_KINDS, name="seatingkind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_seating_event_id_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating")),
        sa.UniqueConstraint("event_id", name=op.f("uq_seating_event_id")),
    )
    op.create_table(
        "seating_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seating_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("translations", sa.JSON(), nullable=True),
        sa.CheckConstraint("seats >= 1", name=op.f("ck_seating_table_seats_positive")),
        sa.ForeignKeyConstraint(
            ["seating_id"],
            ["seating.id"],
            name=op.f("fk_seating_table_seating_id_seating"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_table")),
        sa.UniqueConstraint("seating_id", "key", name=op.f("uq_seating_table_seating_id_key")),
    )
    op.create_table(
        "seat",
        sa.Column("seating_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum("host", "guest", name="side", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_seat_number_positive")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_seat_member_id_member"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seating_id"],
            ["seating.id"],
            name=op.f("fk_seat_seating_id_seating"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["seating_table.id"],
            name=op.f("fk_seat_table_id_seating_table"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seating_id", "member_id", name=op.f("pk_seat")),
    )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seat_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seat_table_id"), ["table_id"], unique=False)


def downgrade() -> None:
    op.drop_table("seat")
    op.drop_table("seating_table")
    op.drop_table("seating")
