from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core import audit
from eco_core.auth.keys import hash_secret
from eco_core.auth.principal import Principal
from eco_core.db.session import ReadConnection
from eco_core.definitions.resolve import resolve_definition_set
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.models import SURVEY_CATEGORIES
from eco_scoring.surveys.compute import (
    SCALES,
    GroupFigures,
    ItemMeta,
    ResultParameters,
    aggregate,
    empty_answers,
)
from eco_scoring.surveys.repository import SurveyRepository
from eco_scoring.surveys.schemas import (
    Bottleneck,
    CategoryResult,
    ItemCatalogueRead,
    ItemRead,
    ItemResult,
    ResponseRead,
    ResponseWrite,
    ResultParametersUsed,
    ScaleResult,
    SubcategoryResult,
    SurveyAnswerRead,
    SurveyCreate,
    SurveyForRespondent,
    SurveyPage,
    SurveyRead,
    SurveyRegionRef,
    SurveyResults,
    SurveyStatus,
    SurveyUpdate,
    TokensCreate,
    TokensIssued,
)

METHOD = (
    "Per item, subcategory and category, over the answers that exist (pooled over "
    "respondents and items): respondents n, mean importance, extent and satisfaction (1-5), "
    "gap = mean importance - mean extent, weighted_index = 100 x (sum(I x E) / sum(I) - 1) / 4 "
    "over answers with both importance I and extent E. A mean resting on fewer respondents "
    "than min_respondents is withheld; with fewer respondents in all, counts only. "
    "Bottleneck: mean importance >= importance_threshold and gap >= gap_threshold."
)
# Account kinds that run stakeholder surveys of a region (event organisers hold
# surveys:write for their events' feedback, not for these).
SURVEY_OWNER_KINDS = frozenset({"region", "admin"})
MAX_TOKENS_PER_SURVEY = 20_000
TOKEN_PREFIX = "svt_"  # noqa: S105 - the public prefix of every token
_TOKEN = re.compile(r"^svt_[A-Za-z0-9_-]{43}$")


def status_of(opens_at: datetime, closes_at: datetime, now: datetime) -> SurveyStatus:
    if now < opens_at:
        return "scheduled"
    return "open" if now < closes_at else "closed"


def _now() -> datetime:
    return datetime.now(UTC)


def _invalid(errors: Sequence[FieldError]) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        "The request is not valid: " + ", ".join(e.field for e in errors),
        slug="validation-error",
        errors=errors,
    )


def _closed() -> Problem:
    return Problem(
        410,
        "Gone",
        "The survey is closed: its responses can no longer change.",
        slug="survey-closed",
    )


def _unknown_token() -> Problem:
    # The token is a secret: it is never echoed back, not even in an error.
    return Problem(404, "Not Found", "No survey has this token.", slug="not-found")


