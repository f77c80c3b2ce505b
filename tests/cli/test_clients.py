"""`eco clients --check`: what it reports as drift, and what it says when a generator is
missing. (CI runs the check itself on the committed clients: .ci/run.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eco_cli import clients
from eco_cli.main import app
from eco_core.settings import PROJECT_ROOT


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_drift_is_missing_stale_or_different_files(tmp_path: Path) -> None:
    fresh = _tree(tmp_path / "fresh", {"a.py": "1", "pkg/b.py": "2", "pkg/new.py": "3"})
    committed = _tree(
        tmp_path / "committed",
        {"a.py": "1", "pkg/b.py": "edited", "pkg/old.py": "4", "pkg/__pycache__/b.pyc": "x"},
    )
    drifts = {
        str(d.path.relative_to(committed)): d.reason for d in clients._compare(fresh, committed)
    }
    assert drifts == {
        "pkg/new.py": "missing",
        "pkg/old.py": "not generated any more",
        "pkg/b.py": "differs from openapi/",
    }
    assert clients._compare(fresh, fresh) == []


def test_a_whole_missing_client_is_drift(tmp_path: Path) -> None:
    fresh = _tree(tmp_path / "fresh", {"a.py": "1"})
    assert [d.reason for d in clients._compare(fresh, tmp_path / "absent")] == ["missing"]


def test_the_generated_folders_are_the_committed_ones() -> None:
    for folder in clients.generated_folders():
        assert (PROJECT_ROOT / "clients" / folder).is_dir(), folder
    assert {p.name for p in (PROJECT_ROOT / "clients" / "typescript" / "generated").iterdir()} == {
        "api.ts",
        "scoring.ts",
        "matchmaking.ts",
    }


def test_without_node_modules_the_command_says_what_to_run(tmp_path: Path) -> None:
    shutil.copytree(PROJECT_ROOT / "clients" / "python", tmp_path / "python")
    (tmp_path / "typescript").mkdir()
    result = CliRunner().invoke(app, ["clients", "--check", "--directory", str(tmp_path)])
    assert result.exit_code == 2
    assert f"npm ci --prefix {tmp_path / 'typescript'}" in result.output


@pytest.mark.parametrize("service", clients.SERVICE_NAMES)
def test_each_python_client_is_a_package_named_for_its_service(service: str) -> None:
    project = PROJECT_ROOT / "clients" / clients.python_project(service)
    assert f'name = "eco-{service}-client"' in (project / "pyproject.toml").read_text()
    assert (project / f"eco_{service}_client" / "py.typed").exists()


GENERATOR_OUTPUT = """Generating /tmp/x
Warning(s) encountered while generating. Client was generated, but some pieces may be missing

WARNING parsing POST /v1/statistics/imports within statistics.

Unsupported content type text/csv

{}

WARNING parsing GET /v1/events/{event_id}/poster.png within events. Endpoint will not be generated.

Unsupported content_type image/png

"""


def test_only_unknown_generator_warnings_fail_the_generation() -> None:
    assert clients.unexpected_warnings(GENERATOR_OUTPUT) == [
        ("GET /v1/events/{event_id}/poster.png", "Unsupported content_type image/png")
    ]
    assert clients.unexpected_warnings("Generating /tmp/x\n") == []
