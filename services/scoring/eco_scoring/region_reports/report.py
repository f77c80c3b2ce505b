"""A region report as a self-contained HTML page and as a PDF (pure).

The content is laid out once, as a list of neutral blocks (headings, paragraphs, tables,
charts), which each format then renders: the page and the PDF say the same things.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Literal

from eco_scoring.charts import render
from eco_scoring.charts.spec import Spec
from eco_scoring.region_reports.compose import pretty
from eco_scoring.region_reports.schemas import (
    PanoramaPart,
    Part,
    RegionReport,
    ReportRegion,
    ScoreboardPart,
    StressTestPart,
    SurveysPart,
)
from eco_scoring.scoreboard.chart import chart_spec
from eco_scoring.stress_test import report as stress_test_report

if TYPE_CHECKING:
    from eco_core.reports.pdf import Alignment, PdfDocument

TOP_CLUSTERS = 10
_MUTED = (100, 104, 110)
_SOURCE = {
    "stress_test": "Stress Test recommendation",
    "scoreboard_weakness": "Hint - scoreboard weakness",
    "panorama_opportunity": "Hint - Panorama opportunity",
}


@dataclass(frozen=True)
class Heading:
    text: str
    level: Literal[1, 2] = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Bullets:
    items: Sequence[str]


@dataclass(frozen=True)
class KeyValues:
    rows: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    align: Sequence[Alignment] = field(default_factory=tuple)


@dataclass(frozen=True)
class Chart:
    """A Vega-Lite spec: inline SVG on the page, a PNG twice its size in the PDF."""

    spec: Spec
    width_mm: float = 120


Block = Heading | Paragraph | Bullets | KeyValues | Table | Chart


def _n(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def title(data: RegionReport) -> str:
    # The code asked for, as in the charts' legends: results filed under another code of
    # the same territory say so where they are shown.
    return f"{data.region.name} ({data.region.requested}): region assessment report"


def _code(nuts_id: str | None, name: str | None, version: int) -> str:
    if nuts_id is None:
        return f"no successor in NUTS {version}"
    return f"{nuts_id}{f' {name}' if name else ''} (NUTS {version})"


def _status(part: Part, note: str | None = None) -> str:
    if part.status == "present":
        if note:
            return f"present: {note}"
        return "present" + (f" (as {part.nuts_id})" if part.nuts_id else "")
    return f"{part.status}: {part.reason}"


def _unavailable(part: Part) -> list[Block]:
    label = "Restricted" if part.status == "restricted" else "Not available"
    return [Paragraph(f"{label}: {part.reason}.", muted=True)]


# -- sections --------------------------------------------------------------------------------


def _overview(data: RegionReport) -> list[Block]:
    region = data.region
    codes = ", ".join(f"{c.nuts_id} (NUTS {c.nuts_version})" for c in region.codes)
    rows = [("Region", f"{region.name}, NUTS level {region.level}, {region.country_code}")]
    rows.append(("Codes", codes))
    if region.requested != region.nuts_id:
        rows.append(("Newest code", f"{region.nuts_id} (NUTS {region.nuts_version})"))
    for c in region.changed_territory:
        rows.append(
            (
                "Changed territory",
                f"{_code(c.from_id, c.from_name, c.from_version)} -> "
                f"{_code(c.to_id, c.to_name, c.to_version)}: "
                f"{c.change.replace('_', ' ')}, not included",
            )
        )
    if data.demonstrator is not None:
        rows.append(("Model demonstrator", f"{data.demonstrator.name}: {data.demonstrator.focus}"))
    rows += [
        ("Panorama", _status(data.panorama, data.panorama.note)),
        ("Scoreboard", _status(data.scoreboard, data.scoreboard.note)),
        ("Stress Test", _status(data.stress_test)),
        ("Surveys", _status(data.surveys)),
    ]
    if data.recommendations.items:
        top = data.recommendations.items[0]
        rows.append(("First to act on", f"{top.title} ({_SOURCE[top.source]})"))
    return [Heading("Summary"), KeyValues(rows)]


def _panorama(part: PanoramaPart) -> list[Block]:
    blocks: list[Block] = [Heading("European Cluster Panorama profile")]
    if part.profile is None:
        return blocks + _unavailable(part)
    run = part.profile.run
    starred = [c for c in part.profile.clusters if c.star_count > 0]
    blocks.append(
        Paragraph(
            f"Run of {run.year} ({run.methodology_version}, definition set "
            f"{run.definition_set}, NUTS {run.nuts_version}): {len(starred)} starred "
            f"cluster(s) of {len(part.profile.clusters)} measured, strongest first."
        )
    )
    if starred:
        blocks.append(
            Table(
                ["Cluster", "Kind", "Stars", "LQ", "Employment"],
                [
                    [
                        c.name or c.slug,
                        pretty(c.kind),
                        str(c.star_count),
                        _n(c.location_quotient, 2),
                        _n(c.employment),
                    ]
                    for c in starred[:TOP_CLUSTERS]
                ],
                widths=(5, 2.2, 1, 1, 1.6),
                align=("left", "left", "right", "right", "right"),
            )
        )
    if part.opportunities:
        names = {c.slug: c.name or c.slug for c in part.profile.clusters}
        blocks.append(Heading("Adjacent opportunities", level=2))
        blocks.append(
            Bullets(
                [
                    f"{o.name or o.slug}: {o.direction.replace('_', ' ')} "
                    f"{names.get(o.linked_to, o.linked_to)} "
                    f"({o.strength:.1%} of the buyer's inputs)"
                    for o in part.opportunities
                ]
            )
        )
    return blocks


def _scoreboard(part: ScoreboardPart, region: ReportRegion) -> list[Block]:
    blocks: list[Block] = [Heading("Regional Eco-System Scoreboard against peers")]
    if part.scoreboard is None:
        return blocks + _unavailable(part)
    board = part.scoreboard
    peers = ", ".join(f"{p.name} ({p.nuts_id})" for p in board.peers.regions) or "none"
    blocks += [
        Paragraph(
            f"Framework {board.framework}, NUTS {board.region.nuts_version}; peers "
            f"({board.peers.method.replace('_', ' ')}): {peers}."
        ),
        Chart(chart_spec(board, "radar", code=region.requested, name=region.name)),
        Table(
            ["Dimension", "Score", "Peer mean", "EU mean", "Coverage", "Assessment"],
            [
                [
                    pretty(d.dimension),
                    _n(d.score),
                    _n(d.peer_mean),
                    _n(d.eu_mean),
                    f"{d.coverage:.0%}",
                    d.assessment or ("n/a" if d.score is None else "in line"),
                ]
                for d in board.overall
            ],
            widths=(4, 1.2, 1.6, 1.5, 1.6, 2),
            align=("left", "right", "right", "right", "right", "left"),
        ),
    ]
    if board.scorecard:
        blocks.append(Heading("Weaknesses against peers", level=2))
        blocks.append(
            Bullets(
                [
                    f"{pretty(f.subdimension or f.dimension)}: {f.score:.0f} against "
                    f"{f.peer_mean:.0f} ({f.gap:.0f} points below)"
                    for f in board.scorecard
                ]
            )
        )
    return blocks


def _stress_test(part: StressTestPart, region: ReportRegion) -> list[Block]:
    blocks: list[Block] = [Heading("Stress Test for Cluster Policy")]
    if part.result is None:
        return blocks + _unavailable(part)
    result = part.result
    blocks += [
        Paragraph(
            f"{result.title}: scored {result.created_at:%Y-%m-%d} on questionnaire "
            f"{result.questionnaire}; overall score {_n(result.profile.overall_score)} / 100."
        ),
        Chart(
            stress_test_report.radar_spec(
                result, part.all_mean, code=region.requested, name=region.name
            )
        ),
        Table(
            ["Block", "Score", "Mean of all", "Conditions", "Matrix"],
            [
                [
                    b.title,
                    _n(b.score),
                    _n(part.all_mean.get(b.code)),
                    b.conditions,
                    b.category.replace("_", " "),
                ]
                for b in result.blocks
            ],
            widths=(5, 1.2, 1.6, 1.8, 2.6),
            align=("left", "right", "right", "left", "left"),
        ),
    ]
    return blocks


def _surveys(part: SurveysPart) -> list[Block]:
    blocks: list[Block] = [Heading("Stakeholder surveys")]
    if part.status != "present":
        blocks += _unavailable(part)
    for survey in part.surveys:
        blocks.append(Heading(f"{survey.title} - {survey.name}", level=2))
        blocks.append(
            Paragraph(
                f"{survey.status.capitalize()}, closing {survey.closes_at:%Y-%m-%d}; "
                f"{survey.respondents} respondent(s) of {survey.tokens_issued} invited, "
                f"minimum {survey.parameters.min_respondents}."
                + (" Counts only: too few respondents." if survey.suppressed else "")
            )
        )
        if survey.categories:
            blocks.append(
                Table(
                    ["Category", "n", "Importance", "Extent", "Gap", "Index"],
                    [
                        [
                            pretty(c.category),
                            str(c.n),
                            _n(c.importance.mean, 2),
                            _n(c.extent.mean, 2),
                            _n(c.gap, 2),
                            _n(c.weighted_index),
                        ]
                        for c in survey.categories
                    ],
                    widths=(4, 0.8, 1.6, 1.4, 1.2, 1.2),
                    align=("left", "right", "right", "right", "right", "right"),
                )
            )
        if survey.bottlenecks:
            blocks.append(
                Bullets(
                    [
                        f"Bottleneck: {b.question} (importance {b.importance:.2f}, extent "
                        f"{b.extent:.2f}, gap {b.gap:.2f})"
                        for b in survey.bottlenecks
                    ]
                )
            )
    return blocks


def _recommendations(data: RegionReport) -> list[Block]:
    section = data.recommendations
    blocks: list[Block] = [Heading("Recommendations"), Paragraph(section.note, muted=True)]
    for item in section.items:
        blocks.append(Heading(f"{item.rank}. {item.title}", level=2))
        blocks.append(Paragraph(_SOURCE[item.source], muted=True))
        blocks.append(Paragraph(item.detail))
    return blocks


def _method(data: RegionReport) -> list[Block]:
    return [
        Heading("About this report"),
        Paragraph(
            "Each part is present, absent (nothing to report yet, with the reason) or "
            "restricted (Stress Tests and surveys are private to the account that ran them "
            "and to administrators). Results filed under any of the region's codes of the "
            "same territory in NUTS 2013, 2021 and 2024 are used; regions that were split, "
            "merged or reshaped are not. Where the figures are of NUTS-2 regions, a NUTS-3 "
            "region's are those of the region containing it, as the summary says.",
            muted=True,
        ),
    ]


def blocks(data: RegionReport) -> list[Block]:
    return [
        *_overview(data),
        *_panorama(data.panorama),
        *_scoreboard(data.scoreboard, data.region),
        *_stress_test(data.stress_test, data.region),
        *_surveys(data.surveys),
        *_recommendations(data),
        *_method(data),
    ]


def _subtitle(data: RegionReport, at: datetime) -> str:
    lead = "European Cluster Observatory"
    if data.demonstrator is not None:
        lead += f" - model demonstrator region {data.demonstrator.name}"
    return f"{lead} - {at:%Y-%m-%d}"


# -- HTML --------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#212529;max-width:60rem;
margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccd;
padding-bottom:.2rem}.muted{color:#646a70}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eceff2}td.right{text-align:right}dl{display:grid;grid-template-columns:
12rem 1fr;gap:.2rem 1rem}dt{font-weight:600;color:#646a70}dd{margin:0}
figure{text-align:center;margin:1rem 0}figure svg{max-width:100%;height:auto}
.wide{overflow-x:auto}
"""


