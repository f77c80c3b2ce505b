from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import RowMapping, Table, and_, desc, func, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.models import (
    NutsRegion,
    StressTestAnswer,
    StressTestAssessment,
    StressTestQuestion,
    StressTestQuestionnaire,
    StressTestRespondent,
    StressTestResult,
)

_questionnaire = cast(Table, StressTestQuestionnaire.__table__)
_question = cast(Table, StressTestQuestion.__table__)
_assessment = cast(Table, StressTestAssessment.__table__)
_respondent = cast(Table, StressTestRespondent.__table__)
_answer = cast(Table, StressTestAnswer.__table__)
_result = cast(Table, StressTestResult.__table__)
_region = cast(Table, NutsRegion.__table__)

_ASSESSMENT_COLUMNS = (
    *_assessment.c,
    _questionnaire.c.version.label("questionnaire"),
    _region.c.name.label("region_name"),
)

# The latest submitted assessment of each region for one questionnaire version.
_LATEST_SUBMITTED = text(
    """
    SELECT DISTINCT ON (a.nuts_id)
           a.id, a.nuts_id, r.name AS region_name, a.submitted_at, a.block_scores
    FROM stress_test_assessment a
    JOIN nuts_region r ON r.nuts_version = a.nuts_version AND r.nuts_id = a.nuts_id
    WHERE a.questionnaire_id = :questionnaire_id AND a.status = 'submitted'
    ORDER BY a.nuts_id, a.submitted_at DESC, a.id
    """
)


