from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.parameter_overrides_stars_type_0_item import (
    ParameterOverridesStarsType0Item,
    check_parameter_overrides_stars_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterOverrides")


@_attrs_define
class ParameterOverrides:
    """Change a methodology's thresholds for one run; the run stores the values it used.

    Attributes:
        focus_top_share (float | None | Unset):
        growth_min_coverage (float | None | Unset):
        min_measured_share (float | None | Unset):
        productivity_top_share (float | None | Unset):
        size_top_share (float | None | Unset):
        specialisation_min_lq (float | None | Unset):
        stars (list[ParameterOverridesStarsType0Item] | None | Unset):
        strong_employment_quantile (float | None | Unset):
        strong_establishment_quantile (float | None | Unset):
        strong_lq_quantile (float | None | Unset):
        strong_min_establishments (float | None | Unset):
        strong_min_lq (float | None | Unset):
    """

    focus_top_share: float | None | Unset = UNSET
    growth_min_coverage: float | None | Unset = UNSET
    min_measured_share: float | None | Unset = UNSET
    productivity_top_share: float | None | Unset = UNSET
    size_top_share: float | None | Unset = UNSET
    specialisation_min_lq: float | None | Unset = UNSET
    stars: list[ParameterOverridesStarsType0Item] | None | Unset = UNSET
    strong_employment_quantile: float | None | Unset = UNSET
    strong_establishment_quantile: float | None | Unset = UNSET
    strong_lq_quantile: float | None | Unset = UNSET
    strong_min_establishments: float | None | Unset = UNSET
    strong_min_lq: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        focus_top_share: float | None | Unset
        if isinstance(self.focus_top_share, Unset):
            focus_top_share = UNSET
        else:
            focus_top_share = self.focus_top_share

        growth_min_coverage: float | None | Unset
        if isinstance(self.growth_min_coverage, Unset):
            growth_min_coverage = UNSET
        else:
            growth_min_coverage = self.growth_min_coverage

        min_measured_share: float | None | Unset
        if isinstance(self.min_measured_share, Unset):
            min_measured_share = UNSET
        else:
            min_measured_share = self.min_measured_share

        productivity_top_share: float | None | Unset
        if isinstance(self.productivity_top_share, Unset):
            productivity_top_share = UNSET
        else:
            productivity_top_share = self.productivity_top_share

        size_top_share: float | None | Unset
        if isinstance(self.size_top_share, Unset):
            size_top_share = UNSET
        else:
            size_top_share = self.size_top_share

        specialisation_min_lq: float | None | Unset
        if isinstance(self.specialisation_min_lq, Unset):
            specialisation_min_lq = UNSET
        else:
            specialisation_min_lq = self.specialisation_min_lq

        stars: list[str] | None | Unset
        if isinstance(self.stars, Unset):
            stars = UNSET
        elif isinstance(self.stars, list):
            stars = []
            for stars_type_0_item_data in self.stars:
                stars_type_0_item: str = stars_type_0_item_data
                stars.append(stars_type_0_item)

        else:
            stars = self.stars

        strong_employment_quantile: float | None | Unset
        if isinstance(self.strong_employment_quantile, Unset):
            strong_employment_quantile = UNSET
        else:
            strong_employment_quantile = self.strong_employment_quantile

        strong_establishment_quantile: float | None | Unset
        if isinstance(self.strong_establishment_quantile, Unset):
            strong_establishment_quantile = UNSET
        else:
            strong_establishment_quantile = self.strong_establishment_quantile

        strong_lq_quantile: float | None | Unset
        if isinstance(self.strong_lq_quantile, Unset):
            strong_lq_quantile = UNSET
        else:
            strong_lq_quantile = self.strong_lq_quantile

        strong_min_establishments: float | None | Unset
        if isinstance(self.strong_min_establishments, Unset):
            strong_min_establishments = UNSET
        else:
            strong_min_establishments = self.strong_min_establishments

        strong_min_lq: float | None | Unset
        if isinstance(self.strong_min_lq, Unset):
            strong_min_lq = UNSET
        else:
            strong_min_lq = self.strong_min_lq

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if focus_top_share is not UNSET:
            field_dict["focus_top_share"] = focus_top_share
        if growth_min_coverage is not UNSET:
            field_dict["growth_min_coverage"] = growth_min_coverage
        if min_measured_share is not UNSET:
            field_dict["min_measured_share"] = min_measured_share
        if productivity_top_share is not UNSET:
            field_dict["productivity_top_share"] = productivity_top_share
        if size_top_share is not UNSET:
            field_dict["size_top_share"] = size_top_share
        if specialisation_min_lq is not UNSET:
            field_dict["specialisation_min_lq"] = specialisation_min_lq
        if stars is not UNSET:
            field_dict["stars"] = stars
        if strong_employment_quantile is not UNSET:
            field_dict["strong_employment_quantile"] = strong_employment_quantile
        if strong_establishment_quantile is not UNSET:
            field_dict["strong_establishment_quantile"] = strong_establishment_quantile
        if strong_lq_quantile is not UNSET:
            field_dict["strong_lq_quantile"] = strong_lq_quantile
        if strong_min_establishments is not UNSET:
            field_dict["strong_min_establishments"] = strong_min_establishments
        if strong_min_lq is not UNSET:
            field_dict["strong_min_lq"] = strong_min_lq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_focus_top_share(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        focus_top_share = _parse_focus_top_share(d.pop("focus_top_share", UNSET))

        def _parse_growth_min_coverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        growth_min_coverage = _parse_growth_min_coverage(d.pop("growth_min_coverage", UNSET))

        def _parse_min_measured_share(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_measured_share = _parse_min_measured_share(d.pop("min_measured_share", UNSET))

        def _parse_productivity_top_share(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        productivity_top_share = _parse_productivity_top_share(d.pop("productivity_top_share", UNSET))

        def _parse_size_top_share(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        size_top_share = _parse_size_top_share(d.pop("size_top_share", UNSET))

        def _parse_specialisation_min_lq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        specialisation_min_lq = _parse_specialisation_min_lq(d.pop("specialisation_min_lq", UNSET))

        def _parse_stars(data: object) -> list[ParameterOverridesStarsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stars_type_0 = []
                _stars_type_0 = data
                for stars_type_0_item_data in _stars_type_0:
                    stars_type_0_item = check_parameter_overrides_stars_type_0_item(stars_type_0_item_data)

                    stars_type_0.append(stars_type_0_item)

                return stars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ParameterOverridesStarsType0Item] | None | Unset, data)

        stars = _parse_stars(d.pop("stars", UNSET))

        def _parse_strong_employment_quantile(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strong_employment_quantile = _parse_strong_employment_quantile(d.pop("strong_employment_quantile", UNSET))

        def _parse_strong_establishment_quantile(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strong_establishment_quantile = _parse_strong_establishment_quantile(
            d.pop("strong_establishment_quantile", UNSET)
        )

        def _parse_strong_lq_quantile(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strong_lq_quantile = _parse_strong_lq_quantile(d.pop("strong_lq_quantile", UNSET))

        def _parse_strong_min_establishments(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strong_min_establishments = _parse_strong_min_establishments(d.pop("strong_min_establishments", UNSET))

        def _parse_strong_min_lq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strong_min_lq = _parse_strong_min_lq(d.pop("strong_min_lq", UNSET))

        parameter_overrides = cls(
            focus_top_share=focus_top_share,
            growth_min_coverage=growth_min_coverage,
            min_measured_share=min_measured_share,
            productivity_top_share=productivity_top_share,
            size_top_share=size_top_share,
            specialisation_min_lq=specialisation_min_lq,
            stars=stars,
            strong_employment_quantile=strong_employment_quantile,
            strong_establishment_quantile=strong_establishment_quantile,
            strong_lq_quantile=strong_lq_quantile,
            strong_min_establishments=strong_min_establishments,
            strong_min_lq=strong_min_lq,
        )

        return parameter_overrides
