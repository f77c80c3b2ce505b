"""How an answer that is a file (PDF, CSV, iCalendar, HTML, SVG) is declared in OpenAPI.

A route that returns a Response of its own documents no content unless told, and client
generators then drop the answer or try to parse it as JSON. Text formats get
``{"type": "string"}`` (clients hand over the text); the others ``{"type": "string",
"format": "binary"}`` (clients hand over bytes or a file). SVG counts as binary: clients
save or embed it rather than read it.
"""

from __future__ import annotations

from typing import Any

TEXT_SCHEMA: dict[str, str] = {"type": "string"}
BINARY_SCHEMA: dict[str, str] = {"type": "string", "format": "binary"}


def bare(media_type: str) -> str:
    """The media type without its parameters: ``text/csv; charset=utf-8`` -> ``text/csv``."""
    return media_type.split(";")[0].strip()


def schema_for(media_type: str) -> dict[str, str]:
    return dict(TEXT_SCHEMA if bare(media_type).startswith("text/") else BINARY_SCHEMA)


def file_response(
    description: str, *media_types: str, status: int = 200
) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry declaring the ``status`` answer as a file of ``media_types``."""
    return {
        status: {
            "description": description,
            "content": {bare(m): {"schema": schema_for(m)} for m in media_types},
        }
    }
