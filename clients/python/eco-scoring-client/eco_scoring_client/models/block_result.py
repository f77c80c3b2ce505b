from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.block_result_category import BlockResultCategory, check_block_result_category
from ..models.block_result_conditions import BlockResultConditions, check_block_result_conditions
from ..models.block_result_policy_type_0 import BlockResultPolicyType0, check_block_result_policy_type_0

T = TypeVar("T", bound="BlockResult")


@_attrs_define
class BlockResult:
    """
    Attributes:
        category (BlockResultCategory):
        code (str):
        conditions (BlockResultConditions):
        conditions_gap (float | None): Mean of (score - peer mean) over the block's scoreboard items
        coverage (float): Share of the block's questions answered
        policy (BlockResultPolicyType0 | None):
        score (float | None): 0-100: mean of the questions' median scores
        short_title (str):
        title (str):
    """

    category: BlockResultCategory
    code: str
    conditions: BlockResultConditions
    conditions_gap: float | None
    coverage: float
    policy: BlockResultPolicyType0 | None
    score: float | None
    short_title: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        code = self.code

        conditions: str = self.conditions

        conditions_gap: float | None
        conditions_gap = self.conditions_gap

        coverage = self.coverage

        policy: None | str
        if isinstance(self.policy, str):
            policy = self.policy
        else:
            policy = self.policy

        score: float | None
        score = self.score

        short_title = self.short_title

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "code": code,
                "conditions": conditions,
                "conditions_gap": conditions_gap,
                "coverage": coverage,
                "policy": policy,
                "score": score,
                "short_title": short_title,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = check_block_result_category(d.pop("category"))

        code = d.pop("code")

        conditions = check_block_result_conditions(d.pop("conditions"))

        def _parse_conditions_gap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        conditions_gap = _parse_conditions_gap(d.pop("conditions_gap"))

        coverage = d.pop("coverage")

        def _parse_policy(data: object) -> BlockResultPolicyType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                policy_type_0 = check_block_result_policy_type_0(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockResultPolicyType0 | None, data)

        policy = _parse_policy(d.pop("policy"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        short_title = d.pop("short_title")

        title = d.pop("title")

        block_result = cls(
            category=category,
            code=code,
            conditions=conditions,
            conditions_gap=conditions_gap,
            coverage=coverage,
            policy=policy,
            score=score,
            short_title=short_title,
            title=title,
        )

        block_result.additional_properties = d
        return block_result

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
