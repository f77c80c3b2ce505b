"""Load run: one api replica vs two behind the gateway, on this machine, with wrk.

    uv run python benchmarks/replicas_load.py [--duration 10] [--connections 32]
                                              [--threads 2] [--warmup 2] [--repeat 1]

Starts a database (embedded PostgreSQL in a temporary folder, or ``ECO_DATABASE_URL``),
migrates it and loads the reference data (``http_load.prepare_database``), issues a partner
portal key, starts two ``eco_api`` replicas (uvicorn, one process each, as ``eco serve``
runs them) and two instances of the test gateway (``tests/replicas/gateway.py``, run as a
process): ``gateway-1`` in front of replica 0 only, ``gateway-2`` round robin over both.
For each target it measures, interleaved: ``direct`` (wrk straight at replica 0: what the
gateway costs), ``one`` (through gateway-1) and ``two`` (through gateway-2), then prints
requests/s, p50 and p99, the ratio two/one in the same run, and the load average before and
after (other work on the machine moves the figures). Figures go to
``benchmarks/results/replicas_load-<timestamp>.json``. See benchmarks/README.md.

Targets: ``region-by-id`` (public read, ``GET /v1/regions/{id}`` cycling over the 1,971
NUTS 2024 ids that name a territory, i.e. without the extra-regio ``…Z`` codes, as
http_load.py does, answered
from the in-process cache: every id is read from every replica before the runs, and the
cache keeps them for the run) and ``organisation-create``
(authenticated write, ``POST /v1/organisations`` with a partner portal's key, a new slug
per request: one insert, its audit row, its outbox event and a queued recommendation
recompute, in one transaction).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil
from http_load import (
    RESULTS_DIR,
    WRK_INSTALL_HINT,
    AppUnderTest,
    LoadShape,
    Server,
    Summary,
    Target,
    WrkResult,
    _git_commit,
    _on_sigterm,
    database,
    describe_errors,
    free_port,
    prepare_database,
    run_wrk,
    start_server,
    stop_servers,
    summarise,
    wait_ready,
    wrk_script,
)
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from eco_core.db.url import async_url
from eco_core.settings import PROJECT_ROOT

GATEWAY_SOURCE = "127.0.0.2"  # the gateways reach the replicas from here: the trusted proxy
SETUPS = ("direct", "one", "two")

REPLICA = AppUnderTest(
    "replica",
    "eco_api.main:create_app",
    env={
        "ECO_LOG_LEVEL": "WARNING",
        # The test gateway connects from 127.0.0.2; Caddy from 127.0.0.1.
        "ECO_TRUSTED_PROXIES": f"{GATEWAY_SOURCE},127.0.0.1",
        # The limiter runs on every request but never refuses: wrk is one client.
        "ECO_RATE_LIMIT_PER_MINUTE": "1000000000",
        "ECO_ANONYMOUS_RATE_LIMIT_PER_MINUTE": "1000000000",
        "ECO_RATE_LIMIT_BURST": "1000000000",
        # Cached answers kept for the whole run (default: 60 s), and every id cached on
        # every replica before measuring (warm_caches): the read measures steady state, not
        # which replica happened to see an id first.
        "ECO_REFERENCE_CACHE_TTL_S": "3600",
    },
)

# A valid creation body; the slug and the name get a per-request suffix in Lua.
ORGANISATION = {
    "slug": "SLUG",
    "name": "NAME",
    "region_id": "FRK21",
    "category_slugs": ["paper-and-packaging", "plastics"],
    "nace_codes": ["17.21", "C2222"],
    "members_smes": 42,
    "members_large_firms": 5,
    "description": "Packaging converters (load test).",
    "offers": ["Folding boxes"],
    "needs": ["Recycled polymer supply"],
    "languages": ["fr", "en"],
    "contact_email": "contact@bench.example.org",
}

READ = Target("region-by-id", "GET", "/v1/regions/{id}")


def write_target(token: str) -> Target:
    return Target(
        "organisation-create",
        "POST",
        "/v1/organisations",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )


def write_script(target: Target, tag: str) -> str:
    """http_load's script (method, headers, the parseable done()) plus a request() that
    makes every body's slug unique: thread number, counter, and a tag per wrk run."""
    body = json.dumps(ORGANISATION).replace("%", "%%")
    body = body.replace('"SLUG"', f'"bench-{tag}-%d-%d"').replace('"NAME"', '"Bench %d %d"')
    return (
        wrk_script(target, None)
        + f"""
local threads, counter = 0, 0
local template = {json.dumps(body)}

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format(template, tid, counter, tid, counter))
end
"""
    )


