"""NACE Rev. 2 codes as people and Eurostat write them, turned into the tree's own codes."""

from __future__ import annotations

from dataclasses import dataclass

# A section (C), or digits with or without a dot (10, 10.1, 101, 10.11, 1011), optionally
# after the section letter as Eurostat writes them (C10, G451, C1011). Any case.
SECTOR_CODE_PATTERN = r"^([A-Ua-u]|[A-Ua-u]?[0-9]{2}(\.?[0-9]{1,2})?)$"


@dataclass(frozen=True)
class SectorCode:
    code: str  # as in the tree: C, 10, 10.1, 10.11
    # The section letter written before digits; the code must lie in it (C10 yes, C01 no).
    section: str | None = None


def parse_sector_code(raw: str) -> SectorCode:
    """``G451`` -> 45.1 in section G; ``1011`` -> 10.11; ``c`` -> C. Expects the pattern."""
    text = raw.upper()
    if len(text) == 1:
        return SectorCode(text)
    section = text[0] if text[0].isalpha() else None
    digits = text[1:] if section else text
    if "." not in digits and len(digits) > 2:
        digits = f"{digits[:2]}.{digits[2:]}"
    return SectorCode(digits, section)


def lineage(code: str) -> list[str]:
    """The code and the codes above it that its digits name: 10.11 -> [10, 10.1, 10.11].

    The section is not in the digits; it is looked up."""
    if code.isalpha():
        return [code]
    division = code[:2]
    return [division] + [code[:end] for end in range(4, len(code) + 1)]
