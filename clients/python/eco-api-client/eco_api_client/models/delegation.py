from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.manager_read import ManagerRead


T = TypeVar("T", bound="Delegation")


@_attrs_define
class Delegation:
    """Who acts for the organisation: its owner and its managers, oldest grant first.

    Attributes:
        managers (list[ManagerRead]):
        organisation_id (UUID):
        owner_account_id (UUID):
        slug (str):
    """

    managers: list[ManagerRead]
    organisation_id: UUID
    owner_account_id: UUID
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managers = []
        for managers_item_data in self.managers:
            managers_item = managers_item_data.to_dict()
            managers.append(managers_item)

        organisation_id = str(self.organisation_id)

        owner_account_id = str(self.owner_account_id)

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managers": managers,
                "organisation_id": organisation_id,
                "owner_account_id": owner_account_id,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manager_read import ManagerRead  # noqa: PLC0415

        d = dict(src_dict)
        managers = []
        _managers = d.pop("managers")
        for managers_item_data in _managers:
            managers_item = ManagerRead.from_dict(managers_item_data)

            managers.append(managers_item)

        organisation_id = UUID(d.pop("organisation_id"))

        owner_account_id = UUID(d.pop("owner_account_id"))

        slug = d.pop("slug")

        delegation = cls(
            managers=managers,
            organisation_id=organisation_id,
            owner_account_id=owner_account_id,
            slug=slug,
        )

        delegation.additional_properties = d
        return delegation

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
