"""A large event through the API: a generated 12,000-meeting instance as a solve job.

    uv run python benchmarks/solve_job_large.py [--meetings 12000] [--participants 3000]
                                                [--tables 250] [--time-limit 120]

Starts what a deployment runs, each in its own process: the matchmaking service under
uvicorn and ``eco worker``, on ``ECO_DATABASE_URL`` (the database it names is created and
migrated, and the reference data loaded, since a service is not ready before
a first load) or else an embedded PostgreSQL in a temporary folder. Then it

1. generates a three-day brokerage event (``scheduling.generate``: 20-minute slots in four
   sessions a day, log-normal popularity with many popular participants, 30 % must-meet,
   availability holes, meeting limits, 8 % exhibitors with booths, a floor of 2 meetings);
2. POSTs it to ``/v1/schedules/solve-jobs`` as a partner portal and polls the
   ``Location`` (each phase change is printed, with the best objective and the bound);
3. checks the result with the independent validator and prints the time (upload, wait in
   the queue, solve, end to end), the objective, the bound, the gap and the machine's load.

Results go to ``benchmarks/results/solve_job_large-<UTC timestamp>.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from scheduling import EventShape, generate
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from support import database

from eco_core.auth.provisioning import create_account, issue_key
from eco_core.db import migrate
from eco_core.db.admin import create_database
from eco_core.db.url import async_url
from eco_core.reference.load import load_reference_data
from eco_core.settings import PROJECT_ROOT
from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.validate import violations

RESULTS = Path(__file__).resolve().parent / "results"
READY_WITHIN_S = 120.0


def event(meetings: int, participants: int, tables: int, time_limit: float) -> Instance:
    days = (("am1", "09:00", 5), ("am2", "11:00", 5), ("pm1", "14:00", 5), ("pm2", "16:00", 4))
    shape = EventShape(
        name=f"{meetings}-api",
        participants=participants,
        days=3,
        sessions=days,
        tables=tables,
        meetings=meetings,
        booth_share=0.08,
        oversubscribed=True,
    )
    return generate(shape).model_copy(update={"time_limit_seconds": time_limit})


async def prepare(url: str) -> str:
    """Create and migrate the database and load the reference data (a service is not ready
    before a first load, as in a deployment); return a partner portal's key."""
    await create_database(url)
    engine = create_async_engine(async_url(url))
    try:
        await migrate.upgrade(engine)
        await load_reference_data(engine, PROJECT_ROOT / "reference_data")
        async with AsyncSession(engine) as session:
            account = await create_account(session, kind="partner_portal", name="Benchmark portal")
            issued = await issue_key(session, account, name="bench", scopes=None, pepper="")
            await session.commit()
    finally:
        await engine.dispose()
    return issued.token


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def processes(url: str, port: int, log_dir: Path) -> Iterator[None]:
    """The matchmaking service and the worker; stopped (SIGTERM, then SIGKILL) on exit."""
    env = {
        **os.environ,
        "ECO_DATABASE_URL": url,
        "ECO_LOG_LEVEL": "WARNING",
        "ECO_WORKER_HEALTH_PORT": "0",
        "ECO_RATE_LIMIT_PER_MINUTE": "1000000",
    }
    commands = {
        "matchmaking": [
            sys.executable,
            "-m",
            "uvicorn",
            "eco_matchmaking.main:create_app",
            "--factory",
            "--port",
            str(port),
            "--no-access-log",
        ],
        "worker": [sys.executable, "-m", "eco_cli", "worker"],
    }
    started = []
    try:
        for name, command in commands.items():
            with (log_dir / f"{name}.log").open("ab") as log:
                started.append(
                    subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
                )
        yield
    finally:
        for process in started:
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


async def wait_ready(client: httpx.AsyncClient) -> float:
    began = time.monotonic()
    while time.monotonic() - began < READY_WITHIN_S:
        try:
            if (await client.get("/readyz")).status_code == 200:
                return time.monotonic() - began
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.25)
    raise RuntimeError(f"the matchmaking service was not ready within {READY_WITHIN_S:.0f} s")


