"""an errand knows the visit it came from

``service_request.visit_id`` (like ``issue.visit_id``): the visit entry turns a finding into an
errand linked to the visit. Existing errands keep no visit (NULL).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("visit_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_service_request_visit_id"), ["visit_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_service_request_visit_id_visit"), "visit", ["visit_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_service_request_visit_id_visit"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_service_request_visit_id"))
        batch_op.drop_column("visit_id")
