from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.definition_kind import DefinitionKind, check_definition_kind

if TYPE_CHECKING:
    from ..models.definition_code_read import DefinitionCodeRead


T = TypeVar("T", bound="DefinitionRead")


@_attrs_define
class DefinitionRead:
    """A cluster category or an emerging industry: a set of NACE codes with weights.

    Attributes:
        codes (list[DefinitionCodeRead]):
        definition_set (str): Version it belongs to
        description (None | str):
        kind (DefinitionKind):
        name (str):
        slug (str):
    """

    codes: list[DefinitionCodeRead]
    definition_set: str
    description: None | str
    kind: DefinitionKind
    name: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        definition_set = self.definition_set

        description: None | str
        description = self.description

        kind: str = self.kind

        name = self.name

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codes": codes,
                "definition_set": definition_set,
                "description": description,
                "kind": kind,
                "name": name,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.definition_code_read import DefinitionCodeRead  # noqa: PLC0415

        d = dict(src_dict)
        codes = []
        _codes = d.pop("codes")
        for codes_item_data in _codes:
            codes_item = DefinitionCodeRead.from_dict(codes_item_data)

            codes.append(codes_item)

        definition_set = d.pop("definition_set")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = check_definition_kind(d.pop("kind"))

        name = d.pop("name")

        slug = d.pop("slug")

        definition_read = cls(
            codes=codes,
            definition_set=definition_set,
            description=description,
            kind=kind,
            name=name,
            slug=slug,
        )

        definition_read.additional_properties = d
        return definition_read

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
