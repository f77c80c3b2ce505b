from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from eco_core.auth.principal import OptionalPrincipal
from eco_core.http.etag import json_with_etag
from eco_core.http.media import file_response
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.regions.resolve import Relation, resolution_responses, stated_headers
from eco_core.types import NUTS_PATTERN
from eco_scoring.region_reports.dependencies import RegionReportReader
from eco_scoring.region_reports.schemas import DemonstratorRead, RegionReport, ReportRegion
from eco_scoring.scoreboard.router import PeersQuery

router = APIRouter(
    prefix="/v1/region-reports",
    tags=["region-reports"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 404, 422)},
)

NutsId = Annotated[
    str,
    Path(
        pattern=NUTS_PATTERN,
        description="A NUTS code of 2013, 2021 or 2024 (the newest version that has it)",
        examples=["DE60"],
    ),
]
# Who calls changes the answer (private parts), and the public response cache keys on the
# URL alone: these answers are never stored by a shared cache.
_PRIVATE = {"Cache-Control": "private, max-age=0", "Vary": "Authorization, X-API-Key"}


def _peers(peers: str | None) -> list[str] | None:
    return None if peers is None else [p.strip().upper() for p in peers.split(",")]


def _read_as(region: ReportRegion) -> dict[str, str]:
    """The resolution headers: the report is of the region of the newest NUTS version that
    has the code, under its code there (FR30 of 2013 is reported as FRE1 of 2024)."""
    relation: Relation = "same_code" if region.nuts_id == region.requested else "same_territory"
    return stated_headers([(region.requested, region.nuts_id, region.nuts_version, relation)])


def _download(
    body: bytes | str, media_type: str, filename: str, attachment: bool, region: ReportRegion
) -> Response:
    disposition = "attachment" if attachment else "inline"
    return Response(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'{disposition}; filename="{filename}"',
            **_PRIVATE,
            **_read_as(region),
        },
    )


@router.get("/demonstrators", response_model=list[DemonstratorRead])
async def list_demonstrators(request: Request, service: RegionReportReader) -> Response:
    """The six model demonstrator regions of the European Cluster Observatory (2015
    advisory support) with their stated focus and their codes in NUTS 2013, 2021 and 2024
    (Centro was split in NUTS 2024: the regions it became are listed instead)."""
    data = await service.demonstrators()
    return json_with_etag(request, data, list[DemonstratorRead], max_age=300)


_REPORT_DESCRIPTION = (
    "Every part has a status: present; absent with the reason (no Panorama run, no "
    "indicator values, no submitted Stress Test, fewer survey respondents than the "
    "minimum ...); or restricted: the Stress Test and the survey results are private to the "
    "account that ran them and to administrators (scopes assessments:read, surveys:read), "
    "so without a key they are restricted whether or not they exist. Results filed under "
    "the region's code of the same territory in another NUTS version are used (FR30 of "
    "2013 is FRE1 of 2021 and 2024); the Panorama and scoreboard parts of a NUTS-3 region "
    "are those of the region containing it (DE212 München: DE21 Oberbayern), said in the "
    "part's note; a part whose figures describe other territory (PT19 of 2024, split off "
    "PT16 of 2013) is absent, the reason naming the change. The headers "
    "Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and "
    "Eco-Region-Relation say which region the report is of; a code of no version is a 404 "
    "naming the versions searched."
)


@router.get(
    "/{nuts_id}",
    response_model=RegionReport,
    responses=resolution_responses(),
    description="A region's Panorama profile, Regional Eco-System Scoreboard against peers, "
    "latest Stress Test result, stakeholder survey results and recommendations (the Stress "
    "Test's, most urgent first; without one, hints from the scoreboard's weaknesses and "
    "the Panorama's adjacent opportunities). " + _REPORT_DESCRIPTION,
)
async def get_region_report(
    request: Request,
    nuts_id: NutsId,
    principal: OptionalPrincipal,
    service: RegionReportReader,
    peers: PeersQuery = None,
) -> Response:
    data = await service.report(nuts_id, principal, _peers(peers))
    response = json_with_etag(request, data, RegionReport, max_age=0, public=False)
    response.headers["Vary"] = _PRIVATE["Vary"]
    response.headers.update(_read_as(data.region))
    return response


@router.get(
    "/{nuts_id}/report.html",
    response_class=Response,
    responses=resolution_responses(**file_response("An HTML page", "text/html")[200]),
    description="The region report as one self-contained HTML page (styles and charts "
    "inline, no script). " + _REPORT_DESCRIPTION,
)
async def get_region_report_html(
    nuts_id: NutsId,
    principal: OptionalPrincipal,
    service: RegionReportReader,
    peers: PeersQuery = None,
    download: Annotated[bool, Query(description="As an attachment")] = False,
) -> Response:
    data = await service.report(nuts_id, principal, _peers(peers))
    return _download(
        await service.html(data),
        "text/html; charset=utf-8",
        f"region-report-{nuts_id}.html",
        download,
        data.region,
    )


@router.get(
    "/{nuts_id}/report.pdf",
    response_class=Response,
    responses=resolution_responses(**file_response("A PDF report", "application/pdf")[200]),
    description="The region report as a PDF to download. " + _REPORT_DESCRIPTION,
)
async def get_region_report_pdf(
    nuts_id: NutsId,
    principal: OptionalPrincipal,
    service: RegionReportReader,
    peers: PeersQuery = None,
) -> Response:
    data = await service.report(nuts_id, principal, _peers(peers))
    body = await service.pdf(data)
    return _download(body, "application/pdf", f"region-report-{nuts_id}.pdf", True, data.region)
