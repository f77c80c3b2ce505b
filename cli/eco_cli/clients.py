"""Typed clients generated from the committed OpenAPI documents into clients/.

- ``clients/python/eco-<service>-client``: a Python package per service, written by
  openapi-python-client (a dev dependency, pinned by uv.lock), formatted by the project's
  ruff as the generator's own post-hooks run it;
- ``clients/typescript/generated/<service>.ts``: TypeScript types, written by
  openapi-typescript (pinned by clients/typescript/package-lock.json; ``npm ci`` there
  installs it).

Both read ``openapi/*.json``, not the code: ``eco openapi`` comes first. With the
generators pinned, a regeneration is byte for byte what is committed unless a document
changed, which is what ``--check`` relies on: it generates into a temporary folder and
compares, file by file, with clients/.
"""

from __future__ import annotations

import filecmp
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

SERVICE_NAMES = ("api", "scoring", "matchmaking")
PYTHON_CONFIG = Path("python") / "openapi-python-client.json"
TYPESCRIPT = Path("typescript")
TYPESCRIPT_GENERATED = TYPESCRIPT / "generated"


# What openapi-python-client cannot generate, known and accepted: request bodies it has no
# way to send (it sends JSON, forms and application/octet-stream). Where an operation also
# takes JSON or octet-stream, only these alternatives are missing; the two CSV-only
# imports are missing whole (the TypeScript types have them; from Python, post the file
# with the client's httpx client). Anything else it warns about fails the generation:
# most likely an answer declared without a media type it can read.
KNOWN_WARNINGS = frozenset(
    {
        ("POST /v1/definition-sets/imports", "Unsupported content type text/csv"),
        ("POST /v1/organisations/imports", "Unsupported content type application/x-ndjson"),
        ("POST /v1/organisations/imports", "Unsupported content type text/csv"),
        ("POST /v1/statistics/imports", "Unsupported content type application/gzip"),
        ("POST /v1/statistics/imports", "Unsupported content type text/csv"),
        ("POST /v1/statistics/imports", "Unsupported content type text/tab-separated-values"),
        (
            "POST /v1/scoreboard/frameworks/{version}/values/imports",
            "Unsupported content type text/csv",
        ),
        ("POST /v1/input-output-tables/imports", "Unsupported content type text/csv"),
    }
)
_WARNING = re.compile(r"^WARNING parsing (\S+ \S+) within .*\n\n(.+)$", re.MULTILINE)


class GeneratorError(RuntimeError):
    """A generator is not installed, or failed; the message says what to do."""


@dataclass(frozen=True)
class Drift:
    path: Path
    reason: str


def python_project(service: str) -> Path:
    return Path("python") / f"eco-{service}-client"


def generated_folders() -> list[Path]:
    """The folders under clients/ that are generated whole (and replaced whole)."""
    return [*(python_project(s) for s in SERVICE_NAMES), TYPESCRIPT_GENERATED]


def generate(openapi_dir: Path, clients_dir: Path, into: Path) -> None:
    """Every client, generated from ``openapi_dir`` into ``into``, laid out as clients/ is.
    ``clients_dir`` supplies the generators' configuration and node_modules."""
    require_generators(clients_dir)
    (into / TYPESCRIPT_GENERATED).mkdir(parents=True)
    jobs: list[Callable[[], None]] = []
    for service in SERVICE_NAMES:
        document = openapi_dir / f"{service}.json"
        jobs.append(
            partial(
                _python_client,
                document,
                clients_dir / PYTHON_CONFIG,
                service,
                into / python_project(service),
            )
        )
        jobs.append(
            partial(
                _typescript_types,
                document,
                clients_dir / TYPESCRIPT,
                into / TYPESCRIPT_GENERATED / f"{service}.ts",
            )
        )
    # Six generator processes, each mostly waiting on its own start-up: run side by side.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for done in [pool.submit(job) for job in jobs]:
            done.result()


