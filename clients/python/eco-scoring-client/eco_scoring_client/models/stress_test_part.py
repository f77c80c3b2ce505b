from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stress_test_part_status import StressTestPartStatus, check_stress_test_part_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_read import ResultRead
    from ..models.stress_test_part_all_mean import StressTestPartAllMean


T = TypeVar("T", bound="StressTestPart")


@_attrs_define
class StressTestPart:
    """
    Attributes:
        reason (None | str): Why the part is absent or restricted
        status (StressTestPartStatus): present; absent (nothing to report, see reason); restricted (private: the caller
            may not read it, whether or not it exists)
        all_mean (StressTestPartAllMean | Unset): Per block: the mean score of every region's latest submitted
            assessment of the same questionnaire version
        nuts_id (None | str | Unset): The region's code the part was found under
        result (None | ResultRead | Unset):
    """

    reason: None | str
    status: StressTestPartStatus
    all_mean: StressTestPartAllMean | Unset = UNSET
    nuts_id: None | str | Unset = UNSET
    result: None | ResultRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_read import ResultRead  # noqa: PLC0415

        reason: None | str
        reason = self.reason

        status: str = self.status

        all_mean: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_mean, Unset):
            all_mean = self.all_mean.to_dict()

        nuts_id: None | str | Unset
        if isinstance(self.nuts_id, Unset):
            nuts_id = UNSET
        else:
            nuts_id = self.nuts_id

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ResultRead):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "status": status,
            }
        )
        if all_mean is not UNSET:
            field_dict["all_mean"] = all_mean
        if nuts_id is not UNSET:
            field_dict["nuts_id"] = nuts_id
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_read import ResultRead  # noqa: PLC0415
        from ..models.stress_test_part_all_mean import StressTestPartAllMean  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = check_stress_test_part_status(d.pop("status"))

        _all_mean = d.pop("all_mean", UNSET)
        all_mean: StressTestPartAllMean | Unset
        if isinstance(_all_mean, Unset):
            all_mean = UNSET
        else:
            all_mean = StressTestPartAllMean.from_dict(_all_mean)

        def _parse_nuts_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuts_id = _parse_nuts_id(d.pop("nuts_id", UNSET))

        def _parse_result(data: object) -> None | ResultRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ResultRead.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResultRead | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        stress_test_part = cls(
            reason=reason,
            status=status,
            all_mean=all_mean,
            nuts_id=nuts_id,
            result=result,
        )

        stress_test_part.additional_properties = d
        return stress_test_part

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
