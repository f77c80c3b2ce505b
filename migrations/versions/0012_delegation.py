"""delegation: organisations' managers (partner portals); the audit log names the
organisation an account acted for and as what

Revision ID: 0012_delegation
Revises: 0011_flow_coverage
Create Date: 2026-12-09 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_delegation"
down_revision: str | None = "0011_flow_coverage"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "organisation_manager",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("granted_by", sa.Uuid(), nullable=True),
        sa.Column(
            "granted_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_organisation_manager_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by"],
            ["account.id"],
            name=op.f("fk_organisation_manager_granted_by_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["cluster_organisation.id"],
            name=op.f("fk_organisation_manager_organisation_id_cluster_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "account_id", name=op.f("pk_organisation_manager")
        ),
    )
    op.create_index(
        op.f("ix_organisation_manager_account_id"),
        "organisation_manager",
        ["account_id"],
        unique=False,
    )
    op.add_column("audit_entry", sa.Column("organisation_id", sa.Uuid(), nullable=True))
    op.add_column("audit_entry", sa.Column("acting_as", sa.String(length=16), nullable=True))
    op.create_index(
        op.f("ix_audit_entry_organisation_id_id"),
        "audit_entry",
        ["organisation_id", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_entry_organisation_id_id"), table_name="audit_entry")
    op.drop_column("audit_entry", "acting_as")
    op.drop_column("audit_entry", "organisation_id")
    op.drop_index(op.f("ix_organisation_manager_account_id"), table_name="organisation_manager")
    op.drop_table("organisation_manager")
