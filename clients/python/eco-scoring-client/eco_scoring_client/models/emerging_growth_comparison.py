from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emerging_growth import EmergingGrowth
    from ..models.run_ref import RunRef


T = TypeVar("T", bound="EmergingGrowthComparison")


@_attrs_define
class EmergingGrowthComparison:
    """
    Attributes:
        differences (str): What differs between the two figures, and why
        from_year (int):
        items (list[EmergingGrowth]):
        run (RunRef):
        to_year (int):
        published_window (str | Unset):  Default: '2005-2011'.
    """

    differences: str
    from_year: int
    items: list[EmergingGrowth]
    run: RunRef
    to_year: int
    published_window: str | Unset = "2005-2011"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        differences = self.differences

        from_year = self.from_year

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        run = self.run.to_dict()

        to_year = self.to_year

        published_window = self.published_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "differences": differences,
                "from_year": from_year,
                "items": items,
                "run": run,
                "to_year": to_year,
            }
        )
        if published_window is not UNSET:
            field_dict["published_window"] = published_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emerging_growth import EmergingGrowth  # noqa: PLC0415
        from ..models.run_ref import RunRef  # noqa: PLC0415

        d = dict(src_dict)
        differences = d.pop("differences")

        from_year = d.pop("from_year")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EmergingGrowth.from_dict(items_item_data)

            items.append(items_item)

        run = RunRef.from_dict(d.pop("run"))

        to_year = d.pop("to_year")

        published_window = d.pop("published_window", UNSET)

        emerging_growth_comparison = cls(
            differences=differences,
            from_year=from_year,
            items=items,
            run=run,
            to_year=to_year,
            published_window=published_window,
        )

        emerging_growth_comparison.additional_properties = d
        return emerging_growth_comparison

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
