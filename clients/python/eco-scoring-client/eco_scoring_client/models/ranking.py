from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ranking_by import RankingBy, check_ranking_by
from ..models.ranking_kind import RankingKind, check_ranking_kind

if TYPE_CHECKING:
    from ..models.cluster_indicators import ClusterIndicators
    from ..models.run_ref import RunRef


T = TypeVar("T", bound="Ranking")


@_attrs_define
class Ranking:
    """
    Attributes:
        by (RankingBy):
        items (list[ClusterIndicators]):
        kind (RankingKind):
        run (RunRef):
        slug (None | str):
    """

    by: RankingBy
    items: list[ClusterIndicators]
    kind: RankingKind
    run: RunRef
    slug: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by: str = self.by

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        kind: str = self.kind

        run = self.run.to_dict()

        slug: None | str
        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "items": items,
                "kind": kind,
                "run": run,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_indicators import ClusterIndicators  # noqa: PLC0415
        from ..models.run_ref import RunRef  # noqa: PLC0415

        d = dict(src_dict)
        by = check_ranking_by(d.pop("by"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ClusterIndicators.from_dict(items_item_data)

            items.append(items_item)

        kind = check_ranking_kind(d.pop("kind"))

        run = RunRef.from_dict(d.pop("run"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        ranking = cls(
            by=by,
            items=items,
            kind=kind,
            run=run,
            slug=slug,
        )

        ranking.additional_properties = d
        return ranking

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
