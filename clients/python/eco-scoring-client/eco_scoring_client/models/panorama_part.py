from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.panorama_part_status import PanoramaPartStatus, check_panorama_part_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opportunity_read import OpportunityRead
    from ..models.region_profile import RegionProfile


T = TypeVar("T", bound="PanoramaPart")


@_attrs_define
class PanoramaPart:
    """
    Attributes:
        reason (None | str): Why the part is absent or restricted
        status (PanoramaPartStatus): present; absent (nothing to report, see reason); restricted (private: the caller
            may not read it, whether or not it exists)
        note (None | str | Unset): How the region was read where the part's figures are filed under another code: its
            code of the same territory in another NUTS version, or the region containing it (a NUTS-3 region's NUTS-2
            parent); null where read as it is
        nuts_id (None | str | Unset): The region's code the part was found under
        opportunities (list[OpportunityRead] | Unset): Categories linked by input-output flows to the region's starred
            clusters where it has no star yet, strongest link first
        profile (None | RegionProfile | Unset):
    """

    reason: None | str
    status: PanoramaPartStatus
    note: None | str | Unset = UNSET
    nuts_id: None | str | Unset = UNSET
    opportunities: list[OpportunityRead] | Unset = UNSET
    profile: None | RegionProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.region_profile import RegionProfile  # noqa: PLC0415

        reason: None | str
        reason = self.reason

        status: str = self.status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        nuts_id: None | str | Unset
        if isinstance(self.nuts_id, Unset):
            nuts_id = UNSET
        else:
            nuts_id = self.nuts_id

        opportunities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.opportunities, Unset):
            opportunities = []
            for opportunities_item_data in self.opportunities:
                opportunities_item = opportunities_item_data.to_dict()
                opportunities.append(opportunities_item)

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, RegionProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "status": status,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if nuts_id is not UNSET:
            field_dict["nuts_id"] = nuts_id
        if opportunities is not UNSET:
            field_dict["opportunities"] = opportunities
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_read import OpportunityRead  # noqa: PLC0415
        from ..models.region_profile import RegionProfile  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = check_panorama_part_status(d.pop("status"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_nuts_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuts_id = _parse_nuts_id(d.pop("nuts_id", UNSET))

        _opportunities = d.pop("opportunities", UNSET)
        opportunities: list[OpportunityRead] | Unset = UNSET
        if _opportunities is not UNSET:
            opportunities = []
            for opportunities_item_data in _opportunities:
                opportunities_item = OpportunityRead.from_dict(opportunities_item_data)

                opportunities.append(opportunities_item)

        def _parse_profile(data: object) -> None | RegionProfile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = RegionProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionProfile | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        panorama_part = cls(
            reason=reason,
            status=status,
            note=note,
            nuts_id=nuts_id,
            opportunities=opportunities,
            profile=profile,
        )

        panorama_part.additional_properties = d
        return panorama_part

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
