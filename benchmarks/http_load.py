"""HTTP load benchmark: the api service against a bare FastAPI + asyncpg baseline, with wrk.

    uv run python benchmarks/http_load.py [--duration 10] [--connections 32] [--threads 2]

Starts a database (embedded PostgreSQL in a temporary folder, or ``ECO_DATABASE_URL``),
migrates it and loads the reference data; starts our api service and ``baseline_app.py``
each in its own uvicorn process on a free loopback port; runs wrk (warm-up, then measured)
against every target of ``TARGETS``; prints a table and writes the figures to
``benchmarks/results/http_load-<timestamp>.json``. Everything it started is stopped on exit,
Ctrl-C or SIGTERM. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from eco_core.db import migrate
from eco_core.db.admin import create_database
from eco_core.db.url import async_url
from eco_core.embedded import start_embedded
from eco_core.reference.load import load_reference_data
from eco_core.settings import PROJECT_ROOT

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
LOOPBACK = "127.0.0.1"
EMBEDDED_DATABASE = "eco_bench"
NUTS_VERSION = 2024
PRIMARY_TARGET = "region-by-id"  # the ratio the target applies to
RATIO_TARGET = 0.80
# Ours' p99 latency on the primary target, at most this many times the baseline's.
P99_TARGET = 2.0
# Lookups and searches have no endpoint of their own in the baseline app: they are
# compared with the baseline's by-id read, the least any read can cost (issue 18: >= 0.5).
BY_ID_RELATIVE = ("region-lookup", "region-search", "organisation-search")
BY_ID_RELATIVE_TARGET = 0.50
RESULT_MARK = "ECO_WRK_RESULT"

WRK_INSTALL_HINT = """\
wrk is not installed (it drives the load). Install it with
    sudo apt-get install -y wrk        # Debian, Ubuntu
    brew install wrk                   # macOS
or build it from https://github.com/wg/wrk, then run this again."""


# --------------------------------------------------------------------------- what is measured


@dataclass(frozen=True)
class AppUnderTest:
    """One uvicorn process: an app factory and the environment it reads."""

    name: str
    factory: str  # module:function, run with --factory
    app_dir: Path | None = None  # added to sys.path by uvicorn (--app-dir)
    ready_path: str = "/readyz"
    env: Mapping[str, str] = field(default_factory=dict)


APPS = (
    AppUnderTest(
        "ours",
        "eco_api.main:create_app",
        # Every middleware on: CORS is only added when origins are configured, and the
        # rate limiter runs on every request but with limits no benchmark reaches (all
        # of wrk's connections come from one anonymous client address).
        env={
            "ECO_LOG_LEVEL": "WARNING",
            "ECO_CORS_ORIGINS": "https://observatory.example",
            "ECO_RATE_LIMIT_PER_MINUTE": "1000000000",
            "ECO_ANONYMOUS_RATE_LIMIT_PER_MINUTE": "1000000000",
        },
    ),
    # The same, with the in-process cache of public answers off: every read reaches the
    # database through SQLAlchemy, which is what a cache miss costs.
    AppUnderTest(
        "ours-nocache",
        "eco_api.main:create_app",
        env={
            "ECO_LOG_LEVEL": "WARNING",
            "ECO_CORS_ORIGINS": "https://observatory.example",
            "ECO_RATE_LIMIT_PER_MINUTE": "1000000000",
            "ECO_ANONYMOUS_RATE_LIMIT_PER_MINUTE": "1000000000",
            "ECO_REFERENCE_CACHE_TTL_S": "0",
        },
    ),
    AppUnderTest("baseline", "baseline_app:create_app", app_dir=BENCH_DIR),
)


@dataclass(frozen=True)
class Target:
    """One request shape. Add a Target to TARGETS to measure another endpoint.

    ``path`` may contain ``{id}``: each request then takes the next real NUTS id, round-robin
    (wrk threads start at different offsets). ``body`` builds a JSON body from those ids.
    ``apps`` names the apps that serve the endpoint; a ratio is printed when both do.
    ``headers`` is where an ``Authorization`` or ``Idempotency-Key`` goes for write routes.
    """

    name: str
    method: str
    path: str
    apps: tuple[str, ...] = ("ours", "ours-nocache", "baseline")
    body: Callable[[Sequence[str]], Any] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def cycles_ids(self) -> bool:
        return "{id}" in self.path

    def first_path(self, ids: Sequence[str]) -> str:
        return self.path.replace("{id}", ids[0])


