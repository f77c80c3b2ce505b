"""What a definition set holds, independent of any file format or table (pure)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

import orjson

from eco_core.models.definitions import DEFINITION_KINDS

KINDS: tuple[str, ...] = DEFINITION_KINDS
# Shipped with the project and loaded by ``eco load-reference``; emerging-industry figures
# link to its definitions.
DEFAULT_VERSION = "eco-2026.1"
# A version name that would shadow the alias every route accepts for the active set.
ACTIVE_ALIAS = "active"
VERSION_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_MAX_LENGTH = 80
NAME_MAX_LENGTH = 200
DESCRIPTION_MAX_LENGTH = 2_000
# The column is NUMERIC(5, 4): more decimals would be rounded silently, so they are refused.
WEIGHT_PLACES = 4


@dataclass(frozen=True)
class SetMetadata:
    version: str
    title: str
    description: str | None
    source: str


@dataclass(frozen=True)
class CodeWeight:
    nace_code: str
    weight: Decimal


@dataclass(frozen=True)
class DefinitionDraft:
    """A category or emerging industry as validated, before it is stored."""

    kind: str
    slug: str
    name: str
    description: str | None
    codes: tuple[CodeWeight, ...]


def weight_text(weight: Decimal) -> str:
    """``1``, ``0.7``, ``0.25``: the shortest exact text, the same for 0.70 and 0.7000."""
    return format(weight.normalize(), "f")


def content_sha256(definitions: list[DefinitionDraft]) -> str:
    """A checksum of the content, not of the file: the same set as CSV or JSON, in any row
    order, with descriptions on one row or on all, has the same checksum."""
    canonical = sorted(
        (
            d.kind,
            d.slug,
            d.name,
            d.description or "",
            sorted((c.nace_code, weight_text(c.weight)) for c in d.codes),
        )
        for d in definitions
    )
    return hashlib.sha256(orjson.dumps(canonical)).hexdigest()
