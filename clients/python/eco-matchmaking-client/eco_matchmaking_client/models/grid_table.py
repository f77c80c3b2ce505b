from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grid_table_kind import GridTableKind, check_grid_table_kind

T = TypeVar("T", bound="GridTable")


@_attrs_define
class GridTable:
    """
    Attributes:
        capacity (int):
        kind (GridTableKind):
        location (None | str):
        name (str):
        table_id (UUID):
    """

    capacity: int
    kind: GridTableKind
    location: None | str
    name: str
    table_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        kind: str = self.kind

        location: None | str
        location = self.location

        name = self.name

        table_id = str(self.table_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "kind": kind,
                "location": location,
                "name": name,
                "table_id": table_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        kind = check_grid_table_kind(d.pop("kind"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        name = d.pop("name")

        table_id = UUID(d.pop("table_id"))

        grid_table = cls(
            capacity=capacity,
            kind=kind,
            location=location,
            name=name,
            table_id=table_id,
        )

        grid_table.additional_properties = d
        return grid_table

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
