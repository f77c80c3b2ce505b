from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_score_assessment_type_0 import (
    IndicatorScoreAssessmentType0,
    check_indicator_score_assessment_type_0,
)
from ..models.indicator_score_direction import IndicatorScoreDirection, check_indicator_score_direction
from ..models.indicator_score_status_type_0 import IndicatorScoreStatusType0, check_indicator_score_status_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorScore")


@_attrs_define
class IndicatorScore:
    """
    Attributes:
        assessment (IndicatorScoreAssessmentType0 | None):
        code (str):
        dimension (str):
        direction (IndicatorScoreDirection):
        eu_coverage (float): Share of the comparison regions with a value
        eu_mean (float | None): Mean normalised value of all regions
        eu_raw_mean (float | None):
        logged (bool): log1p applied before normalising (skewed indicator)
        name (str):
        normalised (float | None):
        peer_coverage (float): Share of the peers with a value
        peer_mean (float | None): Mean normalised value of the peers
        peer_raw_mean (float | None):
        raw (float | None):
        source (None | str): Source of the region's value
        subdimension (str):
        unit (str):
        year (int | None): Year of the region's value
        filled_from_parts (list[str] | Unset): NACE aggregates blank in the source, filled from their parts, that the
            value counts
        status (IndicatorScoreStatusType0 | None | Unset): Of a value the observatory derives (sbs_*): 'published' when
            computed from published figures only, 'derived' when its numerator or the region total counts a section the
            source leaves blank, filled from its published divisions (as in the Panorama); null for imported values and
            where the region has none
    """

    assessment: IndicatorScoreAssessmentType0 | None
    code: str
    dimension: str
    direction: IndicatorScoreDirection
    eu_coverage: float
    eu_mean: float | None
    eu_raw_mean: float | None
    logged: bool
    name: str
    normalised: float | None
    peer_coverage: float
    peer_mean: float | None
    peer_raw_mean: float | None
    raw: float | None
    source: None | str
    subdimension: str
    unit: str
    year: int | None
    filled_from_parts: list[str] | Unset = UNSET
    status: IndicatorScoreStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment: None | str
        if isinstance(self.assessment, str):
            assessment = self.assessment
        else:
            assessment = self.assessment

        code = self.code

        dimension = self.dimension

        direction: str = self.direction

        eu_coverage = self.eu_coverage

        eu_mean: float | None
        eu_mean = self.eu_mean

        eu_raw_mean: float | None
        eu_raw_mean = self.eu_raw_mean

        logged = self.logged

        name = self.name

        normalised: float | None
        normalised = self.normalised

        peer_coverage = self.peer_coverage

        peer_mean: float | None
        peer_mean = self.peer_mean

        peer_raw_mean: float | None
        peer_raw_mean = self.peer_raw_mean

        raw: float | None
        raw = self.raw

        source: None | str
        source = self.source

        subdimension = self.subdimension

        unit = self.unit

        year: int | None
        year = self.year

        filled_from_parts: list[str] | Unset = UNSET
        if not isinstance(self.filled_from_parts, Unset):
            filled_from_parts = self.filled_from_parts

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment": assessment,
                "code": code,
                "dimension": dimension,
                "direction": direction,
                "eu_coverage": eu_coverage,
                "eu_mean": eu_mean,
                "eu_raw_mean": eu_raw_mean,
                "logged": logged,
                "name": name,
                "normalised": normalised,
                "peer_coverage": peer_coverage,
                "peer_mean": peer_mean,
                "peer_raw_mean": peer_raw_mean,
                "raw": raw,
                "source": source,
                "subdimension": subdimension,
                "unit": unit,
                "year": year,
            }
        )
        if filled_from_parts is not UNSET:
            field_dict["filled_from_parts"] = filled_from_parts
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assessment(data: object) -> IndicatorScoreAssessmentType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessment_type_0 = check_indicator_score_assessment_type_0(data)

                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorScoreAssessmentType0 | None, data)

        assessment = _parse_assessment(d.pop("assessment"))

        code = d.pop("code")

        dimension = d.pop("dimension")

        direction = check_indicator_score_direction(d.pop("direction"))

        eu_coverage = d.pop("eu_coverage")

        def _parse_eu_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        eu_mean = _parse_eu_mean(d.pop("eu_mean"))

        def _parse_eu_raw_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        eu_raw_mean = _parse_eu_raw_mean(d.pop("eu_raw_mean"))

        logged = d.pop("logged")

        name = d.pop("name")

        def _parse_normalised(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        normalised = _parse_normalised(d.pop("normalised"))

        peer_coverage = d.pop("peer_coverage")

        def _parse_peer_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_mean = _parse_peer_mean(d.pop("peer_mean"))

        def _parse_peer_raw_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_raw_mean = _parse_peer_raw_mean(d.pop("peer_raw_mean"))

        def _parse_raw(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        raw = _parse_raw(d.pop("raw"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        subdimension = d.pop("subdimension")

        unit = d.pop("unit")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        filled_from_parts = cast(list[str], d.pop("filled_from_parts", UNSET))

        def _parse_status(data: object) -> IndicatorScoreStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_indicator_score_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorScoreStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        indicator_score = cls(
            assessment=assessment,
            code=code,
            dimension=dimension,
            direction=direction,
            eu_coverage=eu_coverage,
            eu_mean=eu_mean,
            eu_raw_mean=eu_raw_mean,
            logged=logged,
            name=name,
            normalised=normalised,
            peer_coverage=peer_coverage,
            peer_mean=peer_mean,
            peer_raw_mean=peer_raw_mean,
            raw=raw,
            source=source,
            subdimension=subdimension,
            unit=unit,
            year=year,
            filled_from_parts=filled_from_parts,
            status=status,
        )

        indicator_score.additional_properties = d
        return indicator_score

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
