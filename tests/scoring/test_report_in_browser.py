"""The region report page in a real browser: headless Chromium loads it from a served app on
loopback, 480 px wide, takes a screenshot, and measures every chart label where the browser
laid it out (its own fonts, the page's CSS scaling the chart to the column).

Headless Chromium lays a page out at least 500 px wide, whatever the window: the page is
shown in a 480 px frame for the screenshot, and measured in a copy whose root is 480 px
wide (the page's CSS has no media query and no viewport units, so that is the same layout).

Chromium is Debian's package; .ci/run installs it. Without it the test is skipped, except
in CI, where a missing browser is a failure rather than a silent pass.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image

from tests.conftest import served_on_loopback

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
REPORT = "/v1/region-reports/FRE1/report.html"  # Nord-Pas de Calais, its scoreboard radar
WIDTH, HEIGHT = 480, 2400
WINDOW = 500  # headless Chromium's narrowest layout
BLUE = (0x00, 0x72, 0xB2)  # the region's outline
LABELS = [
    "Knowledge basis and skills",
    "Access to finance",
    "Collaboration and internationalisation",
    "Demand conditions",
    "Entrepreneurial conditions",
    "Quality of governance",
]

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
    reason="headless Chromium is not installed (apt-get install chromium; CI installs it)",
)

# Appended to a copy of the page: where Chromium put each chart text, relative to its
# chart, written into the DOM for --dump-dom to print.
_MEASURE = (
    f"<style>html{{width:{WIDTH}px}}</style>"
    + """<script>
const out = [];
for (const svg of document.querySelectorAll("svg")) {
  const frame = svg.getBoundingClientRect();
  for (const t of svg.querySelectorAll("text")) {
    const r = t.getBoundingClientRect();
    out.push({text: t.textContent, left: r.left - frame.left, top: r.top - frame.top,
              right: r.right - frame.left, bottom: r.bottom - frame.top,
              width: frame.width, height: frame.height, frameLeft: frame.left,
              frameRight: frame.right, viewport: document.documentElement.clientWidth});
  }
}
const pre = document.createElement("pre");
pre.id = "measured";
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>"""
)


@pytest.fixture
def profile() -> Iterator[Path]:
    """A fresh, throwaway browser profile for each run."""
    folder = Path(tempfile.mkdtemp(prefix="eco-chromium-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


async def _chromium(profile: Path, *args: str) -> str:
    process = await asyncio.create_subprocess_exec(
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={profile}",
        f"--window-size={WINDOW},{HEIGHT}",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=90)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode == 0, stderr.decode(errors="replace")[-2000:]
    return stdout.decode()


def _near(colour: tuple[int, ...], target: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, target, strict=False))


async def test_report_page_in_chromium_shows_every_chart_label(
    scoring: httpx.AsyncClient, apps: dict[str, FastAPI], profile: Path, tmp_path: Path
) -> None:
    # (``scoring`` binds the app to this test's transaction; the browser reaches it served.)
    async with served_on_loopback(apps["scoring"]) as base:
        dom = await _chromium(profile, "--dump-dom", f"{base}{REPORT}")
    page = (await scoring.get(REPORT)).text
    # The screenshot frames the very page served, read from a file: the page is
    # self-contained, and Chromium shoots at its load event, which a slow server answering
    # inside a frame could otherwise miss (a blank shot on a loaded machine).
    served = tmp_path / "report.html"
    served.write_text(page)
    frame = tmp_path / "frame.html"
    frame.write_text(
        f'<body style="margin:0"><iframe src="{served.as_uri()}" width={WIDTH} '
        f'height={HEIGHT} style="border:0;display:block"></iframe></body>'
    )
    shot = tmp_path / "report.png"
    await _chromium(profile, f"--screenshot={shot}", frame.as_uri())

    # The page as served has the chart and its labels as text.
    assert "Nord-Pas de Calais (FRE1): region assessment report" in dom
    for label in ["Knowledge basis and", "Access to finance", "(FRE1)"]:
        assert label in dom

    # The screenshot is the page, not a blank or an error page: mostly white paper with
    # text on it, and the region's outline in its colour.
    image = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB").crop((0, 0, WIDTH, HEIGHT))
    image.save(tmp_path / "report-480.png")
    colours = cast(list[tuple[int, tuple[int, ...]]], image.getcolors(WIDTH * HEIGHT) or [])
    inked = sum(n for n, c in colours if not _near(c, (255, 255, 255), 8))
    assert 0.01 < inked / (WIDTH * HEIGHT) < 0.6
    assert sum(n for n, c in colours if _near(c, BLUE)) > 100

    # Every chart label, as Chromium laid it out, inside its chart and the chart inside
    # the 480 px window.
    copy = tmp_path / "measured.html"
    copy.write_text(page.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
    measured_dom = await _chromium(profile, "--dump-dom", copy.as_uri())
    start = measured_dom.index('<pre id="measured">') + len('<pre id="measured">')
    boxes: list[dict[str, Any]] = json.loads(
        measured_dom[start : measured_dom.index("</pre>", start)].replace("&quot;", '"')
    )
    assert boxes, "no chart text measured"
    # (A label's lines are <tspan>s: their text runs together; some end "(no data)".)
    texts = ["".join(b["text"].split()) for b in boxes]
    for label in LABELS:
        assert any(t.startswith(label.replace(" ", "")) for t in texts), texts
    for b in boxes:
        assert b["viewport"] == WINDOW
        assert b["frameLeft"] >= 0, b
        assert b["frameRight"] <= WIDTH, b
        inside = (
            b["left"] >= -0.5
            and b["top"] >= -0.5
            and b["right"] <= b["width"] + 0.5
            and b["bottom"] <= b["height"] + 0.5
        )
        assert inside, b
