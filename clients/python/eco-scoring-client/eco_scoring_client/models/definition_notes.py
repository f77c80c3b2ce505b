from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.definition_ref import DefinitionRef
    from ..models.indistinguishable_group import IndistinguishableGroup


T = TypeVar("T", bound="DefinitionNotes")


@_attrs_define
class DefinitionNotes:
    """
    Attributes:
        indistinguishable (list[IndistinguishableGroup]):
        not_measured (list[DefinitionRef]): Definitions no region has figures for
    """

    indistinguishable: list[IndistinguishableGroup]
    not_measured: list[DefinitionRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indistinguishable = []
        for indistinguishable_item_data in self.indistinguishable:
            indistinguishable_item = indistinguishable_item_data.to_dict()
            indistinguishable.append(indistinguishable_item)

        not_measured = []
        for not_measured_item_data in self.not_measured:
            not_measured_item = not_measured_item_data.to_dict()
            not_measured.append(not_measured_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indistinguishable": indistinguishable,
                "not_measured": not_measured,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.definition_ref import DefinitionRef  # noqa: PLC0415
        from ..models.indistinguishable_group import IndistinguishableGroup  # noqa: PLC0415

        d = dict(src_dict)
        indistinguishable = []
        _indistinguishable = d.pop("indistinguishable")
        for indistinguishable_item_data in _indistinguishable:
            indistinguishable_item = IndistinguishableGroup.from_dict(indistinguishable_item_data)

            indistinguishable.append(indistinguishable_item)

        not_measured = []
        _not_measured = d.pop("not_measured")
        for not_measured_item_data in _not_measured:
            not_measured_item = DefinitionRef.from_dict(not_measured_item_data)

            not_measured.append(not_measured_item)

        definition_notes = cls(
            indistinguishable=indistinguishable,
            not_measured=not_measured,
        )

        definition_notes.additional_properties = d
        return definition_notes

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
