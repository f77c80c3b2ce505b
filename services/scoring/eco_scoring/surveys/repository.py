from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import RowMapping, Select, Table, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.models import (
    Definition,
    DefinitionSet,
    NutsRegion,
    Survey,
    SurveyAnswer,
    SurveyItem,
    SurveyItemCatalogue,
    SurveyToken,
)

_survey = cast(Table, Survey.__table__)
_token = cast(Table, SurveyToken.__table__)
_answer = cast(Table, SurveyAnswer.__table__)
_item = cast(Table, SurveyItem.__table__)
_catalogue = cast(Table, SurveyItemCatalogue.__table__)
_region = cast(Table, NutsRegion.__table__)
_definition = cast(Table, Definition.__table__)
_set = cast(Table, DefinitionSet.__table__)


def _tokens_issued() -> Any:
    return (
        select(func.count())
        .where(_token.c.survey_id == _survey.c.id)
        .scalar_subquery()
        .label("tokens_issued")
    )


def _respondents() -> Any:
    return (
        select(func.count())
        .where(_token.c.survey_id == _survey.c.id, _token.c.responded_at.is_not(None))
        .scalar_subquery()
        .label("respondents")
    )


def _surveys() -> Select[Any]:
    """Every survey column with its region and definition names and its response counts."""
    return select(
        _survey,
        _region.c.name.label("region_name"),
        _definition.c.name.label("definition_name"),
        _set.c.version.label("definition_set"),
        _catalogue.c.version.label("item_catalogue"),
        _tokens_issued(),
        _respondents(),
    ).select_from(
        _survey.join(
            _region,
            (_region.c.nuts_version == _survey.c.nuts_version)
            & (_region.c.nuts_id == _survey.c.nuts_id),
        )
        .join(
            _definition,
            (_definition.c.set_id == _survey.c.definition_set_id)
            & (_definition.c.kind == _survey.c.definition_kind)
            & (_definition.c.slug == _survey.c.definition_slug),
        )
        .join(_set, _set.c.id == _survey.c.definition_set_id)
        .join(_catalogue, _catalogue.c.id == _survey.c.catalogue_id)
    )


