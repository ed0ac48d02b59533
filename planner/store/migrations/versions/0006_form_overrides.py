"""Forms of address in the officer's own words (issue 10, "Forms of address").

A person's forms of address an officer wrote themself — `{"en": {"envelope": "Her
Excellency Dr. Hilda Heine\\nPresident …"}}`, by language, then form (list, short,
salutation, envelope) — in one JSON column of the member row, NULL when there are none.
The member row and not the person row: how someone is addressed follows their part in a
visit, as their title and short title do (a minister is "Minister" only while in office).

Why a column and not a table: as with the translations of 0005, overrides are read and
written only whole, with the person they belong to, never searched; in the row they go
wherever the member goes. A visit file does not carry them (docs/visit-file.md): they live
in the database alone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As planner.store.schema.MEMBER_TRIGGERS has them at this revision, word for word: copying
# `member` to drop a column (the downgrade) drops its triggers, which are then made again.
TRIGGERS = {
    "forget_person_of_deleted_member": """\
CREATE TRIGGER forget_person_of_deleted_member AFTER DELETE ON member
WHEN NOT EXISTS (SELECT 1 FROM member WHERE person_id = OLD.person_id)
BEGIN
    DELETE FROM person WHERE id = OLD.person_id;
END""",
    "forget_person_of_relinked_member": """\
CREATE TRIGGER forget_person_of_relinked_member AFTER UPDATE OF person_id ON member
WHEN NEW.person_id IS NOT OLD.person_id
    AND NOT EXISTS (SELECT 1 FROM member WHERE person_id = OLD.person_id)
BEGIN
    DELETE FROM person WHERE id = OLD.person_id;
END""",
}


def upgrade() -> None:
    # Only a column is added: SQLite adds it in place, and `member` keeps its triggers.
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("form_overrides", sa.JSON(), nullable=True))


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("form_overrides")
    for sql in TRIGGERS.values():
        op.execute(sql)
