"""The six model demonstrator regions of the shipped reference file (pure: reads the file)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eco_core.settings import PROJECT_ROOT

DEMONSTRATORS_FILE = PROJECT_ROOT / "reference_data/reference/model_demonstrator_regions.csv"
_COLUMNS = ("region_name", "country", "nuts2_2013", "nuts2_2021", "focus")


@dataclass(frozen=True)
class Demonstrator:
    name: str
    country: str
    nuts_2013: str
    nuts_2021: str
    focus: str

    @property
    def codes(self) -> frozenset[str]:
        return frozenset({self.nuts_2013, self.nuts_2021})


def parse_demonstrators(path: Path) -> tuple[Demonstrator, ...]:
    with path.open(newline="", encoding="utf-8") as source:
        reader = csv.DictReader(source)
        if tuple(reader.fieldnames or ()) != _COLUMNS:
            raise ValueError(f"{path.name}: expected the columns {', '.join(_COLUMNS)}")
        return tuple(
            Demonstrator(
                name=row["region_name"],
                country=row["country"],
                nuts_2013=row["nuts2_2013"],
                nuts_2021=row["nuts2_2021"],
                focus=row["focus"],
            )
            for row in reader
        )


# The file is shipped with the code and copied verbatim from a 2014 publication: it is
# read, not loaded into a table that would only ever hold these six rows.
@lru_cache(maxsize=1)
def demonstrators() -> tuple[Demonstrator, ...]:
    return parse_demonstrators(DEMONSTRATORS_FILE)


def demonstrator_of(codes: frozenset[str] | set[str]) -> Demonstrator | None:
    """The demonstrator whose NUTS 2013 or 2021 code is one of ``codes``."""
    return next((d for d in demonstrators() if d.codes & codes), None)
