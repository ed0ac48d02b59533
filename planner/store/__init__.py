"""The local SQLite store: schema, migrations, and loading and saving whole visits."""
