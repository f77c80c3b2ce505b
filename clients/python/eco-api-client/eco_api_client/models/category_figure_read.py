from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_kind import ConversionKind, check_conversion_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryFigureRead")


@_attrs_define
class CategoryFigureRead:
    """
    Attributes:
        codes (list[str]): The definition's NACE codes
        codes_confidential (list[str]): Codes the source withholds (flag c)
        codes_counted (list[str]):
        codes_missing (list[str]): Codes without a value in the dataset
        complete (bool): True only when every code of the definition counted
        kind (str): category or emerging_industry
        name (str):
        slug (str):
        value (float | int | None): Sum of weight x value over codes_counted; null when no code has a value
        conversion (ConversionKind | None | Unset): With to_nuts_version: the least exact way a counted value was made
            (exact, recoded, merged, estimated); an estimated figure is a weighted share, not a published one. Null for
            figures as stored.
    """

    codes: list[str]
    codes_confidential: list[str]
    codes_counted: list[str]
    codes_missing: list[str]
    complete: bool
    kind: str
    name: str
    slug: str
    value: float | int | None
    conversion: ConversionKind | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codes = self.codes

        codes_confidential = self.codes_confidential

        codes_counted = self.codes_counted

        codes_missing = self.codes_missing

        complete = self.complete

        kind = self.kind

        name = self.name

        slug = self.slug

        value: float | int | None
        value = self.value

        conversion: None | str | Unset
        if isinstance(self.conversion, Unset):
            conversion = UNSET
        elif isinstance(self.conversion, str):
            conversion = self.conversion
        else:
            conversion = self.conversion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codes": codes,
                "codes_confidential": codes_confidential,
                "codes_counted": codes_counted,
                "codes_missing": codes_missing,
                "complete": complete,
                "kind": kind,
                "name": name,
                "slug": slug,
                "value": value,
            }
        )
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        codes = cast(list[str], d.pop("codes"))

        codes_confidential = cast(list[str], d.pop("codes_confidential"))

        codes_counted = cast(list[str], d.pop("codes_counted"))

        codes_missing = cast(list[str], d.pop("codes_missing"))

        complete = d.pop("complete")

        kind = d.pop("kind")

        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_value(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        value = _parse_value(d.pop("value"))

        def _parse_conversion(data: object) -> ConversionKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversion_type_0 = check_conversion_kind(data)

                return conversion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversionKind | None | Unset, data)

        conversion = _parse_conversion(d.pop("conversion", UNSET))

        category_figure_read = cls(
            codes=codes,
            codes_confidential=codes_confidential,
            codes_counted=codes_counted,
            codes_missing=codes_missing,
            complete=complete,
            kind=kind,
            name=name,
            slug=slug,
            value=value,
            conversion=conversion,
        )

        category_figure_read.additional_properties = d
        return category_figure_read

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
