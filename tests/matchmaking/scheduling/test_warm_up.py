"""The matchmaking service loads the solver while it starts, not on the first solve.

Checked in a fresh interpreter, whose modules are its own: building the app loads no
solver (the other services and the CLI stay light); starting it (its lifespan, which
uvicorn runs before it answers) loads OR-Tools' CP-SAT, SciPy's HiGHS and the solver.
"""

from __future__ import annotations

import subprocess
import sys

SOLVER_MODULES = (
    "eco_matchmaking.scheduling.solve",
    "ortools.sat.python.cp_model",
    "scipy.optimize",
)

SCRIPT = f"""
import asyncio, sys
from eco_core.settings import Settings
from eco_matchmaking.main import create_app

SOLVER = {SOLVER_MODULES!r}
# The engine connects lazily: no database is needed to start and stop the app.
app = create_app(Settings(database_url="postgresql://eco@127.0.0.1:1/none", environment="test"))
print("built", [m for m in SOLVER if m in sys.modules])

async def main():
    async with app.router.lifespan_context(app):
        print("started", [m for m in SOLVER if m in sys.modules])

asyncio.run(main())
"""


def test_the_solver_is_loaded_at_start_up() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=180, check=False
    )

    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert lines == ["built []", f"started {list(SOLVER_MODULES)}"]


def test_the_worker_warms_up_in_the_background() -> None:
    import threading

    from eco_cli.worker import start_warm_up

    loaded = threading.Event()
    thread = start_warm_up(loaded.set)
    thread.join(timeout=10)
    assert loaded.is_set()
    # A daemon: a worker told to stop does not wait for its imports.
    assert thread.daemon

    def broken() -> None:
        raise ImportError("no solver here")

    failed = start_warm_up(broken)  # logged: the first job loads the solver itself
    failed.join(timeout=10)
    assert not failed.is_alive()
