from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommendation_run_read_exposure_type_0 import RecommendationRunReadExposureType0
    from ..models.recommendation_run_read_input_output_tables_type_0 import RecommendationRunReadInputOutputTablesType0
    from ..models.recommendation_run_read_parameters import RecommendationRunReadParameters


T = TypeVar("T", bound="RecommendationRunRead")


@_attrs_define
class RecommendationRunRead:
    """
    Attributes:
        created_at (datetime.datetime):
        definition_set (None | str):
        error (None | str):
        exposure (None | RecommendationRunReadExposureType0): Exposure in the first list_length places: Gini of
            appearances by relevance alone and as served (fair re-ranking), clusters never listed
        finished_at (datetime.datetime | None):
        id (UUID):
        input_output_table (None | str): The active table: the one for countries without a table of their own (the EU-
            wide output-weighted fallback once seeded)
        methodology_version (str):
        organisations (int | None):
        parameters (RecommendationRunReadParameters):
        seconds (float | None):
        started_at (datetime.datetime | None):
        status (str):
        trigger (str):
        input_output_tables (None | RecommendationRunReadInputOutputTablesType0 | Unset): The tables the run read: mode,
            cross_border blend, the table of each country that has one (countries: {geo: code}) and the fallback; null
            before methodology mm-2026.3
        revised_at (datetime.datetime | None | Unset): When the last update was
        revision (int | Unset): Incremental updates applied to the run's lists since it was computed in full: after
            organisations change, only their rows and columns of the score matrix are rescored and the lists they affect
            rewritten (same methodology and tables as the run; the same lists a full recompute would give) Default: 0.
    """

    created_at: datetime.datetime
    definition_set: None | str
    error: None | str
    exposure: None | RecommendationRunReadExposureType0
    finished_at: datetime.datetime | None
    id: UUID
    input_output_table: None | str
    methodology_version: str
    organisations: int | None
    parameters: RecommendationRunReadParameters
    seconds: float | None
    started_at: datetime.datetime | None
    status: str
    trigger: str
    input_output_tables: None | RecommendationRunReadInputOutputTablesType0 | Unset = UNSET
    revised_at: datetime.datetime | None | Unset = UNSET
    revision: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recommendation_run_read_exposure_type_0 import RecommendationRunReadExposureType0  # noqa: PLC0415
        from ..models.recommendation_run_read_input_output_tables_type_0 import (
            RecommendationRunReadInputOutputTablesType0,  # noqa: PLC0415
        )

        created_at = self.created_at.isoformat()

        definition_set: None | str
        definition_set = self.definition_set

        error: None | str
        error = self.error

        exposure: dict[str, Any] | None
        if isinstance(self.exposure, RecommendationRunReadExposureType0):
            exposure = self.exposure.to_dict()
        else:
            exposure = self.exposure

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = str(self.id)

        input_output_table: None | str
        input_output_table = self.input_output_table

        methodology_version = self.methodology_version

        organisations: int | None
        organisations = self.organisations

        parameters = self.parameters.to_dict()

        seconds: float | None
        seconds = self.seconds

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status

        trigger = self.trigger

        input_output_tables: dict[str, Any] | None | Unset
        if isinstance(self.input_output_tables, Unset):
            input_output_tables = UNSET
        elif isinstance(self.input_output_tables, RecommendationRunReadInputOutputTablesType0):
            input_output_tables = self.input_output_tables.to_dict()
        else:
            input_output_tables = self.input_output_tables

        revised_at: None | str | Unset
        if isinstance(self.revised_at, Unset):
            revised_at = UNSET
        elif isinstance(self.revised_at, datetime.datetime):
            revised_at = self.revised_at.isoformat()
        else:
            revised_at = self.revised_at

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "definition_set": definition_set,
                "error": error,
                "exposure": exposure,
                "finished_at": finished_at,
                "id": id,
                "input_output_table": input_output_table,
                "methodology_version": methodology_version,
                "organisations": organisations,
                "parameters": parameters,
                "seconds": seconds,
                "started_at": started_at,
                "status": status,
                "trigger": trigger,
            }
        )
        if input_output_tables is not UNSET:
            field_dict["input_output_tables"] = input_output_tables
        if revised_at is not UNSET:
            field_dict["revised_at"] = revised_at
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommendation_run_read_exposure_type_0 import RecommendationRunReadExposureType0  # noqa: PLC0415
        from ..models.recommendation_run_read_input_output_tables_type_0 import (
            RecommendationRunReadInputOutputTablesType0,  # noqa: PLC0415
        )
        from ..models.recommendation_run_read_parameters import RecommendationRunReadParameters  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_definition_set(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition_set = _parse_definition_set(d.pop("definition_set"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_exposure(data: object) -> None | RecommendationRunReadExposureType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exposure_type_0 = RecommendationRunReadExposureType0.from_dict(data)

                return exposure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationRunReadExposureType0, data)

        exposure = _parse_exposure(d.pop("exposure"))

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

        def _parse_organisations(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organisations = _parse_organisations(d.pop("organisations"))

        parameters = RecommendationRunReadParameters.from_dict(d.pop("parameters"))

        def _parse_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        seconds = _parse_seconds(d.pop("seconds"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = d.pop("status")

        trigger = d.pop("trigger")

        def _parse_input_output_tables(data: object) -> None | RecommendationRunReadInputOutputTablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_output_tables_type_0 = RecommendationRunReadInputOutputTablesType0.from_dict(data)

                return input_output_tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationRunReadInputOutputTablesType0 | Unset, data)

        input_output_tables = _parse_input_output_tables(d.pop("input_output_tables", UNSET))

        def _parse_revised_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revised_at_type_0 = datetime.datetime.fromisoformat(data)

                return revised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revised_at = _parse_revised_at(d.pop("revised_at", UNSET))

        revision = d.pop("revision", UNSET)

        recommendation_run_read = cls(
            created_at=created_at,
            definition_set=definition_set,
            error=error,
            exposure=exposure,
            finished_at=finished_at,
            id=id,
            input_output_table=input_output_table,
            methodology_version=methodology_version,
            organisations=organisations,
            parameters=parameters,
            seconds=seconds,
            started_at=started_at,
            status=status,
            trigger=trigger,
            input_output_tables=input_output_tables,
            revised_at=revised_at,
            revision=revision,
        )

        recommendation_run_read.additional_properties = d
        return recommendation_run_read

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
