from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartnerRef")


@_attrs_define
class PartnerRef:
    """
    Attributes:
        country_code (str):
        excellence_label (None | str):
        id (UUID):
        name (str):
        region_id (str):
        slug (str):
    """

    country_code: str
    excellence_label: None | str
    id: UUID
    name: str
    region_id: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        excellence_label: None | str
        excellence_label = self.excellence_label

        id = str(self.id)

        name = self.name

        region_id = self.region_id

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "excellence_label": excellence_label,
                "id": id,
                "name": name,
                "region_id": region_id,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        def _parse_excellence_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        excellence_label = _parse_excellence_label(d.pop("excellence_label"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        region_id = d.pop("region_id")

        slug = d.pop("slug")

        partner_ref = cls(
            country_code=country_code,
            excellence_label=excellence_label,
            id=id,
            name=name,
            region_id=region_id,
            slug=slug,
        )

        partner_ref.additional_properties = d
        return partner_ref

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
