"""a worker's photo is kept in the register

``worker.photo_jpeg``: the notice board's photo as a downscaled JPEG (services/worker_photo.py),
so it travels when registers are combined (a file path does not). ``worker.photo`` (a path)
stays as the fallback of older registers. Existing workers keep no photo (NULL).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo_jpeg", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.drop_column("photo_jpeg")
