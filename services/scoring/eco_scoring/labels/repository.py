from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import RowMapping, Select, Table, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection
from eco_core.models import (
    ClusterOrganisation,
    LabelAssessment,
    LabelAssessmentValue,
    LabelIndicator,
    LabelIndicatorSet,
)

_set = cast(Table, LabelIndicatorSet.__table__)
_indicator = cast(Table, LabelIndicator.__table__)
_assessment = cast(Table, LabelAssessment.__table__)
_value = cast(Table, LabelAssessmentValue.__table__)
_org = cast(Table, ClusterOrganisation.__table__)


def _sets() -> Select[Any]:
    return (
        select(
            _set,
            func.count(_indicator.c.code).label("indicator_count"),
            func.count(_indicator.c.code).filter(_indicator.c.baseline).label("baseline_count"),
        )
        .outerjoin(_indicator, _indicator.c.set_id == _set.c.id)
        .group_by(_set.c.id)
    )


def _assessments() -> Select[Any]:
    return select(
        _assessment,
        _set.c.version.label("indicator_set"),
        _org.c.slug.label("organisation_slug"),
        _org.c.name.label("organisation_name"),
        _org.c.owner_account_id.label("organisation_owner"),
    ).select_from(
        _assessment.join(_set, _set.c.id == _assessment.c.set_id).join(
            _org, _org.c.id == _assessment.c.organisation_id
        )
    )


class LabelRepository:
    def __init__(self, conn: AsyncSession | AsyncConnection | ReadConnection) -> None:
        self.conn = conn

    # -- indicator sets -----------------------------------------------------------------

    async def indicator_sets(self) -> Sequence[RowMapping]:
        stmt = _sets().order_by(_set.c.version)
        return (await self.conn.execute(stmt)).mappings().all()

    async def indicator_set(self, version: str | None) -> RowMapping | None:
        """The named set, or with None the active one."""
        where = _set.c.is_active if version is None else _set.c.version == version
        return (await self.conn.execute(_sets().where(where))).mappings().one_or_none()

    async def indicators(self, set_id: int) -> Sequence[RowMapping]:
        stmt = (
            select(_indicator)
            .where(_indicator.c.set_id == set_id)
            .order_by(_indicator.c.position, _indicator.c.code)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    # -- organisations ------------------------------------------------------------------

    async def organisation(self, ref: uuid.UUID | str, *, lock: bool = False) -> RowMapping | None:
        stmt = select(
            _org.c.id,
            _org.c.slug,
            _org.c.name,
            _org.c.owner_account_id,
            _org.c.excellence_label,
            _org.c.label_date,
            _org.c.label_valid_until,
        ).where(_org.c.id == ref if isinstance(ref, uuid.UUID) else _org.c.slug == ref)
        if lock:
            stmt = stmt.with_for_update()
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def set_label(
        self,
        organisation_id: uuid.UUID,
        level: str | None,
        label_date: date | None,
        valid_until: date | None,
    ) -> int:
        """Write the label on the profile as an edit of it: its revision goes up by one."""
        stmt = (
            update(_org)
            .where(_org.c.id == organisation_id)
            .values(
                excellence_label=level,
                label_date=label_date,
                label_valid_until=valid_until,
                revision=_org.c.revision + 1,
                updated_at=func.now(),
            )
            .returning(_org.c.revision)
        )
        return int((await self.conn.execute(stmt)).scalar_one())

    # -- assessments --------------------------------------------------------------------

    async def insert_assessment(
        self, values: dict[str, Any], results: Sequence[dict[str, Any]]
    ) -> None:
        await self.conn.execute(insert(_assessment).values(**values))
        await self.conn.execute(
            insert(_value).values(
                [{"assessment_id": values["id"], "set_id": values["set_id"], **r} for r in results]
            )
        )

    async def assessment(self, assessment_id: uuid.UUID) -> RowMapping | None:
        stmt = _assessments().where(_assessment.c.id == assessment_id)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def assessments_of(
        self, organisation_id: uuid.UUID, after: tuple[datetime, uuid.UUID] | None, limit: int
    ) -> Sequence[RowMapping]:
        """Newest first."""
        stmt = _assessments().where(_assessment.c.organisation_id == organisation_id)
        if after is not None:
            stmt = stmt.where(
                func.row(_assessment.c.created_at, _assessment.c.id) < func.row(after[0], after[1])
            )
        stmt = stmt.order_by(_assessment.c.created_at.desc(), _assessment.c.id.desc())
        return (await self.conn.execute(stmt.limit(limit + 1))).mappings().all()

    async def results(self, assessment_ids: Sequence[uuid.UUID]) -> Sequence[RowMapping]:
        stmt = (
            select(
                _value.c.assessment_id,
                _value.c.value,
                _value.c.passed,
                _indicator.c.code,
                _indicator.c.area,
                _indicator.c.name,
                _indicator.c.unit,
                _indicator.c.comparison,
                _indicator.c.threshold,
                _indicator.c.baseline,
            )
            .select_from(
                _value.join(
                    _indicator,
                    (_indicator.c.set_id == _value.c.set_id)
                    & (_indicator.c.code == _value.c.indicator_code),
                )
            )
            .where(_value.c.assessment_id.in_(assessment_ids))
            .order_by(_value.c.assessment_id, _indicator.c.position)
        )
        return (await self.conn.execute(stmt)).mappings().all()
