"""`eco schedule INSTANCE.json` and the committed JSON Schemas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from eco_cli.schedule_command import check_schemas
from eco_core.settings import PROJECT_ROOT
from eco_matchmaking.scheduling.instance import Instance, Result
from eco_matchmaking.scheduling.validate import violations
from tests.matchmaking.scheduling.builders import instance, meeting, morning, people

ECO = str(Path(sys.executable).parent / "eco")


def _eco(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
    return subprocess.run(
        [ECO, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_eco_schedule_writes_the_result_and_prints_a_summary(tmp_path: Path) -> None:
    inst = instance(
        morning(2, 1),
        people("a", "b", "c"),
        [
            meeting("ab", "a", "b", priority="must_meet"),
            meeting("ac", "a", "c"),
            meeting("bc", "b", "c"),
        ],
    )
    path = tmp_path / "event.json"
    path.write_text(inst.model_dump_json(), encoding="utf-8")

    done = _eco("schedule", str(path), "--time-limit", "1")

    assert done.returncode == 0, done.stderr
    result = Result.model_validate_json((tmp_path / "event.result.json").read_text())
    assert violations(Instance.model_validate_json(path.read_text()), result) == []
    assert result.scheduled_meetings == 2
    assert "scheduled   2 of 3 meetings, weight 4 of 5" in done.stdout
    assert "! event_over_tables: 3 meetings need a shared table" in done.stdout


def test_eco_schedule_refuses_an_invalid_file_with_the_path_at_fault(tmp_path: Path) -> None:
    body = {
        "slots": [{"id": "s1", "tables": ["T1"]}],
        "participants": [{"id": "a"}],
        "meetings": [{"id": "m1", "a": "a", "b": "a"}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    output = tmp_path / "out.json"

    done = _eco("schedule", str(path), "--output", str(output))

    assert done.returncode == 2
    assert "meetings.0.b: a meeting with oneself ('a')" in done.stderr
    assert not output.exists()


def test_the_committed_json_schemas_match_the_models() -> None:
    assert check_schemas(PROJECT_ROOT / "docs" / "schemas") == []
    schema = json.loads((PROJECT_ROOT / "docs/schemas/schedule-instance.schema.json").read_text())
    assert schema["$id"].endswith("schedule-instance.schema.json")
    assert set(schema["required"]) == {"slots", "participants", "meetings"}
