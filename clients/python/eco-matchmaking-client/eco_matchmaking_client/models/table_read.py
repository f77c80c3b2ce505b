from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_read_kind import TableReadKind, check_table_read_kind

T = TypeVar("T", bound="TableRead")


@_attrs_define
class TableRead:
    """
    Attributes:
        capacity (int):
        id (UUID):
        kind (TableReadKind):
        location (None | str):
        name (str):
    """

    capacity: int
    id: UUID
    kind: TableReadKind
    location: None | str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        id = str(self.id)

        kind: str = self.kind

        location: None | str
        location = self.location

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "id": id,
                "kind": kind,
                "location": location,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        id = UUID(d.pop("id"))

        kind = check_table_read_kind(d.pop("kind"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        name = d.pop("name")

        table_read = cls(
            capacity=capacity,
            id=id,
            kind=kind,
            location=location,
            name=name,
        )

        table_read.additional_properties = d
        return table_read

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
