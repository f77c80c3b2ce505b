from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_statistics_rules import EventStatisticsRules
    from ..models.feedback_figures import FeedbackFigures
    from ..models.meeting_figures import MeetingFigures
    from ..models.request_figures import RequestFigures


T = TypeVar("T", bound="EventStatistics")


@_attrs_define
class EventStatistics:
    """
    Attributes:
        event_id (UUID):
        feedback (list[FeedbackFigures]):
        meetings (MeetingFigures):
        participants (int):
        requests (RequestFigures):
        rules (EventStatisticsRules): How each figure is counted
    """

    event_id: UUID
    feedback: list[FeedbackFigures]
    meetings: MeetingFigures
    participants: int
    requests: RequestFigures
    rules: EventStatisticsRules
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = str(self.event_id)

        feedback = []
        for feedback_item_data in self.feedback:
            feedback_item = feedback_item_data.to_dict()
            feedback.append(feedback_item)

        meetings = self.meetings.to_dict()

        participants = self.participants

        requests = self.requests.to_dict()

        rules = self.rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "feedback": feedback,
                "meetings": meetings,
                "participants": participants,
                "requests": requests,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_statistics_rules import EventStatisticsRules  # noqa: PLC0415
        from ..models.feedback_figures import FeedbackFigures  # noqa: PLC0415
        from ..models.meeting_figures import MeetingFigures  # noqa: PLC0415
        from ..models.request_figures import RequestFigures  # noqa: PLC0415

        d = dict(src_dict)
        event_id = UUID(d.pop("event_id"))

        feedback = []
        _feedback = d.pop("feedback")
        for feedback_item_data in _feedback:
            feedback_item = FeedbackFigures.from_dict(feedback_item_data)

            feedback.append(feedback_item)

        meetings = MeetingFigures.from_dict(d.pop("meetings"))

        participants = d.pop("participants")

        requests = RequestFigures.from_dict(d.pop("requests"))

        rules = EventStatisticsRules.from_dict(d.pop("rules"))

        event_statistics = cls(
            event_id=event_id,
            feedback=feedback,
            meetings=meetings,
            participants=participants,
            requests=requests,
            rules=rules,
        )

        event_statistics.additional_properties = d
        return event_statistics

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
