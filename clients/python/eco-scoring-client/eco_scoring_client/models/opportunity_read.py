from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_read_direction import OpportunityReadDirection, check_opportunity_read_direction

T = TypeVar("T", bound="OpportunityRead")


@_attrs_define
class OpportunityRead:
    """
    Attributes:
        direction (OpportunityReadDirection): supplies: this category supplies the starred one; buys_from: the reverse
        linked_to (str): The starred category it is linked with
        location_quotient (float | None): The region's LQ in this category
        name (None | str):
        slug (str):
        strength (float): Share of the buyer's inputs from the supplier
    """

    direction: OpportunityReadDirection
    linked_to: str
    location_quotient: float | None
    name: None | str
    slug: str
    strength: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        linked_to = self.linked_to

        location_quotient: float | None
        location_quotient = self.location_quotient

        name: None | str
        name = self.name

        slug = self.slug

        strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "linked_to": linked_to,
                "location_quotient": location_quotient,
                "name": name,
                "slug": slug,
                "strength": strength,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_opportunity_read_direction(d.pop("direction"))

        linked_to = d.pop("linked_to")

        def _parse_location_quotient(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        location_quotient = _parse_location_quotient(d.pop("location_quotient"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        slug = d.pop("slug")

        strength = d.pop("strength")

        opportunity_read = cls(
            direction=direction,
            linked_to=linked_to,
            location_quotient=location_quotient,
            name=name,
            slug=slug,
            strength=strength,
        )

        opportunity_read.additional_properties = d
        return opportunity_read

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
