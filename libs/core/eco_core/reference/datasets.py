"""The shipped reference files and where each comes from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Dataset:
    name: str
    relative_path: str
    source: str

    def path(self, root: Path) -> Path:
        return root / self.relative_path

    def sha256(self, root: Path) -> str:
        return hashlib.sha256(self.path(root).read_bytes()).hexdigest()


NUTS_REGIONS = Dataset(
    "nuts_regions",
    "nuts/nuts_regions.csv",
    "Eurostat NUTS 2021-2024 workbook; NUTS 2013 codes of Eurostat sbs_r_nuts06_r2",
)
NUTS_CORRESPONDENCE = Dataset(
    "nuts_correspondence",
    "nuts/nuts_correspondence.csv",
    "Eurostat NUTS 2021-2024 workbook; NUTS 2013-2016-2021 amendments (project curation)",
)
NACE_REV2 = Dataset(
    "nace_rev2",
    "nace/nace_rev2_tree.csv",
    "Eurostat RAMON NACE Rev. 2 (via bonsai-classifications 2.1.2)",
)
EMERGING_INDUSTRIES = Dataset(
    "emerging_industries_2011",
    "reference/emerging_industries_2011.csv",
    "European Cluster Observatory, Newsletter #1, October 2014",
)

ALL_DATASETS = (NUTS_REGIONS, NUTS_CORRESPONDENCE, NACE_REV2, EMERGING_INDUSTRIES)
