from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_ref_denominator_source_type_0 import (
    RunRefDenominatorSourceType0,
    check_run_ref_denominator_source_type_0,
)

T = TypeVar("T", bound="RunRef")


@_attrs_define
class RunRef:
    """
    Attributes:
        dataset (str):
        definition_set (str):
        denominator (str):
        denominator_source (None | RunRefDenominatorSourceType0):
        growth_from_year (int | None):
        id (UUID):
        methodology_version (str):
        not_applied (list[str] | None): Parameters the data gave nothing to apply to (e.g. strong_establishment_quantile
            without establishment counts, productivity_top_share without wages); null until the run has been computed
        nuts_version (int):
        year (int):
    """

    dataset: str
    definition_set: str
    denominator: str
    denominator_source: None | RunRefDenominatorSourceType0
    growth_from_year: int | None
    id: UUID
    methodology_version: str
    not_applied: list[str] | None
    nuts_version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        definition_set = self.definition_set

        denominator = self.denominator

        denominator_source: None | str
        if isinstance(self.denominator_source, str):
            denominator_source = self.denominator_source
        else:
            denominator_source = self.denominator_source

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

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "definition_set": definition_set,
                "denominator": denominator,
                "denominator_source": denominator_source,
                "growth_from_year": growth_from_year,
                "id": id,
                "methodology_version": methodology_version,
                "not_applied": not_applied,
                "nuts_version": nuts_version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset = d.pop("dataset")

        definition_set = d.pop("definition_set")

        denominator = d.pop("denominator")

        def _parse_denominator_source(data: object) -> None | RunRefDenominatorSourceType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                denominator_source_type_0 = check_run_ref_denominator_source_type_0(data)

                return denominator_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunRefDenominatorSourceType0, data)

        denominator_source = _parse_denominator_source(d.pop("denominator_source"))

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

        year = d.pop("year")

        run_ref = cls(
            dataset=dataset,
            definition_set=definition_set,
            denominator=denominator,
            denominator_source=denominator_source,
            growth_from_year=growth_from_year,
            id=id,
            methodology_version=methodology_version,
            not_applied=not_applied,
            nuts_version=nuts_version,
            year=year,
        )

        run_ref.additional_properties = d
        return run_ref

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
