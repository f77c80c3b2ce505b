"""Scopes are ``resource:action``; each kind of account may hold a fixed set of them."""

from __future__ import annotations

from collections.abc import Iterable

RESOURCES_ACTIONS: dict[str, tuple[str, ...]] = {
    "accounts": ("read", "write"),
    "keys": ("read", "write"),
    "audit": ("read",),
    "webhooks": ("read", "write"),
    "clusters": ("read", "write"),
    "statistics": ("write",),
    "definitions": ("write",),
    "scores": ("write",),
    "assessments": ("read", "write"),
    "surveys": ("read", "write"),
    "events": ("read", "write"),
    "participants": ("write",),
    "requests": ("write",),
    "schedules": ("read", "write"),
}

ALL_SCOPES: frozenset[str] = frozenset(
    f"{resource}:{action}" for resource, actions in RESOURCES_ACTIONS.items() for action in actions
)

_SELF_SERVICE = {"keys:read", "keys:write", "audit:read", "webhooks:read", "webhooks:write"}

ALLOWED_SCOPES: dict[str, frozenset[str]] = {
    "admin": ALL_SCOPES,
    "region": frozenset(
        _SELF_SERVICE
        | {"assessments:read", "assessments:write", "surveys:read", "surveys:write"}
        | {"scores:write", "clusters:read"}
    ),
    "cluster_organisation": frozenset(
        _SELF_SERVICE
        | {"clusters:read", "clusters:write", "events:read", "participants:write"}
        | {"requests:write", "schedules:read", "surveys:read"}
    ),
    "event_organiser": frozenset(
        _SELF_SERVICE
        | {"events:read", "events:write", "participants:write", "requests:write"}
        | {"schedules:read", "schedules:write", "clusters:read", "surveys:read", "surveys:write"}
    ),
    # A partner portal creates and manages the profiles of the clusters it serves
    # (eco_core.organisations.delegation) and acts for them at events that allow it.
    "partner_portal": frozenset(
        {"keys:read", "keys:write", "webhooks:read", "webhooks:write"}
        | {"clusters:read", "clusters:write"}
        | {"events:read", "audit:read"}
        | {"participants:write", "requests:write", "schedules:read"}
    ),
}


def unknown_scopes(scopes: Iterable[str]) -> list[str]:
    return sorted(set(scopes) - ALL_SCOPES)


def scopes_beyond_kind(kind: str, scopes: Iterable[str]) -> list[str]:
    return sorted(set(scopes) - ALLOWED_SCOPES[kind])
