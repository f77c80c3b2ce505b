from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_recommendation_kind import ReportRecommendationKind, check_report_recommendation_kind
from ..models.report_recommendation_source import ReportRecommendationSource, check_report_recommendation_source

T = TypeVar("T", bound="ReportRecommendation")


@_attrs_define
class ReportRecommendation:
    """
    Attributes:
        detail (str):
        kind (ReportRecommendationKind): recommendation: from the region's Stress Test (its own policy crossed with its
            conditions); hint: from public data only, where no Stress Test can be shown
        rank (int): 1 is the first to act on
        source (ReportRecommendationSource):
        title (str):
    """

    detail: str
    kind: ReportRecommendationKind
    rank: int
    source: ReportRecommendationSource
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        kind: str = self.kind

        rank = self.rank

        source: str = self.source

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "kind": kind,
                "rank": rank,
                "source": source,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        kind = check_report_recommendation_kind(d.pop("kind"))

        rank = d.pop("rank")

        source = check_report_recommendation_source(d.pop("source"))

        title = d.pop("title")

        report_recommendation = cls(
            detail=detail,
            kind=kind,
            rank=rank,
            source=source,
            title=title,
        )

        report_recommendation.additional_properties = d
        return report_recommendation

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
