from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendations_part_basis import RecommendationsPartBasis, check_recommendations_part_basis

if TYPE_CHECKING:
    from ..models.report_recommendation import ReportRecommendation


T = TypeVar("T", bound="RecommendationsPart")


@_attrs_define
class RecommendationsPart:
    """
    Attributes:
        basis (RecommendationsPartBasis):
        items (list[ReportRecommendation]):
        note (str):
    """

    basis: RecommendationsPartBasis
    items: list[ReportRecommendation]
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis: str = self.basis

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis": basis,
                "items": items,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_recommendation import ReportRecommendation  # noqa: PLC0415

        d = dict(src_dict)
        basis = check_recommendations_part_basis(d.pop("basis"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ReportRecommendation.from_dict(items_item_data)

            items.append(items_item)

        note = d.pop("note")

        recommendations_part = cls(
            basis=basis,
            items=items,
            note=note,
        )

        recommendations_part.additional_properties = d
        return recommendations_part

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
