"""RFC 9457 problem details for every error any service returns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

import asyncpg
import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from eco_core.logging import get_logger

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://eco-observatory.eu/problems/"

log = get_logger(__name__)


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the offending input, e.g. query.limit")
    message: str
    type: str | None = None


class ProblemDetail(BaseModel):
    """The body of every error response (application/problem+json)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None
    request_id: str | None = None

    model_config = {"extra": "allow"}


class Problem(Exception):  # noqa: N818 - named after what it is, an RFC 9457 problem
    """Raise from anywhere in a request to answer with a problem+json document."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        slug: str | None = None,
        errors: Sequence[FieldError] | None = None,
        headers: Mapping[str, str] | None = None,
        extensions: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or title)
        self.status = status
        self.title = title
        self.detail = detail
        self.type = PROBLEM_BASE + slug if slug else "about:blank"
        self.errors = list(errors) if errors else None
        self.headers = dict(headers or {})
        # RFC 9457 extension members, e.g. an import's row-level report.
        self.extensions = dict(extensions or {})


def not_found(what: str, key: object) -> Problem:
    return Problem(404, "Not Found", f"{what} {key!r} does not exist", slug="not-found")


def problem_response(
    request: Request,
    status: int,
    title: str,
    *,
    detail: str | None = None,
    type_: str = "about:blank",
    errors: Sequence[FieldError] | None = None,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response:
    body: dict[str, Any] = {
        **(extensions or {}),
        "type": type_,
        "title": title,
        "status": status,
        "instance": request.url.path,
    }
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = [e.model_dump(exclude_none=True) for e in errors]
    request_id = request.scope.get("state", {}).get("request_id")
    if request_id:
        body["request_id"] = request_id
    return Response(
        orjson.dumps(body), status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers
    )


def _field_path(loc: Sequence[int | str]) -> str:
    return ".".join(str(part) for part in loc)


async def _validation_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        FieldError(field=_field_path(err.get("loc", ())), message=err["msg"], type=err.get("type"))
        for err in exc.errors()
    ]
    fields = ", ".join(e.field for e in errors)
    return problem_response(
        request,
        422,
        "Unprocessable Content",
        detail=f"The request is not valid: {fields}",
        type_=PROBLEM_BASE + "validation-error",
        errors=errors,
    )


# FastAPI's words when a body cannot even be decoded (e.g. bytes that are not UTF-8).
_UNPARSABLE_BODY = "There was an error parsing the body"


async def _http_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == _UNPARSABLE_BODY:
        # Every other bad body is a 422 naming the field; an undecodable one is no different.
        return problem_response(
            request,
            422,
            "Unprocessable Content",
            detail="The request body is not valid UTF-8 JSON.",
            type_=PROBLEM_BASE + "validation-error",
            errors=[FieldError(field="body", message="cannot be decoded", type="json_invalid")],
        )
    title = HTTPStatus(exc.status_code).phrase
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else None
    if exc.status_code == 404 and detail is None:
        detail = f"No resource at {request.url.path}"
    return problem_response(request, exc.status_code, title, detail=detail, headers=exc.headers)


async def _problem_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return problem_response(
        request,
        exc.status,
        exc.title,
        detail=exc.detail,
        type_=exc.type,
        errors=exc.errors,
        headers=exc.headers,
        extensions=exc.extensions,
    )


def is_database_unavailable(exc: BaseException) -> bool:
    """True for errors that mean the database cannot be reached, not that a query was wrong."""
    if isinstance(exc, sa_exc.TimeoutError):  # pool exhausted while the server is away
        return True
    if isinstance(exc, sa_exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        return is_database_unavailable(exc.orig) if exc.orig is not None else False
    cause = exc.__cause__
    if isinstance(
        exc,
        OSError
        | TimeoutError
        | asyncpg.exceptions.PostgresConnectionError
        | asyncpg.exceptions.CannotConnectNowError
        | asyncpg.exceptions.AdminShutdownError
        | asyncpg.exceptions.InterfaceError,
    ):
        return True
    return cause is not None and is_database_unavailable(cause)


def database_unavailable(request: Request) -> Response:
    return problem_response(
        request,
        503,
        "Service Unavailable",
        detail="The database is unavailable; retry shortly.",
        type_=PROBLEM_BASE + "database-unavailable",
        headers={"Retry-After": "5"},
    )


def _is_unstorable_value(exc: BaseException) -> bool:
    """A value the database refuses to store (NUL in text, a date out of its range)."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else None
    return isinstance(orig, asyncpg.exceptions.DataError) or isinstance(
        getattr(orig, "__cause__", None), asyncpg.exceptions.DataError
    )


async def _unhandled_handler(request: Request, exc: Exception) -> Response:
    if _is_unstorable_value(exc):
        # Validation should have caught it; answering 500 would blame the service.
        log.warning("unstorable_value", error=repr(exc))
        return problem_response(
            request,
            422,
            "Unprocessable Content",
            detail="A value in the request cannot be stored (e.g. a NUL character or a "
            "date out of range).",
            type_=PROBLEM_BASE + "validation-error",
            errors=[FieldError(field="request", message="unstorable value", type="value_error")],
        )
    if is_database_unavailable(exc):
        log.warning("database_unavailable", error=repr(exc))
        return database_unavailable(request)
    log.exception("unhandled_error", exc_info=exc)
    return problem_response(
        request,
        500,
        "Internal Server Error",
        detail="An unexpected error occurred; it has been logged with the request id.",
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(Problem, _problem_handler)
    # Database errors are caught here rather than by ServerErrorMiddleware so that the
    # 503 passes through the other middlewares (request id, CORS) like any response.
    app.add_exception_handler(sa_exc.DBAPIError, _unhandled_handler)
    app.add_exception_handler(sa_exc.TimeoutError, _unhandled_handler)
    app.add_exception_handler(OSError, _unhandled_handler)
    app.add_exception_handler(Exception, _unhandled_handler)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {
        "model": ProblemDetail,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}},
        "description": HTTPStatus(status).phrase,
    }
    for status in (401, 403, 404, 409, 413, 414, 422, 429, 503)
}