async def partner_key(url: str) -> str:
    from eco_core.auth.provisioning import create_account, issue_key

    engine = create_async_engine(async_url(url))
    try:
        async with AsyncSession(engine) as session:
            account = await create_account(session, kind="partner_portal", name="Load test")
            issued = await issue_key(session, account, name="load", scopes=None, pepper="")
            await session.commit()
    finally:
        await engine.dispose()
    return issued.token


def start_gateway(kind: str, name: str, upstreams: Sequence[Server], workdir: Path) -> Server:
    """``python``: the test gateway (tests/replicas/gateway.py) as a process; ``caddy``:
    Debian's Caddy with ``reverse_proxy`` round robin, as compose's gateway. Both name the
    upstream that answered in ``X-Eco-Upstream``."""
    port = free_port()
    log_path = workdir / f"{name}.log"
    env = dict(os.environ)
    if kind == "caddy":
        hosts = " ".join(u.base_url.removeprefix("http://") for u in upstreams)
        config = workdir / f"{name}.Caddyfile"
        config.write_text(
            "{\n  admin off\n  auto_https off\n}\n"
            f"http://127.0.0.1:{port} {{\n"
            f"  reverse_proxy {hosts} {{\n"
            "    lb_policy round_robin\n    lb_try_duration 2s\n"
            "    header_down X-Eco-Upstream {http.reverse_proxy.upstream.port}\n"
            "  }\n}\n",
            encoding="utf-8",
        )
        command = ["caddy", "run", "--adapter", "caddyfile", "--config", str(config)]
        # Caddy's data and config folders: the run's own, not the user's.
        env |= {"XDG_DATA_HOME": str(workdir), "XDG_CONFIG_HOME": str(workdir)}
    else:
        command = [sys.executable, "-m", "tests.replicas.gateway", "--port", str(port)]
        command += ["--source", GATEWAY_SOURCE]
        for upstream in upstreams:
            command += ["--upstream", upstream.base_url]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    app = AppUnderTest(name, kind, ready_path="/healthz")
    return Server(app, process, f"http://127.0.0.1:{port}", log_path)


async def warm_caches(replicas: Sequence[Server], ids: Sequence[str]) -> None:
    """Every id read once from every replica (16 at a time), so each caches them all."""
    gate = asyncio.Semaphore(16)
    async with httpx.AsyncClient(timeout=30) as client:

        async def read(url: str) -> None:
            async with gate:
                (await client.get(url)).raise_for_status()

        await asyncio.gather(
            *(read(f"{r.base_url}{READ.path.replace('{id}', i)}") for r in replicas for i in ids)
        )


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


@dataclass(frozen=True)
class Measured:
    target: str
    setup: str
    summary: Summary
    # Per measured run: CPU cores each part used on average (CPU seconds / run seconds).
    cores: list[dict[str, float]]


def _process_cpu(pid: int) -> float:
    try:
        times = psutil.Process(pid).cpu_times()
    except psutil.Error:
        return 0.0
    return float(times.user + times.system)


def cpu_snapshot(parts: dict[str, list[int]], postmaster: int | None) -> dict[str, float]:
    """CPU seconds used so far by each part: our processes, the embedded PostgreSQL (the
    postmaster and its backends; not counted for a shared ECO_DATABASE_URL server), and
    wrk (waited-for children of this process: only wrk is ever waited for)."""
    out = {name: sum(_process_cpu(pid) for pid in pids) for name, pids in parts.items()}
    if postmaster is not None:
        with contextlib.suppress(psutil.Error):
            root = psutil.Process(postmaster)
            group = [root, *root.children(recursive=True)]
            out["postgres"] = sum(_process_cpu(p.pid) for p in group)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    out["wrk"] = children.ru_utime + children.ru_stime
    return out


def cores_used(
    before: dict[str, float], after: dict[str, float], seconds: float
) -> dict[str, float]:
    return {
        name: round(max(0.0, after[name] - before.get(name, 0.0)) / seconds, 2) for name in after
    }


