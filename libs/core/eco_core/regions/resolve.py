"""Any NUTS code, of any version and level, read as the region a service has figures for.

Every endpoint that takes a region reads it here, so that a code means the same thing
everywhere. The figures of a service are filed under the codes of one NUTS version (the
shipped statistics, hence Panorama runs and the derived scoreboard values, under NUTS 2013
level 2) while people find regions by today's codes (NUTS 2024, down to level 3):

1. A code unknown in every version is a 404 problem naming the versions searched (a 422
   when the code came in a request body); both name the field.
2. The code is read in the version that has it: the version of the figures if it is a
   code there, else the newest version that has it.
3. Its codes of the same territory in every version (unchanged, renamed, recoded: FR30 of
   2013 is FRE1 of 2021 and 2024) are candidates, its own code first; the first that has
   figures answers (``same_code`` or ``same_territory``).
4. Where none has figures and the service allows it, the regions containing it are tried
   the same way, one level up at a time (München DE212, level 3, is answered with the
   figures of Oberbayern DE21): ``parent``. Containing regions are taken in every version
   of the same territory, so Região de Aveiro PT191 of 2024 (PT16D of 2021) lies in
   Centro PT16 of 2013 although its 2024 parent PT19 is not PT16.
5. Where a region's territory changed on the way (split, merged, reshaped, discontinued)
   and the other territory is what the figures are filed under, the answer is a 422
   problem ``region-territory-changed`` listing the regions it became or came from: those
   figures describe other territory and are never passed off as the region's.

How a code was read travels with the answer in the headers of ``RESOLUTION_HEADERS``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import RowMapping
from starlette.responses import Response

from eco_core.http.problems import FieldError, Problem
from eco_core.regions.territory import (
    Connection,
    TerritoryCode,
    code_versions,
    other_territory,
    same_territory_of,
)
from eco_core.types import NutsVersion

Relation = Literal["same_code", "same_territory", "parent"]
NUTS_VERSIONS = tuple(int(v) for v in NutsVersion)

# Which of some candidate regions a service has figures for, as (version, code) pairs.
Available = Callable[[Sequence[TerritoryCode]], Awaitable[Collection[tuple[int, str]]]]

REQUESTED_HEADER = "Eco-Requested-Region"
RESOLVED_HEADER = "Eco-Resolved-Region"
VERSION_HEADER = "Eco-Region-Nuts-Version"
RELATION_HEADER = "Eco-Region-Relation"
RESOLUTION_HEADER_NAMES = (REQUESTED_HEADER, RESOLVED_HEADER, VERSION_HEADER, RELATION_HEADER)
# For the OpenAPI document: every answer of an endpoint that takes a region carries them.
RESOLUTION_HEADERS: dict[str, Any] = {
    REQUESTED_HEADER: {
        "description": "The NUTS code(s) as asked, comma-separated where several were",
        "schema": {"type": "string"},
    },
    RESOLVED_HEADER: {
        "description": "The code(s) whose figures answer, in the same order",
        "schema": {"type": "string"},
    },
    VERSION_HEADER: {
        "description": "The NUTS version of each code used",
        "schema": {"type": "string"},
    },
    RELATION_HEADER: {
        "description": "How each code used relates to the code asked: same_code; "
        "same_territory (its code of another NUTS version: renamed or recoded, FRE1 -> "
        "FR30); parent (a region containing it, e.g. NUTS-2 DE21 for NUTS-3 DE212)",
        "schema": {"type": "string"},
    },
}

_VERB = {
    "split": "split into",
    "merged": "merged into",
    "boundary_shift": "reshaped (boundary shift) as",
    "discontinued": "discontinued",
}


@dataclass(frozen=True)
class Resolution:
    """How a requested code was read: the region whose figures answer, and why."""

    requested: str
    asked: TerritoryCode  # the code asked, in the version it was read in
    region: TerritoryCode  # the region whose figures answer
    relation: Relation
    found: bool = True  # False: no candidate has figures; region is the closest reading

    @property
    def nuts_id(self) -> str:
        return self.region.nuts_id

    @property
    def nuts_version(self) -> int:
        return self.region.nuts_version

    @property
    def note(self) -> str | None:
        """A sentence saying how the code was read; None when it was read as it is."""
        asked, used = self.asked, self.region
        if self.relation == "same_code":
            return None
        if self.relation == "same_territory":
            return (
                f"{self.requested} (NUTS {asked.nuts_version}) is {used.nuts_id} {used.name} "
                f"in NUTS {used.nuts_version}: the same territory"
            )
        return (
            f"{self.requested} {asked.name} (NUTS {asked.nuts_version} level {asked.level}) "
            f"lies in {used.nuts_id} {used.name} (NUTS {used.nuts_version} level "
            f"{used.level}): the figures are that region's"
        )


def resolution_headers(resolutions: Sequence[Resolution]) -> dict[str, str]:
    """The response headers stating how each requested code was read (ASCII only: codes,
    versions and relations, never names)."""
    return stated_headers(
        [(r.requested, r.region.nuts_id, r.region.nuts_version, r.relation) for r in resolutions]
    )


def stated_headers(readings: Sequence[tuple[str, str, int, Relation]]) -> dict[str, str]:
    """The resolution headers for (requested, used, NUTS version, relation) readings."""
    return {
        REQUESTED_HEADER: ", ".join(r[0] for r in readings),
        RESOLVED_HEADER: ", ".join(r[1] for r in readings),
        VERSION_HEADER: ", ".join(str(r[2]) for r in readings),
        RELATION_HEADER: ", ".join(r[3] for r in readings),
    }


def _versions(versions: Collection[int]) -> str:
    ordered = [str(v) for v in sorted(versions)]
    if len(ordered) < 2:
        return "".join(ordered)
    return f"{', '.join(ordered[:-1])} or {ordered[-1]}"


def _in_url(field: str) -> bool:
    """A region named in the URL is a resource that may not exist (404); one in a body is
    input that cannot be used (422)."""
    return not field.startswith("body.")


def unknown_region(requested: str, field: str) -> Problem:
    """A code of no NUTS version: 404 in the URL, 422 in a body; both name the field."""
    message = f"no region {requested} in NUTS {_versions(NUTS_VERSIONS)}"
    extensions = {"nuts_versions_searched": list(NUTS_VERSIONS)}
    errors = [FieldError(field=field, message=message)]
    if _in_url(field):
        return Problem(
            404,
            "Not Found",
            message[0].upper() + message[1:],
            slug="not-found",
            errors=errors,
            extensions=extensions,
        )
    return Problem(
        422,
        "Unprocessable Content",
        f"The request is not valid: {field}",
        slug="validation-error",
        errors=errors,
        extensions=extensions,
    )


def _not_in_version(requested: str, versions: Collection[int], target: int, field: str) -> Problem:
    message = (
        f"{requested} is a code of NUTS {_versions(versions)}; NUTS {target} has no region "
        "of the same territory or containing it"
    )
    extensions = {"nuts_versions": sorted(versions), "nuts_version": target}
    errors = [FieldError(field=field, message=message)]
    if _in_url(field):
        return Problem(
            404, "Not Found", message, slug="not-found", errors=errors, extensions=extensions
        )
    return Problem(
        422,
        "Unprocessable Content",
        f"The request is not valid: {field}",
        slug="validation-error",
        errors=errors,
        extensions=extensions,
    )


def _code(nuts_version: int, nuts_id: str | None, name: str | None) -> str:
    return f"{nuts_id}{f' {name}' if name else ''} (NUTS {nuts_version})"


def _sentences(rows: Sequence[RowMapping]) -> list[str]:
    """One sentence per region of origin and kind of change: "PT16 Centro (PT) (NUTS 2013,
    2021) was split into PT19 Centro (PT), PT1D Oeste e Vale do Tejo (NUTS 2024)"."""
    groups: dict[tuple[str, str, int], dict[str, Any]] = {}
    for r in rows:
        key = (r["from_id"], r["change"], r["to_version"])
        group = groups.setdefault(key, {"name": r["from_name"], "from": set(), "to": {}})
        group["from"].add(r["from_version"])
        if r["to_id"] is not None:
            group["to"][r["to_id"]] = r["to_name"]
    sentences = []
    for (from_id, change, to_version), group in groups.items():
        source = f"{from_id} {group['name'] or ''}".strip()
        source += f" (NUTS {_versions(group['from']).replace(' or ', ', ')})"
        if change == "discontinued" or not group["to"]:
            sentences.append(f"{source} was discontinued: no successor in NUTS {to_version}")
            continue
        targets = ", ".join(f"{i} {n or ''}".strip() for i, n in sorted(group["to"].items()))
        sentences.append(f"{source} was {_VERB.get(change, change)} {targets} (NUTS {to_version})")
    return sentences


