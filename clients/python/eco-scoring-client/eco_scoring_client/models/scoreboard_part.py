from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scoreboard_part_status import ScoreboardPartStatus, check_scoreboard_part_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region_scoreboard import RegionScoreboard


T = TypeVar("T", bound="ScoreboardPart")


@_attrs_define
class ScoreboardPart:
    """
    Attributes:
        reason (None | str): Why the part is absent or restricted
        status (ScoreboardPartStatus): present; absent (nothing to report, see reason); restricted (private: the caller
            may not read it, whether or not it exists)
        note (None | str | Unset): How the region was read where the part's figures are filed under another code: its
            code of the same territory in another NUTS version, or the region containing it (a NUTS-3 region's NUTS-2
            parent); null where read as it is
        nuts_id (None | str | Unset): The region's code the part was found under
        scoreboard (None | RegionScoreboard | Unset):
    """

    reason: None | str
    status: ScoreboardPartStatus
    note: None | str | Unset = UNSET
    nuts_id: None | str | Unset = UNSET
    scoreboard: None | RegionScoreboard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.region_scoreboard import RegionScoreboard  # noqa: PLC0415

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

        scoreboard: dict[str, Any] | None | Unset
        if isinstance(self.scoreboard, Unset):
            scoreboard = UNSET
        elif isinstance(self.scoreboard, RegionScoreboard):
            scoreboard = self.scoreboard.to_dict()
        else:
            scoreboard = self.scoreboard

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
        if scoreboard is not UNSET:
            field_dict["scoreboard"] = scoreboard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_scoreboard import RegionScoreboard  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = check_scoreboard_part_status(d.pop("status"))

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

        def _parse_scoreboard(data: object) -> None | RegionScoreboard | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scoreboard_type_0 = RegionScoreboard.from_dict(data)

                return scoreboard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionScoreboard | Unset, data)

        scoreboard = _parse_scoreboard(d.pop("scoreboard", UNSET))

        scoreboard_part = cls(
            reason=reason,
            status=status,
            note=note,
            nuts_id=nuts_id,
            scoreboard=scoreboard,
        )

        scoreboard_part.additional_properties = d
        return scoreboard_part

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