async def run_job(client: httpx.AsyncClient, token: str, body: bytes) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    posted = time.monotonic()
    created = await client.post("/v1/schedules/solve-jobs", content=body, headers=headers)
    upload_s = time.monotonic() - posted
    if created.status_code != 202:
        raise RuntimeError(f"{created.status_code}: {created.text[:2000]}")
    location = created.headers["location"]
    print(f"202 in {upload_s:.2f} s, Location: {location}")
    phases: list[dict[str, Any]] = []
    while True:
        polled = (await client.get(location, headers=headers)).json()
        if not phases or phases[-1]["phase"] != polled["phase"]:
            at = time.monotonic() - posted
            phases.append({"phase": polled["phase"], "at_s": round(at, 2)})
            print(
                f"  {at:7.2f} s  {polled['status']:<9} {polled['phase']:<10} "
                f"objective {polled['objective']}  bound {polled['upper_bound']}"
            )
        if polled["status"] in ("succeeded", "failed"):
            return {
                "job": polled,
                "upload_s": round(upload_s, 3),
                "end_to_end_s": round(time.monotonic() - posted, 3),
                "phases": phases,
            }
        await asyncio.sleep(1.0)


def machine_load() -> str:
    """What ``uptime`` says: the load averages the figures were taken under."""
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def _seconds(later: str, earlier: str) -> float:
    return round(
        (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds(), 3
    )


async def main(args: argparse.Namespace) -> None:
    instance = event(args.meetings, args.participants, args.tables, args.time_limit)
    body = instance.model_dump_json(exclude_none=True).encode()
    print(
        f"instance: {len(instance.meetings):,} meetings, {len(instance.participants):,} "
        f"participants, {len(instance.slots)} slots, {args.tables} shared tables, "
        f"{len(body) / 1e6:.1f} MB of JSON, time limit {args.time_limit:g} s"
    )
    load_before = os.getloadavg()
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    log_dir = RESULTS / f"solve_job_large-{stamp}-logs"
    log_dir.mkdir()
    with database("eco_bench_solve_jobs") as url:
        token = await prepare(url)
        port = free_port()
        with processes(url, port, log_dir):
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}", timeout=120
            ) as client:
                ready_s = await wait_ready(client)
                print(f"matchmaking ready in {ready_s:.1f} s (the solver loaded at start-up)")
                outcome = await run_job(client, token, body)
    job = outcome["job"]
    if job["status"] != "succeeded":
        raise SystemExit(f"the job failed: {job['error']}")
    result = Result.model_validate(job["result"])
    broken = violations(instance, result)
    uptime = machine_load()
    summary = {
        "meetings": len(instance.meetings),
        "participants": len(instance.participants),
        "slots": len(instance.slots),
        "tables": args.tables,
        "body_bytes": len(body),
        "time_limit_s": args.time_limit,
        "upload_s": outcome["upload_s"],
        "queued_s": _seconds(job["started_at"], job["created_at"]),
        "worker_s": _seconds(job["finished_at"], job["started_at"]),
        "solve_s": result.solve_seconds,
        "end_to_end_s": outcome["end_to_end_s"],
        "status": result.status,
        "solver": result.solver,
        "objective": result.objective,
        "upper_bound": result.upper_bound,
        "gap": result.gap,
        "scheduled_meetings": result.scheduled_meetings,
        "unscheduled": len(result.unscheduled),
        "idle_gaps": result.idle_gaps,
        "valid": not broken,
        "violations": broken[:10],
        "load_before": [round(x, 2) for x in load_before],
        "uptime_after": uptime,
    }
    print(json.dumps(summary, indent=2))
    record = {
        "when": stamp,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "summary": summary,
        "phases": outcome["phases"],
    }
    out = RESULTS / f"solve_job_large-{stamp}.json"
    out.write_text(json.dumps(record, indent=2))
    print(f"written {out}")
    if broken:
        raise SystemExit("the result broke the rules")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=12_000)
    parser.add_argument("--participants", type=int, default=3000)
    parser.add_argument("--tables", type=int, default=250)
    parser.add_argument("--time-limit", type=float, default=120.0)
    asyncio.run(main(parser.parse_args()))
