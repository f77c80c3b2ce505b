from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_ref_kind import ClusterRefKind, check_cluster_ref_kind

T = TypeVar("T", bound="ClusterRef")


@_attrs_define
class ClusterRef:
    """
    Attributes:
        kind (ClusterRefKind):
        location_quotient (float | None):
        name (None | str):
        slug (str):
        stars (int):
    """

    kind: ClusterRefKind
    location_quotient: float | None
    name: None | str
    slug: str
    stars: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        location_quotient: float | None
        location_quotient = self.location_quotient

        name: None | str
        name = self.name

        slug = self.slug

        stars = self.stars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "location_quotient": location_quotient,
                "name": name,
                "slug": slug,
                "stars": stars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_cluster_ref_kind(d.pop("kind"))

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

        stars = d.pop("stars")

        cluster_ref = cls(
            kind=kind,
            location_quotient=location_quotient,
            name=name,
            slug=slug,
            stars=stars,
        )

        cluster_ref.additional_properties = d
        return cluster_ref

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
