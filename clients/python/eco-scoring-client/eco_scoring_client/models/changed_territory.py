from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.changed_territory_change import ChangedTerritoryChange, check_changed_territory_change

T = TypeVar("T", bound="ChangedTerritory")


@_attrs_define
class ChangedTerritory:
    """A predecessor or successor of one of the region's codes that covers other
    territory: its results are not part of this report.

        Attributes:
            change (ChangedTerritoryChange):
            from_id (str):
            from_name (None | str):
            from_version (int):
            to_id (None | str): Null: discontinued
            to_name (None | str):
            to_version (int):
    """

    change: ChangedTerritoryChange
    from_id: str
    from_name: None | str
    from_version: int
    to_id: None | str
    to_name: None | str
    to_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change: str = self.change

        from_id = self.from_id

        from_name: None | str
        from_name = self.from_name

        from_version = self.from_version

        to_id: None | str
        to_id = self.to_id

        to_name: None | str
        to_name = self.to_name

        to_version = self.to_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "from_id": from_id,
                "from_name": from_name,
                "from_version": from_version,
                "to_id": to_id,
                "to_name": to_name,
                "to_version": to_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change = check_changed_territory_change(d.pop("change"))

        from_id = d.pop("from_id")

        def _parse_from_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_name = _parse_from_name(d.pop("from_name"))

        from_version = d.pop("from_version")

        def _parse_to_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_id = _parse_to_id(d.pop("to_id"))

        def _parse_to_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_name = _parse_to_name(d.pop("to_name"))

        to_version = d.pop("to_version")

        changed_territory = cls(
            change=change,
            from_id=from_id,
            from_name=from_name,
            from_version=from_version,
            to_id=to_id,
            to_name=to_name,
            to_version=to_version,
        )

        changed_territory.additional_properties = d
        return changed_territory

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
