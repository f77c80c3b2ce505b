from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participant_read import ParticipantRead


T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """
    Attributes:
        participant (ParticipantRead):
        score (float): Higher is a better match; comparable within one list
        shared_categories (list[str]):
        shared_nace_divisions (list[str]):
        cross_sector (bool | None | Unset): The two share no NACE division (recommendation scores only)
        reasons (list[str] | Unset): Why, from the partner recommendations
    """

    participant: ParticipantRead
    score: float
    shared_categories: list[str]
    shared_nace_divisions: list[str]
    cross_sector: bool | None | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant = self.participant.to_dict()

        score = self.score

        shared_categories = self.shared_categories

        shared_nace_divisions = self.shared_nace_divisions

        cross_sector: bool | None | Unset
        if isinstance(self.cross_sector, Unset):
            cross_sector = UNSET
        else:
            cross_sector = self.cross_sector

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participant": participant,
                "score": score,
                "shared_categories": shared_categories,
                "shared_nace_divisions": shared_nace_divisions,
            }
        )
        if cross_sector is not UNSET:
            field_dict["cross_sector"] = cross_sector
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_read import ParticipantRead  # noqa: PLC0415

        d = dict(src_dict)
        participant = ParticipantRead.from_dict(d.pop("participant"))

        score = d.pop("score")

        shared_categories = cast(list[str], d.pop("shared_categories"))

        shared_nace_divisions = cast(list[str], d.pop("shared_nace_divisions"))

        def _parse_cross_sector(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cross_sector = _parse_cross_sector(d.pop("cross_sector", UNSET))

        reasons = cast(list[str], d.pop("reasons", UNSET))

        suggestion = cls(
            participant=participant,
            score=score,
            shared_categories=shared_categories,
            shared_nace_divisions=shared_nace_divisions,
            cross_sector=cross_sector,
            reasons=reasons,
        )

        suggestion.additional_properties = d
        return suggestion

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
