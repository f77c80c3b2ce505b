"""Code notations a profile accepts: NACE Rev. 2 (dotted or Eurostat) and ISO 639-1 languages."""

from __future__ import annotations

import re

from eco_core.types import NACE_PATTERN

_DOTTED = re.compile(NACE_PATTERN)
# Eurostat writes the section letter before the digits, without the dot: C, C22, C222, C2222.
_EUROSTAT = re.compile(r"^([A-U])([0-9]{2})([0-9]{1,2})?$")


def normalise_nace(code: str) -> str | None:
    """``22.22`` stays, Eurostat's ``C2222`` becomes ``22.22``; None if it is neither.

    Whether the code exists in NACE Rev. 2 is a separate question (the database knows).
    """
    value = code.strip().upper()
    if _DOTTED.match(value):
        return value
    match = _EUROSTAT.match(value)
    if match is None:
        return None
    _, division, rest = match.groups()
    return division if rest is None else f"{division}.{rest}"


def nace_ancestors(code: str) -> tuple[str, ...]:
    """The division and group above a dotted group or class: ``22.22`` -> (``22``, ``22.2``)."""
    if "." not in code:
        return ()
    division, rest = code.split(".")
    return (division,) if len(rest) == 1 else (division, f"{division}.{rest[0]}")


# ISO 639-1 (two-letter language codes), as maintained by the Library of Congress;
# the withdrawn "bh" and "sh" are left out.
ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
    hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku
    kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
    no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm
    sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi
    vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905 - a table reads better than 183 quoted strings
)
