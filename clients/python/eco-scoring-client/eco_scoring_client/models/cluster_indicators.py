from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_indicators_kind import ClusterIndicatorsKind, check_cluster_indicators_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provenance import Provenance
    from ..models.stars import Stars


T = TypeVar("T", bound="ClusterIndicators")


@_attrs_define
class ClusterIndicators:
    """
    Attributes:
        codes_counted (int):
        codes_missing (int):
        employment (int | None): Persons employed, whole persons
        employment_percentile (float | None):
        focus (float | None): Share of the region's employment
        focus_percentile (float | None):
        growth (float | None): Compound annual growth of employment over the run's growth window (run.growth_from_year
            to run.year), over the same NACE codes in both years
        indistinguishable_from (list[str]): Definitions of the same kind whose figures rest on the same codes in this
            run: the data cannot tell them apart
        kind (ClusterIndicatorsKind):
        location_quotient (float | None):
        location_quotient_percentile (float | None):
        measured_anywhere (bool | None): False when no region of the run has figures for this definition
        measured_share (float | None): Share of the definition (its NACE classes, weighted) that the region's figures
            measure; null in runs computed before it was recorded
        nuts_id (str):
        productivity (float | None): Wages and salaries per person employed (EUR), a proxy of productivity as in the
            2014 Panorama; null where the wages are confidential or not published for the codes counted (productivity_note
            says why)
        productivity_percentile (float | None):
        provenance (Provenance): Where a cell's figures come from and how they were made.
        region_total (int | None): Persons employed in the region over the dataset's coverage, whole persons
        slug (str):
        star_count (int):
        stars (Stars):
        stars_withheld_reason (None | str): Why stars and the strong flag are withheld from this cell (too little of the
            definition measured), or null
        strong (bool): A strong cluster by the US Cluster Mapping rule (run parameters strong_*)
        establishments (int | None | Unset): Local units (establishments) the definition counts, where published
        name (None | str | Unset):
        productivity_note (None | str | Unset): Why a cell with employment has no productivity figure
        region_name (None | str | Unset):
    """

    codes_counted: int
    codes_missing: int
    employment: int | None
    employment_percentile: float | None
    focus: float | None
    focus_percentile: float | None
    growth: float | None
    indistinguishable_from: list[str]
    kind: ClusterIndicatorsKind
    location_quotient: float | None
    location_quotient_percentile: float | None
    measured_anywhere: bool | None
    measured_share: float | None
    nuts_id: str
    productivity: float | None
    productivity_percentile: float | None
    provenance: Provenance
    region_total: int | None
    slug: str
    star_count: int
    stars: Stars
    stars_withheld_reason: None | str
    strong: bool
    establishments: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    productivity_note: None | str | Unset = UNSET
    region_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codes_counted = self.codes_counted

        codes_missing = self.codes_missing

        employment: int | None
        employment = self.employment

        employment_percentile: float | None
        employment_percentile = self.employment_percentile

        focus: float | None
        focus = self.focus

        focus_percentile: float | None
        focus_percentile = self.focus_percentile

        growth: float | None
        growth = self.growth

        indistinguishable_from = self.indistinguishable_from

        kind: str = self.kind

        location_quotient: float | None
        location_quotient = self.location_quotient

        location_quotient_percentile: float | None
        location_quotient_percentile = self.location_quotient_percentile

        measured_anywhere: bool | None
        measured_anywhere = self.measured_anywhere

        measured_share: float | None
        measured_share = self.measured_share

        nuts_id = self.nuts_id

        productivity: float | None
        productivity = self.productivity

        productivity_percentile: float | None
        productivity_percentile = self.productivity_percentile

        provenance = self.provenance.to_dict()

        region_total: int | None
        region_total = self.region_total

        slug = self.slug

        star_count = self.star_count

        stars = self.stars.to_dict()

        stars_withheld_reason: None | str
        stars_withheld_reason = self.stars_withheld_reason

        strong = self.strong

        establishments: int | None | Unset
        if isinstance(self.establishments, Unset):
            establishments = UNSET
        else:
            establishments = self.establishments

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        productivity_note: None | str | Unset
        if isinstance(self.productivity_note, Unset):
            productivity_note = UNSET
        else:
            productivity_note = self.productivity_note

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codes_counted": codes_counted,
                "codes_missing": codes_missing,
                "employment": employment,
                "employment_percentile": employment_percentile,
                "focus": focus,
                "focus_percentile": focus_percentile,
                "growth": growth,
                "indistinguishable_from": indistinguishable_from,
                "kind": kind,
                "location_quotient": location_quotient,
                "location_quotient_percentile": location_quotient_percentile,
                "measured_anywhere": measured_anywhere,
                "measured_share": measured_share,
                "nuts_id": nuts_id,
                "productivity": productivity,
                "productivity_percentile": productivity_percentile,
                "provenance": provenance,
                "region_total": region_total,
                "slug": slug,
                "star_count": star_count,
                "stars": stars,
                "stars_withheld_reason": stars_withheld_reason,
                "strong": strong,
            }
        )
        if establishments is not UNSET:
            field_dict["establishments"] = establishments
        if name is not UNSET:
            field_dict["name"] = name
        if productivity_note is not UNSET:
            field_dict["productivity_note"] = productivity_note
        if region_name is not UNSET:
            field_dict["region_name"] = region_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provenance import Provenance  # noqa: PLC0415
        from ..models.stars import Stars  # noqa: PLC0415

        d = dict(src_dict)
        codes_counted = d.pop("codes_counted")

        codes_missing = d.pop("codes_missing")

        def _parse_employment(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employment = _parse_employment(d.pop("employment"))

        def _parse_employment_percentile(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        employment_percentile = _parse_employment_percentile(d.pop("employment_percentile"))

        def _parse_focus(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        focus = _parse_focus(d.pop("focus"))

        def _parse_focus_percentile(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        focus_percentile = _parse_focus_percentile(d.pop("focus_percentile"))

        def _parse_growth(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        growth = _parse_growth(d.pop("growth"))

        indistinguishable_from = cast(list[str], d.pop("indistinguishable_from"))

        kind = check_cluster_indicators_kind(d.pop("kind"))

        def _parse_location_quotient(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        location_quotient = _parse_location_quotient(d.pop("location_quotient"))

        def _parse_location_quotient_percentile(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        location_quotient_percentile = _parse_location_quotient_percentile(d.pop("location_quotient_percentile"))

        def _parse_measured_anywhere(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        measured_anywhere = _parse_measured_anywhere(d.pop("measured_anywhere"))

        def _parse_measured_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        measured_share = _parse_measured_share(d.pop("measured_share"))

        nuts_id = d.pop("nuts_id")

        def _parse_productivity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        productivity = _parse_productivity(d.pop("productivity"))

        def _parse_productivity_percentile(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        productivity_percentile = _parse_productivity_percentile(d.pop("productivity_percentile"))

        provenance = Provenance.from_dict(d.pop("provenance"))

        def _parse_region_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        region_total = _parse_region_total(d.pop("region_total"))

        slug = d.pop("slug")

        star_count = d.pop("star_count")

        stars = Stars.from_dict(d.pop("stars"))

        def _parse_stars_withheld_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stars_withheld_reason = _parse_stars_withheld_reason(d.pop("stars_withheld_reason"))

        strong = d.pop("strong")

        def _parse_establishments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        establishments = _parse_establishments(d.pop("establishments", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_productivity_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        productivity_note = _parse_productivity_note(d.pop("productivity_note", UNSET))

        def _parse_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_name = _parse_region_name(d.pop("region_name", UNSET))

        cluster_indicators = cls(
            codes_counted=codes_counted,
            codes_missing=codes_missing,
            employment=employment,
            employment_percentile=employment_percentile,
            focus=focus,
            focus_percentile=focus_percentile,
            growth=growth,
            indistinguishable_from=indistinguishable_from,
            kind=kind,
            location_quotient=location_quotient,
            location_quotient_percentile=location_quotient_percentile,
            measured_anywhere=measured_anywhere,
            measured_share=measured_share,
            nuts_id=nuts_id,
            productivity=productivity,
            productivity_percentile=productivity_percentile,
            provenance=provenance,
            region_total=region_total,
            slug=slug,
            star_count=star_count,
            stars=stars,
            stars_withheld_reason=stars_withheld_reason,
            strong=strong,
            establishments=establishments,
            name=name,
            productivity_note=productivity_note,
            region_name=region_name,
        )

        cluster_indicators.additional_properties = d
        return cluster_indicators

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
