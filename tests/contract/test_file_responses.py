"""Answers that are files declare their media type in the OpenAPI documents, so generated
clients keep them: PDF, SVG (and PNG) as binary strings, CSV, iCalendar and HTML as text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eco_core.settings import PROJECT_ROOT

SERVICES = ("api", "scoring", "matchmaking")
BINARY = {"type": "string", "format": "binary"}
TEXT = {"type": "string"}
# A route whose path ends so answers with that media type, in that form.
BY_EXTENSION = {
    ".pdf": ("application/pdf", BINARY),
    ".svg": ("image/svg+xml", BINARY),
    ".png": ("image/png", BINARY),
    ".csv": ("text/csv", TEXT),
    ".ics": ("text/calendar", TEXT),
    ".html": ("text/html", TEXT),
}


def _document(service: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (PROJECT_ROOT / "openapi" / f"{service}.json").read_text()
    )
    return document


def _file_routes() -> list[tuple[str, str, str]]:
    found = []
    for service in SERVICES:
        for path in _document(service)["paths"]:
            for extension in BY_EXTENSION:
                if path.endswith(extension):
                    found.append((service, path, extension))
    return found


def test_the_file_routes_are_all_found() -> None:
    extensions = {extension for _, _, extension in _file_routes()}
    assert {".pdf", ".svg", ".csv", ".ics", ".html"} <= extensions
    assert len(_file_routes()) >= 12


@pytest.mark.parametrize(("service", "path", "extension"), _file_routes())
def test_file_route_documents_its_media_type(service: str, path: str, extension: str) -> None:
    media_type, schema = BY_EXTENSION[extension]
    ok = _document(service)["paths"][path]["get"]["responses"]["200"]
    assert ok["content"] == {media_type: {"schema": schema}}


@pytest.mark.parametrize("service", SERVICES)
def test_exports_document_csv_and_ndjson_as_text(service: str) -> None:
    exports = [p for p in _document(service)["paths"] if p.endswith("/export")]
    for path in exports:
        content = _document(service)["paths"][path]["get"]["responses"]["200"]["content"]
        assert content["text/csv"] == {"schema": TEXT}
        assert content["application/x-ndjson"] == {"schema": TEXT}
    assert exports or service == "matchmaking"


@pytest.mark.parametrize("service", SERVICES)
def test_every_answer_that_is_not_json_has_a_schema(service: str) -> None:
    for path, operations in _document(service)["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                for media_type, declared in response.get("content", {}).items():
                    assert "schema" in declared, (method, path, status, media_type)