def write_all(openapi_dir: Path, clients_dir: Path) -> list[Path]:
    """Regenerate clients/: each generated folder replaced whole, so nothing stale stays."""
    with tempfile.TemporaryDirectory(prefix="eco-clients-") as tmp:
        fresh = Path(tmp)
        generate(openapi_dir, clients_dir, fresh)
        for folder in generated_folders():
            target = clients_dir / folder
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(fresh / folder, target)
    return [clients_dir / folder for folder in generated_folders()]


def check_all(openapi_dir: Path, clients_dir: Path) -> list[Drift]:
    with tempfile.TemporaryDirectory(prefix="eco-clients-") as tmp:
        fresh = Path(tmp)
        generate(openapi_dir, clients_dir, fresh)
        drifts: list[Drift] = []
        for folder in generated_folders():
            drifts.extend(_compare(fresh / folder, clients_dir / folder))
        return drifts


def _compare(fresh: Path, committed: Path) -> list[Drift]:
    generated = _files(fresh)
    present = _files(committed) if committed.exists() else set()
    drifts = [Drift(committed / f, "missing") for f in sorted(generated - present)]
    drifts += [Drift(committed / f, "not generated any more") for f in sorted(present - generated)]
    drifts += [
        Drift(committed / f, "differs from openapi/")
        for f in sorted(generated & present)
        if not filecmp.cmp(fresh / f, committed / f, shallow=False)
    ]
    return drifts


def _files(root: Path) -> set[Path]:
    # Caches that tools leave beside the sources are not part of a client.
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def require_generators(clients_dir: Path) -> None:
    """Refuse (GeneratorError) before any work when a generator is not installed."""
    if importlib.util.find_spec("openapi_python_client") is None:
        raise GeneratorError(
            "openapi-python-client is not installed: it is a dev dependency (uv sync)"
        )
    project = clients_dir / TYPESCRIPT
    if not (project / "node_modules" / ".bin" / "openapi-typescript").exists():
        raise GeneratorError(
            f"openapi-typescript is not installed: run 'npm ci --prefix {project}'"
        )


def _python_client(document: Path, base_config: Path, service: str, output: Path) -> None:
    config: dict[str, Any] = json.loads(base_config.read_text(encoding="utf-8"))
    config |= {
        "project_name_override": f"eco-{service}-client",
        "package_name_override": f"eco_{service}_client",
    }
    with tempfile.TemporaryDirectory(prefix="eco-client-config-") as tmp:
        config_file = Path(tmp) / "config.json"
        config_file.write_text(json.dumps(config), encoding="utf-8")
        output_text = _run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(document),
                "--config",
                str(config_file),
                "--meta",
                "uv",
                "--output-path",
                str(output),
            ],
            cwd=output.parent,
            what=f"openapi-python-client ({service})",
        )
    unexpected = unexpected_warnings(output_text)
    if unexpected:
        listed = "; ".join(f"{operation}: {message}" for operation, message in unexpected)
        raise GeneratorError(
            f"openapi-python-client ({service}) would leave out: {listed}. Declare file "
            "answers with eco_core.http.media.file_response, or accept the loss in "
            "eco_cli.clients.KNOWN_WARNINGS"
        )


def unexpected_warnings(output: str) -> list[tuple[str, str]]:
    """(operation, warning) pairs of openapi-python-client's output not in KNOWN_WARNINGS."""
    found: set[tuple[str, str]] = set(_WARNING.findall(output))
    return sorted(found - KNOWN_WARNINGS)


def _typescript_types(document: Path, project: Path, output: Path) -> None:
    _run(
        ["npx", "--no-install", "openapi-typescript", str(document), "--output", str(output)],
        cwd=project,
        what=f"openapi-typescript ({document.stem})",
    )


def _run(command: list[str], *, cwd: Path, what: str) -> str:
    """Run a generator; its output (for the warnings), or GeneratorError when it fails."""
    cwd.mkdir(parents=True, exist_ok=True)
    # The generator's post-hooks call ``ruff``: this environment's, the version uv.lock pins.
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        # No .ruff_cache left in the generated folders.
        "RUFF_NO_CACHE": "true",
    }
    done = subprocess.run(  # noqa: S603 - fixed commands, paths of our own
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise GeneratorError(
            f"{what} failed (exit {done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
        )
    return done.stdout + done.stderr
