from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subdimension_read import SubdimensionRead


T = TypeVar("T", bound="DimensionRead")


@_attrs_define
class DimensionRead:
    """
    Attributes:
        slug (str):
        subdimensions (list[SubdimensionRead]):
    """

    slug: str
    subdimensions: list[SubdimensionRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        subdimensions = []
        for subdimensions_item_data in self.subdimensions:
            subdimensions_item = subdimensions_item_data.to_dict()
            subdimensions.append(subdimensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "subdimensions": subdimensions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subdimension_read import SubdimensionRead  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        subdimensions = []
        _subdimensions = d.pop("subdimensions")
        for subdimensions_item_data in _subdimensions:
            subdimensions_item = SubdimensionRead.from_dict(subdimensions_item_data)

            subdimensions.append(subdimensions_item)

        dimension_read = cls(
            slug=slug,
            subdimensions=subdimensions,
        )

        dimension_read.additional_properties = d
        return dimension_read

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
