from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.benchmark_region_block_scores import BenchmarkRegionBlockScores


T = TypeVar("T", bound="BenchmarkRegion")


@_attrs_define
class BenchmarkRegion:
    """
    Attributes:
        assessment_id (UUID):
        block_scores (BenchmarkRegionBlockScores):
        nuts_id (str):
        overall (float | None):
        region_name (str):
        submitted_at (datetime.datetime):
    """

    assessment_id: UUID
    block_scores: BenchmarkRegionBlockScores
    nuts_id: str
    overall: float | None
    region_name: str
    submitted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = str(self.assessment_id)

        block_scores = self.block_scores.to_dict()

        nuts_id = self.nuts_id

        overall: float | None
        overall = self.overall

        region_name = self.region_name

        submitted_at = self.submitted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "block_scores": block_scores,
                "nuts_id": nuts_id,
                "overall": overall,
                "region_name": region_name,
                "submitted_at": submitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benchmark_region_block_scores import BenchmarkRegionBlockScores  # noqa: PLC0415

        d = dict(src_dict)
        assessment_id = UUID(d.pop("assessment_id"))

        block_scores = BenchmarkRegionBlockScores.from_dict(d.pop("block_scores"))

        nuts_id = d.pop("nuts_id")

        def _parse_overall(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overall = _parse_overall(d.pop("overall"))

        region_name = d.pop("region_name")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        benchmark_region = cls(
            assessment_id=assessment_id,
            block_scores=block_scores,
            nuts_id=nuts_id,
            overall=overall,
            region_name=region_name,
            submitted_at=submitted_at,
        )

        benchmark_region.additional_properties = d
        return benchmark_region

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
