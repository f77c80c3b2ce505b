from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nuts_version import NutsVersion, check_nuts_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyCreate")


@_attrs_define
class SurveyCreate:
    """
    Attributes:
        closes_at (datetime.datetime):
        nuts_id (str): The region surveyed
        title (str):
        category (None | str | Unset): A cluster category of the active definition set; or emerging_industry
        description (None | str | Unset):
        emerging_industry (None | str | Unset): An emerging industry of the active definition set
        min_respondents (int | Unset): Below this many respondents results show counts only Default: 10.
        nuts_version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        opens_at (datetime.datetime | None | Unset): Default: now
    """

    closes_at: datetime.datetime
    nuts_id: str
    title: str
    category: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    emerging_industry: None | str | Unset = UNSET
    min_respondents: int | Unset = 10
    nuts_version: NutsVersion | Unset = UNSET
    opens_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        nuts_id = self.nuts_id

        title = self.title

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        emerging_industry: None | str | Unset
        if isinstance(self.emerging_industry, Unset):
            emerging_industry = UNSET
        else:
            emerging_industry = self.emerging_industry

        min_respondents = self.min_respondents

        nuts_version: int | Unset = UNSET
        if not isinstance(self.nuts_version, Unset):
            nuts_version = self.nuts_version

        opens_at: None | str | Unset
        if isinstance(self.opens_at, Unset):
            opens_at = UNSET
        elif isinstance(self.opens_at, datetime.datetime):
            opens_at = self.opens_at.isoformat()
        else:
            opens_at = self.opens_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closes_at": closes_at,
                "nuts_id": nuts_id,
                "title": title,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if emerging_industry is not UNSET:
            field_dict["emerging_industry"] = emerging_industry
        if min_respondents is not UNSET:
            field_dict["min_respondents"] = min_respondents
        if nuts_version is not UNSET:
            field_dict["nuts_version"] = nuts_version
        if opens_at is not UNSET:
            field_dict["opens_at"] = opens_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        nuts_id = d.pop("nuts_id")

        title = d.pop("title")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_emerging_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emerging_industry = _parse_emerging_industry(d.pop("emerging_industry", UNSET))

        min_respondents = d.pop("min_respondents", UNSET)

        _nuts_version = d.pop("nuts_version", UNSET)
        nuts_version: NutsVersion | Unset
        if isinstance(_nuts_version, Unset):
            nuts_version = UNSET
        else:
            nuts_version = check_nuts_version(_nuts_version)

        def _parse_opens_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opens_at_type_0 = datetime.datetime.fromisoformat(data)

                return opens_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        opens_at = _parse_opens_at(d.pop("opens_at", UNSET))

        survey_create = cls(
            closes_at=closes_at,
            nuts_id=nuts_id,
            title=title,
            category=category,
            description=description,
            emerging_industry=emerging_industry,
            min_respondents=min_respondents,
            nuts_version=nuts_version,
            opens_at=opens_at,
        )

        return survey_create