TARGETS = (
    Target(PRIMARY_TARGET, "GET", "/v1/regions/{id}"),
    Target("region-list", "GET", "/v1/regions?country=DE&limit=50"),
    Target(
        "region-batch",
        "POST",
        "/v1/regions/batch",
        apps=("ours", "ours-nocache"),
        body=lambda ids: {"nuts_ids": list(ids[:25]), "nuts_version": NUTS_VERSION},
    ),
    # Cluster data lookups and searches (ours only: the baseline app serves regions by id).
    Target("region-lookup", "GET", "/v1/regions/lookup?code={id}", apps=("ours", "ours-nocache")),
    Target("region-search", "GET", "/v1/regions?q=ile+de+france", apps=("ours", "ours-nocache")),
    Target(
        "organisation-search",
        "GET",
        "/v1/organisations?q=plastics&limit=20",
        apps=("ours", "ours-nocache"),
    ),
)


# --------------------------------------------------------------------------- wrk


@dataclass(frozen=True)
class WrkResult:
    requests: int
    duration_s: float
    requests_per_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float
    non_2xx: int
    socket_errors: int
    # wrk's own text summary, parsed as a cross-check of the done() line.
    text_requests_per_s: float | None
    text_percentiles_ms: dict[str, float]

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors


def _lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal here


def wrk_script(target: Target, body: str | None) -> str:
    """The Lua script for one target: request shape, id cycling, and a parseable done()."""
    lines = [f"-- generated by benchmarks/http_load.py for {target.name}"]
    lines.append(f"wrk.method = {_lua_string(target.method)}")
    for name, value in target.headers.items():
        lines.append(f"wrk.headers[{_lua_string(name)}] = {_lua_string(value)}")
    if body is not None:
        lines.append('wrk.headers["Content-Type"] = "application/json"')
        lines.append(f"wrk.body = {_lua_string(body)}")
    if target.cycles_ids:
        prefix, _, suffix = target.path.partition("{id}")
        lines.append(
            f"""
local prefix, suffix = {_lua_string(prefix)}, {_lua_string(suffix)}
local ids, n, counter = {{}}, 0, 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7919)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    n = n + 1
    ids[n] = line
  end
  counter = offset or 0
end

function request()
  counter = counter + 1
  return wrk.format(nil, prefix .. ids[(counter % n) + 1] .. suffix)
end"""
        )
    lines.append(
        f"""
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "{RESULT_MARK} requests=%.0f duration_us=%.0f rps=%.2f p50_us=%.0f p90_us=%.0f "
      .. "p99_us=%.0f mean_us=%.1f max_us=%.0f status=%.0f connect=%.0f read=%.0f "
      .. "write=%.0f timeout=%.0f\\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean, latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end
"""
    )
    return "\n".join(lines)


_UNITS_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def _duration_ms(value: str) -> float:
    match = re.fullmatch(r"([0-9.]+)(us|ms|s|m|h)", value)
    if not match:
        raise ValueError(f"not a wrk duration: {value!r}")
    return float(match[1]) * _UNITS_MS[match[2]]


