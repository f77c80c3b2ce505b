from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/v1/definition-sets", tags=["definition-sets"])
