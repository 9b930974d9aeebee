"""The scenario and programme library: every saved scenario with its versions and result
summaries, programmes (projects by year) and submitted budget templates, in a database.

SQLite by default (a file per user, created on first use, WAL mode); PostgreSQL when
``COSTBENEFIT_DATABASE_URL`` or ``--database-url`` names one. The schema is made and
upgraded by the Alembic migrations shipped in ``migrations/``, run from code. Every save is
one transaction; a version is never overwritten (optimistic versioning).

Above ``files`` because it reads scenario text and programme files with it and writes the
export through its checked output paths; below ``ui`` and ``cli``, which call it.

May import: ``files`` and everything below it, sqlalchemy, alembic, psycopg (through
sqlalchemy), pydantic, pyyaml.
Must not import: ``ui``, ``cli``. No package below it imports sqlalchemy or alembic.
"""
