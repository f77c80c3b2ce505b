from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_read_status import AssessmentReadStatus, check_assessment_read_status

if TYPE_CHECKING:
    from ..models.assessment_read_block_scores_type_0 import AssessmentReadBlockScoresType0
    from ..models.block_progress import BlockProgress
    from ..models.respondent_read import RespondentRead


T = TypeVar("T", bound="AssessmentRead")


@_attrs_define
class AssessmentRead:
    """
    Attributes:
        answered (int):
        block_scores (AssessmentReadBlockScoresType0 | None): 0-100 per block, frozen when submitted; null for a draft
        created_at (datetime.datetime):
        id (UUID):
        nuts_id (str):
        nuts_version (int):
        peers (list[str] | None):
        progress (list[BlockProgress]):
        questionnaire (str):
        questions (int):
        region_name (str):
        respondents (list[RespondentRead]):
        status (AssessmentReadStatus):
        submitted_at (datetime.datetime | None):
        title (str):
        updated_at (datetime.datetime):
    """

    answered: int
    block_scores: AssessmentReadBlockScoresType0 | None
    created_at: datetime.datetime
    id: UUID
    nuts_id: str
    nuts_version: int
    peers: list[str] | None
    progress: list[BlockProgress]
    questionnaire: str
    questions: int
    region_name: str
    respondents: list[RespondentRead]
    status: AssessmentReadStatus
    submitted_at: datetime.datetime | None
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_read_block_scores_type_0 import AssessmentReadBlockScoresType0  # noqa: PLC0415

        answered = self.answered

        block_scores: dict[str, Any] | None
        if isinstance(self.block_scores, AssessmentReadBlockScoresType0):
            block_scores = self.block_scores.to_dict()
        else:
            block_scores = self.block_scores

        created_at = self.created_at.isoformat()

        id = str(self.id)

        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        peers: list[str] | None
        if isinstance(self.peers, list):
            peers = self.peers

        else:
            peers = self.peers

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        questionnaire = self.questionnaire

        questions = self.questions

        region_name = self.region_name

        respondents = []
        for respondents_item_data in self.respondents:
            respondents_item = respondents_item_data.to_dict()
            respondents.append(respondents_item)

        status: str = self.status

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered": answered,
                "block_scores": block_scores,
                "created_at": created_at,
                "id": id,
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
                "peers": peers,
                "progress": progress,
                "questionnaire": questionnaire,
                "questions": questions,
                "region_name": region_name,
                "respondents": respondents,
                "status": status,
                "submitted_at": submitted_at,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_read_block_scores_type_0 import AssessmentReadBlockScoresType0  # noqa: PLC0415
        from ..models.block_progress import BlockProgress  # noqa: PLC0415
        from ..models.respondent_read import RespondentRead  # noqa: PLC0415

        d = dict(src_dict)
        answered = d.pop("answered")

        def _parse_block_scores(data: object) -> AssessmentReadBlockScoresType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_scores_type_0 = AssessmentReadBlockScoresType0.from_dict(data)

                return block_scores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentReadBlockScoresType0 | None, data)

        block_scores = _parse_block_scores(d.pop("block_scores"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        nuts_id = d.pop("nuts_id")

        nuts_version = d.pop("nuts_version")

        def _parse_peers(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                peers_type_0 = cast(list[str], data)

                return peers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        peers = _parse_peers(d.pop("peers"))

        progress = []
        _progress = d.pop("progress")
        for progress_item_data in _progress:
            progress_item = BlockProgress.from_dict(progress_item_data)

            progress.append(progress_item)

        questionnaire = d.pop("questionnaire")

        questions = d.pop("questions")

        region_name = d.pop("region_name")

        respondents = []
        _respondents = d.pop("respondents")
        for respondents_item_data in _respondents:
            respondents_item = RespondentRead.from_dict(respondents_item_data)

            respondents.append(respondents_item)

        status = check_assessment_read_status(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        assessment_read = cls(
            answered=answered,
            block_scores=block_scores,
            created_at=created_at,
            id=id,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            peers=peers,
            progress=progress,
            questionnaire=questionnaire,
            questions=questions,
            region_name=region_name,
            respondents=respondents,
            status=status,
            submitted_at=submitted_at,
            title=title,
            updated_at=updated_at,
        )

        assessment_read.additional_properties = d
        return assessment_read

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
