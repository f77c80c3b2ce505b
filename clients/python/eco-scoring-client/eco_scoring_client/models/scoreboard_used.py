from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreboardUsed")


@_attrs_define
class ScoreboardUsed:
    """
    Attributes:
        framework (None | str):
        note (None | str): Why framework conditions are unknown, if they are; or that they are those of the region
            containing it
        peers (list[str]):
        peers_method (None | str):
        nuts_id (None | str | Unset): The code the scoreboard values were found under: the region's own, its code of the
            same territory in another NUTS version, or the region containing it where only that has values (a NUTS-3
            region's NUTS-2 parent, said in note; results stored before this was recorded have none)
    """

    framework: None | str
    note: None | str
    peers: list[str]
    peers_method: None | str
    nuts_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        framework: None | str
        framework = self.framework

        note: None | str
        note = self.note

        peers = self.peers

        peers_method: None | str
        peers_method = self.peers_method

        nuts_id: None | str | Unset
        if isinstance(self.nuts_id, Unset):
            nuts_id = UNSET
        else:
            nuts_id = self.nuts_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "framework": framework,
                "note": note,
                "peers": peers,
                "peers_method": peers_method,
            }
        )
        if nuts_id is not UNSET:
            field_dict["nuts_id"] = nuts_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_framework(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        framework = _parse_framework(d.pop("framework"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        peers = cast(list[str], d.pop("peers"))

        def _parse_peers_method(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        peers_method = _parse_peers_method(d.pop("peers_method"))

        def _parse_nuts_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuts_id = _parse_nuts_id(d.pop("nuts_id", UNSET))

        scoreboard_used = cls(
            framework=framework,
            note=note,
            peers=peers,
            peers_method=peers_method,
            nuts_id=nuts_id,
        )

        scoreboard_used.additional_properties = d
        return scoreboard_used

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
