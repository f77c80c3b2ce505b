from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionRef")


@_attrs_define
class ConditionRef:
    """A part of the Regional Eco-System Scoreboard that measures what a block acts on:
    exactly one of a dimension, a sub-dimension or an indicator.

        Attributes:
            dimension (None | str | Unset):
            indicator (None | str | Unset):
            subdimension (None | str | Unset):
    """

    dimension: None | str | Unset = UNSET
    indicator: None | str | Unset = UNSET
    subdimension: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dimension: None | str | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        else:
            dimension = self.dimension

        indicator: None | str | Unset
        if isinstance(self.indicator, Unset):
            indicator = UNSET
        else:
            indicator = self.indicator

        subdimension: None | str | Unset
        if isinstance(self.subdimension, Unset):
            subdimension = UNSET
        else:
            subdimension = self.subdimension

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if indicator is not UNSET:
            field_dict["indicator"] = indicator
        if subdimension is not UNSET:
            field_dict["subdimension"] = subdimension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_dimension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dimension = _parse_dimension(d.pop("dimension", UNSET))

        def _parse_indicator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicator = _parse_indicator(d.pop("indicator", UNSET))

        def _parse_subdimension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subdimension = _parse_subdimension(d.pop("subdimension", UNSET))

        condition_ref = cls(
            dimension=dimension,
            indicator=indicator,
            subdimension=subdimension,
        )

        return condition_ref
