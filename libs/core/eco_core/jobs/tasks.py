"""The periodic tasks of the worker, on a blueprint the app factory adds to its app.

The blueprint is built per app because ``add_tasks_from`` renames the tasks it copies
(their namespace): a module-level blueprint could be added to one app only.
"""

from __future__ import annotations

import procrastinate

from eco_core.jobs.maintenance import prune, retry_stalled
from eco_core.jobs.options import JobOptions
from eco_core.jobs.reconcile import fail_orphaned_runs
from eco_core.jobs.runtime import WorkerRuntime, current
from eco_core.webhooks.delivery import DeliveryReport, deliver_due


async def deliver_until_idle(runtime: WorkerRuntime, options: JobOptions) -> DeliveryReport:
    """Deliver batch after batch while full batches come back, at most delivery_rounds."""
    total = DeliveryReport()
    for _ in range(options.delivery_rounds):
        report = await deliver_due(
            runtime.engine,
            runtime.http,
            batch=options.delivery_batch,
            lease_s=options.lease_s,
            max_attempts=options.max_attempts,
            timeout_s=options.http_timeout_s,
        )
        total = DeliveryReport(
            claimed=total.claimed + report.claimed,
            delivered=total.delivered + report.delivered,
            retried=total.retried + report.retried,
            failed=total.failed + report.failed,
        )
        if report.claimed < options.delivery_batch:
            break
    return total


def build_blueprint(options: JobOptions) -> procrastinate.Blueprint:
    blueprint = procrastinate.Blueprint()

    # Each task has a queueing lock: while one run waits in the queue, the next ticks are
    # not queued behind it, so a slow or stopped worker finds one job, not a pile.
    @blueprint.periodic(cron=options.deliver_cron)
    @blueprint.task(name="deliver_webhooks", queueing_lock="deliver_webhooks")
    async def deliver_webhooks(timestamp: int) -> None:
        await deliver_until_idle(current(), options)

    @blueprint.periodic(cron=options.stalled_cron)
    @blueprint.task(
        name="retry_stalled_jobs", queueing_lock="retry_stalled_jobs", pass_context=True
    )
    async def retry_stalled_jobs(context: procrastinate.JobContext, timestamp: int) -> None:
        await retry_stalled(
            context.app.job_manager,
            stalled_after_s=options.stalled_after_s,
            max_job_attempts=options.max_job_attempts,
        )

    # After the stalled-job check has had its chance: a run whose job is final (given up,
    # superseded, cancelled) or gone is failed with the reason.
    @blueprint.periodic(cron=options.reconcile_cron)
    @blueprint.task(name="reconcile_runs", queueing_lock="reconcile_runs")
    async def reconcile_runs(timestamp: int) -> None:
        await fail_orphaned_runs(current().engine, grace_s=options.orphan_grace_s)

    @blueprint.periodic(cron=options.prune_cron)
    @blueprint.task(name="prune", queueing_lock="prune", pass_context=True)
    async def prune_expired(context: procrastinate.JobContext, timestamp: int) -> None:
        await prune(
            current().engine,
            idempotency_ttl=options.idempotency_ttl,
            delivered_retention=options.delivered_retention,
        )
        await context.app.job_manager.delete_old_jobs(
            nb_hours=options.succeeded_jobs_retention_hours
        )

    return blueprint