def _html_block(block: Block) -> str:
    e = escape
    match block:
        case Heading(text, level):
            return f"<h{level + 1}>{e(text)}</h{level + 1}>"
        case Paragraph(text, muted):
            return f"<p{' class=muted' if muted else ''}>{e(text)}</p>"
        case Bullets(items):
            return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"
        case KeyValues(rows):
            return "<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows) + "</dl>"
        case Table(header, rows, _, align):
            head = "".join(f"<th>{e(h)}</th>" for h in header)
            body = "".join(
                "<tr>"
                + "".join(
                    f"<td{' class=right' if align and align[i] == 'right' else ''}>{e(c)}</td>"
                    for i, c in enumerate(row)
                )
                + "</tr>"
                for row in rows
            )
            return (
                f"<div class=wide><table><thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table></div>"
            )
        case Chart(spec, _):
            return f"<figure>{render.svg(spec)}</figure>"
    raise AssertionError(block)


def html(data: RegionReport, at: datetime | None = None) -> str:
    at = at or datetime.now(UTC)
    body = "\n".join(_html_block(b) for b in blocks(data))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title(data))}</title>
<style>{_CSS}</style></head>
<body>
<h1>{escape(title(data))}</h1>
<p class=muted>{escape(_subtitle(data, at))}</p>
{body}
</body></html>
"""


# -- PDF ---------------------------------------------------------------------------------------


def _pdf_block(doc: PdfDocument, block: Block) -> None:
    match block:
        case Heading(text, level):
            doc.heading(text, level=level)
        case Paragraph(text, True):
            doc.paragraph(text, size=9, colour=_MUTED)
        case Paragraph(text):
            doc.paragraph(text)
        case Bullets(items):
            doc.bullets(list(items), size=9.5)
        case KeyValues(rows):
            doc.key_values(list(rows), key_width_mm=40)
        case Table(header, rows, widths, align):
            doc.table(header, rows, col_widths=widths, align=align or None)
        case Chart(spec, width_mm):
            doc.image(render.png(spec, scale=3), width_mm=width_mm)


def pdf(data: RegionReport, at: datetime | None = None) -> bytes:
    from eco_core.reports.pdf import PdfDocument  # here: fpdf costs seconds at start-up

    at = at or datetime.now(UTC)
    doc = PdfDocument(
        title=title(data),
        footer=f"Region assessment report - {data.region.name} ({data.region.requested})",
        created_at=at,
    )
    doc.title(title(data), _subtitle(data, at))
    for block in blocks(data):
        _pdf_block(doc, block)
    return doc.output()
