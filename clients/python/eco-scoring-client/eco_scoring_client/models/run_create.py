from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.run_create_denominator_source import RunCreateDenominatorSource, check_run_create_denominator_source
from ..models.run_create_region_level import RunCreateRegionLevel, check_run_create_region_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_overrides import ParameterOverrides


T = TypeVar("T", bound="RunCreate")


@_attrs_define
class RunCreate:
    """
    Attributes:
        dataset (str | Unset):  Default: 'sbs_r_nuts06_r2'.
        definition_set (None | str | Unset): Definition-set version; default: the active
        denominator_source (RunCreateDenominatorSource | Unset): The region total of location quotients and focus:
            sbs_total, the region's employment over the dataset's coverage (SBS: the business economy), or lfs_total, the
            Labour Force Survey's whole-economy employment (lfst_r_lfe2en2, TOTAL, aged 15 or over; thousand persons served
            as persons) Default: 'sbs_total'.
        growth_from_year (int | None | Unset): Start of the growth window; default: the longest window with data, from
            the earliest year whose employment cells number at least growth_min_coverage of the run year's (none in a one-
            year dataset)
        methodology (str | Unset):  Default: 'panorama-2014'.
        parameters (ParameterOverrides | Unset): Change a methodology's thresholds for one run; the run stores the
            values it used.
        region_level (RunCreateRegionLevel | Unset): NUTS level; countries without it are taken one level up Default: 2.
        year (int | None | Unset): Default: the latest year whose employment cells number at least growth_min_coverage
            of the best-covered year's (2015 in a 2015-only dataset)
    """

    dataset: str | Unset = "sbs_r_nuts06_r2"
    definition_set: None | str | Unset = UNSET
    denominator_source: RunCreateDenominatorSource | Unset = "sbs_total"
    growth_from_year: int | None | Unset = UNSET
    methodology: str | Unset = "panorama-2014"
    parameters: ParameterOverrides | Unset = UNSET
    region_level: RunCreateRegionLevel | Unset = 2
    year: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        definition_set: None | str | Unset
        if isinstance(self.definition_set, Unset):
            definition_set = UNSET
        else:
            definition_set = self.definition_set

        denominator_source: str | Unset = UNSET
        if not isinstance(self.denominator_source, Unset):
            denominator_source = self.denominator_source

        growth_from_year: int | None | Unset
        if isinstance(self.growth_from_year, Unset):
            growth_from_year = UNSET
        else:
            growth_from_year = self.growth_from_year

        methodology = self.methodology

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        region_level: int | Unset = UNSET
        if not isinstance(self.region_level, Unset):
            region_level = self.region_level

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if definition_set is not UNSET:
            field_dict["definition_set"] = definition_set
        if denominator_source is not UNSET:
            field_dict["denominator_source"] = denominator_source
        if growth_from_year is not UNSET:
            field_dict["growth_from_year"] = growth_from_year
        if methodology is not UNSET:
            field_dict["methodology"] = methodology
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if region_level is not UNSET:
            field_dict["region_level"] = region_level
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_overrides import ParameterOverrides  # noqa: PLC0415

        d = dict(src_dict)
        dataset = d.pop("dataset", UNSET)

        def _parse_definition_set(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition_set = _parse_definition_set(d.pop("definition_set", UNSET))

        _denominator_source = d.pop("denominator_source", UNSET)
        denominator_source: RunCreateDenominatorSource | Unset
        if isinstance(_denominator_source, Unset):
            denominator_source = UNSET
        else:
            denominator_source = check_run_create_denominator_source(_denominator_source)

        def _parse_growth_from_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        growth_from_year = _parse_growth_from_year(d.pop("growth_from_year", UNSET))

        methodology = d.pop("methodology", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ParameterOverrides | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ParameterOverrides.from_dict(_parameters)

        _region_level = d.pop("region_level", UNSET)
        region_level: RunCreateRegionLevel | Unset
        if isinstance(_region_level, Unset):
            region_level = UNSET
        else:
            region_level = check_run_create_region_level(_region_level)

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        run_create = cls(
            dataset=dataset,
            definition_set=definition_set,
            denominator_source=denominator_source,
            growth_from_year=growth_from_year,
            methodology=methodology,
            parameters=parameters,
            region_level=region_level,
            year=year,
        )

        return run_create