def _survey_read(row: Mapping[Any, Any], now: datetime) -> SurveyRead:
    return SurveyRead(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        region=SurveyRegionRef(
            nuts_id=row["nuts_id"], nuts_version=row["nuts_version"], name=row["region_name"]
        ),
        kind=row["definition_kind"],
        slug=row["definition_slug"],
        name=row["definition_name"],
        definition_set=row["definition_set"],
        item_catalogue=row["item_catalogue"],
        opens_at=row["opens_at"],
        closes_at=row["closes_at"],
        status=status_of(row["opens_at"], row["closes_at"], now),
        min_respondents=row["min_respondents"],
        tokens_issued=row["tokens_issued"],
        respondents=row["respondents"],
        owner_account_id=row["owner_account_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _item_meta(row: Mapping[Any, Any]) -> ItemMeta:
    return ItemMeta(row["code"], row["category"], row["subcategory"], tuple(row["scales"]))


def _item_read(row: Mapping[Any, Any]) -> ItemRead:
    return ItemRead(
        code=row["code"],
        category=row["category"],
        subcategory=row["subcategory"],
        scales=list(row["scales"]),
        question=row["question"],
    )


def _figures(g: GroupFigures) -> dict[str, Any]:
    return {
        "n": g.n,
        "importance": ScaleResult(n=g.importance.n, mean=g.importance.mean),
        "extent": ScaleResult(n=g.extent.n, mean=g.extent.mean),
        "satisfaction": None
        if g.satisfaction is None
        else ScaleResult(n=g.satisfaction.n, mean=g.satisfaction.mean),
        "gap": g.gap,
        "weighted_index": g.weighted_index,
    }


def answers_array(
    items: Sequence[Mapping[Any, Any]], rows: Sequence[Mapping[Any, Any]]
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """respondents x items x scales, NaN where no answer; respondents in no stable order."""
    column_of = {item["code"]: c for c, item in enumerate(items)}
    row_of: dict[uuid.UUID, int] = {}
    for r in rows:
        row_of.setdefault(r["token_id"], len(row_of))
    answers = empty_answers(len(row_of), len(items))
    for r in rows:
        for s, scale in enumerate(SCALES):
            if r[scale] is not None:
                answers[row_of[r["token_id"]], column_of[r["item_code"]], s] = r[scale]
    return answers


class SurveyService:
    def __init__(self, repository: SurveyRepository, request: Request | None = None) -> None:
        self.repository = repository
        self.request = request

    @property
    def _session(self) -> AsyncSession:
        assert isinstance(self.repository.conn, AsyncSession)
        return self.repository.conn

    @property
    def _pepper(self) -> str:
        assert self.request is not None
        pepper: str = self.request.app.state.settings.api_key_pepper
        return pepper

    def _audit(
        self, principal: Principal, action: str, survey_id: uuid.UUID, **details: Any
    ) -> None:
        assert self.request is not None
        audit.record(
            self._session,
            self.request,
            principal,
            action=action,
            resource_type="excellence_survey",
            resource_id=survey_id,
            details=details,
        )

    async def _owned(
        self, principal: Principal, survey_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping:
        row = await self.repository.survey(survey_id, lock=lock)
        if row is None or not principal.owns(row["owner_account_id"]):
            raise not_found("survey", str(survey_id))
        return row

    async def catalogue(self) -> ItemCatalogueRead:
        row = await self.repository.active_catalogue_row()
        if row is None:
            raise not_found("survey item catalogue", "active")
        items = await self.repository.items(row["id"])
        return ItemCatalogueRead(
            version=row["version"],
            title=row["title"],
            source=row["source"],
            items=[_item_read(i) for i in items],
        )

    # -- the owner's side -------------------------------------------------------------------

    async def create(self, principal: Principal, data: SurveyCreate) -> SurveyRead:
        if principal.account_kind not in SURVEY_OWNER_KINDS:
            raise Problem(
                403,
                "Forbidden",
                "Stakeholder surveys are run by region accounts (or administrators).",
                slug="forbidden-account-kind",
            )
        errors: list[FieldError] = []
        now = _now()
        opens_at = data.opens_at or now
        if data.closes_at <= max(opens_at, now):
            errors.append(
                FieldError(field="body.closes_at", message="must be after opens_at and now")
            )
        version = int(data.nuts_version)
        if not await self.repository.region_exists(version, data.nuts_id):
            errors.append(
                FieldError(field="body.nuts_id", message=f"no such region in NUTS {version}")
            )
        if (data.category is None) == (data.emerging_industry is None):
            errors.append(
                FieldError(
                    field="body.category", message="name one of category or emerging_industry"
                )
            )
            raise _invalid(errors)
        definitions = await resolve_definition_set(self._session, None)
        kind, slug, field = (
            ("category", data.category, "body.category")
            if data.category is not None
            else ("emerging_industry", data.emerging_industry, "body.emerging_industry")
        )
        assert slug is not None
        if not await self.repository.definition_exists(definitions.id, kind, slug):
            errors.append(
                FieldError(
                    field=field,
                    message=f"not a {kind.replace('_', ' ')} of the active definition set "
                    f"{definitions.version}",
                )
            )
        if errors:
            raise _invalid(errors)
        catalogue_id = await self.repository.active_catalogue()
        if catalogue_id is None:
            raise Problem(
                409,
                "Conflict",
                "No survey item catalogue is loaded (run eco load-reference).",
                slug="no-item-catalogue",
            )
        survey_id = uuid.uuid4()
        await self.repository.insert_survey(
            {
                "id": survey_id,
                "owner_account_id": principal.account_id,
                "title": data.title,
                "description": data.description,
                "nuts_version": version,
                "nuts_id": data.nuts_id,
                "definition_set_id": definitions.id,
                "definition_kind": kind,
                "definition_slug": slug,
                "catalogue_id": catalogue_id,
                "opens_at": opens_at,
                "closes_at": data.closes_at,
                "min_respondents": data.min_respondents,
                # The request's clock, not the transaction's: the order of the list.
                "created_at": now,
            }
        )
        self._audit(principal, "create", survey_id, nuts_id=data.nuts_id, kind=kind, slug=slug)
        return await self.get(principal, survey_id)

    async def get(self, principal: Principal, survey_id: uuid.UUID) -> SurveyRead:
        return _survey_read(await self._owned(principal, survey_id), _now())

    async def list_surveys(
        self, principal: Principal, page: PageParams, nuts_id: str | None
    ) -> SurveyPage:
        key = page.key(datetime, uuid.UUID)
        after = (key[0], key[1]) if key else None
        rows = await self.repository.surveys(
            owner=None if principal.is_admin else principal.account_id,
            nuts_id=nuts_id,
            after=after,
            limit=page.limit,
        )
        items, cursor = paginate(rows, page, lambda r: [r["created_at"].isoformat(), str(r["id"])])
        now = _now()
        return SurveyPage(items=[_survey_read(r, now) for r in items], next_cursor=cursor)

    async def update(
        self, principal: Principal, survey_id: uuid.UUID, data: SurveyUpdate
    ) -> SurveyRead:
        row = await self._owned(principal, survey_id, lock=True)
        now = _now()
        status = status_of(row["opens_at"], row["closes_at"], now)
        if status == "closed":
            raise Problem(
                409,
                "Conflict",
                "The survey is closed; a closed survey is not changed or reopened.",
                slug="survey-closed",
            )
        changes = data.model_dump(exclude_unset=True)
        if changes.get("closes_at") is not None and changes["closes_at"] < now:
            changes["closes_at"] = now  # closing with a past time closes it now
        errors: list[FieldError] = []
        for field in ("title", "opens_at", "closes_at"):
            if field in changes and changes[field] is None:
                errors.append(FieldError(field=f"body.{field}", message="cannot be removed"))
        if "opens_at" in changes and status != "scheduled":
            errors.append(FieldError(field="body.opens_at", message="the survey has opened"))
        opens_at = changes.get("opens_at") or row["opens_at"]
        closes_at = changes.get("closes_at") or row["closes_at"]
        if closes_at <= opens_at:
            errors.append(FieldError(field="body.closes_at", message="must be after opens_at"))
        if errors:
            raise _invalid(errors)
        changed = {k: v for k, v in changes.items() if v != row[k]}
        if changed:
            await self.repository.update_survey(survey_id, changed)
            self._audit(principal, "update", survey_id, changed=sorted(changed))
        return await self.get(principal, survey_id)

    async def issue_tokens(
        self, principal: Principal, survey_id: uuid.UUID, data: TokensCreate
    ) -> TokensIssued:
        row = await self._owned(principal, survey_id, lock=True)
        if status_of(row["opens_at"], row["closes_at"], _now()) == "closed":
            raise _closed()
        if row["tokens_issued"] + data.count > MAX_TOKENS_PER_SURVEY:
            raise _invalid(
                [
                    FieldError(
                        field="body.count",
                        message=f"a survey has at most {MAX_TOKENS_PER_SURVEY} tokens; "
                        f"{row['tokens_issued']} are issued",
                    )
                ]
            )
        tokens = [TOKEN_PREFIX + secrets.token_urlsafe(32) for _ in range(data.count)]
        await self.repository.insert_tokens(
            survey_id, [hash_secret(token, self._pepper) for token in tokens]
        )
        self._audit(principal, "issue_tokens", survey_id, count=data.count)
        return TokensIssued(
            survey_id=survey_id, tokens=tokens, tokens_issued=row["tokens_issued"] + data.count
        )

    async def results(
        self, principal: Principal, survey_id: uuid.UUID, parameters: ResultParameters
    ) -> SurveyResults:
        return await self._results(await self._owned(principal, survey_id), parameters)

    async def region_results(
        self, principal: Principal, nuts_id: str, parameters: ResultParameters
    ) -> list[SurveyResults]:
        rows = await self.repository.surveys(
            owner=None if principal.is_admin else principal.account_id,
            nuts_id=nuts_id,
            after=None,
            limit=None,
        )
        return [await self._results(row, parameters) for row in rows]

    async def _results(self, row: RowMapping, parameters: ResultParameters) -> SurveyResults:
        items = await self.repository.items(row["catalogue_id"])
        answers = answers_array(items, await self.repository.survey_answers(row["id"]))
        minimum = row["min_respondents"]
        result = aggregate(
            answers, [_item_meta(i) for i in items], min_respondents=minimum, parameters=parameters
        )
        survey = _survey_read(row, _now())
        base = SurveyResults(
            survey_id=survey.id,
            title=survey.title,
            region=survey.region,
            kind=survey.kind,
            slug=survey.slug,
            name=survey.name,
            status=survey.status,
            closes_at=survey.closes_at,
            tokens_issued=survey.tokens_issued,
            respondents=result.respondents,
            suppressed=result.suppressed,
            parameters=ResultParametersUsed(
                importance_threshold=parameters.importance_threshold,
                gap_threshold=parameters.gap_threshold,
                min_respondents=minimum,
                method=METHOD,
            ),
            categories=None,
            items=None,
            bottlenecks=None,
        )
        if result.suppressed:
            return base
        assert result.items is not None
        assert result.categories is not None
        assert result.subcategories is not None
        assert result.bottlenecks is not None
        by_code = {i["code"]: i for i in items}
        item_results = [
            ItemResult(
                code=f.code,
                category=by_code[f.code]["category"],
                subcategory=by_code[f.code]["subcategory"],
                question=by_code[f.code]["question"],
                bottleneck=f.bottleneck,
                **_figures(f.figures),
            )
            for f in result.items
        ]
        categories = [
            CategoryResult(
                category=category,
                subcategories=[
                    SubcategoryResult(
                        subcategory=sub, **_figures(result.subcategories[(category, sub)])
                    )
                    for sub in subcategories
                    if (category, sub) in result.subcategories
                ],
                **_figures(result.categories[category]),
            )
            for category, subcategories in SURVEY_CATEGORIES.items()
            if category in result.categories
        ]
        figures_of = {r.code: r for r in item_results}
        bottlenecks = []
        for code in result.bottlenecks:
            item = figures_of[code]
            assert item.importance.mean is not None
            assert item.extent.mean is not None
            assert item.gap is not None
            bottlenecks.append(
                Bottleneck(
                    code=code,
                    question=item.question,
                    category=item.category,
                    subcategory=item.subcategory,
                    importance=item.importance.mean,
                    extent=item.extent.mean,
                    gap=item.gap,
                )
            )
        return base.model_copy(
            update={"categories": categories, "items": item_results, "bottlenecks": bottlenecks}
        )

    # -- the respondent's side --------------------------------------------------------------

    async def _token(self, token: str, *, lock: bool = False) -> RowMapping:
        if not _TOKEN.match(token):
            raise _unknown_token()
        row = await self.repository.token(hash_secret(token, self._pepper), lock=lock)
        if row is None:
            raise _unknown_token()
        return row

    async def response(self, token: str) -> ResponseRead:
        return await self._response_of(await self._token(token))

    async def _response_of(self, row: Mapping[Any, Any]) -> ResponseRead:
        status = status_of(row["opens_at"], row["closes_at"], _now())
        items = await self.repository.items(row["catalogue_id"])
        answers = await self.repository.answers(row["token_id"])
        return ResponseRead(
            survey=SurveyForRespondent(
                title=row["title"],
                description=row["description"],
                region_name=row["region_name"],
                name=row["definition_name"],
                opens_at=row["opens_at"],
                closes_at=row["closes_at"],
                status=status,
            ),
            items=[_item_read(i) for i in items],
            answers=[
                SurveyAnswerRead(
                    item=a["item_code"],
                    importance=a["importance"],
                    extent=a["extent"],
                    satisfaction=a["satisfaction"],
                )
                for a in answers
            ],
            responded_at=row["responded_at"],
            updated_at=row["response_updated_at"],
            editable=status == "open",
        )

    async def submit(
        self, token: str, data: ResponseWrite, *, first_only: bool
    ) -> tuple[ResponseRead, bool]:
        """Store the token's whole response; True when it is the token's first.

        ``first_only`` refuses a token that has responded already (POST), where PUT edits."""
        row = await self._token(token, lock=True)
        window = await self.repository.survey_window(row["survey_id"])
        status = status_of(window["opens_at"], window["closes_at"], _now())
        if status == "closed":
            raise _closed()
        if status == "scheduled":
            raise Problem(
                409,
                "Conflict",
                f"The survey opens at {window['opens_at'].isoformat()}.",
                slug="survey-not-open",
            )
        first = row["responded_at"] is None
        if first_only and not first:
            raise Problem(
                409,
                "Conflict",
                "This token has responded already; send PUT to change the response.",
                slug="token-used",
            )
        items = {i["code"]: i for i in await self.repository.items(row["catalogue_id"])}
        await self.repository.replace_answers(
            row["token_id"], row["catalogue_id"], _checked_answers(data, items)
        )
        await self.repository.mark_responded(row["token_id"], first=first)
        return await self._response_of(await self._token(token)), first


def _checked_answers(
    data: ResponseWrite, items: Mapping[str, Mapping[Any, Any]]
) -> list[dict[str, Any]]:
    errors: list[FieldError] = []
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for n, answer in enumerate(data.answers):
        where = f"body.answers.{n}"
        item = items.get(answer.item)
        if item is None:
            errors.append(FieldError(field=f"{where}.item", message="not an item of this survey"))
            continue
        if answer.item in seen:
            errors.append(FieldError(field=f"{where}.item", message="answered twice"))
            continue
        seen.add(answer.item)
        values = {scale: getattr(answer, scale) for scale in SCALES}
        for scale, value in values.items():
            if value is not None and scale not in item["scales"]:
                errors.append(
                    FieldError(field=f"{where}.{scale}", message=f"this item has no {scale} scale")
                )
        if all(v is None for v in values.values()):
            errors.append(FieldError(field=where, message="no scale answered"))
        rows.append({"item_code": answer.item, **values})
    if errors:
        raise _invalid(errors)
    return rows


async def export_rows(results: SurveyResults) -> AsyncIterator[dict[str, Any]]:
    """The aggregated results, one row per level: the survey, categories, subcategories and
    items (counts only when the results are suppressed)."""
    yield {"level": "survey", "n": results.respondents}
    for category in results.categories or []:
        yield {"level": "category", "category": category.category, **_flat(category)}
        for sub in category.subcategories:
            yield {
                "level": "subcategory",
                "category": category.category,
                "subcategory": sub.subcategory,
                **_flat(sub),
            }
    for item in results.items or []:
        yield {
            "level": "item",
            "category": item.category,
            "subcategory": item.subcategory,
            "item": item.code,
            "question": item.question,
            "bottleneck": item.bottleneck,
            **_flat(item),
        }


def _flat(figures: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"n": figures.n, "gap": figures.gap}
    row["weighted_index"] = figures.weighted_index
    for scale in SCALES:
        value = getattr(figures, scale)
        row[f"{scale}_n"] = None if value is None else value.n
        row[f"{scale}_mean"] = None if value is None else value.mean
    return row


async def region_survey_results(
    conn: AsyncSession | AsyncConnection | ReadConnection,
    principal: Principal,
    nuts_id: str,
    parameters: ResultParameters | None = None,
) -> list[SurveyResults]:
    """Results of every survey of a region (by NUTS id, any NUTS version) that the caller
    may see: its own, or all for administrators; oldest first. Suppression applies as in
    the results endpoint. For a combined region report."""
    service = SurveyService(SurveyRepository(conn))
    return await service.region_results(principal, nuts_id, parameters or ResultParameters())
