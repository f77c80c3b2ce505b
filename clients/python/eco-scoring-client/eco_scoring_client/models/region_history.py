from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.category_history import CategoryHistory
    from ..models.run_ref import RunRef


T = TypeVar("T", bound="RegionHistory")


@_attrs_define
class RegionHistory:
    """
    Attributes:
        categories (list[CategoryHistory]):
        name (str):
        nuts_id (str):
        runs (list[RunRef]): The runs read, one per year: the latest succeeded run of each year with the chosen
            methodology, definition set and dataset
    """

    categories: list[CategoryHistory]
    name: str
    nuts_id: str
    runs: list[RunRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        name = self.name

        nuts_id = self.nuts_id

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "name": name,
                "nuts_id": nuts_id,
                "runs": runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_history import CategoryHistory  # noqa: PLC0415
        from ..models.run_ref import RunRef  # noqa: PLC0415

        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryHistory.from_dict(categories_item_data)

            categories.append(categories_item)

        name = d.pop("name")

        nuts_id = d.pop("nuts_id")

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = RunRef.from_dict(runs_item_data)

            runs.append(runs_item)

        region_history = cls(
            categories=categories,
            name=name,
            nuts_id=nuts_id,
            runs=runs,
        )

        region_history.additional_properties = d
        return region_history

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
