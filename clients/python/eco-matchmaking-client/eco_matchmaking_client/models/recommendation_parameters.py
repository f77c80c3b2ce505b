from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.recommendation_parameters_cross_border import (
    RecommendationParametersCrossBorder,
    check_recommendation_parameters_cross_border,
)
from ..models.recommendation_parameters_input_output_tables import (
    RecommendationParametersInputOutputTables,
    check_recommendation_parameters_input_output_tables,
)
from ..models.recommendation_parameters_reciprocity import (
    RecommendationParametersReciprocity,
    check_recommendation_parameters_reciprocity,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_weights import ProfileWeights
    from ..models.score_weights import ScoreWeights


T = TypeVar("T", bound="RecommendationParameters")


@_attrs_define
class RecommendationParameters:
    """
    Attributes:
        cross_border (RecommendationParametersCrossBorder | Unset): A pair of two countries: mean reads every flow in
            the mean of both tables' coefficients; supplier reads a flow from x to y in x's table Default: 'mean'.
        cross_sector_bonus (float | Unset): Multiplies the score of pairs that share no NACE division by 1 + bonus
            Default: 0.0.
        declined_by_partner_factor (float | Unset): A partner that marked you not interested is moved down, not revealed
            Default: 0.5.
        exclude_own_division_flows (bool | Unset): Flows within one NACE division are left to similarity, so value-chain
            complementarity measures links between different sectors Default: True.
        fairness_cap (float | None | Unset): Fair exposure: no cluster appears in more than cap x list_length lists, and
            every cluster with a positive score appears in at least one; null serves the lists by relevance only (at most
            1000) Default: 2.0.
        input_output_tables (RecommendationParametersInputOutputTables | Unset): per_country: each cluster's flows are
            read in its country's table (by the first two letters of its region's NUTS code), or the active table (the EU-
            wide fallback) when its country has none; active: the active table for every pair, as before mm-2026.3 Default:
            'per_country'.
        interested_boost (float | Unset):  Default: 1.25.
        list_length (int | Unset): Lists served by default Default: 20.
        min_flow_share (float | Unset): Explanations state a sector flow only when the supplier's part of its division
            supplies at least this share of the buyer's inputs, or sells at least this share of its output to the buyer's
            part. 0.5 %: links of at least that much carry 73 % of what divisions buy from one another in the shipped table,
            and smaller ones are under twice the average link (0.28 %); each of the demonstration clusters' ten first
            partners keeps a stated flow (at 1 %, 4 of 260 pairs would have none; at 2 %, 71). Smaller flows still count in
            the score Default: 0.005.
        profile (ProfileWeights | Unset): What a cluster's sector profile is made of: its own NACE codes count most; the
            codes
            of its categories and emerging industries (from the active definition set) and of its
            offers fill in.
        reciprocity (RecommendationParametersReciprocity | Unset): How the two directions fuse: the harmonic mean ranks
            a pair high only if it is good for both sides Default: 'harmonic'.
        stored_length (int | Unset): Partners kept per list Default: 50.
        value_chain_scale (float | Unset): Input plus output share at which a value-chain link counts 63% (1 - e^-1) of
            a full one; links saturate smoothly above it Default: 0.02.
        weights (ScoreWeights | Unset): How the three parts of a directional score are blended (normalised to sum 1 over
            the
            parts that apply: a cluster that states no needs is judged on the other two).
    """

    cross_border: RecommendationParametersCrossBorder | Unset = "mean"
    cross_sector_bonus: float | Unset = 0.0
    declined_by_partner_factor: float | Unset = 0.5
    exclude_own_division_flows: bool | Unset = True
    fairness_cap: float | None | Unset = 2.0
    input_output_tables: RecommendationParametersInputOutputTables | Unset = "per_country"
    interested_boost: float | Unset = 1.25
    list_length: int | Unset = 20
    min_flow_share: float | Unset = 0.005
    profile: ProfileWeights | Unset = UNSET
    reciprocity: RecommendationParametersReciprocity | Unset = "harmonic"
    stored_length: int | Unset = 50
    value_chain_scale: float | Unset = 0.02
    weights: ScoreWeights | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cross_border: str | Unset = UNSET
        if not isinstance(self.cross_border, Unset):
            cross_border = self.cross_border

        cross_sector_bonus = self.cross_sector_bonus

        declined_by_partner_factor = self.declined_by_partner_factor

        exclude_own_division_flows = self.exclude_own_division_flows

        fairness_cap: float | None | Unset
        if isinstance(self.fairness_cap, Unset):
            fairness_cap = UNSET
        else:
            fairness_cap = self.fairness_cap

        input_output_tables: str | Unset = UNSET
        if not isinstance(self.input_output_tables, Unset):
            input_output_tables = self.input_output_tables

        interested_boost = self.interested_boost

        list_length = self.list_length

        min_flow_share = self.min_flow_share

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        reciprocity: str | Unset = UNSET
        if not isinstance(self.reciprocity, Unset):
            reciprocity = self.reciprocity

        stored_length = self.stored_length

        value_chain_scale = self.value_chain_scale

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cross_border is not UNSET:
            field_dict["cross_border"] = cross_border
        if cross_sector_bonus is not UNSET:
            field_dict["cross_sector_bonus"] = cross_sector_bonus
        if declined_by_partner_factor is not UNSET:
            field_dict["declined_by_partner_factor"] = declined_by_partner_factor
        if exclude_own_division_flows is not UNSET:
            field_dict["exclude_own_division_flows"] = exclude_own_division_flows
        if fairness_cap is not UNSET:
            field_dict["fairness_cap"] = fairness_cap
        if input_output_tables is not UNSET:
            field_dict["input_output_tables"] = input_output_tables
        if interested_boost is not UNSET:
            field_dict["interested_boost"] = interested_boost
        if list_length is not UNSET:
            field_dict["list_length"] = list_length
        if min_flow_share is not UNSET:
            field_dict["min_flow_share"] = min_flow_share
        if profile is not UNSET:
            field_dict["profile"] = profile
        if reciprocity is not UNSET:
            field_dict["reciprocity"] = reciprocity
        if stored_length is not UNSET:
            field_dict["stored_length"] = stored_length
        if value_chain_scale is not UNSET:
            field_dict["value_chain_scale"] = value_chain_scale
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_weights import ProfileWeights  # noqa: PLC0415
        from ..models.score_weights import ScoreWeights  # noqa: PLC0415

        d = dict(src_dict)
        _cross_border = d.pop("cross_border", UNSET)
        cross_border: RecommendationParametersCrossBorder | Unset
        if isinstance(_cross_border, Unset):
            cross_border = UNSET
        else:
            cross_border = check_recommendation_parameters_cross_border(_cross_border)

        cross_sector_bonus = d.pop("cross_sector_bonus", UNSET)

        declined_by_partner_factor = d.pop("declined_by_partner_factor", UNSET)

        exclude_own_division_flows = d.pop("exclude_own_division_flows", UNSET)

        def _parse_fairness_cap(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fairness_cap = _parse_fairness_cap(d.pop("fairness_cap", UNSET))

        _input_output_tables = d.pop("input_output_tables", UNSET)
        input_output_tables: RecommendationParametersInputOutputTables | Unset
        if isinstance(_input_output_tables, Unset):
            input_output_tables = UNSET
        else:
            input_output_tables = check_recommendation_parameters_input_output_tables(_input_output_tables)

        interested_boost = d.pop("interested_boost", UNSET)

        list_length = d.pop("list_length", UNSET)

        min_flow_share = d.pop("min_flow_share", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: ProfileWeights | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = ProfileWeights.from_dict(_profile)

        _reciprocity = d.pop("reciprocity", UNSET)
        reciprocity: RecommendationParametersReciprocity | Unset
        if isinstance(_reciprocity, Unset):
            reciprocity = UNSET
        else:
            reciprocity = check_recommendation_parameters_reciprocity(_reciprocity)

        stored_length = d.pop("stored_length", UNSET)

        value_chain_scale = d.pop("value_chain_scale", UNSET)

        _weights = d.pop("weights", UNSET)
        weights: ScoreWeights | Unset
        if isinstance(_weights, Unset):
            weights = UNSET
        else:
            weights = ScoreWeights.from_dict(_weights)

        recommendation_parameters = cls(
            cross_border=cross_border,
            cross_sector_bonus=cross_sector_bonus,
            declined_by_partner_factor=declined_by_partner_factor,
            exclude_own_division_flows=exclude_own_division_flows,
            fairness_cap=fairness_cap,
            input_output_tables=input_output_tables,
            interested_boost=interested_boost,
            list_length=list_length,
            min_flow_share=min_flow_share,
            profile=profile,
            reciprocity=reciprocity,
            stored_length=stored_length,
            value_chain_scale=value_chain_scale,
            weights=weights,
        )

        return recommendation_parameters
