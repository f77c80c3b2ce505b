from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import RowMapping, Select, and_, case, literal, select

from eco_core.db.session import ReadConnection
from eco_core.definitions.content import DEFAULT_VERSION
from eco_core.models import Definition, DefinitionSet, EmergingIndustryFigure

_figure = EmergingIndustryFigure.__table__
_definition = Definition.__table__
_set = DefinitionSet.__table__


def _figures() -> Select[Any]:
    """The published figures, each with its emerging industry in the shipped definition set."""
    default_set = select(_set.c.id).where(_set.c.version == DEFAULT_VERSION).scalar_subquery()
    return select(
        _figure,
        case((_definition.c.slug.is_not(None), literal(DEFAULT_VERSION))).label("definition_set"),
        _definition.c.slug.label("definition_slug"),
    ).select_from(
        _figure.outerjoin(
            _definition,
            and_(
                _definition.c.set_id == default_set,
                _definition.c.kind == "emerging_industry",
                _definition.c.slug == _figure.c.slug,
            ),
        )
    )


class EmergingIndustryRepository:
    def __init__(self, connection: ReadConnection) -> None:
        self.connection = connection

    async def list_figures(self) -> Sequence[RowMapping]:
        stmt = _figures().order_by(_figure.c.name)
        return (await self.connection.execute(stmt)).mappings().all()

    async def get_figure(self, slug: str) -> RowMapping | None:
        stmt = _figures().where(_figure.c.slug == slug)
        return (await self.connection.execute(stmt)).mappings().one_or_none()
