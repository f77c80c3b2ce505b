"""A Stress Test result as a radar chart (SVG), a self-contained HTML page and a PDF."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from eco_scoring.charts import render
from eco_scoring.charts import spec as charts
from eco_scoring.stress_test.schemas import Recommendation, ResultRead

_LEVEL = {"low": "weak", "medium": "medium", "high": "strong", None: "not answered"}


def _score(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}"


def radar_spec(
    result: ResultRead,
    average: Mapping[str, float | None],
    *,
    code: str | None = None,
    name: str | None = None,
) -> charts.Spec:
    """The region's block scores against the mean of every region's latest submission, as a
    Vega-Lite spec; ``code`` and ``name``: the region as asked for, if not as filed."""
    shown = code or result.nuts_id
    region = f"{name or result.region_name} ({shown})"
    axes = [b.short_title for b in result.blocks]
    series = [charts.Series(region, [b.score for b in result.blocks], short=shown)]
    if any(v is not None for v in average.values()):
        series.append(
            charts.Series(
                "Mean of all submitted assessments",
                [average.get(b.code) for b in result.blocks],
                short="mean of all",
            )
        )
    subtitle = "Stress Test for Cluster Policy: block scores, 0-100"
    if shown != result.nuts_id:
        subtitle += f"; filed under {result.nuts_id}"
    return charts.radar_spec(region, axes, series, subtitle=subtitle)


def radar(result: ResultRead, average: Mapping[str, float | None]) -> str:
    """The radar as a self-contained SVG."""
    return render.svg(radar_spec(result, average))


def _why(r: Recommendation) -> list[str]:
    lines = [r.summary]
    for a in r.answers:
        line = (
            f"{a.question} “{a.text}” — {a.label} "
            f"(median {a.median:g}, {a.respondents} respondent(s))"
        )
        if a.comments:
            line += ": " + " / ".join(a.comments)
        lines.append(line)
    for i in r.indicators:
        if i.score is not None:
            peer = "" if i.peer_mean is None else f", peer mean {i.peer_mean:.0f}"
            lines.append(
                f"Scoreboard {i.kind} {i.name}: {i.score:.0f}{peer} ({i.assessment or 'in line'})"
            )
    if r.clusters:
        lines.append(
            "Clusters: " + ", ".join(f"{c.name or c.slug} ({c.stars}★)" for c in r.clusters)
        )
    if r.disagreements:
        lines.append("Respondents disagree on " + ", ".join(r.disagreements))
    return lines


def _subtitle(result: ResultRead) -> str:
    return (
        f"{result.title} · questionnaire {result.questionnaire} · methodology "
        f"{result.methodology} · scored {result.created_at:%Y-%m-%d}"
    )


# -- HTML -------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#212529;max-width:60rem;
margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccd;
padding-bottom:.2rem}.muted{color:#646a70}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eceff2}td.num{text-align:right}.rec{border-left:4px solid #0072B2;
padding:.2rem 1rem;margin:1rem 0}.critical_gap{border-color:#D55E00}
.check_effectiveness,.reinforce_policy{border-color:#E69F00}.leverage_opportunity{border-color:#009E73}
figure{text-align:center;margin:1rem 0}
"""


def _filed_under(result: ResultRead, code: str | None) -> str:
    """Where results found under another code of the same territory say so."""
    return "" if code is None or code == result.nuts_id else f" (filed under {code})"


def html(result: ResultRead, average: Mapping[str, float | None]) -> str:
    e = escape
    rows = "\n".join(
        f"<tr><td>{e(b.title)}</td><td class=num>{_score(b.score)}</td>"
        f"<td class=num>{_score(average.get(b.code))}</td><td>{_LEVEL[b.policy]}</td>"
        f"<td>{e(b.conditions)}</td><td>{e(b.category.replace('_', ' '))}</td></tr>"
        for b in result.blocks
    )
    recommendations = "\n".join(
        f'<section class="rec {e(r.category)}"><h3>{r.priority}. {e(r.title)}</h3>'
        f"<p>{e(r.guidance)}</p><p class=muted>Why:</p><ul>"
        + "".join(f"<li>{e(line)}</li>" for line in _why(r))
        + "</ul></section>"
        for r in result.recommendations
    )
    notes = [n for n in (result.scoreboard.note, result.panorama.note) if n]
    peers = ", ".join(result.scoreboard.peers) or "none"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(result.region_name)} ({e(result.nuts_id)}): Stress Test for Cluster Policy</title>
