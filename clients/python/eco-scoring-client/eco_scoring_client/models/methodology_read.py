from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.methodology_read_parameters import MethodologyReadParameters


T = TypeVar("T", bound="MethodologyRead")


@_attrs_define
class MethodologyRead:
    """
    Attributes:
        parameters (MethodologyReadParameters):
        title (str):
        version (str):
    """

    parameters: MethodologyReadParameters
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters.to_dict()

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.methodology_read_parameters import MethodologyReadParameters  # noqa: PLC0415

        d = dict(src_dict)
        parameters = MethodologyReadParameters.from_dict(d.pop("parameters"))

        title = d.pop("title")

        version = d.pop("version")

        methodology_read = cls(
            parameters=parameters,
            title=title,
            version=version,
        )

        methodology_read.additional_properties = d
        return methodology_read

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
