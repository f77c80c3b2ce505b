from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.table_create_kind import TableCreateKind, check_table_create_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableCreate")


@_attrs_define
class TableCreate:
    """
    Attributes:
        name (str):
        capacity (int | Unset): Seats at the table Default: 4.
        kind (TableCreateKind | Unset): shared: any meeting, one per slot; booth: a participant's own (assign it with
            the participant's table_id) Default: 'shared'.
        location (None | str | Unset):
    """

    name: str
    capacity: int | Unset = 4
    kind: TableCreateKind | Unset = "shared"
    location: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        capacity = self.capacity

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if kind is not UNSET:
            field_dict["kind"] = kind
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        capacity = d.pop("capacity", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: TableCreateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_table_create_kind(_kind)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        table_create = cls(
            name=name,
            capacity=capacity,
            kind=kind,
            location=location,
        )

        return table_create
