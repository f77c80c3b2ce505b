"""``eco schedule INSTANCE.json`` and the JSON Schemas of the scheduling contract."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from eco_matchmaking.scheduling.instance import Instance, Result

SCHEMA_BASE = "https://eco-observatory.eu/schemas/"
SCHEMA_FILES = ("schedule-instance.schema.json", "schedule-result.schema.json")


class InstanceRejected(Exception):  # noqa: N818 - named after what happened to the file
    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def load_instance(path: Path, time_limit: float | None) -> Instance:
    """The instance in the file, every problem listed with its JSON path if it is invalid."""
    try:
        instance = Instance.model_validate_json(path.read_bytes())
    except ValidationError as invalid:
        raise InstanceRejected(
            [
                f"{'.'.join(str(part) for part in error['loc']) or '(file)'}: {error['msg']}"
                for error in invalid.errors()
            ]
        ) from None
    if time_limit is not None:
        instance = instance.model_copy(update={"time_limit_seconds": time_limit})
    return instance


def summary(result: Result, instance: Instance) -> list[str]:
    total_weight = sum(m.value for m in instance.meetings)
    lines = [
        f"{result.status} ({result.solver}) in {result.solve_seconds:.2f} s",
        f"  scheduled   {result.scheduled_meetings} of {len(instance.meetings)} meetings, "
        f"weight {result.scheduled_weight} of {total_weight}",
        f"  objective   {result.objective:.3f}   upper bound {result.upper_bound:.3f}   "
        f"gap {100 * result.gap:.2f} %",
        f"  idle gaps   {result.idle_gaps}   moved {result.moved_meetings}   "
        f"below the floor {result.floor_shortfall}",
    ]
    if result.unscheduled:
        reasons = Counter(u.reason for u in result.unscheduled)
        lines.append(
            "  unscheduled "
            + ", ".join(f"{count} {reason}" for reason, count in reasons.most_common())
        )
    for diagnostic in result.diagnostics[:10]:
        lines.append(f"  ! {diagnostic.code}: {diagnostic.detail}")
    if len(result.diagnostics) > 10:
        lines.append(f"  ! … and {len(result.diagnostics) - 10} more in the result file")
    return lines


def default_output(instance_path: Path) -> Path:
    stem = instance_path.name.removesuffix(".json")
    return instance_path.with_name(f"{stem}.result.json")


def render_schemas() -> dict[str, str]:
    """File name -> JSON Schema text, byte for byte the same on every run."""
    documents = {
        SCHEMA_FILES[0]: (Instance.model_json_schema(mode="validation"), "A scheduling instance"),
        SCHEMA_FILES[1]: (Result.model_json_schema(mode="serialization"), "A schedule"),
    }
    rendered = {}
    for name, (schema, title) in documents.items():
        document = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_BASE + name,
            "title": title,
            **{k: v for k, v in schema.items() if k != "title"},
        }
        rendered[name] = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return rendered


@dataclass(frozen=True)
class SchemaDrift:
    path: Path
    reason: str


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def check_schemas(directory: Path) -> list[SchemaDrift]:
    drifts = []
    for name, text in render_schemas().items():
        path = directory / name
        if not path.exists():
            drifts.append(SchemaDrift(path, "missing"))
        elif path.read_text(encoding="utf-8") != text:
            drifts.append(SchemaDrift(path, "differs from the code"))
    return drifts