def _link(nuts_version: int, nuts_id: str | None, name: str | None, change: str) -> dict[str, Any]:
    return {"nuts_version": nuts_version, "nuts_id": nuts_id, "name": name, "change": change}


def _territory_changed(
    requested: str,
    mine: Sequence[TerritoryCode],
    rows: Sequence[RowMapping],
    target: int | None,
    field: str,
) -> Problem:
    own = {(c.nuts_version, c.nuts_id) for c in mine}
    successors, predecessors = [], []
    for r in rows:
        if (r["from_version"], r["from_id"]) in own:
            successors.append(_link(r["to_version"], r["to_id"], r["to_name"], r["change"]))
        elif (r["to_version"], r["to_id"]) in own:
            predecessors.append(_link(r["from_version"], r["from_id"], r["from_name"], r["change"]))
    region = mine[0]
    within = f" (within {region.nuts_id})" if region.nuts_id != requested else ""
    lead = (
        f"{requested}{within} has no region of the same territory in NUTS {target}"
        if target is not None
        else f"{requested}{within} has no figures of its own; figures exist for other territory"
    )
    hint = (
        "ask for one of the regions it became"
        if successors
        else "figures exist only for the region it came from, which covers other territory too"
    )
    message = f"{lead}: {'; '.join(_sentences(rows))}; {hint}"
    return Problem(
        422,
        "Region Territory Changed",
        message,
        slug="region-territory-changed",
        errors=[FieldError(field=field, message=message)],
        extensions={
            "requested": requested,
            "nuts_version": target,
            "successors": _distinct(successors),
            "predecessors": _distinct(predecessors),
        },
    )


