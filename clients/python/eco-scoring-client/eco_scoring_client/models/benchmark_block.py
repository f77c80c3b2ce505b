from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BenchmarkBlock")


@_attrs_define
class BenchmarkBlock:
    """
    Attributes:
        all_mean (float | None):
        block (str):
        peers_mean (float | None):
        rank (int | None): Rank of this region among all submitted (1: best)
        score (float | None):
        title (str):
    """

    all_mean: float | None
    block: str
    peers_mean: float | None
    rank: int | None
    score: float | None
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_mean: float | None
        all_mean = self.all_mean

        block = self.block

        peers_mean: float | None
        peers_mean = self.peers_mean

        rank: int | None
        rank = self.rank

        score: float | None
        score = self.score

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all_mean": all_mean,
                "block": block,
                "peers_mean": peers_mean,
                "rank": rank,
                "score": score,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_all_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        all_mean = _parse_all_mean(d.pop("all_mean"))

        block = d.pop("block")

        def _parse_peers_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peers_mean = _parse_peers_mean(d.pop("peers_mean"))

        def _parse_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rank = _parse_rank(d.pop("rank"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        title = d.pop("title")

        benchmark_block = cls(
            all_mean=all_mean,
            block=block,
            peers_mean=peers_mean,
            rank=rank,
            score=score,
            title=title,
        )

        benchmark_block.additional_properties = d
        return benchmark_block

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