class SurveyRepository:
    def __init__(self, conn: AsyncSession | AsyncConnection | ReadConnection) -> None:
        self.conn = conn

    # -- what a survey refers to ------------------------------------------------------------

    async def region_exists(self, nuts_version: int, nuts_id: str) -> bool:
        stmt = select(_region.c.nuts_id).where(
            _region.c.nuts_version == nuts_version, _region.c.nuts_id == nuts_id
        )
        return (await self.conn.execute(stmt)).first() is not None

    async def definition_exists(self, set_id: int, kind: str, slug: str) -> bool:
        stmt = select(_definition.c.slug).where(
            _definition.c.set_id == set_id, _definition.c.kind == kind, _definition.c.slug == slug
        )
        return (await self.conn.execute(stmt)).first() is not None

    async def active_catalogue_row(self) -> RowMapping | None:
        stmt = select(_catalogue).where(_catalogue.c.is_active)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def active_catalogue(self) -> int | None:
        stmt = select(_catalogue.c.id).where(_catalogue.c.is_active)
        return cast("int | None", (await self.conn.execute(stmt)).scalar())

    async def items(self, catalogue_id: int) -> Sequence[RowMapping]:
        stmt = (
            select(_item)
            .where(_item.c.catalogue_id == catalogue_id)
            .order_by(_item.c.position, _item.c.code)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    # -- surveys ----------------------------------------------------------------------------

    async def insert_survey(self, values: dict[str, Any]) -> None:
        await self.conn.execute(insert(_survey).values(**values))

    async def survey(self, survey_id: uuid.UUID, *, lock: bool = False) -> RowMapping | None:
        stmt = _surveys().where(_survey.c.id == survey_id)
        if lock:
            stmt = stmt.with_for_update(of=_survey)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def surveys(
        self,
        *,
        owner: uuid.UUID | None,
        nuts_id: str | None,
        after: tuple[datetime, uuid.UUID] | None,
        limit: int | None,
    ) -> Sequence[RowMapping]:
        """Oldest first; ``owner`` None lists every account's surveys (administrators)."""
        stmt = _surveys()
        if owner is not None:
            stmt = stmt.where(_survey.c.owner_account_id == owner)
        if nuts_id is not None:
            stmt = stmt.where(_survey.c.nuts_id == nuts_id)
        if after is not None:
            stmt = stmt.where(
                func.row(_survey.c.created_at, _survey.c.id) > func.row(after[0], after[1])
            )
        stmt = stmt.order_by(_survey.c.created_at, _survey.c.id)
        if limit is not None:
            stmt = stmt.limit(limit + 1)
        return (await self.conn.execute(stmt)).mappings().all()

    async def update_survey(self, survey_id: uuid.UUID, values: dict[str, Any]) -> None:
        await self.conn.execute(
            update(_survey).where(_survey.c.id == survey_id).values(**values, updated_at=func.now())
        )

    # -- tokens and responses ---------------------------------------------------------------

    async def insert_tokens(self, survey_id: uuid.UUID, hashes: Sequence[str]) -> None:
        await self.conn.execute(
            insert(_token).values(
                [{"id": uuid.uuid4(), "survey_id": survey_id, "token_hash": h} for h in hashes]
            )
        )

    async def token(self, token_hash: str, *, lock: bool = False) -> RowMapping | None:
        """The token with its survey; locked, the survey cannot close under the write."""
        stmt = (
            select(
                _token.c.id.label("token_id"),
                _token.c.responded_at,
                _token.c.response_updated_at,
                _survey.c.id.label("survey_id"),
                _survey.c.title,
                _survey.c.description,
                _survey.c.opens_at,
                _survey.c.closes_at,
                _survey.c.catalogue_id,
                _region.c.name.label("region_name"),
                _definition.c.name.label("definition_name"),
            )
            .select_from(
                _token.join(_survey, _survey.c.id == _token.c.survey_id)
                .join(
                    _region,
                    (_region.c.nuts_version == _survey.c.nuts_version)
                    & (_region.c.nuts_id == _survey.c.nuts_id),
                )
                .join(
                    _definition,
                    (_definition.c.set_id == _survey.c.definition_set_id)
                    & (_definition.c.kind == _survey.c.definition_kind)
                    & (_definition.c.slug == _survey.c.definition_slug),
                )
            )
            .where(_token.c.token_hash == token_hash)
        )
        if lock:
            stmt = stmt.with_for_update(of=_token)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def survey_window(self, survey_id: uuid.UUID) -> RowMapping:
        """The survey's dates, share-locked: the owner cannot close it under a response."""
        stmt = (
            select(_survey.c.opens_at, _survey.c.closes_at)
            .where(_survey.c.id == survey_id)
            .with_for_update(read=True)
        )
        return (await self.conn.execute(stmt)).mappings().one()

    async def answers(self, token_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(
                _answer.c.item_code, _answer.c.importance, _answer.c.extent, _answer.c.satisfaction
            )
            .select_from(
                _answer.join(
                    _item,
                    (_item.c.catalogue_id == _answer.c.catalogue_id)
                    & (_item.c.code == _answer.c.item_code),
                )
            )
            .where(_answer.c.token_id == token_id)
            .order_by(_item.c.position)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def replace_answers(
        self, token_id: uuid.UUID, catalogue_id: int, answers: Sequence[dict[str, Any]]
    ) -> None:
        await self.conn.execute(delete(_answer).where(_answer.c.token_id == token_id))
        await self.conn.execute(
            insert(_answer).values(
                [{"token_id": token_id, "catalogue_id": catalogue_id, **a} for a in answers]
            )
        )

    async def mark_responded(self, token_id: uuid.UUID, *, first: bool) -> None:
        values: dict[str, Any] = {"response_updated_at": func.now()}
        if first:
            values["responded_at"] = func.now()
        await self.conn.execute(update(_token).where(_token.c.id == token_id).values(**values))

    async def survey_answers(self, survey_id: uuid.UUID) -> Sequence[RowMapping]:
        """Every answer of every response to the survey (never who gave it)."""
        stmt = (
            select(
                _answer.c.token_id,
                _answer.c.item_code,
                _answer.c.importance,
                _answer.c.extent,
                _answer.c.satisfaction,
            )
            .select_from(_answer.join(_token, _token.c.id == _answer.c.token_id))
            .where(_token.c.survey_id == survey_id, _token.c.responded_at.is_not(None))
        )
        return (await self.conn.execute(stmt)).mappings().all()
