from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmergingIndustryFigureRead")


@_attrs_define
class EmergingIndustryFigureRead:
    """An emerging industry with the figures the European Cluster Observatory published.

    Attributes:
        annual_growth_2005_2011_pct (float): Annual employment growth 2005-2011, percent
        definition_set (None | str): The shipped definition set that defines this industry on NACE codes (the project's
            approximation; the published figures rest on the Observatory's own 2014 definition)
        definition_slug (None | str): Its slug in that set: /v1/definition-
            sets/{definition_set}/definitions/emerging_industry/{definition_slug}
        employees_2011 (int): Persons employed in 2011 (EU-28)
        name (str):
        slug (str):
        source (str):
    """

    annual_growth_2005_2011_pct: float
    definition_set: None | str
    definition_slug: None | str
    employees_2011: int
    name: str
    slug: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual_growth_2005_2011_pct = self.annual_growth_2005_2011_pct

        definition_set: None | str
        definition_set = self.definition_set

        definition_slug: None | str
        definition_slug = self.definition_slug

        employees_2011 = self.employees_2011

        name = self.name

        slug = self.slug

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annual_growth_2005_2011_pct": annual_growth_2005_2011_pct,
                "definition_set": definition_set,
                "definition_slug": definition_slug,
                "employees_2011": employees_2011,
                "name": name,
                "slug": slug,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annual_growth_2005_2011_pct = d.pop("annual_growth_2005_2011_pct")

        def _parse_definition_set(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition_set = _parse_definition_set(d.pop("definition_set"))

        def _parse_definition_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition_slug = _parse_definition_slug(d.pop("definition_slug"))

        employees_2011 = d.pop("employees_2011")

        name = d.pop("name")

        slug = d.pop("slug")

        source = d.pop("source")

        emerging_industry_figure_read = cls(
            annual_growth_2005_2011_pct=annual_growth_2005_2011_pct,
            definition_set=definition_set,
            definition_slug=definition_slug,
            employees_2011=employees_2011,
            name=name,
            slug=slug,
            source=source,
        )

        emerging_industry_figure_read.additional_properties = d
        return emerging_industry_figure_read

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
