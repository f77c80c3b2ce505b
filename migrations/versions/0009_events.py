"""matchmaking events: sessions, slots, tables, participants, availability, requests, meetings, schedule runs, feedback

Revision ID: 0009_events
Revises: 0008_matchmaking
Create Date: 2026-11-25 15:50:00
"""

from collections.abc import Sequence

revision: str = "0009_events"
down_revision: str | None = "0008_matchmaking"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
