from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_results_kind import SurveyResultsKind, check_survey_results_kind
from ..models.survey_results_status import SurveyResultsStatus, check_survey_results_status

if TYPE_CHECKING:
    from ..models.bottleneck import Bottleneck
    from ..models.category_result import CategoryResult
    from ..models.item_result import ItemResult
    from ..models.result_parameters_used import ResultParametersUsed
    from ..models.survey_region_ref import SurveyRegionRef


T = TypeVar("T", bound="SurveyResults")


@_attrs_define
class SurveyResults:
    """
    Attributes:
        bottlenecks (list[Bottleneck] | None): Largest gap first
        categories (list[CategoryResult] | None):
        closes_at (datetime.datetime):
        items (list[ItemResult] | None):
        kind (SurveyResultsKind):
        name (str):
        parameters (ResultParametersUsed):
        region (SurveyRegionRef):
        respondents (int):
        slug (str):
        status (SurveyResultsStatus):
        suppressed (bool): Fewer respondents than min_respondents: counts only, no means
        survey_id (UUID):
        title (str):
        tokens_issued (int):
    """

    bottlenecks: list[Bottleneck] | None
    categories: list[CategoryResult] | None
    closes_at: datetime.datetime
    items: list[ItemResult] | None
    kind: SurveyResultsKind
    name: str
    parameters: ResultParametersUsed
    region: SurveyRegionRef
    respondents: int
    slug: str
    status: SurveyResultsStatus
    suppressed: bool
    survey_id: UUID
    title: str
    tokens_issued: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bottlenecks: list[dict[str, Any]] | None
        if isinstance(self.bottlenecks, list):
            bottlenecks = []
            for bottlenecks_type_0_item_data in self.bottlenecks:
                bottlenecks_type_0_item = bottlenecks_type_0_item_data.to_dict()
                bottlenecks.append(bottlenecks_type_0_item)

        else:
            bottlenecks = self.bottlenecks

        categories: list[dict[str, Any]] | None
        if isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        closes_at = self.closes_at.isoformat()

        items: list[dict[str, Any]] | None
        if isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        kind: str = self.kind

        name = self.name

        parameters = self.parameters.to_dict()

        region = self.region.to_dict()

        respondents = self.respondents

        slug = self.slug

        status: str = self.status

        suppressed = self.suppressed

        survey_id = str(self.survey_id)

        title = self.title

        tokens_issued = self.tokens_issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bottlenecks": bottlenecks,
                "categories": categories,
                "closes_at": closes_at,
                "items": items,
                "kind": kind,
                "name": name,
                "parameters": parameters,
                "region": region,
                "respondents": respondents,
                "slug": slug,
                "status": status,
                "suppressed": suppressed,
                "survey_id": survey_id,
                "title": title,
                "tokens_issued": tokens_issued,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bottleneck import Bottleneck  # noqa: PLC0415
        from ..models.category_result import CategoryResult  # noqa: PLC0415
        from ..models.item_result import ItemResult  # noqa: PLC0415
        from ..models.result_parameters_used import ResultParametersUsed  # noqa: PLC0415
        from ..models.survey_region_ref import SurveyRegionRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bottlenecks(data: object) -> list[Bottleneck] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bottlenecks_type_0 = []
                _bottlenecks_type_0 = data
                for bottlenecks_type_0_item_data in _bottlenecks_type_0:
                    bottlenecks_type_0_item = Bottleneck.from_dict(bottlenecks_type_0_item_data)

                    bottlenecks_type_0.append(bottlenecks_type_0_item)

                return bottlenecks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Bottleneck] | None, data)

        bottlenecks = _parse_bottlenecks(d.pop("bottlenecks"))

        def _parse_categories(data: object) -> list[CategoryResult] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = CategoryResult.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CategoryResult] | None, data)

        categories = _parse_categories(d.pop("categories"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        def _parse_items(data: object) -> list[ItemResult] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = ItemResult.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ItemResult] | None, data)

        items = _parse_items(d.pop("items"))

        kind = check_survey_results_kind(d.pop("kind"))

        name = d.pop("name")

        parameters = ResultParametersUsed.from_dict(d.pop("parameters"))

        region = SurveyRegionRef.from_dict(d.pop("region"))

        respondents = d.pop("respondents")

        slug = d.pop("slug")

        status = check_survey_results_status(d.pop("status"))

        suppressed = d.pop("suppressed")

        survey_id = UUID(d.pop("survey_id"))

        title = d.pop("title")

        tokens_issued = d.pop("tokens_issued")

        survey_results = cls(
            bottlenecks=bottlenecks,
            categories=categories,
            closes_at=closes_at,
            items=items,
            kind=kind,
            name=name,
            parameters=parameters,
            region=region,
            respondents=respondents,
            slug=slug,
            status=status,
            suppressed=suppressed,
            survey_id=survey_id,
            title=title,
            tokens_issued=tokens_issued,
        )

        survey_results.additional_properties = d
        return survey_results

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
