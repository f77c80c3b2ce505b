from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_kind import ConversionKind, check_conversion_kind

if TYPE_CHECKING:
    from ..models.conversion_source import ConversionSource


T = TypeVar("T", bound="ConversionRead")


@_attrs_define
class ConversionRead:
    """How a value not published under its region's code was made from those that were.

    Attributes:
        converted_from (list[ConversionSource]):
        kind (ConversionKind):
        weight (None | str): The JRC converter's weight that shared split regions: pop21, pop11, area_km, artif_surf18,
            artif_surf12 or bu_vol
    """

    converted_from: list[ConversionSource]
    kind: ConversionKind
    weight: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converted_from = []
        for converted_from_item_data in self.converted_from:
            converted_from_item = converted_from_item_data.to_dict()
            converted_from.append(converted_from_item)

        kind: str = self.kind

        weight: None | str
        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "converted_from": converted_from,
                "kind": kind,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_source import ConversionSource  # noqa: PLC0415

        d = dict(src_dict)
        converted_from = []
        _converted_from = d.pop("converted_from")
        for converted_from_item_data in _converted_from:
            converted_from_item = ConversionSource.from_dict(converted_from_item_data)

            converted_from.append(converted_from_item)

        kind = check_conversion_kind(d.pop("kind"))

        def _parse_weight(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        weight = _parse_weight(d.pop("weight"))

        conversion_read = cls(
            converted_from=converted_from,
            kind=kind,
            weight=weight,
        )

        conversion_read.additional_properties = d
        return conversion_read

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
