from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_read_kind import SurveyReadKind, check_survey_read_kind
from ..models.survey_read_status import SurveyReadStatus, check_survey_read_status

if TYPE_CHECKING:
    from ..models.survey_region_ref import SurveyRegionRef


T = TypeVar("T", bound="SurveyRead")


@_attrs_define
class SurveyRead:
    """
    Attributes:
        closes_at (datetime.datetime):
        created_at (datetime.datetime):
        definition_set (str):
        description (None | str):
        id (UUID):
        item_catalogue (str):
        kind (SurveyReadKind):
        min_respondents (int):
        name (str): Name of the category or emerging industry
        opens_at (datetime.datetime):
        owner_account_id (UUID):
        region (SurveyRegionRef):
        respondents (int): Tokens with a response
        slug (str):
        status (SurveyReadStatus):
        title (str):
        tokens_issued (int):
        updated_at (datetime.datetime):
    """

    closes_at: datetime.datetime
    created_at: datetime.datetime
    definition_set: str
    description: None | str
    id: UUID
    item_catalogue: str
    kind: SurveyReadKind
    min_respondents: int
    name: str
    opens_at: datetime.datetime
    owner_account_id: UUID
    region: SurveyRegionRef
    respondents: int
    slug: str
    status: SurveyReadStatus
    title: str
    tokens_issued: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        created_at = self.created_at.isoformat()

        definition_set = self.definition_set

        description: None | str
        description = self.description

        id = str(self.id)

        item_catalogue = self.item_catalogue

        kind: str = self.kind

        min_respondents = self.min_respondents

        name = self.name

        opens_at = self.opens_at.isoformat()

        owner_account_id = str(self.owner_account_id)

        region = self.region.to_dict()

        respondents = self.respondents

        slug = self.slug

        status: str = self.status

        title = self.title

        tokens_issued = self.tokens_issued

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closes_at": closes_at,
                "created_at": created_at,
                "definition_set": definition_set,
                "description": description,
                "id": id,
                "item_catalogue": item_catalogue,
                "kind": kind,
                "min_respondents": min_respondents,
                "name": name,
                "opens_at": opens_at,
                "owner_account_id": owner_account_id,
                "region": region,
                "respondents": respondents,
                "slug": slug,
                "status": status,
                "title": title,
                "tokens_issued": tokens_issued,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_region_ref import SurveyRegionRef  # noqa: PLC0415

        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        definition_set = d.pop("definition_set")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = UUID(d.pop("id"))

        item_catalogue = d.pop("item_catalogue")

        kind = check_survey_read_kind(d.pop("kind"))

        min_respondents = d.pop("min_respondents")

        name = d.pop("name")

        opens_at = datetime.datetime.fromisoformat(d.pop("opens_at"))

        owner_account_id = UUID(d.pop("owner_account_id"))

        region = SurveyRegionRef.from_dict(d.pop("region"))

        respondents = d.pop("respondents")

        slug = d.pop("slug")

        status = check_survey_read_status(d.pop("status"))

        title = d.pop("title")

        tokens_issued = d.pop("tokens_issued")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        survey_read = cls(
            closes_at=closes_at,
            created_at=created_at,
            definition_set=definition_set,
            description=description,
            id=id,
            item_catalogue=item_catalogue,
            kind=kind,
            min_respondents=min_respondents,
            name=name,
            opens_at=opens_at,
            owner_account_id=owner_account_id,
            region=region,
            respondents=respondents,
            slug=slug,
            status=status,
            title=title,
            tokens_issued=tokens_issued,
            updated_at=updated_at,
        )

        survey_read.additional_properties = d
        return survey_read

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
