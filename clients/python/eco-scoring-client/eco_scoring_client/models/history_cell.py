from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.provenance import Provenance
    from ..models.stars import Stars


T = TypeVar("T", bound="HistoryCell")


@_attrs_define
class HistoryCell:
    """
    Attributes:
        employment (int | None):
        establishments (int | None):
        growth (float | None):
        location_quotient (float | None):
        productivity (float | None):
        provenance (Provenance): Where a cell's figures come from and how they were made.
        run_id (UUID):
        star_count (int):
        stars (Stars):
        stars_withheld_reason (None | str):
        strong (bool):
        year (int):
    """

    employment: int | None
    establishments: int | None
    growth: float | None
    location_quotient: float | None
    productivity: float | None
    provenance: Provenance
    run_id: UUID
    star_count: int
    stars: Stars
    stars_withheld_reason: None | str
    strong: bool
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employment: int | None
        employment = self.employment

        establishments: int | None
        establishments = self.establishments

        growth: float | None
        growth = self.growth

        location_quotient: float | None
        location_quotient = self.location_quotient

        productivity: float | None
        productivity = self.productivity

        provenance = self.provenance.to_dict()

        run_id = str(self.run_id)

        star_count = self.star_count

        stars = self.stars.to_dict()

        stars_withheld_reason: None | str
        stars_withheld_reason = self.stars_withheld_reason

        strong = self.strong

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employment": employment,
                "establishments": establishments,
                "growth": growth,
                "location_quotient": location_quotient,
                "productivity": productivity,
                "provenance": provenance,
                "run_id": run_id,
                "star_count": star_count,
                "stars": stars,
                "stars_withheld_reason": stars_withheld_reason,
                "strong": strong,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provenance import Provenance  # noqa: PLC0415
        from ..models.stars import Stars  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_employment(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employment = _parse_employment(d.pop("employment"))

        def _parse_establishments(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        establishments = _parse_establishments(d.pop("establishments"))

        def _parse_growth(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        growth = _parse_growth(d.pop("growth"))

        def _parse_location_quotient(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        location_quotient = _parse_location_quotient(d.pop("location_quotient"))

        def _parse_productivity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        productivity = _parse_productivity(d.pop("productivity"))

        provenance = Provenance.from_dict(d.pop("provenance"))

        run_id = UUID(d.pop("run_id"))

        star_count = d.pop("star_count")

        stars = Stars.from_dict(d.pop("stars"))

        def _parse_stars_withheld_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stars_withheld_reason = _parse_stars_withheld_reason(d.pop("stars_withheld_reason"))

        strong = d.pop("strong")

        year = d.pop("year")

        history_cell = cls(
            employment=employment,
            establishments=establishments,
            growth=growth,
            location_quotient=location_quotient,
            productivity=productivity,
            provenance=provenance,
            run_id=run_id,
            star_count=star_count,
            stars=stars,
            stars_withheld_reason=stars_withheld_reason,
            strong=strong,
            year=year,
        )

        history_cell.additional_properties = d
        return history_cell

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
