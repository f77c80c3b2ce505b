"""The committed OpenAPI documents are what the code generates, and drift is caught."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from eco_cli import openapi_docs
from eco_core.settings import PROJECT_ROOT


def test_committed_documents_match_the_code() -> None:
    assert openapi_docs.check_all(PROJECT_ROOT / "openapi") == []


def test_generation_is_deterministic() -> None:
    assert openapi_docs.render("api") == openapi_docs.render("api")


def test_drift_is_reported(tmp_path: Path) -> None:
    shutil.copytree(PROJECT_ROOT / "openapi", tmp_path, dirs_exist_ok=True)
    document = json.loads((tmp_path / "api.json").read_text())
    document["info"]["title"] = "edited by hand"
    (tmp_path / "api.json").write_text(json.dumps(document))
    (tmp_path / "scoring.json").unlink()
    drifts = {d.path.name: d.reason for d in openapi_docs.check_all(tmp_path)}
    assert drifts == {"api.json": "differs from the code", "scoring.json": "missing"}


def test_every_operation_has_a_stable_id_and_documents_problems() -> None:
    for service in ("api", "scoring", "matchmaking"):
        document = json.loads(openapi_docs.render(service))
        ids = [op["operationId"] for path in document["paths"].values() for op in path.values()]
        assert len(ids) == len(set(ids))
        for path in document["paths"].values():
            for op in path.values():
                for status, response in op["responses"].items():
                    if status.startswith(("4", "5")):
                        assert list(response["content"]) == ["application/problem+json"]