def parse_wrk_output(output: str) -> WrkResult:
    """Read the done() line; cross-check with wrk's --latency text summary."""
    line = next((ln for ln in output.splitlines() if ln.startswith(RESULT_MARK)), None)
    if line is None:
        raise ValueError(f"wrk printed no {RESULT_MARK} line:\n{output}")
    fields = {k: float(v) for k, v in (part.split("=") for part in line.split()[1:])}
    percentiles = {
        m[1]: _duration_ms(m[2])
        for m in re.finditer(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", output, re.MULTILINE)
    }
    rps_text = re.search(r"^Requests/sec:\s+([0-9.]+)", output, re.MULTILINE)
    return WrkResult(
        requests=int(fields["requests"]),
        duration_s=fields["duration_us"] / 1e6,
        requests_per_s=fields["rps"],
        p50_ms=fields["p50_us"] / 1e3,
        p90_ms=fields["p90_us"] / 1e3,
        p99_ms=fields["p99_us"] / 1e3,
        mean_ms=fields["mean_us"] / 1e3,
        max_ms=fields["max_us"] / 1e3,
        non_2xx=int(fields["status"]),
        socket_errors=int(fields["connect"] + fields["read"] + fields["write"] + fields["timeout"]),
        text_requests_per_s=float(rps_text[1]) if rps_text else None,
        text_percentiles_ms=percentiles,
    )


@dataclass(frozen=True)
class LoadShape:
    duration_s: int
    connections: int
    threads: int
    timeout_s: int


def run_wrk(
    wrk: str, url: str, script: Path, ids_file: Path, shape: LoadShape, duration_s: int
) -> WrkResult:
    command = [
        wrk,
        f"--threads={shape.threads}",
        f"--connections={shape.connections}",
        f"--duration={duration_s}s",
        f"--timeout={shape.timeout_s}s",
        "--latency",
        f"--script={script}",
        url,
        "--",
        str(ids_file),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=duration_s + shape.timeout_s + 30
    )
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    return parse_wrk_output(done.stdout)


# --------------------------------------------------------------------------- processes


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    # SIGTERM is handled like Ctrl-C, so that everything started gets stopped.
    raise KeyboardInterrupt


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    app: AppUnderTest
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def start_server(app: AppUnderTest, database_url: str, workdir: Path) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", app.factory, "--factory"]
    if app.app_dir is not None:
        command += ["--app-dir", str(app.app_dir)]
    command += [
        "--host",
        LOOPBACK,
        "--port",
        str(port),
        "--workers",
        "1",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    env = {**os.environ, **app.env, "ECO_DATABASE_URL": database_url}
    log_path = workdir / f"{app.name}.log"
    with log_path.open("wb") as log:
        # Own session: a Ctrl-C in the terminal reaches us, and we stop the servers in order.
        process = subprocess.Popen(
            command,
            env=env,
            cwd=PROJECT_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(app, process, f"http://{LOOPBACK}:{port}", log_path)


def wait_ready(servers: Sequence[Server], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    pending = list(servers)
    with httpx.Client(timeout=2.0) as client:
        while pending:
            for server in list(pending):
                if server.process.poll() is not None:
                    raise RuntimeError(
                        f"{server.app.name} exited with {server.process.returncode}:\n"
                        + server.log_tail()
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(server.base_url + server.app.ready_path).status_code == 200:
                        pending.remove(server)
            if pending and time.monotonic() > deadline:
                names = ", ".join(s.app.name for s in pending)
                raise RuntimeError(f"not ready after {timeout_s:.0f} s: {names}")
            if pending:
                time.sleep(0.2)


def stop_servers(servers: Sequence[Server], timeout_s: float = 10.0) -> None:
    for server in servers:
        if server.process.poll() is None:
            server.process.terminate()
    deadline = time.monotonic() + timeout_s
    for server in servers:
        try:
            server.process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@contextlib.contextmanager
def database(workdir: Path) -> Iterator[tuple[str, str]]:
    """Yield (URL with password, where it is); the embedded server is stopped on exit."""
    external = os.environ.get("ECO_DATABASE_URL")
    if external:
        yield external, "ECO_DATABASE_URL"
        return
    server = start_embedded(workdir / "pgdata", cleanup="delete")
    try:
        url = server.url(EMBEDDED_DATABASE).render_as_string(hide_password=False)
        yield url, "embedded PostgreSQL (temporary)"
    finally:
        server.stop()


async def prepare_database(url: str) -> list[str]:
    """Create, migrate and load the database; return the NUTS ids of the benchmark version."""
    await create_database(url)
    engine = create_async_engine(async_url(url))
    try:
        await migrate.upgrade(engine)
        await load_reference_data(engine, PROJECT_ROOT / "reference_data")
        async with engine.connect() as conn:
            # Not the Extra-Regio codes (DEZ, DEZZ, ...): runs before 2026-12-03 answered
            # them 404 (read as no territory), so leaving them out keeps the figures
            # comparable with earlier runs.
            rows = await conn.scalars(
                text(
                    "SELECT nuts_id FROM nuts_region WHERE nuts_version = :v "
                    "AND kind <> 'extra_regio' ORDER BY nuts_id"
                ),
                {"v": NUTS_VERSION},
            )
            ids = list(rows)
    finally:
        await engine.dispose()
    # Shuffled (deterministically) so that consecutive requests hit unrelated index pages.
    random.Random(2024).shuffle(ids)
    return ids


# --------------------------------------------------------------------------- checks, report


def check_targets(
    servers: Mapping[str, Server], targets: Sequence[Target], ids: Sequence[str]
) -> list[str]:
    """One request per target and app before loading it: 2xx, and the same JSON from both."""
    problems = []
    with httpx.Client(timeout=5.0) as client:
        for target in targets:
            bodies: dict[str, Any] = {}
            for app_name in target.apps:
                server = servers[app_name]
                response = client.request(
                    target.method,
                    server.base_url + target.first_path(ids),
                    json=target.body(ids) if target.body else None,
                    headers=dict(target.headers),
                )
                if not response.is_success:
                    raise RuntimeError(
                        f"{target.name} on {app_name}: HTTP {response.status_code} "
                        f"{response.text[:300]}"
                    )
                bodies[app_name] = response.json()
            if (
                len(bodies) > 1
                and len({json.dumps(b, sort_keys=True) for b in bodies.values()}) > 1
            ):
                problems.append(f"{target.name}: the apps answer different JSON")
    return problems


def describe_errors(target: Target, url: str, ids: Sequence[str]) -> str:
    """What one request of a run that had errors answers now (a 429, a 5xx, a timeout)."""
    try:
        response = httpx.request(
            target.method,
            url,
            json=target.body(ids) if target.body else None,
            headers=dict(target.headers),
            timeout=5.0,
        )
    except httpx.HTTPError as exc:
        return f"{target.name} had errors; a request now fails: {exc!r}"
    return (
        f"{target.name} had errors; a request now answers HTTP {response.status_code} "
        f"{response.text[:200]}"
    )


@dataclass(frozen=True)
class Summary:
    target: str
    app: str
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int
    runs: list[WrkResult]
    # The machine's 1-minute load average when each run started (``uptime``): other work
    # on the machine moves absolute figures, so they are only compared within a run.
    load_1min: list[float] = field(default_factory=list)


def summarise(
    target: str, app: str, runs: list[WrkResult], load_1min: list[float] | None = None
) -> Summary:
    """Medians over repeats (one run by default); errors summed."""
    return Summary(
        target=target,
        app=app,
        requests_per_s=statistics.median(r.requests_per_s for r in runs),
        p50_ms=statistics.median(r.p50_ms for r in runs),
        p99_ms=statistics.median(r.p99_ms for r in runs),
        errors=sum(r.errors for r in runs),
        runs=runs,
        load_1min=list(load_1min or []),
    )


def ratios(summaries: Sequence[Summary]) -> dict[str, float | None]:
    """<app>/baseline requests/s per target both serve, keyed "target" for ours and
    "target (app)" for the variants; None when a run had errors."""
    by_key = {(s.target, s.app): s for s in summaries}
    out: dict[str, float | None] = {}
    for target in dict.fromkeys(s.target for s in summaries):
        base = by_key.get((target, "baseline"))
        for app in ("ours", "ours-nocache"):
            ours = by_key.get((target, app))
            if ours and base and base.requests_per_s > 0:
                valid = ours.errors == 0 and base.errors == 0
                key = target if app == "ours" else f"{target} ({app})"
                out[key] = ours.requests_per_s / base.requests_per_s if valid else None
    by_id = by_key.get((PRIMARY_TARGET, "baseline"))
    for target in BY_ID_RELATIVE:
        for app in ("ours", "ours-nocache"):
            ours = by_key.get((target, app))
            if ours and by_id and by_id.requests_per_s > 0:
                valid = ours.errors == 0 and by_id.errors == 0
                key = f"{target} ({app}) / {PRIMARY_TARGET} baseline"
                out[key] = ours.requests_per_s / by_id.requests_per_s if valid else None
    return out


def p99_ratios(summaries: Sequence[Summary]) -> dict[str, float]:
    """p99 latency of ours over the baseline's, per app, on the primary target."""
    by_key = {(s.target, s.app): s for s in summaries}
    base = by_key.get((PRIMARY_TARGET, "baseline"))
    out: dict[str, float] = {}
    for app in ("ours", "ours-nocache"):
        ours = by_key.get((PRIMARY_TARGET, app))
        if ours and base and base.p99_ms > 0:
            out[app] = ours.p99_ms / base.p99_ms
    return out


def _load(values: Sequence[float]) -> str:
    return "/".join(f"{v:.1f}" for v in values)


def print_table(
    summaries: Sequence[Summary],
    ratio: Mapping[str, float | None],
    p99: Mapping[str, float] | None = None,
) -> None:
    header = (
        f"{'endpoint':<20} {'app':<13} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7} {'load 1m':>9}"
    )
    print("\n" + header)
    print("-" * len(header))
    for s in summaries:
        print(
            f"{s.target:<20} {s.app:<13} {s.requests_per_s:>11.1f} {s.p50_ms:>8.2f} "
            f"{s.p99_ms:>8.2f} {s.errors:>7d} {_load(s.load_1min):>9}"
        )
    print()
    for target, value in ratio.items():
        if value is None:
            print(f"ours/baseline requests/s, {target}: not comparable (errors in a run)")
            continue
        line = f"ours/baseline requests/s, {target}: {value:.2f}"
        if target.split(" (")[0] == PRIMARY_TARGET:
            verdict = "meets" if value >= RATIO_TARGET else "BELOW"
            line += f"  ({verdict} the {RATIO_TARGET:.2f} target)"
        elif target.endswith(f"/ {PRIMARY_TARGET} baseline"):
            verdict = "meets" if value >= BY_ID_RELATIVE_TARGET else "BELOW"
            line += f"  ({verdict} the {BY_ID_RELATIVE_TARGET:.2f} target)"
        print(line)
    for app, value in (p99 or {}).items():
        verdict = "meets" if value <= P99_TARGET else "ABOVE"
        print(
            f"p99 {app}/baseline, {PRIMARY_TARGET}: {value:.2f}  "
            f"({verdict} the {P99_TARGET:.1f}x target)"
        )


def _tool_version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except OSError:
        return "unknown"
    return (
        (done.stdout or done.stderr).splitlines()[0].strip() if (done.stdout or done.stderr) else ""
    )


def _git_commit() -> str | None:
    # Read-only: rev-parse neither refreshes the index nor writes anything.
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True
        )
        if done.returncode == 0:
            return done.stdout.strip()
    return None


def write_results(
    args: argparse.Namespace,
    summaries: Sequence[Summary],
    ratio: Mapping[str, float | None],
    wrk: str,
    where: str,
    id_count: int,
    p99: Mapping[str, float] | None = None,
) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    path = RESULTS_DIR / f"http_load-{now.strftime('%Y%m%dT%H%M%SZ')}.json"
    document = {
        "benchmark": "http_load",
        "started_at": now.isoformat(timespec="seconds"),
        "git_commit": _git_commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "wrk": _tool_version([wrk, "--version"]),
        },
        "database": where,
        "load": {
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "connections": args.connections,
            "threads": args.threads,
            "repeat": args.repeat,
            "nuts_ids_cycled": id_count,
        },
        "apps": {app.name: {"factory": app.factory, "env": dict(app.env)} for app in APPS},
        "results": [asdict(s) for s in summaries],
        "ratios_ours_over_baseline": dict(ratio),
        "p99_ours_over_baseline": dict(p99 or {}),
        "primary": {
            "target": PRIMARY_TARGET,
            "ratio_target": RATIO_TARGET,
            "p99_target": P99_TARGET,
            "by_id_relative_target": BY_ID_RELATIVE_TARGET,
        },
        "load_average_at_end": list(os.getloadavg()),
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return path


def measure(
    args: argparse.Namespace,
    shape: LoadShape,
    wrk: str,
    servers: Sequence[Server],
    targets: Sequence[Target],
    ids: Sequence[str],
    workdir: Path,
    ids_file: Path,
) -> list[Summary]:
    by_name = {s.app.name: s for s in servers}
    for problem in check_targets(by_name, targets, ids):
        print(f"warning: {problem}", file=sys.stderr)
    summaries: list[Summary] = []
    for target in targets:
        body = json.dumps(target.body(ids)) if target.body else None
        script = workdir / f"{target.name}.lua"
        script.write_text(wrk_script(target, body), encoding="utf-8")
        urls = {name: by_name[name].base_url + target.first_path(ids) for name in target.apps}
        if args.warmup:
            for name in target.apps:
                run_wrk(wrk, urls[name], script, ids_file, shape, args.warmup)
        runs: dict[str, list[WrkResult]] = {name: [] for name in target.apps}
        loads: dict[str, list[float]] = {name: [] for name in target.apps}
        for _ in range(args.repeat):
            for name in target.apps:  # interleaved, so that drift hits both apps alike
                loads[name].append(os.getloadavg()[0])
                result = run_wrk(wrk, urls[name], script, ids_file, shape, args.duration)
                runs[name].append(result)
                if result.errors:
                    print(f"  warning: {describe_errors(target, urls[name], ids)}", flush=True)
                print(
                    f"  {target.name:<14} {name:<9} {result.requests_per_s:>9.1f} req/s  "
                    f"p50 {result.p50_ms:.2f} ms  p99 {result.p99_ms:.2f} ms  "
                    f"errors {result.errors}  (load {loads[name][-1]:.1f})",
                    flush=True,
                )
            for server in servers:
                if server.process.poll() is not None:
                    raise RuntimeError(
                        f"{server.app.name} died during the run:\n{server.log_tail()}"
                    )
        summaries.extend(summarise(target.name, name, r, loads[name]) for name, r in runs.items())
    return summaries


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--duration", type=int, default=10, help="seconds per measured run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per run")
    parser.add_argument("--connections", type=int, default=32, help="open HTTP connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--repeat", type=int, default=1, help="measured runs per target and app")
    parser.add_argument("--timeout", type=int, default=5, help="wrk request timeout, seconds")
    parser.add_argument(
        "--targets",
        default=",".join(t.name for t in TARGETS),
        help="comma-separated target names (default: all)",
    )
    args = parser.parse_args(argv)
    if min(args.duration, args.connections, args.threads, args.repeat, args.timeout) < 1:
        parser.error("--duration, --connections, --threads, --repeat, --timeout must be >= 1")
    if args.warmup < 0:
        parser.error("--warmup must be >= 0")
    if args.connections < args.threads:
        parser.error("--connections must be at least --threads (wrk needs one per thread)")
    unknown = set(args.targets.split(",")) - {t.name for t in TARGETS}
    if unknown:
        parser.error(f"unknown targets: {', '.join(sorted(unknown))}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    wrk = shutil.which("wrk")
    if wrk is None:
        print(WRK_INSTALL_HINT, file=sys.stderr)
        return 2
    targets = [t for t in TARGETS if t.name in args.targets.split(",")]
    shape = LoadShape(args.duration, args.connections, args.threads, args.timeout)
    signal.signal(signal.SIGTERM, _on_sigterm)
    started = time.monotonic()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="eco-bench-", ignore_cleanup_errors=True) as tmp,
            database(Path(tmp)) as (url, where),
        ):
            workdir = Path(tmp)
            print(f"database: {where}; migrating and loading reference data …", flush=True)
            ids = asyncio.run(prepare_database(url))
            if not ids:
                raise RuntimeError(f"no NUTS {NUTS_VERSION} regions in the database")
            ids_file = workdir / "nuts_ids.txt"
            ids_file.write_text("\n".join(ids) + "\n", encoding="ascii")
            servers: list[Server] = []
            try:  # the servers stop before the database does
                servers.extend(start_server(app, url, workdir) for app in APPS)
                wait_ready(servers)
                print(
                    f"ready in {time.monotonic() - started:.1f} s (load {_load(os.getloadavg())}); "
                    f"{len(ids)} NUTS ids; "
                    f"wrk {args.threads} threads, {args.connections} connections, "
                    f"{args.warmup} s warm-up + {args.duration} s x {args.repeat} per run",
                    flush=True,
                )
                summaries = measure(args, shape, wrk, servers, targets, ids, workdir, ids_file)
            finally:
                stop_servers(servers)
            ratio = ratios(summaries)
            p99 = p99_ratios(summaries)
            print_table(summaries, ratio, p99)
            print(f"load average at the end (uptime): {_load(os.getloadavg())}")
            path = write_results(args, summaries, ratio, wrk, where, len(ids), p99)
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
