"""Read and check a survey item catalogue file (pure: no database).

``code,category,subcategory,scales,question``; scales are ``|``-separated and always
include importance and extent (satisfaction is asked of cluster-management services).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from eco_core.models.excellence import SURVEY_CATEGORIES, SURVEY_SCALES

COLUMNS = ("code", "category", "subcategory", "scales", "question")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_REQUIRED_SCALES = ("importance", "extent")


@dataclass(frozen=True)
class ItemSpec:
    code: str
    position: int
    category: str
    subcategory: str
    scales: tuple[str, ...]
    question: str


class CatalogueFileError(ValueError):
    """The catalogue file breaks a rule; the message names the line."""


def parse_catalogue(text: str) -> list[ItemSpec]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise CatalogueFileError(f"header must be {','.join(COLUMNS)}")
    items: list[ItemSpec] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        code = row["code"].strip()
        if not _CODE.match(code) or code in seen:
            raise CatalogueFileError(f"line {line}: code {code!r} is malformed or repeated")
        category, subcategory = row["category"].strip(), row["subcategory"].strip()
        if subcategory not in SURVEY_CATEGORIES.get(category, ()):
            raise CatalogueFileError(
                f"line {line}: {category!r}/{subcategory!r} is not a known (sub)category"
            )
        scales = tuple(s.strip() for s in row["scales"].split("|"))
        if not set(_REQUIRED_SCALES) <= set(scales) <= set(SURVEY_SCALES) or len(
            set(scales)
        ) != len(scales):
            raise CatalogueFileError(
                f"line {line}: scales must be importance|extent, optionally |satisfaction"
            )
        question = row["question"].strip()
        if not question:
            raise CatalogueFileError(f"line {line}: the question is empty")
        seen.add(code)
        items.append(
            ItemSpec(
                code=code,
                position=len(items) + 1,
                category=category,
                subcategory=subcategory,
                # Always in the canonical order, whatever the file's.
                scales=tuple(s for s in SURVEY_SCALES if s in scales),
                question=question,
            )
        )
    covered = {(i.category, i.subcategory) for i in items}
    missing = [
        f"{c}/{s}" for c, subs in SURVEY_CATEGORIES.items() for s in subs if (c, s) not in covered
    ]
    if missing:
        raise CatalogueFileError(f"no item for {', '.join(missing)}")
    return items
