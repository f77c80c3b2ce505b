from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.excellence.indicator_set import IndicatorSpec, LabelRule
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.organisations import delegation
from eco_core.webhooks.outbox import Event
from eco_scoring.labels.compute import add_months, assess, check_values
from eco_scoring.labels.repository import LabelRepository
from eco_scoring.labels.schemas import (
    AssessmentPage,
    IndicatorResult,
    IndicatorSetRead,
    IndicatorSetSummary,
    LabelAssessmentCreate,
    LabelAssessmentRead,
    LabelIndicatorRead,
    OrganisationRef,
)

_EARLIEST_ASSESSMENT = date(2000, 1, 1)
_LABEL_FIELDS = ("excellence_label", "label_date", "label_valid_until")


def _invalid(errors: Sequence[FieldError]) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        "The request is not valid: " + ", ".join(e.field for e in errors),
        slug="validation-error",
        errors=errors,
    )


def _parse_ref(value: str) -> uuid.UUID | str:
    """An organisation is addressed by its id or its slug (slugs never look like ids)."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return value


def _spec(row: Mapping[Any, Any]) -> IndicatorSpec:
    return IndicatorSpec.model_validate({k: row[k] for k in IndicatorSpec.model_fields if k in row})


def _summary(row: Mapping[Any, Any]) -> IndicatorSetSummary:
    return IndicatorSetSummary.model_validate({k: row[k] for k in IndicatorSetSummary.model_fields})


def _assessment_read(
    row: Mapping[Any, Any], results: Sequence[Mapping[Any, Any]]
) -> LabelAssessmentRead:
    return LabelAssessmentRead(
        id=row["id"],
        organisation=OrganisationRef(
            id=row["organisation_id"], slug=row["organisation_slug"], name=row["organisation_name"]
        ),
        indicator_set=row["indicator_set"],
        assessed_on=row["assessed_on"],
        valid_until=row["valid_until"],
        indicators=row["indicators"],
        passed=row["passed"],
        score=row["score"],
        baseline_met=row["baseline_met"],
        level=row["level"],
        rule=LabelRule.model_validate(row["rule"]),
        applied_to_organisation=row["applied_to_organisation"],
        notes=row["notes"],
        assessed_by=row["assessed_by"],
        created_at=row["created_at"],
        results=[
            IndicatorResult.model_validate({k: r[k] for k in IndicatorResult.model_fields})
            for r in results
        ],
    )


async def _may_read(
    db: delegation.Database, principal: Principal, organisation_id: uuid.UUID, owner: uuid.UUID
) -> bool:
    """The labelling body reads every assessment (assessments:read); an organisation's
    owner and managers read its own (clusters:read). A key lacking the scope its caller
    needs is 403, as for every route; others' assessments do not exist for the caller."""
    if principal.is_admin:
        needed = "assessments:read"
    elif await delegation.standing(db, principal, organisation_id, owner) is not None:
        needed = "clusters:read"
    else:
        return False
    if needed not in principal.scopes:
        raise Problem(
            403,
            "Forbidden",
            f"The API key lacks the scope(s) {needed}.",
            slug="insufficient-scope",
        )
    return True


