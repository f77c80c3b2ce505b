"""Why a pair is recommended: the sector flows behind its value-chain score, shared
categories and matched offers and needs, in sentences with the sectors' names and in fields
for programs (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from eco_matchmaking.recommendations.compute import Scorer
from eco_matchmaking.recommendations.profiles import ClusterCodes

Side = Literal["you", "partner"]
# A side's part of a division from this up is the whole division in sentences.
_WHOLE = 0.995


@dataclass(frozen=True)
class Names:
    """NACE titles by code (any level) and definition names by slug."""

    nace: Mapping[str, str] = field(default_factory=dict)
    categories: Mapping[str, str] = field(default_factory=dict)

    def sector(self, code: str) -> str:
        """A NACE title as people say it: 'Manufacture of machinery and equipment n.e.c.'
        is 'machinery and equipment'; the code itself when the title is unknown."""
        title = self.nace.get(code)
        if not title:
            return f"NACE {code}"
        title = title.removeprefix("Manufacture of ")
        title = title.removesuffix(" n.e.c.")
        return title[:1].lower() + title[1:]

    def category(self, slug: str) -> str:
        return self.categories.get(slug, slug)


def percent(share: float) -> str:
    """0.0063 -> '0.6 %'; shares too small for one decimal say so."""
    value = share * 100
    if 0 < value < 0.05:
        return "under 0.1 %"
    return f"{value:.0f} %" if value >= 10 else f"{value:.1f} %"


@dataclass(frozen=True)
class Flow:
    supplier: Side
    supplier_division: str
    buyer_division: str
    supplier_name: str
    buyer_name: str
    supplier_coverage: float  # share of the supplier division the supplier side covers
    buyer_coverage: float
    division_input_share: float  # of the buyer division's inputs, from the whole supplier
    division_output_share: float  # of the supplier division's output, sold to the whole buyer
    input_share: float  # division_input_share x supplier_coverage
    output_share: float  # division_output_share x buyer_coverage
    contribution: float  # its part in the pair's value-chain scores (profile-weighted)

    @staticmethod
    def _side(side: Side, name: str, coverage: float) -> str:
        whose = "your" if side == "you" else "their"
        if coverage >= _WHOLE:
            return f"{whose} {name} sector"
        return f"{whose} part of the {name} sector ({percent(coverage)} of it)"

    @property
    def sentence(self) -> str:
        buyer_side: Side = "partner" if self.supplier == "you" else "you"
        supplier = self._side(self.supplier, self.supplier_name, self.supplier_coverage)
        buyer = self._side(buyer_side, self.buyer_name, self.buyer_coverage)
        return (
            f"{supplier[:1].upper()}{supplier[1:]} supplies {percent(self.input_share)} of "
            f"the inputs of {buyer}, which buys {percent(self.output_share)} of "
            f"{'your' if self.supplier == 'you' else 'their'} output"
        )


@dataclass(frozen=True)
class CodeMatch:
    offered_by: Side
    offer: str
    need: str


@dataclass(frozen=True)
class Explanation:
    similarity: float
    value_chain_to_you: float
    value_chain_to_partner: float
    offers_needs_to_you: float
    offers_needs_to_partner: float
    score_to_you: float
    score_to_partner: float
    score: float
    cross_sector: bool
    you_supply_partner_input_share: float
    partner_supplies_you_input_share: float
    flows: list[Flow]
    shared_categories: list[str]
    shared_emerging_industries: list[str]
    matched_offers_needs: list[CodeMatch]
    reasons: list[str] = field(default_factory=list)
    # The input-output tables the value chain was read in: yours, then theirs if another.
    input_output_tables: list[str] = field(default_factory=list)
    input_output_blend: str | None = None  # same_table, mean or supplier


def _code_matches(offers: Sequence[str], needs: Sequence[str], offered_by: Side) -> list[CodeMatch]:
    """An offer meets a need when one code contains the other (22.29 meets a need for 22.2
    and one for 22), or both are in the same division."""
    found = []
    for need in needs:
        for offer in offers:
            if offer.startswith(need) or need.startswith(offer) or offer[:2] == need[:2]:
                found.append(CodeMatch(offered_by, offer, need))
                break
    return found


def _flows(scorer: Scorer, you: int, partner: int, names: Names, top: int) -> list[Flow]:
    """The flows that weigh most in the pair's value chain, both ways, among those at
    least ``min_flow_share`` of the buyer's inputs or of the supplier's output."""
    profiles = scorer.profiles
    p, s, c = profiles.activity, profiles.supply, profiles.coverage
    divisions = profiles.divisions
    threshold = scorer.parameters.min_flow_share
    flows: list[Flow] = []
    for supplier, buyer, side in ((you, partner, "you"), (partner, you, "partner")):
        a, b = scorer.flow_tables(supplier, buyer)
        # The buyer's side counts the inputs (supplier with its supply weights), the
        # supplier's the output its customer buys (buyer with its supply weights).
        contribution = (
            s[supplier][:, None] * a * p[buyer][None, :]
            + p[supplier][:, None] * b * s[buyer][None, :]
        )
        inputs = c[supplier][:, None] * a
        outputs = b * c[buyer][None, :]
        stated = (contribution > 0) & ((inputs >= threshold) | (outputs >= threshold))
        candidates = np.flatnonzero(stated)
        best = candidates[np.argsort(contribution.flat[candidates])[::-1][:top]]
        for flat in best.tolist():
            d, e = divmod(flat, len(divisions))
            flows.append(
                Flow(
                    supplier=side,  # type: ignore[arg-type]
                    supplier_division=divisions[d],
                    buyer_division=divisions[e],
                    supplier_name=names.sector(divisions[d]),
                    buyer_name=names.sector(divisions[e]),
                    supplier_coverage=float(c[supplier, d]),
                    buyer_coverage=float(c[buyer, e]),
                    division_input_share=float(a[d, e]),
                    division_output_share=float(b[d, e]),
                    input_share=float(inputs[d, e]),
                    output_share=float(outputs[d, e]),
                    contribution=float(contribution[d, e]),
                )
            )
    return sorted(flows, key=lambda f: -f.contribution)[:top]


def _match_sentence(match: CodeMatch, names: Names) -> str:
    offerer, needer = ("They", "you") if match.offered_by == "partner" else ("You", "they")
    offer = f"{names.sector(match.offer)} (NACE {match.offer})"
    if match.need == match.offer:
        return f"{offerer} offer {offer}, which {needer} need"
    need = f"{names.sector(match.need)} (NACE {match.need})"
    return f"{offerer} offer {offer}; {needer} need {need}"


def explain(
    scorer: Scorer,
    you: int,
    partner: int,
    your_codes: ClusterCodes,
    partner_codes: ClusterCodes,
    names: Names | None = None,
    top_flows: int = 3,
) -> Explanation:
    names = names or Names()
    pair = scorer.score_rows(np.array([you]))
    p, s = scorer.profiles.activity, scorer.profiles.supply
    flows = _flows(scorer, you, partner, names, top_flows)
    matched = _code_matches(
        partner_codes.offer_nace_codes, your_codes.need_nace_codes, "partner"
    ) + _code_matches(your_codes.offer_nace_codes, partner_codes.need_nace_codes, "you")
    shared_categories = sorted(set(your_codes.category_slugs) & set(partner_codes.category_slugs))
    shared_emerging = sorted(
        set(your_codes.emerging_industry_slugs) & set(partner_codes.emerging_industry_slugs)
    )
    reasons = [f.sentence for f in flows]
    reasons += [_match_sentence(m, names) for m in matched]
    if shared_categories:
        reasons.append(
            "You share the categories " + ", ".join(names.category(c) for c in shared_categories)
            if len(shared_categories) > 1
            else f"You share the category {names.category(shared_categories[0])}"
        )
    cross = bool(pair.cross_sector[0, partner])
    if cross:
        reasons.append("Cross-sectoral: your main sectors and theirs share no NACE division")
    tables, blend = _tables(scorer, you, partner)
    if tables:
        reasons.append(_tables_sentence(tables, blend))
    return Explanation(
        similarity=float(pair.similarity[0, partner]),
        value_chain_to_you=float(pair.value_chain_to_row[0, partner]),
        value_chain_to_partner=float(pair.value_chain_to_column[0, partner]),
        offers_needs_to_you=float(pair.offers_needs_to_row[0, partner]),
        offers_needs_to_partner=float(pair.offers_needs_to_column[0, partner]),
        score_to_you=float(pair.to_row[0, partner]),
        score_to_partner=float(pair.to_column[0, partner]),
        score=float(pair.score[0, partner]),
        cross_sector=cross,
        you_supply_partner_input_share=float(
            s[you] @ scorer.flow_tables(you, partner)[0] @ p[partner]
        ),
        partner_supplies_you_input_share=float(
            s[partner] @ scorer.flow_tables(partner, you)[0] @ p[you]
        ),
        flows=flows,
        shared_categories=shared_categories,
        shared_emerging_industries=shared_emerging,
        matched_offers_needs=matched,
        reasons=reasons,
        input_output_tables=tables,
        input_output_blend=blend,
    )


def _tables(scorer: Scorer, you: int, partner: int) -> tuple[list[str], str | None]:
    yours, theirs = scorer.table_codes(you), scorer.table_codes(partner)
    if yours is None or theirs is None:
        return [], None
    if yours == theirs:
        return [yours], "same_table"
    return [yours, theirs], scorer.parameters.cross_border


def _tables_sentence(tables: list[str], blend: str | None) -> str:
    if blend == "same_table":
        return f"Value-chain figures from the input-output table {tables[0]}"
    yours, theirs = tables
    if blend == "supplier":
        return (
            f"Value-chain figures from the input-output tables {yours} for what you sell "
            f"and {theirs} for what they sell"
        )
    return (
        f"Value-chain figures from the mean of the input-output tables {yours} (yours) "
        f"and {theirs} (theirs)"
    )
