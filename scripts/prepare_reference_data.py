"""Regenerate the NUTS reference tables shipped in ``reference_data/nuts/``.

Why this script exists: the observatory stores every regional statistic with the
NUTS version its codes belong to (the 2015 SBS employment file uses NUTS 2013
codes, maps and users use NUTS 2021/2024). Recoding between versions must go
through an explicit, reviewable correspondence table, never through guessing.
This script derives that table and the region list from three inputs that ship
with the project:

* Eurostat's workbook ``NUTS2021-NUTS2024.xlsx`` (NUTS and statistical regions,
  2021 and 2024, with change lists and transliterations);
* the geo codes of ``employment/sbs_r_nuts06_r2_2015_employment_long.csv``;
* the project's own hand-written curation of NUTS 2013 names and 2013 -> 2021
  successors (``nuts/curated_nuts2013.csv``) and of the 2021 -> 2024 links that
  the workbook states only in prose (``nuts/curated_nuts2021_2024_links.csv``).

Outputs (UTF-8, LF, sorted, byte-identical on every run):
``nuts/nuts_regions.csv`` and ``nuts/nuts_correspondence.csv``.

Usage::

    python scripts/prepare_reference_data.py                  # regenerate + verify
    python scripts/prepare_reference_data.py --copy-from DIR  # also refresh the
                                                              # verbatim copies

Only the standard library and openpyxl are used.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "reference_data"
NUTS_DIR = DATA_DIR / "nuts"
WORKBOOK = NUTS_DIR / "NUTS2021-NUTS2024.xlsx"
EMPLOYMENT = DATA_DIR / "employment" / "sbs_r_nuts06_r2_2015_employment_long.csv"
CURATED_2013 = NUTS_DIR / "curated_nuts2013.csv"
CURATED_LINKS = NUTS_DIR / "curated_nuts2021_2024_links.csv"
REGIONS_OUT = NUTS_DIR / "nuts_regions.csv"
CORRESPONDENCE_OUT = NUTS_DIR / "nuts_correspondence.csv"

# Files shipped byte-identical from the shared source folder (relative paths).
VERBATIM_FILES = (
    "nace/nace_rev2_tree.csv",
    "nace/isic_rev4_to_nace_rev2.csv",
    "employment/sbs_r_nuts06_r2_2015_employment_long.csv",
    "employment/sbs_r_nuts06_r2_2015_raw.csv",
    "io/eurostat_naio_10_cp1700_HU_2020.csv",
    "io/naio_cp17_r2_latest_MIO_EUR.csv.gz",
    "reference/emerging_industries_2011.csv",
    "reference/model_demonstrator_regions.csv",
    "reference/traded_cluster_category_names.txt",
    "nuts/NUTS2021-NUTS2024.xlsx",
)

SHEET_NUTS = "NUTS2021- NUTS2024"
SHEET_SR = "SR2021- SR2024"
SHEET_NUTS2024 = "NUTS2024"
SHEET_SR2024 = "Statistical Regions"
SHEET_TRANSLIT = "Cyrillic & Greek to Latin"
CHANGE_SHEETS = ("Changes NUTS-1", "Changes NUTS-2", "Changes NUTS-3")

# Change vocabulary, weakest first. Composition of two steps keeps the stronger.
CHANGES = (
    "unchanged",
    "name_change",
    "recoded",
    "boundary_shift",
    "merged",
    "split",
    "discontinued",
)
STRENGTH = {change: rank for rank, change in enumerate(CHANGES)}

# Workbook 'Change' column -> vocabulary (rows carrying both a 2021 and a 2024 code).
WORKBOOK_CHANGE = {
    "": "unchanged",
    "Name change": "name_change",
    "Code change": "recoded",
    "art. 5(2a)": "boundary_shift",  # boundary shift < 1 % population, code kept
    "Boundary shift": "boundary_shift",
    "Merged": "merged",
    "Split": "split",
}

# Level-0 rows carry no label in the workbook: plain English country names.
COUNTRY_NAMES = {
    "AL": "Albania",
    "AT": "Austria",
    "BA": "Bosnia and Herzegovina",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "CH": "Switzerland",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "EE": "Estonia",
    "EL": "Greece",
    "ES": "Spain",
    "FI": "Finland",
    "FR": "France",
    "HR": "Croatia",
    "HU": "Hungary",
    "IE": "Ireland",
    "IS": "Iceland",
    "IT": "Italy",
    "LI": "Liechtenstein",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "LV": "Latvia",
    "ME": "Montenegro",
    "MK": "North Macedonia",
    "MT": "Malta",
    "NL": "Netherlands",
    "NO": "Norway",
    "PL": "Poland",
    "PT": "Portugal",
    "RO": "Romania",
    "RS": "Serbia",
    "SE": "Sweden",
    "SI": "Slovenia",
    "SK": "Slovakia",
    "TR": "Türkiye",
    "UA": "Ukraine",
    "UK": "United Kingdom",
    "XK": "Kosovo",
}

EXTRA_REGIO = re.compile(r"^[A-Z]{2}Z{1,3}$")
FORMER_NAME = re.compile(r"\((?:formely|fromely|formerly):\s*([^)]*?)\s*\)")
SPLIT_FORMULA = re.compile(
    r"([A-Z]{2}[0-9A-Z]*(?:\s*\+\s*[A-Z]{2}[0-9A-Z]*)+)\s*=\s*ex-([A-Z]{2}[0-9A-Z]*)"
)

REGION_COLUMNS = ("nuts_version", "nuts_id", "level", "country_code", "name", "name_latin", "kind")
CORRESPONDENCE_COLUMNS = ("from_version", "from_id", "to_version", "to_id", "change")


@dataclass(frozen=True)
class Region:
    version: int
    nuts_id: str
    level: int
    name: str
    name_latin: str
    kind: str

    @property
    def country(self) -> str:
        return self.nuts_id[:2]

    def row(self) -> tuple[str, ...]:
        return (
            str(self.version),
            self.nuts_id,
            str(self.level),
            self.country,
            self.name,
            self.name_latin,
            self.kind,
        )


@dataclass(frozen=True)
class Link:
    from_version: int
    from_id: str
    to_version: int
    to_id: str
    change: str

    def row(self) -> tuple[str, ...]:
        return (str(self.from_version), self.from_id, str(self.to_version), self.to_id, self.change)


@dataclass(frozen=True)
class SheetRecord:
    """One row of the 2021 <-> 2024 correspondence sheets."""

    country: str
    code_2021: str
    code_2024: str
    label: str
    change: str
    level: int
    family: str  # "nuts" or "statistical_region"


@dataclass(frozen=True)
class Curated2013:
    nuts_id: str
    level: int
    name: str
    name_latin: str
    successors: tuple[str, ...]
    change: str


# --------------------------------------------------------------------------- helpers


def text(value: object) -> str:
    """Cell value as a stripped string ('' for empty cells)."""
    return "" if value is None else str(value).strip()


def clean_label(value: object) -> str:
    """Workbook label without surrounding blanks or a '(formerly: ...)' suffix."""
    return FORMER_NAME.sub("", text(value)).strip()


def kind_of(nuts_id: str, family: str) -> str:
    return "extra_regio" if EXTRA_REGIO.match(nuts_id) else family


def sheet_rows(workbook: openpyxl.Workbook, name: str) -> Iterator[tuple[object, ...]]:
    """Data rows (header skipped) of a sheet, skipping fully empty rows."""
    for row in workbook[name].iter_rows(min_row=2, values_only=True):
        if any(text(cell) for cell in row):
            yield row


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, header: Iterable[str], rows: Iterable[tuple[str, ...]]) -> int:
    """Write rows with LF endings; returns the number of data rows."""
    rows = list(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)


# --------------------------------------------------------------------------- workbook


def read_records(workbook: openpyxl.Workbook) -> list[SheetRecord]:
    records = []
    for sheet, family in ((SHEET_NUTS, "nuts"), (SHEET_SR, "statistical_region")):
        for row in sheet_rows(workbook, sheet):
            labels = [clean_label(cell) for cell in row[4:7]]
            records.append(
                SheetRecord(
                    country=text(row[1]),
                    code_2021=text(row[2]),
                    code_2024=text(row[3]),
                    label=next((label for label in labels if label), ""),
                    change=text(row[7]),
                    level=int(text(row[8])),
                    family=family,
                )
            )
    return records


def read_former_names(workbook: openpyxl.Workbook) -> dict[str, str]:
    """2021 names of renamed regions, from the 'Changes NUTS-x' sheets."""
    former = {}
    for sheet in CHANGE_SHEETS:
        for row in sheet_rows(workbook, sheet):
            match = FORMER_NAME.search(text(row[4]))
            if text(row[1]) and match:
                former[text(row[1])] = match.group(1).strip()
    return former


def read_split_formulas(workbook: openpyxl.Workbook) -> dict[str, set[str]]:
    """'A + B = ex-C' statements of the change sheets: old code -> new codes."""
    successors: dict[str, set[str]] = defaultdict(set)
    for sheet in CHANGE_SHEETS:
        for row in sheet_rows(workbook, sheet):
            for cell in row[4:6]:
                for match in SPLIT_FORMULA.finditer(text(cell)):
                    new_codes = re.split(r"\s*\+\s*", match.group(1))
                    successors[match.group(2)].update(new_codes)
    return successors


def read_transliterations(workbook: openpyxl.Workbook) -> dict[str, tuple[str, str]]:
    """Code -> (label, Latin transliteration)."""
    return {
        text(row[0]): (clean_label(row[1]), text(row[2]))
        for row in sheet_rows(workbook, SHEET_TRANSLIT)
        if text(row[0])
    }


def read_published_2024(workbook: openpyxl.Workbook) -> dict[str, tuple[int, str]]:
    """The published 2024 lists (sheets 'NUTS2024', 'Statistical Regions')."""
    published = {}
    for sheet in (SHEET_NUTS2024, SHEET_SR2024):
        for row in sheet_rows(workbook, sheet):
            published[text(row[1])] = (int(text(row[3])), clean_label(row[2]))
    return published


# --------------------------------------------------------------------------- regions


def latin_name(
    nuts_id: str, name: str, translit: dict[str, tuple[str, str]], warnings: list[str]
) -> str:
    if nuts_id not in translit:
        return name
    label, latin = translit[nuts_id]
    if label != name:
        warnings.append(f"transliteration label differs for {nuts_id}: {label!r} vs {name!r}")
        return name
    return latin


def build_regions_2021_2024(
    records: list[SheetRecord],
    former: dict[str, str],
    translit: dict[str, tuple[str, str]],
    warnings: list[str],
) -> dict[int, dict[str, Region]]:
    regions: dict[int, dict[str, Region]] = {2021: {}, 2024: {}}
    countries: dict[int, dict[str, str]] = {2021: {}, 2024: {}}
    for record in records:
        for version, code in ((2021, record.code_2021), (2024, record.code_2024)):
            if not code:
                continue
            countries[version].setdefault(record.country, record.family)
            if record.level == 0:
                continue  # added below with an English name
            name = former.get(code, record.label) if version == 2021 else record.label
            check_level(code, record.level, warnings)
            regions[version][code] = Region(
                version=version,
                nuts_id=code,
                level=record.level,
                name=name,
                name_latin=latin_name(code, name, translit, warnings),
                kind=kind_of(code, record.family),
            )
    for version, by_country in countries.items():
        for country, family in by_country.items():
            name = COUNTRY_NAMES[country]
            regions[version][country] = Region(version, country, 0, name, name, family)
    return regions


def check_level(nuts_id: str, level: int, warnings: list[str]) -> None:
    if len(nuts_id) - 2 != level:
        warnings.append(f"level {level} does not match code length of {nuts_id}")


def read_employment_geos() -> dict[str, int]:
    geos: dict[str, int] = {}
    with EMPLOYMENT.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            geos.setdefault(row["geo"], int(row["nuts_level"]))
    return geos


def read_curated_2013() -> dict[str, Curated2013]:
    curated = {}
    for row in read_csv(CURATED_2013):
        if row["change"] not in STRENGTH:
            raise ValueError(f"unknown change {row['change']!r} for {row['nuts_id']}")
        curated[row["nuts_id"]] = Curated2013(
            nuts_id=row["nuts_id"],
            level=int(row["level"]),
            name=row["name"],
            name_latin=row["name_latin"] or row["name"],
            successors=tuple(row["nuts2021_ids"].split()),
            change=row["change"],
        )
    return curated


def build_regions_2013(
    geos: dict[str, int],
    curated: dict[str, Curated2013],
    regions_2021: dict[str, Region],
    warnings: list[str],
) -> dict[str, Region]:
    regions = {}
    for code, level in geos.items():
        check_level(code, level, warnings)
        family = regions_2021[code[:2]].kind if code[:2] in regions_2021 else "nuts"
        if code in curated and curated[code].name:
            entry = curated[code]
            if entry.level != level:
                warnings.append(f"curated level of {code} differs from the employment file")
            name, latin = entry.name, entry.name_latin
        elif code in regions_2021:
            name, latin = regions_2021[code].name, regions_2021[code].name_latin
        else:
            raise ValueError(f"{code}: no NUTS 2013 name (add it to {CURATED_2013.name})")
        regions[code] = Region(2013, code, level, name, latin, kind_of(code, family))
    return regions


# --------------------------------------------------------------------------- correspondence


def same_code_change(old: Region, new: Region) -> str:
    return "unchanged" if old.name == new.name else "name_change"


def links_2021_2024(
    records: list[SheetRecord],
    regions: dict[int, dict[str, Region]],
    formulas: dict[str, set[str]],
    warnings: list[str],
) -> list[Link]:
    old, new = regions[2021], regions[2024]
    links: dict[tuple[str, str], str] = {}
    for record in records:
        if record.code_2021 and record.code_2024:
            change = WORKBOOK_CHANGE.get(record.change)
            if change is None:
                warnings.append(f"unknown workbook change {record.change!r} ({record.code_2021})")
                change = "boundary_shift"
            if record.code_2021 != record.code_2024 and change == "unchanged":
                change = "recoded"
            if change == "unchanged":
                change = same_code_change(old[record.code_2021], new[record.code_2024])
            links[(record.code_2021, record.code_2024)] = change
    for code in old.keys() & new.keys():
        if old[code].level == 0:
            links[(code, code)] = "unchanged"
    for from_id, to_ids in formulas.items():
        for to_id in to_ids:
            if from_id in old and to_id in new:
                links[(from_id, to_id)] = "split"
    links.update(same_label_links(records, links))
    links = apply_curated_links(links, old, new)
    linked_from = {from_id for from_id, _ in links}
    for code in sorted(old.keys() - linked_from):
        links[(code, "")] = "discontinued"
    report_unlinked_new(new, old, {to_id for _, to_id in links}, warnings)
    return [Link(2021, f, 2024, t, c) for (f, t), c in links.items()]


def same_label_links(
    records: list[SheetRecord], existing: dict[tuple[str, str], str]
) -> dict[tuple[str, str], str]:
    """Pair a discontinued 2021 code with the new 2024 code of the same label."""
    linked = {from_id for from_id, _ in existing}
    new_codes = defaultdict(list)
    for record in records:
        if record.code_2024 and not record.code_2021:
            new_codes[(record.country, record.level, record.label)].append(record.code_2024)
    links = {}
    for record in records:
        if record.code_2021 and not record.code_2024 and record.code_2021 not in linked:
            for to_id in new_codes.get((record.country, record.level, record.label), []):
                links[(record.code_2021, to_id)] = WORKBOOK_CHANGE.get(record.change, "split")
    return links


def apply_curated_links(
    links: dict[tuple[str, str], str], old: dict[str, Region], new: dict[str, Region]
) -> dict[tuple[str, str], str]:
    """Curated links replace every automatic link of the 2021 codes they name."""
    curated = read_csv(CURATED_LINKS)
    replaced = {row["from_id"] for row in curated}
    result = {key: change for key, change in links.items() if key[0] not in replaced}
    for row in curated:
        if row["from_id"] not in old or row["to_id"] not in new:
            raise ValueError(f"curated link {row['from_id']} -> {row['to_id']}: unknown code")
        if row["change"] not in STRENGTH:
            raise ValueError(f"curated link {row['from_id']}: unknown change {row['change']!r}")
        result[(row["from_id"], row["to_id"])] = row["change"]
    return result


def report_unlinked_new(
    new: dict[str, Region], old: dict[str, Region], linked_to: set[str], warnings: list[str]
) -> None:
    old_countries = {region.country for region in old.values()}
    for code in sorted(new.keys() - linked_to):
        if new[code].country in old_countries:
            warnings.append(f"2024 code {code} has no 2021 predecessor")


def links_2013_2021(
    regions_2013: dict[str, Region],
    regions_2021: dict[str, Region],
    curated: dict[str, Curated2013],
) -> list[Link]:
    links = []
    for code, region in regions_2013.items():
        if code not in curated:
            if code not in regions_2021:
                raise ValueError(f"{code}: not in NUTS 2021 and not curated")
            links.append(Link(2013, code, 2021, code, same_code_change(region, regions_2021[code])))
            continue
        entry = curated[code]
        if entry.change == "discontinued":
            links.append(Link(2013, code, 2021, "", "discontinued"))
            continue
        for to_id in entry.successors:
            if to_id not in regions_2021:
                raise ValueError(f"curated successor {to_id} of {code} is not a NUTS 2021 code")
            links.append(Link(2013, code, 2021, to_id, entry.change))
    return links


def compose(first: list[Link], second: list[Link]) -> list[Link]:
    """Chain A->B with B->C; the change is the stronger of the two steps."""
    onward = defaultdict(list)
    for link in second:
        onward[link.from_id].append(link)
    best: dict[tuple[str, str], str] = {}
    for link in first:
        steps = [Link(0, "", 0, "", "discontinued")] if not link.to_id else onward[link.to_id]
        for step in steps:
            change = max(link.change, step.change, key=STRENGTH.__getitem__)
            key = (link.from_id, step.to_id)
            if key not in best or STRENGTH[change] > STRENGTH[best[key]]:
                best[key] = change
    to_version = second[0].to_version
    return [Link(first[0].from_version, f, to_version, t, c) for (f, t), c in best.items()]


# --------------------------------------------------------------------------- checks


def compare_with_published(
    regions_2024: dict[str, Region], published: dict[str, tuple[int, str]]
) -> list[str]:
    derived = {code: (r.level, r.name) for code, r in regions_2024.items() if r.level > 0}
    problems = []
    for code in sorted(derived.keys() - published.keys()):
        problems.append(f"{code} derived for 2024 but missing from the published 2024 sheets")
    for code in sorted(published.keys() - derived.keys()):
        problems.append(f"{code} in the published 2024 sheets but not derived")
    for code in sorted(derived.keys() & published.keys()):
        if derived[code] != published[code]:
            problems.append(f"{code}: derived {derived[code]!r} vs published {published[code]!r}")
    return problems


def verify(regions: list[Region], links: list[Link], geos: dict[str, int]) -> list[str]:
    """Assertions the rest of the project relies on; returns failures."""
    index = {(r.version, r.nuts_id): r for r in regions}
    link_set = {(k.from_version, k.from_id, k.to_version, k.to_id) for k in links}
    failures = []
    failures += [f"employment geo {g} missing as 2013" for g in geos if (2013, g) not in index]
    for version in (2013, 2021, 2024):
        for code, name, level in (("DE21", "Oberbayern", 2), ("DE2", "Bayern", 1)):
            region = index.get((version, code))
            if region is None or (region.name, region.level) != (name, level):
                failures.append(f"{code} {version}: expected {name!r} level {level}")
    for target in ((2013, "FR30", 2021, "FRE1"), (2013, "FR30", 2024, "FRE1")):
        if target not in link_set:
            failures.append(f"missing correspondence {target}")
    for region in regions:
        parent = (region.version, region.nuts_id[:-1])
        if region.level > 0 and (parent not in index or index[parent].level != region.level - 1):
            failures.append(f"no parent for {region.version} {region.nuts_id}")
    known = set(index)
    for link in links:
        if (link.from_version, link.from_id) not in known:
            failures.append(f"link from unknown region {link}")
        if link.to_id and (link.to_version, link.to_id) not in known:
            failures.append(f"link to unknown region {link}")
    return failures


def print_summary(regions: list[Region], links: list[Link]) -> None:
    counts = Counter((r.version, r.level) for r in regions)
    for version, level in sorted(counts):
        print(f"  regions {version} level {level}: {counts[(version, level)]}")
    kinds = Counter((r.version, r.kind) for r in regions)
    for version, kind in sorted(kinds):
        print(f"  regions {version} {kind}: {kinds[(version, kind)]}")
    changes = Counter((k.from_version, k.to_version, k.change) for k in links)
    for key in sorted(changes, key=lambda k: (k[0], k[1], STRENGTH[k[2]])):
        print(f"  correspondence {key[0]}->{key[1]} {key[2]}: {changes[key]}")


# --------------------------------------------------------------------------- main


def copy_verbatim(source_dir: Path) -> None:
    for relative in VERBATIM_FILES:
        target = DATA_DIR / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_dir / relative, target)
        if target.read_bytes() != (source_dir / relative).read_bytes():
            raise RuntimeError(f"copy of {relative} is not byte-identical")


def build() -> tuple[list[Region], list[Link], dict[str, int], list[str], list[str]]:
    warnings: list[str] = []
    workbook = openpyxl.load_workbook(WORKBOOK, read_only=True)
    records = read_records(workbook)
    translit = read_transliterations(workbook)
    regions = build_regions_2021_2024(records, read_former_names(workbook), translit, warnings)
    geos = read_employment_geos()
    curated = read_curated_2013()
    regions[2013] = build_regions_2013(geos, curated, regions[2021], warnings)
    mismatches = compare_with_published(regions[2024], read_published_2024(workbook))
    link_21_24 = links_2021_2024(records, regions, read_split_formulas(workbook), warnings)
    link_13_21 = links_2013_2021(regions[2013], regions[2021], curated)
    links = link_13_21 + link_21_24 + compose(link_13_21, link_21_24)
    all_regions = [region for by_code in regions.values() for region in by_code.values()]
    return all_regions, links, geos, warnings, mismatches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copy-from", type=Path, help="refresh the verbatim copies from DIR")
    args = parser.parse_args(argv)
    if args.copy_from:
        copy_verbatim(args.copy_from)
    regions, links, geos, warnings, mismatches = build()
    n_regions = write_csv(REGIONS_OUT, REGION_COLUMNS, [r.row() for r in sorted_regions(regions)])
    n_links = write_csv(CORRESPONDENCE_OUT, CORRESPONDENCE_COLUMNS, sorted_links(links))
    print(f"{REGIONS_OUT.relative_to(ROOT)}: {n_regions} rows")
    print(f"{CORRESPONDENCE_OUT.relative_to(ROOT)}: {n_links} rows")
    print_summary(regions, links)
    for line in warnings:
        print(f"warning: {line}")
    for line in mismatches:
        print(f"mismatch with published 2024 sheets: {line}")
    failures = verify(regions, links, geos)
    for line in failures:
        print(f"FAILED: {line}")
    return 1 if failures else 0


def sorted_regions(regions: list[Region]) -> list[Region]:
    return sorted(regions, key=lambda r: (r.version, r.nuts_id))


def sorted_links(links: list[Link]) -> list[tuple[str, ...]]:
    ordered = sorted(links, key=lambda k: (k.from_version, k.to_version, k.from_id, k.to_id))
    return [link.row() for link in ordered]


if __name__ == "__main__":
    sys.exit(main())
