"""Helpers for the definition-set tests: row counts, fresh version names, uploads."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import (
    AuditEntry,
    Definition,
    DefinitionCode,
    DefinitionSet,
    ImportRun,
)
from eco_core.reference.parse import parse_nace
from tests.conftest import REFERENCE_ROOT, Caller

DEFAULT_FILE = REFERENCE_ROOT / "definitions/eco-2026.1.csv"
_COUNTED = {
    "definition_set": DefinitionSet,
    "definition": Definition,
    "definition_code": DefinitionCode,
    "import_run": ImportRun,
    "audit_entry": AuditEntry,
}


@pytest.fixture(scope="session")
def nace_parents() -> dict[str, str | None]:
    return {r.code: r.parent_code for r in parse_nace(REFERENCE_ROOT / "nace/nace_rev2_tree.csv")}


@pytest.fixture
def version() -> str:
    """A version no other test uses: answers for a named version are cached as immutable."""
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest_asyncio.fixture
async def writer(make_caller: Callable[..., Awaitable[Caller]]) -> Caller:
    return await make_caller("admin", scopes=["definitions:write"], name="definitions")


Counts = Callable[[], Awaitable[dict[str, int]]]


@pytest.fixture
def counts(session: AsyncSession) -> Counts:
    async def count() -> dict[str, int]:
        return {
            name: int(await session.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in _COUNTED.items()
        }

    return count


Upload = Callable[..., Awaitable[httpx.Response]]


@pytest.fixture
def upload(api: httpx.AsyncClient, writer: Caller) -> Upload:
    async def send(
        body: bytes | str,
        version: str,
        *,
        content_type: str | None = "text/csv",
        mode: str | None = None,
        caller: Caller | None = None,
        **params: str,
    ) -> httpx.Response:
        headers = dict((caller or writer).headers)
        if content_type:
            headers["Content-Type"] = content_type
        query = {"version": version, **params}
        if mode:
            query["mode"] = mode
        content = body.encode() if isinstance(body, str) else body
        return await api.post(
            "/v1/definition-sets/imports", params=query, content=content, headers=headers
        )

    return send


def default_file_text() -> str:
    return Path(DEFAULT_FILE).read_text(encoding="utf-8")
