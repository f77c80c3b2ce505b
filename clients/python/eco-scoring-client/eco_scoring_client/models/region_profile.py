from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_indicators import ClusterIndicators
    from ..models.run_ref import RunRef


T = TypeVar("T", bound="RegionProfile")


@_attrs_define
class RegionProfile:
    """
    Attributes:
        clusters (list[ClusterIndicators]):
        name (str):
        nuts_id (str):
        run (RunRef):
    """

    clusters: list[ClusterIndicators]
    name: str
    nuts_id: str
    run: RunRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters = []
        for clusters_item_data in self.clusters:
            clusters_item = clusters_item_data.to_dict()
            clusters.append(clusters_item)

        name = self.name

        nuts_id = self.nuts_id

        run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusters": clusters,
                "name": name,
                "nuts_id": nuts_id,
                "run": run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_indicators import ClusterIndicators  # noqa: PLC0415
        from ..models.run_ref import RunRef  # noqa: PLC0415

        d = dict(src_dict)
        clusters = []
        _clusters = d.pop("clusters")
        for clusters_item_data in _clusters:
            clusters_item = ClusterIndicators.from_dict(clusters_item_data)

            clusters.append(clusters_item)

        name = d.pop("name")

        nuts_id = d.pop("nuts_id")

        run = RunRef.from_dict(d.pop("run"))

        region_profile = cls(
            clusters=clusters,
            name=name,
            nuts_id=nuts_id,
            run=run,
        )

        region_profile.additional_properties = d
        return region_profile

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
