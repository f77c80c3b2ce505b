from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_match_read_offered_by import CodeMatchReadOfferedBy, check_code_match_read_offered_by

T = TypeVar("T", bound="CodeMatchRead")


@_attrs_define
class CodeMatchRead:
    """
    Attributes:
        need (str):
        offer (str):
        offered_by (CodeMatchReadOfferedBy):
    """

    need: str
    offer: str
    offered_by: CodeMatchReadOfferedBy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        need = self.need

        offer = self.offer

        offered_by: str = self.offered_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "need": need,
                "offer": offer,
                "offered_by": offered_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        need = d.pop("need")

        offer = d.pop("offer")

        offered_by = check_code_match_read_offered_by(d.pop("offered_by"))

        code_match_read = cls(
            need=need,
            offer=offer,
            offered_by=offered_by,
        )

        code_match_read.additional_properties = d
        return code_match_read

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
