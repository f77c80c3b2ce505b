from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_map_kind import CategoryMapKind, check_category_map_kind

if TYPE_CHECKING:
    from ..models.category_map_regions import CategoryMapRegions
    from ..models.run_ref import RunRef


T = TypeVar("T", bound="CategoryMap")


@_attrs_define
class CategoryMap:
    """
    Attributes:
        kind (CategoryMapKind):
        name (str):
        regions (CategoryMapRegions): Keyed by NUTS id
        run (RunRef):
        slug (str):
    """

    kind: CategoryMapKind
    name: str
    regions: CategoryMapRegions
    run: RunRef
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        name = self.name

        regions = self.regions.to_dict()

        run = self.run.to_dict()

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "regions": regions,
                "run": run,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_map_regions import CategoryMapRegions  # noqa: PLC0415
        from ..models.run_ref import RunRef  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_category_map_kind(d.pop("kind"))

        name = d.pop("name")

        regions = CategoryMapRegions.from_dict(d.pop("regions"))

        run = RunRef.from_dict(d.pop("run"))

        slug = d.pop("slug")

        category_map = cls(
            kind=kind,
            name=name,
            regions=regions,
            run=run,
            slug=slug,
        )

        category_map.additional_properties = d
        return category_map

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
