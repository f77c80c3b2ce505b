from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DefinitionCodeRead")


@_attrs_define
class DefinitionCodeRead:
    """
    Attributes:
        nace_code (str): NACE Rev. 2 code of any level
        nace_level (int): 1 section, 2 division, 3 group, 4 class
        nace_name (str):
        weight (float): Share of the code counted in the definition (1: all of it)
    """

    nace_code: str
    nace_level: int
    nace_name: str
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nace_code = self.nace_code

        nace_level = self.nace_level

        nace_name = self.nace_name

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nace_code": nace_code,
                "nace_level": nace_level,
                "nace_name": nace_name,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nace_code = d.pop("nace_code")

        nace_level = d.pop("nace_level")

        nace_name = d.pop("nace_name")

        weight = d.pop("weight")

        definition_code_read = cls(
            nace_code=nace_code,
            nace_level=nace_level,
            nace_name=nace_name,
            weight=weight,
        )

        definition_code_read.additional_properties = d
        return definition_code_read

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
