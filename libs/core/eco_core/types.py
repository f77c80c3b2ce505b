"""Constrained types shared by every service, so a code is validated the same way everywhere."""

from __future__ import annotations

from enum import IntEnum
from typing import Annotated

from pydantic import StringConstraints

# NUTS: a country code, then one character per level: DE, DE2, DE21, DE212.
NUTS_PATTERN = r"^[A-Z]{2}[0-9A-Z]{0,3}$"
# NACE Rev. 2: section letter, division 01, group 01.1, class 01.11.
NACE_PATTERN = r"^([A-U]|[0-9]{2}(\.[0-9]{1,2})?)$"

NutsCode = Annotated[str, StringConstraints(pattern=NUTS_PATTERN, to_upper=True, max_length=5)]
NaceCode = Annotated[str, StringConstraints(pattern=NACE_PATTERN, to_upper=True, max_length=5)]


class NutsVersion(IntEnum):
    """NUTS classification versions the observatory knows."""

    NUTS_2013 = 2013
    NUTS_2021 = 2021
    NUTS_2024 = 2024


CURRENT_NUTS_VERSION = NutsVersion.NUTS_2024
