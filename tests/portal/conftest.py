"""The portal flow's apps outlive each test's rolled-back data: no cached answer may leak."""

from __future__ import annotations

import pytest
from fastapi import FastAPI


@pytest.fixture(autouse=True)
def fresh_response_cache(apps: dict[str, FastAPI]) -> None:
    for app in apps.values():
        app.state.response_cache.clear()
