from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indistinguishable_group_kind import IndistinguishableGroupKind, check_indistinguishable_group_kind

T = TypeVar("T", bound="IndistinguishableGroup")


@_attrs_define
class IndistinguishableGroup:
    """
    Attributes:
        kind (IndistinguishableGroupKind):
        measured_codes (list[str]): The NACE codes the run measured them by; they differ only by assumed weights (with
            one code their location quotients and stars are identical)
        slugs (list[str]): Definitions whose figures rest on the same codes
    """

    kind: IndistinguishableGroupKind
    measured_codes: list[str]
    slugs: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        measured_codes = self.measured_codes

        slugs = self.slugs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "measured_codes": measured_codes,
                "slugs": slugs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_indistinguishable_group_kind(d.pop("kind"))

        measured_codes = cast(list[str], d.pop("measured_codes"))

        slugs = cast(list[str], d.pop("slugs"))

        indistinguishable_group = cls(
            kind=kind,
            measured_codes=measured_codes,
            slugs=slugs,
        )

        indistinguishable_group.additional_properties = d
        return indistinguishable_group

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
