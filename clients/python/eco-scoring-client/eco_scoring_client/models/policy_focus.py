from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_focus_level import PolicyFocusLevel, check_policy_focus_level

T = TypeVar("T", bound="PolicyFocus")


@_attrs_define
class PolicyFocus:
    """
    Attributes:
        dimension (str):
        gap (float): Peer mean minus score, in score points
        level (PolicyFocusLevel):
        peer_mean (float):
        score (float):
        subdimension (None | str):
    """

    dimension: str
    gap: float
    level: PolicyFocusLevel
    peer_mean: float
    score: float
    subdimension: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        gap = self.gap

        level: str = self.level

        peer_mean = self.peer_mean

        score = self.score

        subdimension: None | str
        subdimension = self.subdimension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
                "gap": gap,
                "level": level,
                "peer_mean": peer_mean,
                "score": score,
                "subdimension": subdimension,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension = d.pop("dimension")

        gap = d.pop("gap")

        level = check_policy_focus_level(d.pop("level"))

        peer_mean = d.pop("peer_mean")

        score = d.pop("score")

        def _parse_subdimension(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdimension = _parse_subdimension(d.pop("subdimension"))

        policy_focus = cls(
            dimension=dimension,
            gap=gap,
            level=level,
            peer_mean=peer_mean,
            score=score,
            subdimension=subdimension,
        )

        policy_focus.additional_properties = d
        return policy_focus

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
