from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request

from eco_api.sectors.codes import SECTOR_CODE_PATTERN, SectorCode, parse_sector_code
from eco_api.sectors.repository import SectorRepository
from eco_api.sectors.schemas import SectorFilter
from eco_api.sectors.service import SectorService
from eco_core.db.name_search import search_text_problem
from eco_core.db.session import ReadConnectionDep
from eco_core.http.problems import FieldError, Problem
from eco_core.types import NACE_PATTERN


async def get_sector_service(request: Request, connection: ReadConnectionDep) -> SectorService:
    return SectorService(SectorRepository(connection, request.app.state.engine))


SectorServiceDep = Annotated[SectorService, Depends(get_sector_service)]


async def sector_code(
    code: Annotated[
        str,
        Path(
            pattern=SECTOR_CODE_PATTERN,
            description=(
                "A NACE Rev. 2 code (C, 10, 10.1, 10.11), also as Eurostat writes it "
                "(C10, G451, C1011)"
            ),
            examples=["10.11"],
        ),
    ],
) -> SectorCode:
    return parse_sector_code(code)


SectorCodeDep = Annotated[SectorCode, Depends(sector_code)]


async def sector_filter(
    level: Annotated[int | None, Query(ge=1, le=4, description="1 section … 4 class")] = None,
    parent: Annotated[str | None, Query(pattern=NACE_PATTERN)] = None,
    section: Annotated[str | None, Query(pattern=r"^[A-U]$")] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=100,
            description=(
                "Search the names, ignoring accents, case and punctuation: names containing "
                "the text, the exact name first, then those starting with it, then the "
                "shortest; only when none contains it, similar names (a typo)"
            ),
            examples=["dairy"],
        ),
    ] = None,
) -> SectorFilter:
    problem = search_text_problem(q)
    if problem is not None:
        raise Problem(
            422,
            "Unprocessable Content",
            f"The search text has {problem}.",
            slug="validation-error",
            errors=[FieldError(field="query.q", message=problem)],
        )
    return SectorFilter(level=level, parent_code=parent, section=section, query=q)


SectorFilterDep = Annotated[SectorFilter, Depends(sector_filter)]
