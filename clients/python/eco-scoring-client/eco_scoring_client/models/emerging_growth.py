from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmergingGrowth")


@_attrs_define
class EmergingGrowth:
    """
    Attributes:
        computed_growth_pct (float | None): Compound annual growth of the industry's employment over the run's growth
            window, % per year, summed over the regions with figures in both years over the same codes
        computed_rank (int | None):
        employment_from (int | None):
        employment_to (int | None):
        hotspots (list[str]): Up to five regions with the fastest growth in the industry among its starred cells and its
            specialised ones (LQ at least 1) of at least median size
        name (None | str):
        published_growth_pct (float | None): The Observatory's published annual growth 2005-2011 (%)
        published_rank (int | None):
        regions_counted (int):
        same_sign (bool | None):
        slug (str):
    """

    computed_growth_pct: float | None
    computed_rank: int | None
    employment_from: int | None
    employment_to: int | None
    hotspots: list[str]
    name: None | str
    published_growth_pct: float | None
    published_rank: int | None
    regions_counted: int
    same_sign: bool | None
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computed_growth_pct: float | None
        computed_growth_pct = self.computed_growth_pct

        computed_rank: int | None
        computed_rank = self.computed_rank

        employment_from: int | None
        employment_from = self.employment_from

        employment_to: int | None
        employment_to = self.employment_to

        hotspots = self.hotspots

        name: None | str
        name = self.name

        published_growth_pct: float | None
        published_growth_pct = self.published_growth_pct

        published_rank: int | None
        published_rank = self.published_rank

        regions_counted = self.regions_counted

        same_sign: bool | None
        same_sign = self.same_sign

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computed_growth_pct": computed_growth_pct,
                "computed_rank": computed_rank,
                "employment_from": employment_from,
                "employment_to": employment_to,
                "hotspots": hotspots,
                "name": name,
                "published_growth_pct": published_growth_pct,
                "published_rank": published_rank,
                "regions_counted": regions_counted,
                "same_sign": same_sign,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_computed_growth_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        computed_growth_pct = _parse_computed_growth_pct(d.pop("computed_growth_pct"))

        def _parse_computed_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        computed_rank = _parse_computed_rank(d.pop("computed_rank"))

        def _parse_employment_from(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employment_from = _parse_employment_from(d.pop("employment_from"))

        def _parse_employment_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employment_to = _parse_employment_to(d.pop("employment_to"))

        hotspots = cast(list[str], d.pop("hotspots"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_published_growth_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        published_growth_pct = _parse_published_growth_pct(d.pop("published_growth_pct"))

        def _parse_published_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        published_rank = _parse_published_rank(d.pop("published_rank"))

        regions_counted = d.pop("regions_counted")

        def _parse_same_sign(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        same_sign = _parse_same_sign(d.pop("same_sign"))

        slug = d.pop("slug")

        emerging_growth = cls(
            computed_growth_pct=computed_growth_pct,
            computed_rank=computed_rank,
            employment_from=employment_from,
            employment_to=employment_to,
            hotspots=hotspots,
            name=name,
            published_growth_pct=published_growth_pct,
            published_rank=published_rank,
            regions_counted=regions_counted,
            same_sign=same_sign,
            slug=slug,
        )

        emerging_growth.additional_properties = d
        return emerging_growth

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
