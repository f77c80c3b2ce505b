"""Why a pair is recommended: the sector flows behind its value-chain score, shared
categories and matched offers and needs (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from eco_matchmaking.recommendations.compute import Scorer
from eco_matchmaking.recommendations.profiles import ClusterCodes

Side = Literal["you", "partner"]


@dataclass(frozen=True)
class Flow:
    supplier: Side
    supplier_division: str
    buyer_division: str
    input_share: float  # of the buyer division's inputs, from the supplier division
    output_share: float  # of the supplier division's output, sold to the buyer division
    contribution: float  # its part in the pair's value-chain score (profile-weighted)

    @property
    def sentence(self) -> str:
        supplier, buyer = ("your", "their") if self.supplier == "you" else ("their", "your")
        return (
            f"{supplier} NACE {self.supplier_division} supplies {buyer} NACE "
            f"{self.buyer_division}: {self.input_share:.1%} of its inputs "
            f"({self.output_share:.1%} of the supplier's output)"
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


def _flows(scorer: Scorer, you: int, partner: int, top: int) -> list[Flow]:
    p = scorer.profiles.activity
    divisions = scorer.profiles.divisions
    flows: list[Flow] = []
    for supplier, buyer, side in ((you, partner, "you"), (partner, you, "partner")):
        contribution = p[supplier][:, None] * scorer.a * p[buyer][None, :]
        best = np.argsort(contribution, axis=None)[::-1][:top]
        for flat in best.tolist():
            d, e = divmod(flat, len(divisions))
            if contribution[d, e] <= 0:
                break
            flows.append(
                Flow(
                    supplier=side,  # type: ignore[arg-type]
                    supplier_division=divisions[d],
                    buyer_division=divisions[e],
                    input_share=float(scorer.a[d, e]),
                    output_share=float(scorer.b[d, e]),
                    contribution=float(contribution[d, e]),
                )
            )
    return sorted(flows, key=lambda f: -f.contribution)[:top]


def explain(
    scorer: Scorer,
    you: int,
    partner: int,
    your_codes: ClusterCodes,
    partner_codes: ClusterCodes,
    top_flows: int = 3,
) -> Explanation:
    pair = scorer.score_rows(np.array([you]))
    p = scorer.profiles.activity
    flows = _flows(scorer, you, partner, top_flows)
    matched = _code_matches(
        partner_codes.offer_nace_codes, your_codes.need_nace_codes, "partner"
    ) + _code_matches(your_codes.offer_nace_codes, partner_codes.need_nace_codes, "you")
    shared_categories = sorted(set(your_codes.category_slugs) & set(partner_codes.category_slugs))
    shared_emerging = sorted(
        set(your_codes.emerging_industry_slugs) & set(partner_codes.emerging_industry_slugs)
    )
    reasons = [f.sentence for f in flows]
    reasons += [
        f"{'they offer' if m.offered_by == 'partner' else 'you offer'} NACE {m.offer}, "
        f"{'you need' if m.offered_by == 'partner' else 'they need'} NACE {m.need}"
        for m in matched
    ]
    if shared_categories:
        reasons.append("shared categories: " + ", ".join(shared_categories))
    cross = bool(pair.cross_sector[0, partner])
    if cross:
        reasons.append("cross-sectoral: your main sectors and theirs share no NACE division")
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
        you_supply_partner_input_share=float(p[you] @ scorer.a @ p[partner]),
        partner_supplies_you_input_share=float(p[partner] @ scorer.a @ p[you]),
        flows=flows,
        shared_categories=shared_categories,
        shared_emerging_industries=shared_emerging,
        matched_offers_needs=matched,
        reasons=reasons,
    )