class LabelService:
    def __init__(self, repository: LabelRepository, request: Request | None = None) -> None:
        self.repository = repository
        self.request = request

    # -- indicator sets (public) -------------------------------------------------------------

    async def list_sets(self) -> list[IndicatorSetSummary]:
        return [_summary(r) for r in await self.repository.indicator_sets()]

    async def get_set(self, version: str) -> IndicatorSetRead:
        row = await self.repository.indicator_set(version)
        if row is None:
            raise not_found("indicator set", version)
        indicators = await self.repository.indicators(row["id"])
        return IndicatorSetRead(
            **_summary(row).model_dump(),
            rule=LabelRule.model_validate(row["rule"]),
            indicators=[
                LabelIndicatorRead.model_validate(
                    {k: i[k] for k in LabelIndicatorRead.model_fields}
                )
                for i in indicators
            ],
        )

    # -- assessments -------------------------------------------------------------------------

    async def create(
        self, principal: Principal, data: LabelAssessmentCreate
    ) -> LabelAssessmentRead:
        if not principal.is_admin:
            raise Problem(
                403,
                "Forbidden",
                "Labels are awarded by the labelling body: administrators only.",
                slug="forbidden-account-kind",
            )
        session = self.repository.conn
        assert isinstance(session, AsyncSession)
        assert self.request is not None
        indicator_set = await self.repository.indicator_set(data.indicator_set)
        if indicator_set is None:
            if data.indicator_set is None:
                raise Problem(
                    409,
                    "Conflict",
                    "No indicator set is active (run eco load-reference).",
                    slug="no-indicator-set",
                )
            raise _invalid(
                [FieldError(field="body.indicator_set", message="no such indicator set")]
            )
        organisation = await self.repository.organisation(_parse_ref(data.organisation), lock=True)
        errors: list[FieldError] = []
        if organisation is None:
            errors.append(FieldError(field="body.organisation", message="no such organisation"))
        today = datetime.now(UTC).date()
        assessed_on = data.assessed_on or today
        if not _EARLIEST_ASSESSMENT <= assessed_on <= today:
            errors.append(
                FieldError(field="body.assessed_on", message="must be between 2000-01-01 and today")
            )
        specs = [_spec(i) for i in await self.repository.indicators(indicator_set["id"])]
        values = {code: float(v) for code, v in data.values.items()}
        errors += [
            FieldError(field=f"body.values.{code}", message=message)
            for code, message in check_values(specs, values)
        ]
        if errors:
            raise _invalid(errors)
        assert organisation is not None

        rule = LabelRule.model_validate(indicator_set["rule"])
        outcome = assess(specs, values, rule)
        level = outcome.level.level if outcome.level else None
        valid_until = (
            add_months(assessed_on, outcome.level.validity_months) if outcome.level else None
        )
        # The profile shows the latest assessment; a back-dated one is kept but changes nothing.
        applies = organisation["label_date"] is None or assessed_on >= organisation["label_date"]
        assessment_id = uuid.uuid4()
        await self.repository.insert_assessment(
            {
                "id": assessment_id,
                "organisation_id": organisation["id"],
                "set_id": indicator_set["id"],
                "assessed_on": assessed_on,
                "valid_until": valid_until,
                "indicators": outcome.indicators,
                "passed": outcome.passed,
                "score": outcome.score,
                "baseline_met": outcome.baseline_met,
                "level": level,
                "rule": rule.model_dump(mode="json"),
                "applied_to_organisation": applies,
                "notes": data.notes,
                "assessed_by": principal.account_id,
                # The request's clock, not the transaction's: the order of assessments.
                "created_at": datetime.now(UTC),
            },
            [
                {"indicator_code": o.code, "value": o.value, "passed": o.passed}
                for o in outcome.outcomes
            ],
        )
        audit.record(
            session,
            self.request,
            principal,
            action="create",
            resource_type="excellence_assessment",
            resource_id=assessment_id,
            details={
                "organisation_id": str(organisation["id"]),
                "indicator_set": indicator_set["version"],
                "score": outcome.score,
                "level": level,
            },
        )
        if applies:
            await self._label_organisation(
                session,
                principal,
                organisation,
                assessment_id,
                {
                    "excellence_label": level,
                    "label_date": assessed_on if level else None,
                    "label_valid_until": valid_until,
                },
            )
        created = await self.repository.assessment(assessment_id)
        assert created is not None
        return _assessment_read(created, await self.repository.results([assessment_id]))

    async def _label_organisation(
        self,
        session: AsyncSession,
        principal: Principal,
        organisation: RowMapping,
        assessment_id: uuid.UUID,
        label: dict[str, Any],
    ) -> None:
        changed = sorted(f for f in _LABEL_FIELDS if label[f] != organisation[f])
        if not changed:
            return
        assert self.request is not None
        revision = await self.repository.set_label(
            organisation["id"],
            label["excellence_label"],
            label["label_date"],
            label["label_valid_until"],
        )
        # As an edit of the profile would be: in the audit log and to the webhooks of the
        # owner and the managers.
        audit.record(
            session,
            self.request,
            principal,
            action="update",
            resource_type="organisation",
            resource_id=organisation["id"],
            details={
                "slug": organisation["slug"],
                "changed": changed,
                "assessment_id": str(assessment_id),
            },
        )
        owner = organisation["owner_account_id"]
        await delegation.notify(
            session,
            [
                (
                    organisation["id"],
                    owner,
                    Event(
                        owner,
                        "organisation.updated",
                        {
                            "organisation_id": str(organisation["id"]),
                            "slug": organisation["slug"],
                            "revision": revision,
                            "changed": changed,
                            "excellence_label": label["excellence_label"],
                            "assessment_id": str(assessment_id),
                        },
                    ),
                )
            ],
        )

    async def get(self, principal: Principal, assessment_id: uuid.UUID) -> LabelAssessmentRead:
        row = await self.repository.assessment(assessment_id)
        if row is None or not await _may_read(
            self.repository.conn, principal, row["organisation_id"], row["organisation_owner"]
        ):
            raise not_found("assessment", str(assessment_id))
        return _assessment_read(row, await self.repository.results([assessment_id]))

    async def of_organisation(
        self, principal: Principal, ref: str, page: PageParams
    ) -> AssessmentPage:
        organisation = await self.repository.organisation(_parse_ref(ref))
        if organisation is None or not await _may_read(
            self.repository.conn, principal, organisation["id"], organisation["owner_account_id"]
        ):
            raise not_found("organisation", ref)
        key = page.key(datetime, uuid.UUID)
        after = (key[0], key[1]) if key else None
        rows = await self.repository.assessments_of(organisation["id"], after, page.limit)
        items, cursor = paginate(rows, page, lambda r: (r["created_at"], r["id"]))
        results: dict[uuid.UUID, list[RowMapping]] = defaultdict(list)
        for r in await self.repository.results([i["id"] for i in items]):
            results[r["assessment_id"]].append(r)
        return AssessmentPage(
            items=[_assessment_read(i, results[i["id"]]) for i in items], next_cursor=cursor
        )
