"""number every household

Every household gets a 户号 (``services/numbering.py``): the grid's prefix and a sequence. Grids
without a code get one. Each number and code is logged like any change, so the history and the
tamper check (which replays the log against the rows) agree with what the upgrade wrote.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 23:00:00
"""

from collections.abc import Sequence
from typing import Any

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from gridapp.services import changelog, numbering

    conn = op.get_bind()
    entries: list[dict[str, Any]] = []

    def code_assigned(area_id: int, old: str, new: str) -> None:
        entries.append({"entity": "area", "entity_id": area_id, "action": "update",
                        "field": "code", "old": old, "new": new})  # fmt: skip

    for household_id, uuid, number in numbering.number_households(conn, code_assigned):
        entries.append({"entity": "household", "entity_id": household_id, "entity_uuid": uuid,
                        "action": "update", "field": "number", "old": "", "new": number})  # fmt: skip
    changelog.append_plain(conn, "系统升级", "升级：编排户号", entries)


def downgrade() -> None:
    # The numbers stay: they are data the user may already have printed and shared.
    pass
