from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stress_test_parameters import StressTestParameters


T = TypeVar("T", bound="ResultCreate")


@_attrs_define
class ResultCreate:
    """
    Attributes:
        parameters (StressTestParameters | Unset): The methodology's thresholds; stored with every result so it can be
            reproduced.
    """

    parameters: StressTestParameters | Unset = UNSET

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
        from ..models.stress_test_parameters import StressTestParameters  # noqa: PLC0415

        d = dict(src_dict)
        _parameters = d.pop("parameters", UNSET)
        parameters: StressTestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = StressTestParameters.from_dict(_parameters)

        result_create = cls(
            parameters=parameters,
        )

        return result_create
