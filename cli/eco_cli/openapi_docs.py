"""Generate openapi/*.json from the code, byte for byte the same on every run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from eco_cli.services import SERVICES
from eco_core.settings import Settings

# The apps need a URL to build their (lazy) engine; generating a document never connects.
_OFFLINE = Settings(database_url="postgresql://openapi@localhost/openapi", log_level="WARNING")


@dataclass(frozen=True)
class Drift:
    path: Path
    reason: str


def render(service_name: str) -> str:
    service = next(s for s in SERVICES if s.name == service_name)
    document = service.create_app(_OFFLINE).openapi()
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for service in SERVICES:
        path = directory / f"{service.name}.json"
        path.write_text(render(service.name), encoding="utf-8")
        written.append(path)
    return written


def check_all(directory: Path) -> list[Drift]:
    drifts = []
    for service in SERVICES:
        path = directory / f"{service.name}.json"
        if not path.exists():
            drifts.append(Drift(path, "missing"))
        elif path.read_text(encoding="utf-8") != render(service.name):
            drifts.append(Drift(path, "differs from the code"))
    return drifts