def measure(
    args: argparse.Namespace,
    wrk: str,
    bases: dict[str, str],
    token: str,
    ids: Sequence[str],
    workdir: Path,
    parts: dict[str, list[int]],
    postmaster: int | None,
) -> list[Measured]:
    shape = LoadShape(args.duration, args.connections, args.threads, args.timeout)
    ids_file = workdir / "nuts_ids.txt"
    ids_file.write_text("\n".join(ids) + "\n", encoding="ascii")
    measured: list[Measured] = []
    for target in (READ, write_target(token)):
        runs: dict[str, list[WrkResult]] = {setup: [] for setup in SETUPS}
        cores: dict[str, list[dict[str, float]]] = {setup: [] for setup in SETUPS}
        for round_ in range(args.repeat + (1 if args.warmup else 0)):
            warm = args.warmup and round_ == 0
            for setup in SETUPS:  # interleaved, so that drift hits every setup alike
                script = workdir / f"{target.name}-{setup}.lua"
                if target is READ:
                    script.write_text(wrk_script(target, None), encoding="utf-8")
                else:
                    script.write_text(write_script(target, uuid.uuid4().hex[:8]), "utf-8")
                url = bases[setup] + target.first_path(ids)
                duration = args.warmup if warm else args.duration
                before = cpu_snapshot(parts, postmaster)
                result = run_wrk(wrk, url, script, ids_file, shape, duration)
                used = cores_used(before, cpu_snapshot(parts, postmaster), result.duration_s)
                if warm:
                    continue
                runs[setup].append(result)
                cores[setup].append(used)
                if result.errors:
                    print(f"  warning: {describe_errors(target, url, ids)}", flush=True)
                print(
                    f"  {target.name:<20} {setup:<7} {result.requests_per_s:>8.1f} req/s  "
                    f"p50 {result.p50_ms:7.2f} ms  p99 {result.p99_ms:7.2f} ms  "
                    f"non-2xx {result.non_2xx} socket errors {result.socket_errors}  "
                    f"load {load_average()[0]:.2f}\n    CPU cores used: "
                    + ", ".join(f"{k} {v:.2f}" for k, v in used.items() if v >= 0.01),
                    flush=True,
                )
        measured += [
            Measured(target.name, s, summarise(target.name, s, r), cores[s])
            for s, r in runs.items()
        ]
    return measured


def ratios(measured: Sequence[Measured]) -> dict[str, dict[str, float | None]]:
    """Per target: two/one (what the second replica adds) and one/direct (the gateway's
    cost); None when a run had errors."""
    out: dict[str, dict[str, float | None]] = {}
    for target in dict.fromkeys(m.target for m in measured):
        by = {m.setup: m.summary for m in measured if m.target == target}
        out[target] = {
            "two/one": _ratio(by, "two", "one"),
            "one/direct": _ratio(by, "one", "direct"),
        }
    return out


def _ratio(by: dict[str, Summary], a: str, b: str) -> float | None:
    if by[a].errors or by[b].errors or by[b].requests_per_s <= 0:
        return None
    return by[a].requests_per_s / by[b].requests_per_s


def print_table(measured: Sequence[Measured], ratio: dict[str, dict[str, float | None]]) -> None:
    header = (
        f"{'endpoint':<20} {'setup':<7} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7}"
    )
    print("\n" + header)
    print("-" * len(header))
    for m in measured:
        s = m.summary
        print(
            f"{m.target:<20} {m.setup:<7} {s.requests_per_s:>11.1f} {s.p50_ms:>8.2f} "
            f"{s.p99_ms:>8.2f} {s.errors:>7d}"
        )
    print()
    for target, values in ratio.items():
        shown = ", ".join(
            f"{name} {'n/a (errors)' if value is None else f'{value:.2f}'}"
            for name, value in values.items()
        )
        print(f"{target}: requests/s {shown}")


