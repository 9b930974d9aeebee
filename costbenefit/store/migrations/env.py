"""Alembic's environment: always run from code with a connection already in a transaction
(``store.database.upgrade``), never from an alembic.ini, so no logging set-up here."""

from __future__ import annotations

from alembic import context

from costbenefit.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
