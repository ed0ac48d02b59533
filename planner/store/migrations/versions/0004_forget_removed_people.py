"""A person's personal data goes with the last visit they belong to.

Deleting a visit, or removing someone from one, used to leave their person row (names,
e-mail, phone, dietary and medical notes) behind for ever. From here the database deletes
a person row as soon as no member row refers to it, and this upgrade deletes those that
earlier versions left. `member.person_id` gets the index that check needs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 20:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As planner.store.schema.MEMBER_TRIGGERS has them at this revision, word for word.
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
    op.create_index(op.f("ix_member_person_id"), "member", ["person_id"], unique=False)
    op.execute(
        "DELETE FROM person WHERE NOT EXISTS (SELECT 1 FROM member WHERE person_id = person.id)"
    )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index(op.f("ix_member_person_id"), table_name="member")
