"""job queue: procrastinate 3.10.0 schema

Revision ID: 0003_jobs
Revises: 0002_accounts
Create Date: 2026-11-25

The queue's schema is procrastinate's own SQL, copied into migrations/sql/ so that this
migration builds the same schema whatever version of the package is installed later. A
procrastinate upgrade that changes its schema gets a migration of ours that applies the
package's migration files (procrastinate/sql/migrations/) for the versions in between.
"""

from collections.abc import Sequence
from pathlib import Path

from alembic import op
from sqlalchemy.util import await_

revision: str = "0003_jobs"
down_revision: str | None = "0002_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = Path(__file__).resolve().parents[1] / "sql" / "procrastinate_3.10.0_schema.sql"


def _run_script(sql: str) -> None:
    # Many statements and $$-quoted bodies: asyncpg's simple-query execute runs them as one
    # script, which a prepared statement (op.execute) cannot.
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    await_(driver.execute(sql))


def upgrade() -> None:
    _run_script(SCHEMA.read_text(encoding="utf-8"))


def downgrade() -> None:
    _run_script(
        """
        DROP TABLE IF EXISTS procrastinate_events, procrastinate_periodic_defers,
            procrastinate_jobs, procrastinate_workers CASCADE;
        DO $$
        DECLARE fn record;
        BEGIN
            FOR fn IN
                SELECT p.oid::regprocedure AS signature
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate\\_%'
            LOOP
                EXECUTE 'DROP ROUTINE IF EXISTS ' || fn.signature || ' CASCADE';
            END LOOP;
        END $$;
        DROP TYPE IF EXISTS procrastinate_job_to_defer_v1, procrastinate_job_event_type,
            procrastinate_job_status CASCADE;
        """
    )
