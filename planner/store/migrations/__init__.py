"""Alembic migrations, shipped in the package and run when a database is opened."""
