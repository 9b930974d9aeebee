"""Alembic migrations of the library's schema, run from code by ``store.database``."""
