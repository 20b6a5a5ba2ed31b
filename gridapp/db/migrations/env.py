"""Alembic environment: runs on the connection handed in by gridapp.db.migrate."""

from alembic import context

from gridapp.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via gridapp.db.migrate
    raise RuntimeError("run migrations through gridapp.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
context.run_migrations()
