"""`eco --help` and a command's --help start fast: they import no service and none of the
heavy libraries a command needs only when it runs (each command imports its own)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# What must not be imported before a command runs: the three services, and the libraries
# that made `eco --help` take 2 s on a quiet machine (14-19 s on a loaded one).
FORBIDDEN = frozenset(
    {
        "eco_api",
        "eco_scoring",
        "eco_matchmaking",
        "scipy",
        "fpdf",
        "alembic",
        "ortools",
        "vl_convert",
        "procrastinate",
        "sqlalchemy",
        "fastapi",
    }
)
HELPS = (
    ["--help"],
    ["up", "--help"],
    ["schedule", "--help"],
    ["worker", "--help"],
    ["import-statistics", "--help"],
    ["openapi", "--help"],
)

# A fresh interpreter (this one has imported everything already): the CLI's entry point,
# every --help above, then the top-level packages it ended up with.
_PROBE = textwrap.dedent(
    """
    import json, sys
    from typer.testing import CliRunner
    from eco_cli.main import app
    runner = CliRunner()
    outputs = [runner.invoke(app, args) for args in json.loads(sys.argv[1])]
    print(json.dumps({
        "exit_codes": [result.exit_code for result in outputs],
        "texts": [result.output for result in outputs],
        "modules": sorted({name.partition(".")[0] for name in sys.modules}),
    }))
    """
)


def test_help_imports_no_service_and_no_heavy_library() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(HELPS)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", "TERM": "dumb"},
    )
    found = json.loads(probe.stdout)
    assert found["exit_codes"] == [0] * len(HELPS), found["texts"]
    top, up, schedule = found["texts"][:3]
    assert "schedule" in top
    assert "load-reference" in top
    assert "up" in top
    assert "--ready-timeout" in up
    assert "INSTANCE.json" in schedule
    assert "--time-limit" in schedule
    assert sorted(FORBIDDEN & set(found["modules"])) == []
    # The probe really saw the CLI's own modules (the test would pass vacuously otherwise).
    assert {"eco_cli", "typer", "eco_core"} <= set(found["modules"])
