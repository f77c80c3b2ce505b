from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scale_result import ScaleResult
    from ..models.subcategory_result import SubcategoryResult


T = TypeVar("T", bound="CategoryResult")


@_attrs_define
class CategoryResult:
    """
    Attributes:
        category (str):
        extent (ScaleResult):
        gap (float | None): Mean importance - mean extent
        importance (ScaleResult):
        n (int): Respondents who answered any item of it
        satisfaction (None | ScaleResult): Null: no item asks it
        subcategories (list[SubcategoryResult]):
        weighted_index (float | None): 0-100: 100 x (sum(I x E) / sum(I) - 1) / 4 over answers with both
    """

    category: str
    extent: ScaleResult
    gap: float | None
    importance: ScaleResult
    n: int
    satisfaction: None | ScaleResult
    subcategories: list[SubcategoryResult]
    weighted_index: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scale_result import ScaleResult  # noqa: PLC0415

        category = self.category

        extent = self.extent.to_dict()

        gap: float | None
        gap = self.gap

        importance = self.importance.to_dict()

        n = self.n

        satisfaction: dict[str, Any] | None
        if isinstance(self.satisfaction, ScaleResult):
            satisfaction = self.satisfaction.to_dict()
        else:
            satisfaction = self.satisfaction

        subcategories = []
        for subcategories_item_data in self.subcategories:
            subcategories_item = subcategories_item_data.to_dict()
            subcategories.append(subcategories_item)

        weighted_index: float | None
        weighted_index = self.weighted_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "extent": extent,
                "gap": gap,
                "importance": importance,
                "n": n,
                "satisfaction": satisfaction,
                "subcategories": subcategories,
                "weighted_index": weighted_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scale_result import ScaleResult  # noqa: PLC0415
        from ..models.subcategory_result import SubcategoryResult  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category")

        extent = ScaleResult.from_dict(d.pop("extent"))

        def _parse_gap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gap = _parse_gap(d.pop("gap"))

        importance = ScaleResult.from_dict(d.pop("importance"))

        n = d.pop("n")

        def _parse_satisfaction(data: object) -> None | ScaleResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                satisfaction_type_0 = ScaleResult.from_dict(data)

                return satisfaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScaleResult, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        subcategories = []
        _subcategories = d.pop("subcategories")
        for subcategories_item_data in _subcategories:
            subcategories_item = SubcategoryResult.from_dict(subcategories_item_data)

            subcategories.append(subcategories_item)

        def _parse_weighted_index(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weighted_index = _parse_weighted_index(d.pop("weighted_index"))

        category_result = cls(
            category=category,
            extent=extent,
            gap=gap,
            importance=importance,
            n=n,
            satisfaction=satisfaction,
            subcategories=subcategories,
            weighted_index=weighted_index,
        )

        category_result.additional_properties = d
        return category_result

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
