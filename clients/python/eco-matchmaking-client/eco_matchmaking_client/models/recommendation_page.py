from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_page_source import RecommendationPageSource, check_recommendation_page_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_ref import PartnerRef
    from ..models.recommendation_page_parameters import RecommendationPageParameters
    from ..models.recommendation_read import RecommendationRead
    from ..models.recommendation_run_used import RecommendationRunUsed


T = TypeVar("T", bound="RecommendationPage")


@_attrs_define
class RecommendationPage:
    """
    Attributes:
        items (list[RecommendationRead]):
        organisation (PartnerRef):
        parameters (RecommendationPageParameters):
        run (RecommendationRunUsed):
        source (RecommendationPageSource): precomputed: the run's stored, fairly re-ranked list, filtered; live: scored
            now against every cluster of the run with the filters applied first
        stale (bool): Organisations, definitions or the input-output table changed after the run; a recompute is queued
            when they change
        next_cursor (None | str | Unset):
    """

    items: list[RecommendationRead]
    organisation: PartnerRef
    parameters: RecommendationPageParameters
    run: RecommendationRunUsed
    source: RecommendationPageSource
    stale: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        organisation = self.organisation.to_dict()

        parameters = self.parameters.to_dict()

        run = self.run.to_dict()

        source: str = self.source

        stale = self.stale

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "organisation": organisation,
                "parameters": parameters,
                "run": run,
                "source": source,
                "stale": stale,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_ref import PartnerRef  # noqa: PLC0415
        from ..models.recommendation_page_parameters import RecommendationPageParameters  # noqa: PLC0415
        from ..models.recommendation_read import RecommendationRead  # noqa: PLC0415
        from ..models.recommendation_run_used import RecommendationRunUsed  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RecommendationRead.from_dict(items_item_data)

            items.append(items_item)

        organisation = PartnerRef.from_dict(d.pop("organisation"))

        parameters = RecommendationPageParameters.from_dict(d.pop("parameters"))

        run = RecommendationRunUsed.from_dict(d.pop("run"))

        source = check_recommendation_page_source(d.pop("source"))

        stale = d.pop("stale")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        recommendation_page = cls(
            items=items,
            organisation=organisation,
            parameters=parameters,
            run=run,
            source=source,
            stale=stale,
            next_cursor=next_cursor,
        )

        recommendation_page.additional_properties = d
        return recommendation_page

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
