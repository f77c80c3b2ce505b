"""cluster excellence scoreboard: stakeholder surveys, tokens, responses, label indicator sets and assessments

Revision ID: 0007_excellence
Revises: 0006_stress_test
Create Date: 2026-11-25 15:45:00
"""

from collections.abc import Sequence

revision: str = "0007_excellence"
down_revision: str | None = "0006_stress_test"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
