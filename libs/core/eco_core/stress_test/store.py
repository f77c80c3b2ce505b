"""Store a questionnaire version: the document and one row per question, never changed after."""

from __future__ import annotations

import uuid
from typing import cast

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import StressTestQuestion, StressTestQuestionnaire
from eco_core.stress_test.questionnaire import Questionnaire


async def stored_checksum(conn: AsyncConnection | AsyncSession, version: str) -> str | None:
    return cast(
        "str | None",
        await conn.scalar(
            select(StressTestQuestionnaire.sha256).where(StressTestQuestionnaire.version == version)
        ),
    )


async def insert_questionnaire(
    conn: AsyncConnection | AsyncSession,
    doc: Questionnaire,
    sha256: str,
    *,
    created_by: uuid.UUID | None,
    activate: bool,
) -> int:
    """Insert a new version; it becomes the active one when asked or when none is active."""
    any_active = await conn.scalar(
        select(StressTestQuestionnaire.id).where(StressTestQuestionnaire.is_active).limit(1)
    )
    if activate and any_active is not None:
        await conn.execute(
            update(StressTestQuestionnaire)
            .where(StressTestQuestionnaire.is_active)
            .values(is_active=False)
        )
    questionnaire_id = await conn.scalar(
        insert(StressTestQuestionnaire)
        .values(
            version=doc.version,
            title=doc.title,
            sha256=sha256,
            content=doc.model_dump(mode="json"),
            is_active=activate or any_active is None,
            created_by=created_by,
        )
        .returning(StressTestQuestionnaire.id)
    )
    assert questionnaire_id is not None
    await conn.execute(
        insert(StressTestQuestion).values(
            [
                {
                    "questionnaire_id": questionnaire_id,
                    "code": question.code,
                    "block_code": block.code,
                    "position": position,
                    "scale_min": doc.scale(question.scale).minimum,
                    "scale_max": doc.scale(question.scale).maximum,
                }
                for position, (block, question) in enumerate(doc.questions())
            ]
        )
    )
    return int(questionnaire_id)
