from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DefinitionSetRead")


@_attrs_define
class DefinitionSetRead:
    """One immutable version of the category and emerging-industry definitions.

    Attributes:
        categories (int): Cluster categories in the set
        codes (int): NACE codes over all definitions
        created_at (datetime.datetime):
        description (None | str):
        emerging_industries (int): Emerging industries in the set
        is_active (bool): The set scoring uses unless told otherwise; 'active' names it
        sha256 (str): Checksum of the content (not of a file): the same set uploaded as CSV or JSON has the same
            checksum
        source (str):
        title (str):
        version (str):
    """

    categories: int
    codes: int
    created_at: datetime.datetime
    description: None | str
    emerging_industries: int
    is_active: bool
    sha256: str
    source: str
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = self.categories

        codes = self.codes

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        emerging_industries = self.emerging_industries

        is_active = self.is_active

        sha256 = self.sha256

        source = self.source

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "codes": codes,
                "created_at": created_at,
                "description": description,
                "emerging_industries": emerging_industries,
                "is_active": is_active,
                "sha256": sha256,
                "source": source,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = d.pop("categories")

        codes = d.pop("codes")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        emerging_industries = d.pop("emerging_industries")

        is_active = d.pop("is_active")

        sha256 = d.pop("sha256")

        source = d.pop("source")

        title = d.pop("title")

        version = d.pop("version")

        definition_set_read = cls(
            categories=categories,
            codes=codes,
            created_at=created_at,
            description=description,
            emerging_industries=emerging_industries,
            is_active=is_active,
            sha256=sha256,
            source=source,
            title=title,
            version=version,
        )

        definition_set_read.additional_properties = d
        return definition_set_read

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
