from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AcceptanceBucket")


@_attrs_define
class AcceptanceBucket:
    """
    Attributes:
        acceptance_rate (float | None):
        interested (int):
        not_interested (int):
        positions (str):
    """

    acceptance_rate: float | None
    interested: int
    not_interested: int
    positions: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceptance_rate: float | None
        acceptance_rate = self.acceptance_rate

        interested = self.interested

        not_interested = self.not_interested

        positions = self.positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceptance_rate": acceptance_rate,
                "interested": interested,
                "not_interested": not_interested,
                "positions": positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acceptance_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        acceptance_rate = _parse_acceptance_rate(d.pop("acceptance_rate"))

        interested = d.pop("interested")

        not_interested = d.pop("not_interested")

        positions = d.pop("positions")

        acceptance_bucket = cls(
            acceptance_rate=acceptance_rate,
            interested=interested,
            not_interested=not_interested,
            positions=positions,
        )

        acceptance_bucket.additional_properties = d
        return acceptance_bucket

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