def _distinct(links: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per region and change, newest version first."""
    kept: dict[tuple[Any, Any], dict[str, Any]] = {}
    for link in sorted(links, key=lambda x: -x["nuts_version"]):
        kept.setdefault((link["nuts_id"], link["change"]), link)
    return sorted(kept.values(), key=lambda x: (x["nuts_version"], x["nuts_id"] or ""))


async def _changes(
    conn: Connection,
    mine: Sequence[TerritoryCode],
    target: int | None,
    available: Available | None,
) -> list[RowMapping]:
    """The links of these regions to other territory under which figures are filed: in the
    target version, or (no target) where ``available`` finds figures. A region split off
    another brings the other's whole split, so that the answer names every part."""
    own = {(c.nuts_version, c.nuts_id) for c in mine}
    rows = await other_territory(conn, sorted(own))

    def other(r: RowMapping) -> tuple[int, str | None, str | None]:
        if (r["from_version"], r["from_id"]) in own:
            return r["to_version"], r["to_id"], r["to_name"]
        return r["from_version"], r["from_id"], r["from_name"]

    if target is not None:
        relevant = [r for r in rows if other(r)[0] == target]
    elif available is not None:
        ends = [
            TerritoryCode(v, i, n or i, len(i) - 2, i[:2])
            for v, i, n in (other(r) for r in rows)
            if i is not None
        ]
        have = set(await available(ends)) if ends else set()
        relevant = [r for r in rows if other(r)[:2] in have]
    else:
        relevant = []
    split_from = sorted(
        {
            (r["from_version"], r["from_id"])
            for r in relevant
            if r["change"] == "split" and (r["from_version"], r["from_id"]) not in own
        }
    )
    if split_from:
        seen = {_key(r) for r in relevant}
        to_versions = {r["to_version"] for r in relevant}
        relevant += [
            s
            for s in await other_territory(conn, split_from)
            if s["change"] == "split"
            and (s["from_version"], s["from_id"]) in split_from
            and s["to_version"] in to_versions
            and _key(s) not in seen
        ]
    return relevant


def _key(r: RowMapping) -> tuple[Any, ...]:
    return (r["from_version"], r["from_id"], r["to_version"], r["to_id"], r["change"])


def _ordered(codes: Sequence[TerritoryCode], first: str) -> list[TerritoryCode]:
    """The code asked first, then the newest version's codes."""
    return sorted(codes, key=lambda c: (c.nuts_id != first, -c.nuts_version, c.nuts_id))


async def resolve_region(
    conn: Connection,
    requested: str,
    *,
    in_version: int | None = None,
    available: Available | None = None,
    origin_version: int | None = None,
    parents: bool = True,
    field: str = "path.nuts_id",
) -> Resolution:
    """Read ``requested`` as the region with figures (see the module's docstring).

    ``in_version``: the NUTS version the figures are filed under (None: any);
    ``available``: which candidates have figures (None: every region that exists);
    ``origin_version``: the version the code is meant in, where it is a code of several;
    ``parents``: whether a containing region's figures may answer.

    Raises the problems described above; returns a resolution with ``found`` False when
    the region can be read in the version but nothing has figures, for the caller to say so
    in its own terms.
    """
    versions = await code_versions(conn, requested)
    if not versions:
        raise unknown_region(requested, field)
    by_version = {v.nuts_version: v for v in versions}
    asked = by_version.get(origin_version or 0) or by_version.get(in_version or 0) or versions[0]
    steps: list[list[TerritoryCode]] = []
    closest: tuple[TerritoryCode, int] | None = None
    level_codes = await same_territory_of(conn, [(asked.nuts_version, asked.nuts_id)])
    while level_codes:
        step = len(steps)
        steps.append(level_codes)
        first = asked.nuts_id[: len(asked.nuts_id) - step]
        candidates = _ordered(
            [c for c in level_codes if in_version is None or c.nuts_version == in_version], first
        )
        if candidates:
            have = (
                {(c.nuts_version, c.nuts_id) for c in candidates}
                if available is None
                else set(await available(candidates))
            )
            for c in candidates:
                if (c.nuts_version, c.nuts_id) in have:
                    return Resolution(requested, asked, c, _relation(step, c, requested))
            if closest is None:
                closest = (candidates[0], step)
        if not parents:
            break
        up = dict.fromkeys((c.nuts_version, c.nuts_id[:-1]) for c in level_codes if c.level > 0)
        level_codes = await same_territory_of(conn, list(up)) if up else []

    # Nothing has figures. A change of territory on the way up to the first level that can
    # be read in the version explains it best; else the closest reading, for the caller.
    last = closest[1] if closest is not None else len(steps) - 1
    for mine in steps[: last + 1]:
        rows = await _changes(conn, mine, in_version, available)
        if rows:
            raise _territory_changed(requested, mine, rows, in_version, field)
    if closest is not None:
        region, step = closest
        return Resolution(requested, asked, region, _relation(step, region, requested), False)
    assert in_version is not None  # without one, the code itself is a candidate
    raise _not_in_version(requested, list(by_version), in_version, field)


def _relation(step: int, region: TerritoryCode, requested: str) -> Relation:
    if step > 0:
        return "parent"
    return "same_code" if region.nuts_id == requested else "same_territory"


def state_resolution(response: Response, *resolutions: Resolution) -> Response:
    """Add the headers saying how each requested code was read to an answer."""
    response.headers.update(resolution_headers(resolutions))
    return response


def resolution_responses(**more: Any) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for an endpoint that takes a region: its 200 answer carries the
    resolution headers; a territory change is a 422 problem."""
    return {200: {"headers": RESOLUTION_HEADERS, **more}}
