from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.benchmark_status import BenchmarkStatus, check_benchmark_status

if TYPE_CHECKING:
    from ..models.benchmark_block import BenchmarkBlock
    from ..models.benchmark_region import BenchmarkRegion


T = TypeVar("T", bound="Benchmark")


@_attrs_define
class Benchmark:
    """
    Attributes:
        all_mean_overall (float | None):
        all_submitted (int): Regions with a submitted assessment of this questionnaire version (the latest submission of
            each region counts once)
        assessment_id (UUID):
        blocks (list[BenchmarkBlock]):
        nuts_id (str):
        overall (float | None):
        peers (list[BenchmarkRegion]):
        peers_without_submission (list[str]):
        questionnaire (str):
        status (BenchmarkStatus):
    """

    all_mean_overall: float | None
    all_submitted: int
    assessment_id: UUID
    blocks: list[BenchmarkBlock]
    nuts_id: str
    overall: float | None
    peers: list[BenchmarkRegion]
    peers_without_submission: list[str]
    questionnaire: str
    status: BenchmarkStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_mean_overall: float | None
        all_mean_overall = self.all_mean_overall

        all_submitted = self.all_submitted

        assessment_id = str(self.assessment_id)

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()
            blocks.append(blocks_item)

        nuts_id = self.nuts_id

        overall: float | None
        overall = self.overall

        peers = []
        for peers_item_data in self.peers:
            peers_item = peers_item_data.to_dict()
            peers.append(peers_item)

        peers_without_submission = self.peers_without_submission

        questionnaire = self.questionnaire

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all_mean_overall": all_mean_overall,
                "all_submitted": all_submitted,
                "assessment_id": assessment_id,
                "blocks": blocks,
                "nuts_id": nuts_id,
                "overall": overall,
                "peers": peers,
                "peers_without_submission": peers_without_submission,
                "questionnaire": questionnaire,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benchmark_block import BenchmarkBlock  # noqa: PLC0415
        from ..models.benchmark_region import BenchmarkRegion  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_all_mean_overall(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        all_mean_overall = _parse_all_mean_overall(d.pop("all_mean_overall"))

        all_submitted = d.pop("all_submitted")

        assessment_id = UUID(d.pop("assessment_id"))

        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:
            blocks_item = BenchmarkBlock.from_dict(blocks_item_data)

            blocks.append(blocks_item)

        nuts_id = d.pop("nuts_id")

        def _parse_overall(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overall = _parse_overall(d.pop("overall"))

        peers = []
        _peers = d.pop("peers")
        for peers_item_data in _peers:
            peers_item = BenchmarkRegion.from_dict(peers_item_data)

            peers.append(peers_item)

        peers_without_submission = cast(list[str], d.pop("peers_without_submission"))

        questionnaire = d.pop("questionnaire")

        status = check_benchmark_status(d.pop("status"))

        benchmark = cls(
            all_mean_overall=all_mean_overall,
            all_submitted=all_submitted,
            assessment_id=assessment_id,
            blocks=blocks,
            nuts_id=nuts_id,
            overall=overall,
            peers=peers,
            peers_without_submission=peers_without_submission,
            questionnaire=questionnaire,
            status=status,
        )

        benchmark.additional_properties = d
        return benchmark

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
