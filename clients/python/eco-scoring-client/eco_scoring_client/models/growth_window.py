from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.growth_window_employment_cells_by_year import GrowthWindowEmploymentCellsByYear


T = TypeVar("T", bound="GrowthWindow")


@_attrs_define
class GrowthWindow:
    """
    Attributes:
        employment_cells_by_year (GrowthWindowEmploymentCellsByYear): Employment cells with a value in the dataset per
            year: the coverage the window was chosen from
        from_year (int):
        rule (str): How the window was chosen (requested, or the default rule)
        to_year (int):
        years (int):
        cells_with_employment (int | None | Unset): Run cells with employment in to_year; null until computed
        cells_with_growth (int | None | Unset): Run cells with a growth figure: employment in both years over the same
            NACE codes; null until computed
        coverage (float | None | Unset): cells_with_growth / cells_with_employment
    """

    employment_cells_by_year: GrowthWindowEmploymentCellsByYear
    from_year: int
    rule: str
    to_year: int
    years: int
    cells_with_employment: int | None | Unset = UNSET
    cells_with_growth: int | None | Unset = UNSET
    coverage: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employment_cells_by_year = self.employment_cells_by_year.to_dict()

        from_year = self.from_year

        rule = self.rule

        to_year = self.to_year

        years = self.years

        cells_with_employment: int | None | Unset
        if isinstance(self.cells_with_employment, Unset):
            cells_with_employment = UNSET
        else:
            cells_with_employment = self.cells_with_employment

        cells_with_growth: int | None | Unset
        if isinstance(self.cells_with_growth, Unset):
            cells_with_growth = UNSET
        else:
            cells_with_growth = self.cells_with_growth

        coverage: float | None | Unset
        if isinstance(self.coverage, Unset):
            coverage = UNSET
        else:
            coverage = self.coverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employment_cells_by_year": employment_cells_by_year,
                "from_year": from_year,
                "rule": rule,
                "to_year": to_year,
                "years": years,
            }
        )
        if cells_with_employment is not UNSET:
            field_dict["cells_with_employment"] = cells_with_employment
        if cells_with_growth is not UNSET:
            field_dict["cells_with_growth"] = cells_with_growth
        if coverage is not UNSET:
            field_dict["coverage"] = coverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.growth_window_employment_cells_by_year import GrowthWindowEmploymentCellsByYear  # noqa: PLC0415

        d = dict(src_dict)
        employment_cells_by_year = GrowthWindowEmploymentCellsByYear.from_dict(d.pop("employment_cells_by_year"))

        from_year = d.pop("from_year")

        rule = d.pop("rule")

        to_year = d.pop("to_year")

        years = d.pop("years")

        def _parse_cells_with_employment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cells_with_employment = _parse_cells_with_employment(d.pop("cells_with_employment", UNSET))

        def _parse_cells_with_growth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cells_with_growth = _parse_cells_with_growth(d.pop("cells_with_growth", UNSET))

        def _parse_coverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coverage = _parse_coverage(d.pop("coverage", UNSET))

        growth_window = cls(
            employment_cells_by_year=employment_cells_by_year,
            from_year=from_year,
            rule=rule,
            to_year=to_year,
            years=years,
            cells_with_employment=cells_with_employment,
            cells_with_growth=cells_with_growth,
            coverage=coverage,
        )

        growth_window.additional_properties = d
        return growth_window

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