def write_results(
    args: argparse.Namespace,
    measured: Sequence[Measured],
    ratio: dict[str, dict[str, float | None]],
    where: str,
    loads: dict[str, tuple[float, float, float]],
) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    path = RESULTS_DIR / f"replicas_load-{now.strftime('%Y%m%dT%H%M%SZ')}.json"
    document = {
        "benchmark": "replicas_load",
        "started_at": now.isoformat(timespec="seconds"),
        "git_commit": _git_commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "load_average": loads,
        "database": where,
        "load": vars(args),
        "replica_env": dict(REPLICA.env),
        "results": [
            {"setup": m.setup, **asdict(m.summary), "cpu_cores": m.cores} for m in measured
        ],
        "ratios": ratio,
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return path


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--duration", type=int, default=10, help="seconds per measured run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per setup")
    parser.add_argument("--connections", type=int, default=32, help="open HTTP connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--repeat", type=int, default=1, help="measured runs per setup")
    parser.add_argument("--timeout", type=int, default=5, help="wrk request timeout, seconds")
    parser.add_argument(
        "--gateway",
        choices=("caddy", "python"),
        default="caddy" if shutil.which("caddy") else "python",
        help="Caddy (default when installed: apt-get install caddy) or the test gateway",
    )
    args = parser.parse_args(argv)
    if min(args.duration, args.connections, args.threads, args.repeat, args.timeout) < 1:
        parser.error("--duration, --connections, --threads, --repeat, --timeout must be >= 1")
    if args.warmup < 0 or args.connections < args.threads:
        parser.error("--warmup must be >= 0 and --connections at least --threads")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    wrk = shutil.which("wrk")
    if wrk is None:
        print(WRK_INSTALL_HINT, file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _on_sigterm)
    started = time.monotonic()
    loads = {"before": load_average()}
    print(f"load average before: {' '.join(f'{x:.2f}' for x in loads['before'])}", flush=True)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="eco-bench-", ignore_cleanup_errors=True) as tmp,
            database(Path(tmp)) as (url, where),
        ):
            workdir = Path(tmp)
            print(f"database: {where}; migrating and loading reference data …", flush=True)
            # Extra-regio codes (ALZ, MEZZ, BEZZZ: no territory) left out, as http_load.py
            # does, so that the figures compare with its runs.
            ids = [i for i in asyncio.run(prepare_database(url)) if set(i[2:]) != {"Z"}]
            token = asyncio.run(partner_key(url))
            servers: list[Server] = []
            try:
                replicas = [start_server(REPLICA, url, workdir) for _ in range(2)]
                servers += replicas
                wait_ready(replicas, timeout_s=120)
                gateways = [
                    start_gateway(args.gateway, "gateway-1", replicas[:1], workdir),
                    start_gateway(args.gateway, "gateway-2", replicas, workdir),
                ]
                servers += gateways
                wait_ready(gateways)
                # Both replicas answer through gateway-2 (and so does a write).
                with httpx.Client(timeout=10) as client:
                    seen = {
                        client.get(f"{gateways[1].base_url}/readyz").headers["x-eco-upstream"]
                        for _ in range(4)
                    }
                if len(seen) != 2:
                    raise RuntimeError(f"gateway-2 did not alternate: {seen}")
                bases = {
                    "direct": replicas[0].base_url,
                    "one": gateways[0].base_url,
                    "two": gateways[1].base_url,
                }
                asyncio.run(warm_caches(replicas, ids))
                print(f"ready, caches warm, in {time.monotonic() - started:.1f} s", flush=True)
                parts = {s.app.name: [s.process.pid] for s in gateways}
                parts |= {f"replica-{n}": [r.process.pid] for n, r in enumerate(replicas)}
                pid_file = workdir / "pgdata" / "postmaster.pid"
                postmaster = int(pid_file.read_text().split()[0]) if pid_file.exists() else None
                measured = measure(args, wrk, bases, token, ids, workdir, parts, postmaster)
                for server in servers:
                    if server.process.poll() is not None:
                        raise RuntimeError(f"{server.app.name} died:\n{server.log_tail()}")
            finally:
                stop_servers(servers)
            loads["after"] = load_average()
            ratio = ratios(measured)
            print_table(measured, ratio)
            print(f"load average after: {' '.join(f'{x:.2f}' for x in loads['after'])}")
            path = write_results(args, measured, ratio, where, loads)
            print(f"\nresults: {path.relative_to(PROJECT_ROOT)}")
    except KeyboardInterrupt:
        print("\ninterrupted; everything stopped", file=sys.stderr)
        return 130
    except RuntimeError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
