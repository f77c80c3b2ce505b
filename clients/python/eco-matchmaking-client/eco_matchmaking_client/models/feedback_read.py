from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_read_kind import FeedbackReadKind, check_feedback_read_kind

T = TypeVar("T", bound="FeedbackRead")


@_attrs_define
class FeedbackRead:
    """
    Attributes:
        agreement_reached (bool | None):
        comment (None | str):
        created_at (datetime.datetime):
        follow_up_planned (bool | None):
        kind (FeedbackReadKind):
        meeting_id (UUID):
        participant_id (UUID):
        rating (int | None):
        took_place (bool):
        updated_at (datetime.datetime):
    """

    agreement_reached: bool | None
    comment: None | str
    created_at: datetime.datetime
    follow_up_planned: bool | None
    kind: FeedbackReadKind
    meeting_id: UUID
    participant_id: UUID
    rating: int | None
    took_place: bool
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_reached: bool | None
        agreement_reached = self.agreement_reached

        comment: None | str
        comment = self.comment

        created_at = self.created_at.isoformat()

        follow_up_planned: bool | None
        follow_up_planned = self.follow_up_planned

        kind: str = self.kind

        meeting_id = str(self.meeting_id)

        participant_id = str(self.participant_id)

        rating: int | None
        rating = self.rating

        took_place = self.took_place

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_reached": agreement_reached,
                "comment": comment,
                "created_at": created_at,
                "follow_up_planned": follow_up_planned,
                "kind": kind,
                "meeting_id": meeting_id,
                "participant_id": participant_id,
                "rating": rating,
                "took_place": took_place,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_agreement_reached(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        agreement_reached = _parse_agreement_reached(d.pop("agreement_reached"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_follow_up_planned(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        follow_up_planned = _parse_follow_up_planned(d.pop("follow_up_planned"))

        kind = check_feedback_read_kind(d.pop("kind"))

        meeting_id = UUID(d.pop("meeting_id"))

        participant_id = UUID(d.pop("participant_id"))

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))

        took_place = d.pop("took_place")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        feedback_read = cls(
            agreement_reached=agreement_reached,
            comment=comment,
            created_at=created_at,
            follow_up_planned=follow_up_planned,
            kind=kind,
            meeting_id=meeting_id,
            participant_id=participant_id,
            rating=rating,
            took_place=took_place,
            updated_at=updated_at,
        )

        feedback_read.additional_properties = d
        return feedback_read

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
