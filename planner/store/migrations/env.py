"""Alembic's entry point: migrate the engine the program hands over (no alembic.ini)."""

from alembic import context
from sqlalchemy import create_engine

from planner.store.schema import Base

config = context.config
engine = config.attributes.get("engine") or create_engine(
    config.get_main_option("sqlalchemy.url") or "sqlite://"
)

with engine.connect() as connection:
    # SQLite changes a table by copying it and dropping the old one, which foreign keys
    # would refuse; as SQLite's own procedure says, they are off while the schema changes
    # and every reference is checked before the change commits.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    # Renaming a copied table back must not check the triggers that name it (those that
    # forget a removed person name `person` and `member`), as SQLite's own procedure does.
    connection.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    connection.commit()
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite alters tables by copying them
                compare_type=True,
            )
            context.run_migrations()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the upgrade would break references: {broken[:5]}")
    finally:
        connection.exec_driver_sql("PRAGMA legacy_alter_table=OFF")
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
