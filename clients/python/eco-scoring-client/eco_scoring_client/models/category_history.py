from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_history_kind import CategoryHistoryKind, check_category_history_kind

if TYPE_CHECKING:
    from ..models.history_cell import HistoryCell


T = TypeVar("T", bound="CategoryHistory")


@_attrs_define
class CategoryHistory:
    """
    Attributes:
        kind (CategoryHistoryKind):
        name (None | str):
        slug (str):
        years (list[HistoryCell]):
    """

    kind: CategoryHistoryKind
    name: None | str
    slug: str
    years: list[HistoryCell]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        name: None | str
        name = self.name

        slug = self.slug

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "slug": slug,
                "years": years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_cell import HistoryCell  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_category_history_kind(d.pop("kind"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        slug = d.pop("slug")

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = HistoryCell.from_dict(years_item_data)

            years.append(years_item)

        category_history = cls(
            kind=kind,
            name=name,
            slug=slug,
            years=years,
        )

        category_history.additional_properties = d
        return category_history

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
