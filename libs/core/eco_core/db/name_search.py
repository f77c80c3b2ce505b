"""Ranked name search over a column folded by the SQL function ``eco_search_text()``.

The folding (unaccent, lower case, punctuation to blanks) happens in SQL on both sides, so
``Ile de France``, ``île-de-france`` and ``ILE DE FRANCE`` are one query.

A name matches when it contains the folded query; only when no name does (a typo, say
``Oberbayrn``) are names matched by strict word similarity (``<<%``), which forgives a typo
but not a shared first syllable (``koln`` is not Kolubarska). The fallback is decided in the
same statement, so every page of a search and its export agree. Measured on the 4,442 NUTS
rows: a substring scan costs about 1 ms, a similarity scan about 13 ms — with or without the
trigram index, whose posting lists for common trigrams are long — hence similarity only when
needed.

Matches are ranked in tiers — exact name, name prefix, word prefix, substring, merely
similar — then, within a tier, the shorter name first (a containing match) or the more
similar first (a typo). Both ranks are integers (``match_tier``, ``match_rank``) so that they
travel in a keyset cursor without float rounding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    Subquery,
    case,
    cast,
    exists,
    func,
    literal,
    select,
    tuple_,
    union_all,
)

EXACT, PREFIX, WORD_PREFIX, SUBSTRING, SIMILAR = range(5)


def search_text_problem(query: str | None) -> str | None:
    """What makes ``query`` unusable, if anything: PostgreSQL text cannot hold NUL, and a
    query without a letter or digit would fold to nothing."""
    if query is None:
        return None
    if "\x00" in query:
        return "a NUL character"
    if not any(ch.isalnum() for ch in query):
        return "no letter or digit"
    return None


def name_matches(
    base: Select[Any], folded_column: ColumnElement[str], query: str | ColumnElement[str]
) -> Subquery:
    """The rows of ``base`` whose ``folded_column`` (an eco_search_text() column) matches
    ``query`` (the text, or a bound parameter that will hold it), with ``match_tier`` and
    ``match_rank``, both ascending: best first."""
    text = query if isinstance(query, ColumnElement) else literal(query)
    # A scalar subquery is folded once per statement; the bare function of a bound
    # parameter would be folded again for every row (unaccent and a regexp each time).
    folded = select(func.eco_search_text(text)).scalar_subquery()
    # A column folded from "name || ' ' || name_latin" repeats a Latin-script name.
    exact = folded_column.in_([folded, folded + literal(" ") + folded])
    tier = case(
        (exact, EXACT),
        (folded_column.startswith(folded), PREFIX),
        (folded_column.contains(literal(" ") + folded), WORD_PREFIX),
        else_=SUBSTRING,
    )
    containing = (
        # Among names containing the text, the shortest is the closest.
        base.add_columns(tier.label("match_tier"), func.length(folded_column).label("match_rank"))
        .where(folded != "", folded_column.contains(folded))
        .cte("name_contains")
    )
    # Negated so that ascending order puts the most similar first.
    dissimilarity = -cast(
        func.round(func.strict_word_similarity(folded, folded_column) * 1000), Integer
    )
    similar = base.add_columns(
        literal(SIMILAR, Integer).label("match_tier"), dissimilarity.label("match_rank")
    ).where(
        folded != "",
        folded.op("<<%")(folded_column),
        ~exists(select(literal(1)).select_from(containing)),
    )
    return union_all(select(containing), similar).subquery("name_match")


def ranked_by_name(
    base: Select[Any],
    folded_column: ColumnElement[str],
    query: str | ColumnElement[str],
    code: str,
    after: Sequence[Any] | None,
) -> Select[Any]:
    """``base`` narrowed to the names matching ``query``, best first, in keyset pages ordered
    by (tier, rank, ``code``) from ``after`` on. ``query`` and the parts of ``after`` may be
    bound parameters: a statement built once per shape and run with its values (building
    this one costs more CPU than the database spends on it)."""
    matches = name_matches(base, folded_column, query)
    key = (matches.c.match_tier, matches.c.match_rank, matches.c[code])
    ranked = select(matches)
    if after is not None:
        # BIGINT binds: a forged rank beyond INTEGER compares instead of failing to encode.
        tier, rank, last = after
        ranked = ranked.where(tuple_(*key) > tuple_(_big(tier), _big(rank), last))
    return ranked.order_by(*key)


def _big(value: Any) -> ColumnElement[Any]:
    """A BIGINT bind (a given parameter as it is): a forged rank beyond INTEGER compares
    instead of failing to encode."""
    return value if isinstance(value, ColumnElement) else literal(value, BigInteger)
