from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dimension_read import DimensionRead


T = TypeVar("T", bound="FrameworkRead")


@_attrs_define
class FrameworkRead:
    """
    Attributes:
        created_at (datetime.datetime):
        description (None | str):
        dimensions (list[DimensionRead]):
        indicators (int):
        is_active (bool):
        title (str):
        version (str):
    """

    created_at: datetime.datetime
    description: None | str
    dimensions: list[DimensionRead]
    indicators: int
    is_active: bool
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.to_dict()
            dimensions.append(dimensions_item)

        indicators = self.indicators

        is_active = self.is_active

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "dimensions": dimensions,
                "indicators": indicators,
                "is_active": is_active,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dimension_read import DimensionRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        dimensions = []
        _dimensions = d.pop("dimensions")
        for dimensions_item_data in _dimensions:
            dimensions_item = DimensionRead.from_dict(dimensions_item_data)

            dimensions.append(dimensions_item)

        indicators = d.pop("indicators")

        is_active = d.pop("is_active")

        title = d.pop("title")

        version = d.pop("version")

        framework_read = cls(
            created_at=created_at,
            description=description,
            dimensions=dimensions,
            indicators=indicators,
            is_active=is_active,
            title=title,
            version=version,
        )

        framework_read.additional_properties = d
        return framework_read

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
