from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.feedback_create_kind import FeedbackCreateKind, check_feedback_create_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackCreate")


@_attrs_define
class FeedbackCreate:
    """
    Attributes:
        participant_id (UUID): The side giving feedback (one you act for)
        took_place (bool):
        agreement_reached (bool | None | Unset):
        comment (None | str | Unset):
        follow_up_planned (bool | None | Unset):
        kind (FeedbackCreateKind | Unset): event: right after the meeting; follow_up: once the organiser has opened the
            follow-up survey Default: 'event'.
        rating (int | None | Unset):
    """

    participant_id: UUID
    took_place: bool
    agreement_reached: bool | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    follow_up_planned: bool | None | Unset = UNSET
    kind: FeedbackCreateKind | Unset = "event"
    rating: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        took_place = self.took_place

        agreement_reached: bool | None | Unset
        if isinstance(self.agreement_reached, Unset):
            agreement_reached = UNSET
        else:
            agreement_reached = self.agreement_reached

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        follow_up_planned: bool | None | Unset
        if isinstance(self.follow_up_planned, Unset):
            follow_up_planned = UNSET
        else:
            follow_up_planned = self.follow_up_planned

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
                "took_place": took_place,
            }
        )
        if agreement_reached is not UNSET:
            field_dict["agreement_reached"] = agreement_reached
        if comment is not UNSET:
            field_dict["comment"] = comment
        if follow_up_planned is not UNSET:
            field_dict["follow_up_planned"] = follow_up_planned
        if kind is not UNSET:
            field_dict["kind"] = kind
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        took_place = d.pop("took_place")

        def _parse_agreement_reached(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        agreement_reached = _parse_agreement_reached(d.pop("agreement_reached", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_follow_up_planned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        follow_up_planned = _parse_follow_up_planned(d.pop("follow_up_planned", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: FeedbackCreateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_feedback_create_kind(_kind)

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        feedback_create = cls(
            participant_id=participant_id,
            took_place=took_place,
            agreement_reached=agreement_reached,
            comment=comment,
            follow_up_planned=follow_up_planned,
            kind=kind,
            rating=rating,
        )

        return feedback_create
