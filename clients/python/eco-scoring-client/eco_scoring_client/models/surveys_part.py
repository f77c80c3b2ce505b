from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.surveys_part_status import SurveysPartStatus, check_surveys_part_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.survey_results import SurveyResults


T = TypeVar("T", bound="SurveysPart")


@_attrs_define
class SurveysPart:
    """
    Attributes:
        reason (None | str): Why the part is absent or restricted
        status (SurveysPartStatus): present; absent (nothing to report, see reason); restricted (private: the caller may
            not read it, whether or not it exists)
        nuts_id (None | str | Unset): The region's code the part was found under
        surveys (list[SurveyResults] | Unset): Every survey of the region the caller may read, oldest first; a survey
            with fewer respondents than its minimum shows counts only
    """

    reason: None | str
    status: SurveysPartStatus
    nuts_id: None | str | Unset = UNSET
    surveys: list[SurveyResults] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: None | str
        reason = self.reason

        status: str = self.status

        nuts_id: None | str | Unset
        if isinstance(self.nuts_id, Unset):
            nuts_id = UNSET
        else:
            nuts_id = self.nuts_id

        surveys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.surveys, Unset):
            surveys = []
            for surveys_item_data in self.surveys:
                surveys_item = surveys_item_data.to_dict()
                surveys.append(surveys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "status": status,
            }
        )
        if nuts_id is not UNSET:
            field_dict["nuts_id"] = nuts_id
        if surveys is not UNSET:
            field_dict["surveys"] = surveys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_results import SurveyResults  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = check_surveys_part_status(d.pop("status"))

        def _parse_nuts_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuts_id = _parse_nuts_id(d.pop("nuts_id", UNSET))

        _surveys = d.pop("surveys", UNSET)
        surveys: list[SurveyResults] | Unset = UNSET
        if _surveys is not UNSET:
            surveys = []
            for surveys_item_data in _surveys:
                surveys_item = SurveyResults.from_dict(surveys_item_data)

                surveys.append(surveys_item)

        surveys_part = cls(
            reason=reason,
            status=status,
            nuts_id=nuts_id,
            surveys=surveys,
        )

        surveys_part.additional_properties = d
        return surveys_part

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
