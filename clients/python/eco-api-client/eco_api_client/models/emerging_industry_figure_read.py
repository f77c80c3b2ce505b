from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmergingIndustryFigureRead")


@_attrs_define
class EmergingIndustryFigureRead:
    """An emerging industry with the figures the European Cluster Observatory published.

    The figures rest on the Observatory's own 2014 definitions of the industries, which were
    not published: no definition set here produces them (the project's sets define the
    industries anew on NACE codes, under the same slugs, for the Panorama's figures).

        Attributes:
            annual_growth_2005_2011_pct (float): Annual growth of employees 2005-2011 (unit: percent per year)
            employees_2011 (int): Employees in 2011 (unit: employees)
            growth_unit (str): Unit of annual_growth_2005_2011_pct
            name (str):
            scope (str): Territory, period and definitions the figures cover
            slug (str): The same slug as the emerging industry in the definition sets
            source (str):
            status (Literal['published']): As the source published them: not computed here
            unit (str): Unit of employees_2011
            year (int): Reference year of employees_2011
    """

    annual_growth_2005_2011_pct: float
    employees_2011: int
    growth_unit: str
    name: str
    scope: str
    slug: str
    source: str
    status: Literal["published"]
    unit: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual_growth_2005_2011_pct = self.annual_growth_2005_2011_pct

        employees_2011 = self.employees_2011

        growth_unit = self.growth_unit

        name = self.name

        scope = self.scope

        slug = self.slug

        source = self.source

        status = self.status

        unit = self.unit

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annual_growth_2005_2011_pct": annual_growth_2005_2011_pct,
                "employees_2011": employees_2011,
                "growth_unit": growth_unit,
                "name": name,
                "scope": scope,
                "slug": slug,
                "source": source,
                "status": status,
                "unit": unit,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annual_growth_2005_2011_pct = d.pop("annual_growth_2005_2011_pct")

        employees_2011 = d.pop("employees_2011")

        growth_unit = d.pop("growth_unit")

        name = d.pop("name")

        scope = d.pop("scope")

        slug = d.pop("slug")

        source = d.pop("source")

        status = cast(Literal["published"], d.pop("status"))
        if status != "published":
            raise ValueError(f"status must match const 'published', got '{status}'")

        unit = d.pop("unit")

        year = d.pop("year")

        emerging_industry_figure_read = cls(
            annual_growth_2005_2011_pct=annual_growth_2005_2011_pct,
            employees_2011=employees_2011,
            growth_unit=growth_unit,
            name=name,
            scope=scope,
            slug=slug,
            source=source,
            status=status,
            unit=unit,
            year=year,
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
