from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_summary_status import AssessmentSummaryStatus, check_assessment_summary_status

T = TypeVar("T", bound="AssessmentSummary")


@_attrs_define
class AssessmentSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        nuts_id (str):
        questionnaire (str):
        status (AssessmentSummaryStatus):
        submitted_at (datetime.datetime | None):
        title (str):
    """

    created_at: datetime.datetime
    id: UUID
    nuts_id: str
    questionnaire: str
    status: AssessmentSummaryStatus
    submitted_at: datetime.datetime | None
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        nuts_id = self.nuts_id

        questionnaire = self.questionnaire

        status: str = self.status

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "nuts_id": nuts_id,
                "questionnaire": questionnaire,
                "status": status,
                "submitted_at": submitted_at,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        nuts_id = d.pop("nuts_id")

        questionnaire = d.pop("questionnaire")

        status = check_assessment_summary_status(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        title = d.pop("title")

        assessment_summary = cls(
            created_at=created_at,
            id=id,
            nuts_id=nuts_id,
            questionnaire=questionnaire,
            status=status,
            submitted_at=submitted_at,
            title=title,
        )

        assessment_summary.additional_properties = d
        return assessment_summary

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