class StressTestRepository:
    def __init__(self, conn: AsyncConnection | AsyncSession | ReadConnection) -> None:
        self.conn = conn

    # -- questionnaires ---------------------------------------------------------------

    async def questionnaires(self) -> Sequence[RowMapping]:
        stmt = select(_questionnaire).order_by(_questionnaire.c.version)
        return (await self.conn.execute(stmt)).mappings().all()

    async def questionnaire(self, version: str | None) -> RowMapping | None:
        """The named version, or with None the active one."""
        stmt = select(_questionnaire)
        if version is None:
            stmt = stmt.where(_questionnaire.c.is_active)
        else:
            stmt = stmt.where(_questionnaire.c.version == version)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def questionnaire_by_id(self, questionnaire_id: int) -> RowMapping:
        stmt = select(_questionnaire).where(_questionnaire.c.id == questionnaire_id)
        return (await self.conn.execute(stmt)).mappings().one()

    # -- assessments ----------------------------------------------------------------------

    def _assessments(self) -> Any:
        return (
            select(*_ASSESSMENT_COLUMNS)
            .join(_questionnaire, _questionnaire.c.id == _assessment.c.questionnaire_id)
            .join(
                _region,
                and_(
                    _region.c.nuts_version == _assessment.c.nuts_version,
                    _region.c.nuts_id == _assessment.c.nuts_id,
                ),
            )
        )

    async def insert_assessment(self, values: dict[str, Any]) -> None:
        await self.conn.execute(insert(_assessment).values(**values))

    async def assessment(
        self, assessment_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping | None:
        stmt = self._assessments().where(_assessment.c.id == assessment_id)
        if lock:
            # Answers and submission of one assessment are serialised: a submission cannot
            # freeze a half-written batch of answers.
            stmt = stmt.with_for_update(of=_assessment)
        return (await self.conn.execute(stmt)).mappings().first()

    async def list_assessments(
        self,
        *,
        owner: uuid.UUID | None,
        status: str | None,
        nuts_id: str | None,
        after: Sequence[Any] | None,
        limit: int,
    ) -> Sequence[RowMapping]:
        stmt = self._assessments()
        if owner is not None:
            stmt = stmt.where(_assessment.c.owner_account_id == owner)
        if status is not None:
            stmt = stmt.where(_assessment.c.status == status)
        if nuts_id is not None:
            stmt = stmt.where(_assessment.c.nuts_id == nuts_id)
        if after is not None:
            stmt = stmt.where(_assessment.c.id > after[0])
        stmt = stmt.order_by(_assessment.c.id).limit(limit + 1)
        return (await self.conn.execute(stmt)).mappings().all()

    async def touch(self, assessment_id: uuid.UUID) -> None:
        await self.conn.execute(
            update(_assessment)
            .where(_assessment.c.id == assessment_id)
            .values(updated_at=func.now())
        )

    async def submit(self, assessment_id: uuid.UUID, block_scores: dict[str, Any]) -> None:
        await self.conn.execute(
            update(_assessment)
            .where(_assessment.c.id == assessment_id)
            .values(
                status="submitted",
                block_scores=block_scores,
                # The clock, not the transaction's start: submissions of one transaction
                # (a test's, an import's) still have an order.
                submitted_at=func.clock_timestamp(),
                updated_at=func.now(),
            )
        )

    async def latest_submitted(self, questionnaire_id: int) -> Sequence[RowMapping]:
        stmt = _LATEST_SUBMITTED.bindparams(questionnaire_id=questionnaire_id)
        return (await self.conn.execute(stmt)).mappings().all()

    async def latest_submitted_of_region(self, nuts_id: str) -> RowMapping | None:
        stmt = (
            self._assessments()
            .where(_assessment.c.nuts_id == nuts_id, _assessment.c.status == "submitted")
            .order_by(desc(_assessment.c.submitted_at))
            .limit(1)
        )
        return (await self.conn.execute(stmt)).mappings().first()

    # -- respondents and answers --------------------------------------------------------

    async def respondents(self, assessment_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_respondent)
            .where(_respondent.c.assessment_id == assessment_id)
            .order_by(_respondent.c.created_at, _respondent.c.id)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def insert_respondent(self, values: dict[str, Any]) -> RowMapping:
        stmt = insert(_respondent).values(**values).returning(*_respondent.c)
        return (await self.conn.execute(stmt)).mappings().one()

    async def questions(self, questionnaire_id: int) -> Sequence[RowMapping]:
        stmt = (
            select(_question)
            .where(_question.c.questionnaire_id == questionnaire_id)
            .order_by(_question.c.position)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def answers(self, assessment_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_answer, _question.c.block_code, _question.c.position)
            .join(
                _question,
                and_(
                    _question.c.questionnaire_id == _answer.c.questionnaire_id,
                    _question.c.code == _answer.c.question_code,
                ),
            )
            .where(_answer.c.assessment_id == assessment_id)
            .order_by(_question.c.position, _answer.c.respondent_id)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def upsert_answers(self, records: list[dict[str, Any]]) -> None:
        statement = insert(_answer).values(records)
        excluded = statement.excluded
        changing = ("value", "comment", "evidence")
        await self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=["assessment_id", "respondent_id", "question_code"],
                set_={**{c: excluded[c] for c in changing}, "updated_at": func.now()},
                # The same answer again is not a change (and keeps its updated_at).
                where=_tuple_distinct(changing, excluded),
            )
        )

    # -- results --------------------------------------------------------------------------

    async def insert_result(self, values: dict[str, Any]) -> RowMapping:
        stmt = insert(_result).values(**values).returning(*_result.c)
        return (await self.conn.execute(stmt)).mappings().one()

    async def result(
        self, assessment_id: uuid.UUID, result_id: uuid.UUID | None
    ) -> RowMapping | None:
        """A result of the assessment, or with None its latest."""
        stmt = select(_result).where(_result.c.assessment_id == assessment_id)
        if result_id is not None:
            stmt = stmt.where(_result.c.id == result_id)
        stmt = stmt.order_by(desc(_result.c.created_at), desc(_result.c.id)).limit(1)
        return (await self.conn.execute(stmt)).mappings().first()

    async def results(self, assessment_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_result)
            .where(_result.c.assessment_id == assessment_id)
            .order_by(desc(_result.c.created_at), desc(_result.c.id))
        )
        return (await self.conn.execute(stmt)).mappings().all()


def _tuple_distinct(columns: Sequence[str], excluded: Any) -> Any:
    return tuple_(*(_answer.c[c] for c in columns)).is_distinct_from(
        tuple_(*(excluded[c] for c in columns))
    )
