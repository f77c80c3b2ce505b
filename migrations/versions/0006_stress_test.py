"""stress test for cluster policy: questionnaires, assessments, answers

Revision ID: 0006_stress_test
Revises: 0005_scoring
Create Date: 2026-11-25 15:45:00
"""

from collections.abc import Sequence

revision: str = "0006_stress_test"
down_revision: str | None = "0005_scoring"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
