from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recommendation_run_used_parameters import RecommendationRunUsedParameters


T = TypeVar("T", bound="RecommendationRunUsed")


@_attrs_define
class RecommendationRunUsed:
    """
    Attributes:
        definition_set (None | str):
        finished_at (datetime.datetime | None):
        id (UUID):
        input_output_table (None | str):
        methodology_version (str):
        parameters (RecommendationRunUsedParameters):
    """

    definition_set: None | str
    finished_at: datetime.datetime | None
    id: UUID
    input_output_table: None | str
    methodology_version: str
    parameters: RecommendationRunUsedParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition_set: None | str
        definition_set = self.definition_set

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = str(self.id)

        input_output_table: None | str
        input_output_table = self.input_output_table

        methodology_version = self.methodology_version

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition_set": definition_set,
                "finished_at": finished_at,
                "id": id,
                "input_output_table": input_output_table,
                "methodology_version": methodology_version,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommendation_run_used_parameters import RecommendationRunUsedParameters  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_definition_set(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition_set = _parse_definition_set(d.pop("definition_set"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = UUID(d.pop("id"))

        def _parse_input_output_table(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        input_output_table = _parse_input_output_table(d.pop("input_output_table"))

        methodology_version = d.pop("methodology_version")

        parameters = RecommendationRunUsedParameters.from_dict(d.pop("parameters"))

        recommendation_run_used = cls(
            definition_set=definition_set,
            finished_at=finished_at,
            id=id,
            input_output_table=input_output_table,
            methodology_version=methodology_version,
            parameters=parameters,
        )

        recommendation_run_used.additional_properties = d
        return recommendation_run_used

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