<style>{_CSS}</style></head>
<body>
<h1>{e(result.region_name)} ({e(result.nuts_id)}): Stress Test for Cluster Policy</h1>
<p class=muted>{e(_subtitle(result))}</p>
<h2>Profile</h2>
<p>Overall score <strong>{_score(result.profile.overall_score)}</strong> / 100.</p>
<figure>{radar(result, average)}</figure>
<table><thead><tr><th>Block</th><th>Score</th><th>Mean of all</th><th>Policy</th>
<th>Framework conditions</th><th>Matrix</th></tr></thead><tbody>
{rows}
</tbody></table>
<h2>Recommendations</h2>
{recommendations}
<h2>Method</h2>
<p>{e(result.combination)}</p>
<p>Policy is weak below {result.parameters.policy_weak_below:g} and strong from
{result.parameters.policy_strong_from:g}. Framework conditions come from the Regional
Eco-System Scoreboard {e(result.scoreboard.framework or "(none)")}\
{e(_filed_under(result, result.scoreboard.nuts_id))} against the peers {e(peers)}
(band {result.parameters.scoreboard_band:g}).</p>
{"".join(f"<p class=muted>{e(n)}</p>" for n in notes)}
</body></html>
"""


# -- PDF ---------------------------------------------------------------------------------------


def pdf(result: ResultRead, average: Mapping[str, float | None]) -> bytes:
    from eco_core.reports.pdf import PdfDocument  # here: fpdf costs seconds at start-up

    doc = PdfDocument(
        title=f"{result.region_name} ({result.nuts_id}): Stress Test for Cluster Policy",
        footer=f"Stress Test for Cluster Policy · {result.region_name} ({result.nuts_id})",
        created_at=result.created_at,
    )
    doc.title(
        f"{result.region_name} ({result.nuts_id}): Stress Test for Cluster Policy",
        _subtitle(result),
    )
    doc.heading("Profile")
    doc.paragraph(f"Overall score {_score(result.profile.overall_score)} / 100.")
    doc.image(render.png(radar_spec(result, average), scale=3), width_mm=130)
    doc.table(
        ["Block", "Score", "Mean of all", "Policy", "Conditions", "Matrix"],
        [
            [
                b.title,
                _score(b.score),
                _score(average.get(b.code)),
                _LEVEL[b.policy],
                b.conditions,
                b.category.replace("_", " "),
            ]
            for b in result.blocks
        ],
        col_widths=(5, 1.3, 1.6, 1.8, 2, 2.6),
        align=("left", "right", "right", "left", "left", "left"),
    )
    doc.heading("Recommendations")
    for r in result.recommendations:
        doc.heading(f"{r.priority}. {r.title}", level=2)
        doc.paragraph(r.guidance)
        doc.paragraph("Why:", bold=True, size=9.5)
        doc.bullets(_why(r), size=9)
    doc.heading("Method")
    doc.paragraph(result.combination, size=9)
    peers: Sequence[str] = result.scoreboard.peers
    doc.key_values(
        [
            (
                "Policy thresholds",
                f"weak below {result.parameters.policy_weak_below:g}, "
                f"strong from {result.parameters.policy_strong_from:g}",
            ),
            (
                "Scoreboard",
                f"{result.scoreboard.framework or '(none)'}"
                f"{_filed_under(result, result.scoreboard.nuts_id)}, peers "
                f"{', '.join(peers) or 'none'}, band {result.parameters.scoreboard_band:g}",
            ),
            (
                "Panorama run",
                str(result.panorama.run_id or "none")
                + _filed_under(result, result.panorama.nuts_id),
            ),
            *(("Note", n) for n in (result.scoreboard.note, result.panorama.note) if n),
        ]
    )
    return doc.output()
