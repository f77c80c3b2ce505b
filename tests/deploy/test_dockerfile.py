"""The Dockerfile and docker-compose.yml, checked without a Docker engine (none runs in CI).

The Dockerfile is parsed here (instructions, continuation lines, stages); the promises of
deploy/README.md are asserted on it: two stages with uv and the lock file in the builder,
a python slim runtime with only the virtual environment and the source, a non-root user
matching the Kubernetes securityContext, a HEALTHCHECK on /healthz that runs with the
image's own interpreter (run here against a live service). The compose commands are
parsed by the very CLI the image runs, so a renamed command or option fails here.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from tests.conftest import served_on_loopback

ROOT = Path(__file__).resolve().parents[2]
BUILD_TOOLS = ("gcc", "g++", "build-essential", "make", "clang", "cc ", "apt-get", "apk ")
KUBERNETES_UID = 10001  # deploy/kubernetes: runAsUser, runAsGroup


@dataclass
class Instruction:
    keyword: str
    arguments: str


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [i.arguments for i in self.instructions if i.keyword == keyword]


def parse_dockerfile(text: str) -> tuple[dict[str, str], list[Stage]]:
    """ARGs before the first FROM (with defaults) and the stages, ``${ARG}`` expanded in
    FROM lines. Comments and line continuations as Docker reads them."""
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and not pending):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        lines.append(pending + stripped)
        pending = ""
    assert not pending, "a continuation line at the end of the Dockerfile"
    args: dict[str, str] = {}
    stages: list[Stage] = []
    for line in lines:
        keyword, _, arguments = line.partition(" ")
        keyword = keyword.upper()
        arguments = arguments.strip()
        if keyword == "ARG" and not stages:
            name, _, default = arguments.partition("=")
            args[name] = default
        elif keyword == "FROM":
            words = arguments.split()
            base = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], words[0])
            stage_name = words[2] if len(words) == 3 and words[1].upper() == "AS" else None
            stages.append(Stage(base, stage_name))
        else:
            assert stages, f"{keyword} before any FROM"
            stages[-1].instructions.append(Instruction(keyword, arguments))
    return args, stages


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return parse_dockerfile((ROOT / "Dockerfile").read_text())[1]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def _exec_form(arguments: str) -> list[str]:
    value = json.loads(arguments)
    assert isinstance(value, list), arguments
    assert all(isinstance(v, str) for v in value), arguments
    return value


def test_the_parser_reads_continuations_args_and_stages() -> None:
    args, stages = parse_dockerfile(
        "ARG BASE=python:3.11-slim\n# a comment\nFROM ${BASE} AS one\n"
        "RUN a \\\n    && b\n\nFROM ${BASE}\nUSER x\n"
    )
    assert args == {"BASE": "python:3.11-slim"}
    assert [(s.base, s.name) for s in stages] == [
        ("python:3.11-slim", "one"),
        ("python:3.11-slim", None),
    ]
    assert stages[0].all("RUN") == ["a  && b"]
    assert stages[1].all("USER") == ["x"]


def test_multi_stage_with_uv_and_the_lock_in_the_builder(stages: list[Stage]) -> None:
    assert len(stages) >= 2
    builder, runtime = stages[0], stages[-1]
    assert builder.name == "builder"
    copies = " ".join(builder.all("COPY"))
    assert "uv.lock" in copies
    syncs = [run for run in builder.all("RUN") if "uv sync" in run]
    assert syncs, "the builder installs with uv sync"
    for run in syncs:
        assert "--locked" in run, run
        assert "--no-dev" in run, run
    env = " ".join(builder.all("ENV"))
    assert "UV_PROJECT_ENVIRONMENT=/app/.venv" in env
    # uv must use the base image's interpreter, the one the runtime stage has too.
    assert "UV_PYTHON_DOWNLOADS=never" in env
    assert runtime.base == builder.base
    assert re.fullmatch(r"python:3\.\d+-slim(-\w+)?", runtime.base), runtime.base


def test_the_runtime_stage_has_no_build_tools_and_a_non_root_user(stages: list[Stage]) -> None:
    runtime = stages[-1]
    runs = " ".join(runtime.all("RUN"))
    for tool in BUILD_TOOLS:
        assert tool not in runs, f"{tool!r} in the runtime stage"
    assert "uv" not in runs.split()
    assert "pip install" not in runs
    # Everything from the builder comes as files: the venv and the source.
    copies = runtime.all("COPY")
    assert copies
    assert all(c.startswith("--from=builder ") for c in copies), copies
    assert any("/app" in c for c in copies)
    [user] = runtime.all("USER")
    assert user not in {"root", "0"}
    assert not user.startswith(("root:", "0:"))
    assert f"--uid {KUBERNETES_UID}" in runs
    assert f"--gid {KUBERNETES_UID}" in runs
    assert any('PATH="/app/.venv/bin:$PATH"' in e for e in runtime.all("ENV"))
    assert _exec_form(runtime.all("CMD")[-1])[:2] == ["eco", "serve"]


def _healthcheck_command(stages: list[Stage]) -> list[str]:
    [healthcheck] = stages[-1].all("HEALTHCHECK")
    options, _, command = healthcheck.partition("CMD ")
    assert "--interval=" in options
    assert "--timeout=" in options
    return _exec_form(command)


def test_the_healthcheck_asks_healthz_with_python(stages: list[Stage]) -> None:
    command = _healthcheck_command(stages)
    assert command[:2] == ["python", "-c"]
    assert "http://127.0.0.1:8000/healthz" in command[2]
    assert "curl" not in command[2]
    assert "wget" not in command[2]


async def test_the_healthcheck_passes_against_a_live_service_and_fails_without(
    stages: list[Stage],
) -> None:
    """The image's command, run by this machine's interpreter, on a free port instead of
    8000: 0 while /healthz answers (it needs no database), non-zero once nothing listens."""
    from eco_api.main import create_app
    from eco_core.settings import Settings

    command = _healthcheck_command(stages)
    app = create_app(
        Settings(database_url="postgresql://nobody@127.0.0.1:9/none", environment="test")
    )
    async with served_on_loopback(app) as base:
        port = base.rsplit(":", 1)[1]
        code = command[2].replace(":8000/", f":{port}/")
        alive = await _run([sys.executable, "-c", code])
    assert alive == 0
    assert await _run([sys.executable, "-c", code]) != 0  # the server has stopped
    await app.state.engine.dispose()


async def _run(argv: list[str]) -> int:
    process = await asyncio.create_subprocess_exec(
        *argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return await asyncio.wait_for(process.wait(), 15)


def _compose_commands(compose: dict[str, Any]) -> Iterator[tuple[str, list[str]]]:
    for name, service in compose["services"].items():
        if "command" in service:
            yield name, service["command"]


def test_compose_and_kubernetes_use_this_image(compose: dict[str, Any]) -> None:
    app = compose["x-app"]
    assert app["build"] == "."  # this Dockerfile
    assert app["image"].partition(":")[0] == "eco-observatory"
    for name, service in compose["services"].items():
        if name in {"postgres", "gateway"}:
            continue
        assert service["image"] == app["image"], name  # through the x-app anchor
    kubernetes = (ROOT / "deploy" / "kubernetes" / "base").glob("*.yaml")
    images = {
        line.split("image:", 1)[1].strip()
        for path in kubernetes
        for line in path.read_text().splitlines()
        if line.strip().startswith("image:")
    }
    assert images == {"eco-observatory"}


def test_compose_commands_parse_with_the_cli_of_this_checkout(compose: dict[str, Any]) -> None:
    """Each command's subcommand, options and values, as ``eco`` would read them in the
    container, without running anything."""
    from eco_cli.main import app as cli

    # Typer's own click (vendored in recent releases): used by its methods, not by type.
    group: Any = typer.main.get_command(cli)
    seen = set()
    for name, command in _compose_commands(compose):
        assert command[0] == "eco", name
        context = group.make_context("eco", list(command[1:]), resilient_parsing=False)
        # click 8 keeps the subcommand in protected_args, Typer's vendored copy in _protected_args.
        protected = getattr(context, "protected_args", None) or context._protected_args
        rest = [*protected, *context.args]
        sub_name, sub, remaining = group.resolve_command(context, rest)
        assert sub is not None, command
        assert sub_name is not None, command
        sub.make_context(sub_name, list(remaining), parent=context)  # raises if wrong
        seen.add(sub_name)
        if sub_name == "serve":  # the service is a free argument: its name must match
            assert remaining[0] == name, command
    assert {"serve", "worker", "load-reference"} <= seen
    # And a healthcheck command that names a module: it imports here.
    worker_check = compose["services"]["worker"]["healthcheck"]["test"]
    assert worker_check[:2] == ["CMD", "python"]
    assert worker_check[2] == "-m"
    subprocess.run(
        [sys.executable, "-c", f"import {worker_check[3]}"], check=True, capture_output=True
    )


def test_compose_trusts_the_gateway_only(compose: dict[str, Any]) -> None:
    trusted = compose["x-app"]["environment"]["ECO_TRUSTED_PROXIES"]
    gateway = compose["services"]["gateway"]["networks"]["default"]["ipv4_address"]
    assert trusted == gateway
    for name, service in compose["services"].items():
        if name in {"postgres", "gateway"}:
            continue
        assert service["environment"]["ECO_TRUSTED_PROXIES"] == gateway, name
    # Only the gateway publishes a port; the services are reached through it.
    assert [n for n, s in compose["services"].items() if "ports" in s] == ["gateway"]
