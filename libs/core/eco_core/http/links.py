"""OpenAPI links: how the answer of one operation feeds the next (create -> read -> update
-> delete). Clients read them as documentation; schemathesis follows them in its stateful
run, so a resource is created and then exercised rather than guessed at with random ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Link:
    """A link to ``operation_id`` (the route function's name), its parameters given as
    runtime expressions keyed ``in.name`` (e.g. ``{"path.event_id": "$response.body#/id"}``)
    and, if need be, a request body in which runtime expressions are filled in.
    """

    operation_id: str
    parameters: dict[str, str] = field(default_factory=dict)
    description: str | None = None
    request_body: Any = None

    def document(self) -> dict[str, Any]:
        document: dict[str, Any] = {"operationId": self.operation_id}
        if self.parameters:
            document["parameters"] = dict(self.parameters)
        if self.request_body is not None:
            document["requestBody"] = self.request_body
        if self.description:
            document["description"] = self.description
        return document


def links(status: int, **named: Link) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry adding ``named`` links to the ``status`` answer of a route."""
    return {status: {"links": {name: link.document() for name, link in named.items()}}}


def from_body(name: str, pointer: str = "/id") -> dict[str, str]:
    """``{"path.<name>": "$response.body#<pointer>"}``: an id in the answer's body."""
    return {f"path.{name}": f"$response.body#{pointer}"}


def from_path(name: str) -> dict[str, str]:
    """``{"path.<name>": "$request.path.<name>"}``: a path parameter of the request."""
    return {f"path.{name}": f"$request.path.{name}"}
