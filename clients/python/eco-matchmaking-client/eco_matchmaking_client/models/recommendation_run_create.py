from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommendation_parameters import RecommendationParameters


T = TypeVar("T", bound="RecommendationRunCreate")


@_attrs_define
class RecommendationRunCreate:
    """
    Attributes:
        parameters (RecommendationParameters | Unset):
    """

    parameters: RecommendationParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommendation_parameters import RecommendationParameters  # noqa: PLC0415

        d = dict(src_dict)
        _parameters = d.pop("parameters", UNSET)
        parameters: RecommendationParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RecommendationParameters.from_dict(_parameters)

        recommendation_run_create = cls(
            parameters=parameters,
        )

        return recommendation_run_create
