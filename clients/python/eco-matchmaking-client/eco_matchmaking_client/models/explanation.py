from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.explanation_input_output_blend_type_0 import (
    ExplanationInputOutputBlendType0,
    check_explanation_input_output_blend_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_match_read import CodeMatchRead
    from ..models.sector_flow_read import SectorFlowRead


T = TypeVar("T", bound="Explanation")


@_attrs_define
class Explanation:
    """
    Attributes:
        flows (list[SectorFlowRead]): The sector pairs that weigh most, both ways (at most 3), among those of at least
            the run's min_flow_share of the buyer's inputs or of the supplier's output
        matched_offers_needs (list[CodeMatchRead]):
        offers_needs_to_partner (float):
        offers_needs_to_you (float):
        partner_supplies_you_input_share (float):
        reasons (list[str]): The flows, matched offers and needs, shared categories, the cross-sector mark and the
            input-output tables used, as sentences with the sectors' names
        score_to_partner (float):
        score_to_you (float):
        shared_categories (list[str]):
        shared_emerging_industries (list[str]):
        similarity (float):
        value_chain_to_partner (float):
        value_chain_to_you (float):
        you_supply_partner_input_share (float): Share of the partner's inputs from your sectors (profile-weighted, each
            division counted by the share of it you cover)
        input_output_blend (ExplanationInputOutputBlendType0 | None | Unset): same_table: both sides use one table;
            mean: the mean of both tables' coefficients; supplier: a flow read in the table of the side that supplies it
        input_output_tables (list[str] | Unset): Codes of the input-output tables the value chain was read in: your
            country's, then the partner's when it is another (the EU-wide fallback for a country without one)
    """

    flows: list[SectorFlowRead]
    matched_offers_needs: list[CodeMatchRead]
    offers_needs_to_partner: float
    offers_needs_to_you: float
    partner_supplies_you_input_share: float
    reasons: list[str]
    score_to_partner: float
    score_to_you: float
    shared_categories: list[str]
    shared_emerging_industries: list[str]
    similarity: float
    value_chain_to_partner: float
    value_chain_to_you: float
    you_supply_partner_input_share: float
    input_output_blend: ExplanationInputOutputBlendType0 | None | Unset = UNSET
    input_output_tables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        matched_offers_needs = []
        for matched_offers_needs_item_data in self.matched_offers_needs:
            matched_offers_needs_item = matched_offers_needs_item_data.to_dict()
            matched_offers_needs.append(matched_offers_needs_item)

        offers_needs_to_partner = self.offers_needs_to_partner

        offers_needs_to_you = self.offers_needs_to_you

        partner_supplies_you_input_share = self.partner_supplies_you_input_share

        reasons = self.reasons

        score_to_partner = self.score_to_partner

        score_to_you = self.score_to_you

        shared_categories = self.shared_categories

        shared_emerging_industries = self.shared_emerging_industries

        similarity = self.similarity

        value_chain_to_partner = self.value_chain_to_partner

        value_chain_to_you = self.value_chain_to_you

        you_supply_partner_input_share = self.you_supply_partner_input_share

        input_output_blend: None | str | Unset
        if isinstance(self.input_output_blend, Unset):
            input_output_blend = UNSET
        elif isinstance(self.input_output_blend, str):
            input_output_blend = self.input_output_blend
        else:
            input_output_blend = self.input_output_blend

        input_output_tables: list[str] | Unset = UNSET
        if not isinstance(self.input_output_tables, Unset):
            input_output_tables = self.input_output_tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flows": flows,
                "matched_offers_needs": matched_offers_needs,
                "offers_needs_to_partner": offers_needs_to_partner,
                "offers_needs_to_you": offers_needs_to_you,
                "partner_supplies_you_input_share": partner_supplies_you_input_share,
                "reasons": reasons,
                "score_to_partner": score_to_partner,
                "score_to_you": score_to_you,
                "shared_categories": shared_categories,
                "shared_emerging_industries": shared_emerging_industries,
                "similarity": similarity,
                "value_chain_to_partner": value_chain_to_partner,
                "value_chain_to_you": value_chain_to_you,
                "you_supply_partner_input_share": you_supply_partner_input_share,
            }
        )
        if input_output_blend is not UNSET:
            field_dict["input_output_blend"] = input_output_blend
        if input_output_tables is not UNSET:
            field_dict["input_output_tables"] = input_output_tables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_match_read import CodeMatchRead  # noqa: PLC0415
        from ..models.sector_flow_read import SectorFlowRead  # noqa: PLC0415

        d = dict(src_dict)
        flows = []
        _flows = d.pop("flows")
        for flows_item_data in _flows:
            flows_item = SectorFlowRead.from_dict(flows_item_data)

            flows.append(flows_item)

        matched_offers_needs = []
        _matched_offers_needs = d.pop("matched_offers_needs")
        for matched_offers_needs_item_data in _matched_offers_needs:
            matched_offers_needs_item = CodeMatchRead.from_dict(matched_offers_needs_item_data)

            matched_offers_needs.append(matched_offers_needs_item)

        offers_needs_to_partner = d.pop("offers_needs_to_partner")

        offers_needs_to_you = d.pop("offers_needs_to_you")

        partner_supplies_you_input_share = d.pop("partner_supplies_you_input_share")

        reasons = cast(list[str], d.pop("reasons"))

        score_to_partner = d.pop("score_to_partner")

        score_to_you = d.pop("score_to_you")

        shared_categories = cast(list[str], d.pop("shared_categories"))

        shared_emerging_industries = cast(list[str], d.pop("shared_emerging_industries"))

        similarity = d.pop("similarity")

        value_chain_to_partner = d.pop("value_chain_to_partner")

        value_chain_to_you = d.pop("value_chain_to_you")

        you_supply_partner_input_share = d.pop("you_supply_partner_input_share")

        def _parse_input_output_blend(data: object) -> ExplanationInputOutputBlendType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_output_blend_type_0 = check_explanation_input_output_blend_type_0(data)

                return input_output_blend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExplanationInputOutputBlendType0 | None | Unset, data)

        input_output_blend = _parse_input_output_blend(d.pop("input_output_blend", UNSET))

        input_output_tables = cast(list[str], d.pop("input_output_tables", UNSET))

        explanation = cls(
            flows=flows,
            matched_offers_needs=matched_offers_needs,
            offers_needs_to_partner=offers_needs_to_partner,
            offers_needs_to_you=offers_needs_to_you,
            partner_supplies_you_input_share=partner_supplies_you_input_share,
            reasons=reasons,
            score_to_partner=score_to_partner,
            score_to_you=score_to_you,
            shared_categories=shared_categories,
            shared_emerging_industries=shared_emerging_industries,
            similarity=similarity,
            value_chain_to_partner=value_chain_to_partner,
            value_chain_to_you=value_chain_to_you,
            you_supply_partner_input_share=you_supply_partner_input_share,
            input_output_blend=input_output_blend,
            input_output_tables=input_output_tables,
        )

        explanation.additional_properties = d
        return explanation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
