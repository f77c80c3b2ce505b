"""matchmaking: input-output tables, sector profiles, recommendations, feedback

Revision ID: 0008_matchmaking
Revises: 0007_excellence
Create Date: 2026-11-25 15:45:00
"""

from collections.abc import Sequence

revision: str = "0008_matchmaking"
down_revision: str | None = "0007_excellence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
