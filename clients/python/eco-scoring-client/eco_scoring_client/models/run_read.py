from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_read_denominator_source_type_0 import (
    RunReadDenominatorSourceType0,
    check_run_read_denominator_source_type_0,
)

if TYPE_CHECKING:
    from ..models.definition_notes import DefinitionNotes
    from ..models.growth_window import GrowthWindow
    from ..models.run_read_parameters import RunReadParameters


T = TypeVar("T", bound="RunRead")


@_attrs_define
class RunRead:
    """
    Attributes:
        cells (int | None):
        created_at (datetime.datetime):
        dataset (str):
        dataset_source (str):
        definition_notes (DefinitionNotes | None): Null until computed, and in runs computed before notes were recorded
        definition_set (str):
        denominator (str):
        denominator_source (None | RunReadDenominatorSourceType0): Which region total the run divides by; null in runs
            computed before it was recorded (they used sbs_total)
        error (None | str):
        finished_at (datetime.datetime | None):
        growth (GrowthWindow | None): The growth window and its coverage; null without one
        growth_from_year (int | None):
        id (UUID):
        methodology_version (str):
        not_applied (list[str] | None): Parameters the data gave nothing to apply to (e.g. strong_establishment_quantile
            without establishment counts, productivity_top_share without wages); null until the run has been computed
        nuts_version (int):
        parameters (RunReadParameters):
        progress (float):
        region_level (int):
        started_at (datetime.datetime | None):
        status (str):
        year (int):
    """

    cells: int | None
    created_at: datetime.datetime
    dataset: str
    dataset_source: str
    definition_notes: DefinitionNotes | None
    definition_set: str
    denominator: str
    denominator_source: None | RunReadDenominatorSourceType0
    error: None | str
    finished_at: datetime.datetime | None
    growth: GrowthWindow | None
    growth_from_year: int | None
    id: UUID
    methodology_version: str
    not_applied: list[str] | None
    nuts_version: int
    parameters: RunReadParameters
    progress: float
    region_level: int
    started_at: datetime.datetime | None
    status: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.definition_notes import DefinitionNotes  # noqa: PLC0415
        from ..models.growth_window import GrowthWindow  # noqa: PLC0415

        cells: int | None
        cells = self.cells

        created_at = self.created_at.isoformat()

        dataset = self.dataset

        dataset_source = self.dataset_source

        definition_notes: dict[str, Any] | None
        if isinstance(self.definition_notes, DefinitionNotes):
            definition_notes = self.definition_notes.to_dict()
        else:
            definition_notes = self.definition_notes

        definition_set = self.definition_set

        denominator = self.denominator

        denominator_source: None | str
        if isinstance(self.denominator_source, str):
            denominator_source = self.denominator_source
        else:
            denominator_source = self.denominator_source

        error: None | str
        error = self.error

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        growth: dict[str, Any] | None
        if isinstance(self.growth, GrowthWindow):
            growth = self.growth.to_dict()
        else:
            growth = self.growth

        growth_from_year: int | None
        growth_from_year = self.growth_from_year

        id = str(self.id)

        methodology_version = self.methodology_version

        not_applied: list[str] | None
        if isinstance(self.not_applied, list):
            not_applied = self.not_applied

        else:
            not_applied = self.not_applied

        nuts_version = self.nuts_version

        parameters = self.parameters.to_dict()

        progress = self.progress

        region_level = self.region_level

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cells": cells,
                "created_at": created_at,
                "dataset": dataset,
                "dataset_source": dataset_source,
                "definition_notes": definition_notes,
                "definition_set": definition_set,
                "denominator": denominator,
                "denominator_source": denominator_source,
                "error": error,
                "finished_at": finished_at,
                "growth": growth,
                "growth_from_year": growth_from_year,
                "id": id,
                "methodology_version": methodology_version,
                "not_applied": not_applied,
                "nuts_version": nuts_version,
                "parameters": parameters,
                "progress": progress,
                "region_level": region_level,
                "started_at": started_at,
                "status": status,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.definition_notes import DefinitionNotes  # noqa: PLC0415
        from ..models.growth_window import GrowthWindow  # noqa: PLC0415
        from ..models.run_read_parameters import RunReadParameters  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cells(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cells = _parse_cells(d.pop("cells"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        dataset = d.pop("dataset")

        dataset_source = d.pop("dataset_source")

        def _parse_definition_notes(data: object) -> DefinitionNotes | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                definition_notes_type_0 = DefinitionNotes.from_dict(data)

                return definition_notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DefinitionNotes | None, data)

        definition_notes = _parse_definition_notes(d.pop("definition_notes"))

        definition_set = d.pop("definition_set")

        denominator = d.pop("denominator")

        def _parse_denominator_source(data: object) -> None | RunReadDenominatorSourceType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                denominator_source_type_0 = check_run_read_denominator_source_type_0(data)

                return denominator_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunReadDenominatorSourceType0, data)

        denominator_source = _parse_denominator_source(d.pop("denominator_source"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

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

        def _parse_growth(data: object) -> GrowthWindow | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                growth_type_0 = GrowthWindow.from_dict(data)

                return growth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GrowthWindow | None, data)

        growth = _parse_growth(d.pop("growth"))

        def _parse_growth_from_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        growth_from_year = _parse_growth_from_year(d.pop("growth_from_year"))

        id = UUID(d.pop("id"))

        methodology_version = d.pop("methodology_version")

        def _parse_not_applied(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_applied_type_0 = cast(list[str], data)

                return not_applied_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        not_applied = _parse_not_applied(d.pop("not_applied"))

        nuts_version = d.pop("nuts_version")

        parameters = RunReadParameters.from_dict(d.pop("parameters"))

        progress = d.pop("progress")

        region_level = d.pop("region_level")

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

        year = d.pop("year")

        run_read = cls(
            cells=cells,
            created_at=created_at,
            dataset=dataset,
            dataset_source=dataset_source,
            definition_notes=definition_notes,
            definition_set=definition_set,
            denominator=denominator,
            denominator_source=denominator_source,
            error=error,
            finished_at=finished_at,
            growth=growth,
            growth_from_year=growth_from_year,
            id=id,
            methodology_version=methodology_version,
            not_applied=not_applied,
            nuts_version=nuts_version,
            parameters=parameters,
            progress=progress,
            region_level=region_level,
            started_at=started_at,
            status=status,
            year=year,
        )

        run_read.additional_properties = d
        return run_read

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
