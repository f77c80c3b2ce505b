from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stress_test_parameters import StressTestParameters


T = TypeVar("T", bound="ResultSummary")


@_attrs_define
class ResultSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        panorama_run_id (None | UUID):
        parameters (StressTestParameters): The methodology's thresholds; stored with every result so it can be
            reproduced.
        scoreboard_framework (None | str):
        top_recommendation (None | str):
    """

    created_at: datetime.datetime
    id: UUID
    panorama_run_id: None | UUID
    parameters: StressTestParameters
    scoreboard_framework: None | str
    top_recommendation: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        panorama_run_id: None | str
        if isinstance(self.panorama_run_id, UUID):
            panorama_run_id = str(self.panorama_run_id)
        else:
            panorama_run_id = self.panorama_run_id

        parameters = self.parameters.to_dict()

        scoreboard_framework: None | str
        scoreboard_framework = self.scoreboard_framework

        top_recommendation: None | str
        top_recommendation = self.top_recommendation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "panorama_run_id": panorama_run_id,
                "parameters": parameters,
                "scoreboard_framework": scoreboard_framework,
                "top_recommendation": top_recommendation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stress_test_parameters import StressTestParameters  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        def _parse_panorama_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                panorama_run_id_type_0 = UUID(data)

                return panorama_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        panorama_run_id = _parse_panorama_run_id(d.pop("panorama_run_id"))

        parameters = StressTestParameters.from_dict(d.pop("parameters"))

        def _parse_scoreboard_framework(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scoreboard_framework = _parse_scoreboard_framework(d.pop("scoreboard_framework"))

        def _parse_top_recommendation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        top_recommendation = _parse_top_recommendation(d.pop("top_recommendation"))

        result_summary = cls(
            created_at=created_at,
            id=id,
            panorama_run_id=panorama_run_id,
            parameters=parameters,
            scoreboard_framework=scoreboard_framework,
            top_recommendation=top_recommendation,
        )

        result_summary.additional_properties = d
        return result_summary

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
