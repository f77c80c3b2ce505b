"""incremental recommendations: the exact state a run keeps to rescore one organisation,
and a record of every update applied to a run's lists

Revision ID: 0019_incremental_recommendations
Revises: 0018_statistics_series
Create Date: 2026-12-03 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0019_incremental_recommendations"
down_revision: str | None = "0018_statistics_series"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # How many incremental updates a run's lists have had since it was computed in full.
    op.add_column(
        "recommendation_run",
        sa.Column("revision", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column(
        "recommendation_run", sa.Column("revised_at", sa.DateTime(timezone=True), nullable=True)
    )
    # Per organisation: the revision its profile was built from, the profile in float64
    # (the REAL columns round it), its relevance pool and a digest of its served list.
    # Null in runs before 0019: an update of such a run recomputes it in full.
    for name, kind in (
        ("revision", sa.Integer()),
        ("exact", sa.LargeBinary()),
        ("pool_partners", sa.LargeBinary()),
        ("pool_scores", sa.LargeBinary()),
        ("pool_complete", sa.Boolean()),
        ("served_digest", sa.LargeBinary()),
    ):
        op.add_column("recommendation_profile", sa.Column(name, kind, nullable=True))
    op.create_table(
        "recommendation_update",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.BigInteger(), nullable=True),
        sa.Column("created", postgresql.ARRAY(sa.Uuid()), nullable=False),
        sa.Column("updated", postgresql.ARRAY(sa.Uuid()), nullable=False),
        sa.Column("deleted", postgresql.ARRAY(sa.Uuid()), nullable=False),
        sa.Column("pools_rescored", sa.Integer(), nullable=False),
        sa.Column("lists_rewritten", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=True),
        sa.Column("seconds", sa.Double(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["recommendation_run.id"],
            name=op.f("fk_recommendation_update_run_id_recommendation_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_update")),
        sa.UniqueConstraint(
            "run_id", "revision", name=op.f("uq_recommendation_update_run_id_revision")
        ),
    )


def downgrade() -> None:
    op.drop_table("recommendation_update")
    for name in ("served_digest", "pool_complete", "pool_scores", "pool_partners", "exact"):
        op.drop_column("recommendation_profile", name)
    op.drop_column("recommendation_profile", "revision")
    op.drop_column("recommendation_run", "revised_at")
    op.drop_column("recommendation_run", "revision")
