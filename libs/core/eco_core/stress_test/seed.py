"""Load the shipped Stress Test questionnaire; a second load (even forced) writes nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.models import ReferenceDataset
from eco_core.reference.record import record_dataset
from eco_core.reference.result import LoadResult
from eco_core.stress_test.questionnaire import (
    QuestionnaireError,
    content_sha256,
    parse_questionnaire,
)
from eco_core.stress_test.store import insert_questionnaire, stored_checksum

VERSION = "2026.1"
NAME = f"stress_test_questionnaire_{VERSION}"
RELATIVE_PATH = f"stress_test/questionnaire-{VERSION}.json"
SOURCE = "Written for this project (reference_data/stress_test); CC BY 4.0"


class ShippedQuestionnaireError(RuntimeError):
    """The shipped questionnaire is broken or changed under an existing version."""


async def load_stress_test_questionnaire(
    conn: AsyncConnection, root: Path, *, force: bool
) -> LoadResult:
    path = root / RELATIVE_PATH
    try:
        doc = parse_questionnaire(path.read_bytes())
    except QuestionnaireError as exc:
        raise ShippedQuestionnaireError(f"{path}: {exc}") from exc
    checksum = content_sha256(doc)
    rows = 1 + len(doc.questions())
    recorded = await conn.scalar(
        select(ReferenceDataset.sha256).where(ReferenceDataset.name == NAME)
    )
    if recorded == checksum and not force:
        return LoadResult(NAME, rows, loaded=False)

    stored = await stored_checksum(conn, doc.version)
    if stored is None:
        await insert_questionnaire(conn, doc, checksum, created_by=None, activate=False)
    elif stored != checksum:
        # Assessments and results refer to the version: its questions must stay what they were.
        raise ShippedQuestionnaireError(
            f"{RELATIVE_PATH} no longer matches the stored questionnaire {doc.version}: a "
            "changed questionnaire needs a new version"
        )
    return await record_dataset(conn, NAME, sha256=checksum, rows=rows, source=SOURCE)
