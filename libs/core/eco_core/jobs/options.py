"""How the worker runs: defaults for production; the tests shrink the intervals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class JobOptions:
    concurrency: int = 4
    # A worker whose heartbeat is older than stalled_after_s is presumed dead and its jobs
    # retried: the heartbeat must come several times within that window.
    heartbeat_s: float = 10.0
    stalled_after_s: float = 30.0
    # On SIGTERM, running jobs get this long to finish; a cut-off delivery stays leased and
    # is sent again later, so the grace period only saves a duplicate.
    shutdown_grace_s: float = 20.0

    # procrastinate's cron takes a sixth column for seconds.
    deliver_cron: str = "* * * * * */5"
    stalled_cron: str = "* * * * * */30"
    prune_cron: str = "0 * * * *"
    reconcile_cron: str = "* * * * *"

    delivery_batch: int = 50
    # Rounds of one deliver_webhooks job: a backlog drains without one job running forever.
    delivery_rounds: int = 20
    lease_s: float = 60.0
    http_timeout_s: float = 10.0
    max_attempts: int = 12
    # A job that keeps killing its worker is retried this often, then given up.
    max_job_attempts: int = 5

    idempotency_ttl: timedelta = timedelta(hours=24)
    delivered_retention: timedelta = timedelta(days=30)
    succeeded_jobs_retention_hours: int = 24
    # A run still queued or running this long after it was created, with no live job behind
    # it, is failed by the reconciler (its job rows and run rows are written together, so
    # the grace only spares rows written by hand or by an older version mid-upgrade).
    orphan_grace_s: float = 60.0
    # Reconnecting after the database went away: the longest pause between attempts.
    reconnect_max_s: float = 10.0

    def __post_init__(self) -> None:
        # A lease shorter than a request lets a second worker send a row still in flight;
        # a heartbeat slower than the stalled check takes live workers for dead ones.
        if self.http_timeout_s >= self.lease_s:
            raise ValueError("http_timeout_s must be shorter than lease_s")
        if self.heartbeat_s * 2 > self.stalled_after_s:
            raise ValueError("stalled_after_s must be at least twice heartbeat_s")
