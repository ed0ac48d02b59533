"""Texts in a second language, a short title and a courtesy title (visit file version 2).

A visit lists its languages, the main one first (`visit.languages`, a JSON array, `["en"]`
for every visit stored before). Each record keeps its texts in the other languages in a
JSON column of its own row, `{"zh-Hant": {"title": "…"}}`, NULL when it has none: the visit,
the venue, the event and the signing document on their rows; a person's name on the person
row (who they are) and their post's title, short title and organization on the member row,
beside the English texts they translate. `member.short_title` is the title used in address
("President"), `person.courtesy` the courtesy title ("Dr.").

Why a column per row and not a table of translations: translations are read and written
only whole, with the record they belong to, and never searched by language or field. In
the row they need no query, join or key of their own (the loader reads them in the SELECT it
makes already; an untranslated visit costs a NULL per row), and they go wherever the row
goes: deleted with it, so a removed person's name in Chinese goes with their person row
under the triggers of 0004, with no new table for those guarantees to cover. One table for
every kind of record could not point at its record with a foreign key (nor cascade with it);
one table per kind would be five tables for what five columns hold.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRANSLATED = ("visit", "person", "member", "venue", "event", "signing_document")

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
    # Only columns are added: SQLite adds them in place, and `member` keeps its triggers.
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("languages", sa.JSON(), server_default='["en"]', nullable=False)
        )
    for table in TRANSLATED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("translations", sa.JSON(), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("courtesy", sa.String(), nullable=True))
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("short_title", sa.String(), nullable=True))


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("short_title")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("courtesy")
    for table in reversed(TRANSLATED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("translations")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("languages")
    for sql in TRIGGERS.values():
        op.execute(sql)
