from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_for_respondent_status import SurveyForRespondentStatus, check_survey_for_respondent_status

T = TypeVar("T", bound="SurveyForRespondent")


@_attrs_define
class SurveyForRespondent:
    """
    Attributes:
        closes_at (datetime.datetime):
        description (None | str):
        name (str): The category or emerging industry surveyed
        opens_at (datetime.datetime):
        region_name (str):
        status (SurveyForRespondentStatus):
        title (str):
    """

    closes_at: datetime.datetime
    description: None | str
    name: str
    opens_at: datetime.datetime
    region_name: str
    status: SurveyForRespondentStatus
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        description: None | str
        description = self.description

        name = self.name

        opens_at = self.opens_at.isoformat()

        region_name = self.region_name

        status: str = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closes_at": closes_at,
                "description": description,
                "name": name,
                "opens_at": opens_at,
                "region_name": region_name,
                "status": status,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        name = d.pop("name")

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        region_name = d.pop("region_name")

        status = check_survey_for_respondent_status(d.pop("status"))

        title = d.pop("title")

        survey_for_respondent = cls(
            closes_at=closes_at,
            description=description,
            name=name,
            opens_at=opens_at,
            region_name=region_name,
            status=status,
            title=title,
        )

        survey_for_respondent.additional_properties = d
        return survey_for_respondent

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
