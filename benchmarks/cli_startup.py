"""`eco --help` start-up against the import of fastapi + sqlalchemy, in the same run.

    uv run python benchmarks/cli_startup.py [--repeat 5] [--command "schedule --help"]

Each measurement is a fresh interpreter, timed from spawn to exit (wall time, what a user
waits for). The baseline is ``python -c "import fastapi, sqlalchemy"``: any command of a
FastAPI + SQLAlchemy backend pays at least that, so the CLI is judged relative to it.
Runs alternate (eco, baseline, eco, ...) so that a machine that gets busier or quieter
during the run moves both; the medians are compared. Target: ratio <= 2.

It also lists the heavy packages the command imported (none is the point: each command
imports its service, the solver or alembic when it runs, not at start-up).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time

HEAVY = (
    "eco_api",
    "eco_scoring",
    "eco_matchmaking",
    "scipy",
    "fpdf",
    "alembic",
    "ortools",
    "vl_convert",
    "procrastinate",
    "numpy",
)
BASELINE = "import fastapi, sqlalchemy"
TARGET_RATIO = 2.0


def _wall(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _heavy_imports(args: list[str]) -> list[str]:
    probe = (
        "import json, sys\n"
        "from typer.testing import CliRunner\n"
        "from eco_cli.main import app\n"
        "CliRunner().invoke(app, json.loads(sys.argv[1]))\n"
        "print(json.dumps(sorted({m.partition('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(args)], check=True, capture_output=True, text=True
    ).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    return [name for name in HEAVY if name in loaded]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--command", default="--help", help="eco's arguments, e.g. 'up --help'")
    options = parser.parse_args()
    args = shlex.split(options.command)
    eco = [sys.executable, "-m", "eco_cli", *args]
    baseline = [sys.executable, "-c", BASELINE]
    # One run each first, unmeasured: bytecode compiled, files in the page cache.
    _wall(eco)
    _wall(baseline)
    ours, base = [], []
    for _ in range(options.repeat):
        ours.append(_wall(eco))
        base.append(_wall(baseline))
    ours_s, base_s = statistics.median(ours), statistics.median(base)
    ratio = ours_s / base_s
    load = os.getloadavg()
    print(f"machine load (1, 5, 15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    ours_label, base_label = f"eco {options.command}", f"baseline: {BASELINE}"
    print(f"{ours_label:<40} median {ours_s:6.3f} s  runs {_fmt(ours)}")
    print(f"{base_label:<40} median {base_s:6.3f} s  runs {_fmt(base)}")
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"ratio eco / baseline: {ratio:.2f} ({verdict} the target <= {TARGET_RATIO:.0f})")
    heavy = _heavy_imports(args)
    print(f"heavy packages imported: {', '.join(heavy) if heavy else 'none'}")


def _fmt(runs: list[float]) -> str:
    return " ".join(f"{r:.2f}" for r in runs)


if __name__ == "__main__":
    main()
