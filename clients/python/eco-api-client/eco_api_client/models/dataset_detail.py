from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_summary import IndicatorSummary


T = TypeVar("T", bound="DatasetDetail")


@_attrs_define
class DatasetDetail:
    """
    Attributes:
        code (str):
        created_at (datetime.datetime):
        indicators (list[IndicatorSummary]):
        licence (None | str):
        nuts_version (int): NUTS version of every region code in the dataset
        source (str):
        source_url (None | str):
        title (str):
        updated_at (datetime.datetime):
    """

    code: str
    created_at: datetime.datetime
    indicators: list[IndicatorSummary]
    licence: None | str
    nuts_version: int
    source: str
    source_url: None | str
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        created_at = self.created_at.isoformat()

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        licence: None | str
        licence = self.licence

        nuts_version = self.nuts_version

        source = self.source

        source_url: None | str
        source_url = self.source_url

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "created_at": created_at,
                "indicators": indicators,
                "licence": licence,
                "nuts_version": nuts_version,
                "source": source,
                "source_url": source_url,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_summary import IndicatorSummary  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorSummary.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        def _parse_licence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence = _parse_licence(d.pop("licence"))

        nuts_version = d.pop("nuts_version")

        source = d.pop("source")

        def _parse_source_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        dataset_detail = cls(
            code=code,
            created_at=created_at,
            indicators=indicators,
            licence=licence,
            nuts_version=nuts_version,
            source=source,
            source_url=source_url,
            title=title,
            updated_at=updated_at,
        )

        dataset_detail.additional_properties = d
        return dataset_detail

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
