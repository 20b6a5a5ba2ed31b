"""The register's storage: ORM models, the engine, Alembic migrations."""
