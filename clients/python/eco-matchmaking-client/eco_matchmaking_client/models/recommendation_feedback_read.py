from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_feedback_read_verdict import (
    RecommendationFeedbackReadVerdict,
    check_recommendation_feedback_read_verdict,
)

T = TypeVar("T", bound="RecommendationFeedbackRead")


@_attrs_define
class RecommendationFeedbackRead:
    """
    Attributes:
        created_at (datetime.datetime):
        organisation_id (UUID):
        partner_id (UUID):
        position (int | None):
        run_id (None | UUID):
        updated_at (datetime.datetime):
        verdict (RecommendationFeedbackReadVerdict):
    """

    created_at: datetime.datetime
    organisation_id: UUID
    partner_id: UUID
    position: int | None
    run_id: None | UUID
    updated_at: datetime.datetime
    verdict: RecommendationFeedbackReadVerdict
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        organisation_id = str(self.organisation_id)

        partner_id = str(self.partner_id)

        position: int | None
        position = self.position

        run_id: None | str
        if isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        updated_at = self.updated_at.isoformat()

        verdict: str = self.verdict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "organisation_id": organisation_id,
                "partner_id": partner_id,
                "position": position,
                "run_id": run_id,
                "updated_at": updated_at,
                "verdict": verdict,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        organisation_id = UUID(d.pop("organisation_id"))

        partner_id = UUID(d.pop("partner_id"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        def _parse_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        run_id = _parse_run_id(d.pop("run_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        verdict = check_recommendation_feedback_read_verdict(d.pop("verdict"))

        recommendation_feedback_read = cls(
            created_at=created_at,
            organisation_id=organisation_id,
            partner_id=partner_id,
            position=position,
            run_id=run_id,
            updated_at=updated_at,
            verdict=verdict,
        )

        recommendation_feedback_read.additional_properties = d
        return recommendation_feedback_read

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
