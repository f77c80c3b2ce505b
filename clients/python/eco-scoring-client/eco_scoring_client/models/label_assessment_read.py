from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_assessment_read_level_type_0 import (
    LabelAssessmentReadLevelType0,
    check_label_assessment_read_level_type_0,
)

if TYPE_CHECKING:
    from ..models.indicator_result import IndicatorResult
    from ..models.label_rule import LabelRule
    from ..models.organisation_ref import OrganisationRef


T = TypeVar("T", bound="LabelAssessmentRead")


@_attrs_define
class LabelAssessmentRead:
    """
    Attributes:
        applied_to_organisation (bool): The organisation's label now shows this result (false when a later assessment
            already set it)
        assessed_by (None | UUID):
        assessed_on (datetime.date):
        baseline_met (bool): Every baseline requirement passed
        created_at (datetime.datetime):
        id (UUID):
        indicator_set (str):
        indicators (int):
        level (LabelAssessmentReadLevelType0 | None): The label awarded; null: none
        notes (None | str):
        organisation (OrganisationRef):
        passed (int):
        results (list[IndicatorResult]):
        rule (LabelRule): Levels checked from the most demanding down; the first one met is awarded.
        score (float): Share of the indicators passed, 0-1
        valid_until (datetime.date | None): Until when the label is valid; null: none
    """

    applied_to_organisation: bool
    assessed_by: None | UUID
    assessed_on: datetime.date
    baseline_met: bool
    created_at: datetime.datetime
    id: UUID
    indicator_set: str
    indicators: int
    level: LabelAssessmentReadLevelType0 | None
    notes: None | str
    organisation: OrganisationRef
    passed: int
    results: list[IndicatorResult]
    rule: LabelRule
    score: float
    valid_until: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_to_organisation = self.applied_to_organisation

        assessed_by: None | str
        if isinstance(self.assessed_by, UUID):
            assessed_by = str(self.assessed_by)
        else:
            assessed_by = self.assessed_by

        assessed_on = self.assessed_on.isoformat()

        baseline_met = self.baseline_met

        created_at = self.created_at.isoformat()

        id = str(self.id)

        indicator_set = self.indicator_set

        indicators = self.indicators

        level: None | str
        if isinstance(self.level, str):
            level = self.level
        else:
            level = self.level

        notes: None | str
        notes = self.notes

        organisation = self.organisation.to_dict()

        passed = self.passed

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        rule = self.rule.to_dict()

        score = self.score

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied_to_organisation": applied_to_organisation,
                "assessed_by": assessed_by,
                "assessed_on": assessed_on,
                "baseline_met": baseline_met,
                "created_at": created_at,
                "id": id,
                "indicator_set": indicator_set,
                "indicators": indicators,
                "level": level,
                "notes": notes,
                "organisation": organisation,
                "passed": passed,
                "results": results,
                "rule": rule,
                "score": score,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_result import IndicatorResult  # noqa: PLC0415
        from ..models.label_rule import LabelRule  # noqa: PLC0415
        from ..models.organisation_ref import OrganisationRef  # noqa: PLC0415

        d = dict(src_dict)
        applied_to_organisation = d.pop("applied_to_organisation")

        def _parse_assessed_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_by_type_0 = UUID(data)

                return assessed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assessed_by = _parse_assessed_by(d.pop("assessed_by"))

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        baseline_met = d.pop("baseline_met")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        indicator_set = d.pop("indicator_set")

        indicators = d.pop("indicators")

        def _parse_level(data: object) -> LabelAssessmentReadLevelType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = check_label_assessment_read_level_type_0(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelAssessmentReadLevelType0 | None, data)

        level = _parse_level(d.pop("level"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        organisation = OrganisationRef.from_dict(d.pop("organisation"))

        passed = d.pop("passed")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = IndicatorResult.from_dict(results_item_data)

            results.append(results_item)

        rule = LabelRule.from_dict(d.pop("rule"))

        score = d.pop("score")

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))

        label_assessment_read = cls(
            applied_to_organisation=applied_to_organisation,
            assessed_by=assessed_by,
            assessed_on=assessed_on,
            baseline_met=baseline_met,
            created_at=created_at,
            id=id,
            indicator_set=indicator_set,
            indicators=indicators,
            level=level,
            notes=notes,
            organisation=organisation,
            passed=passed,
            results=results,
            rule=rule,
            score=score,
            valid_until=valid_until,
        )

        label_assessment_read.additional_properties = d
        return label_assessment_read

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
