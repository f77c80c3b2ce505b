"""Property-based contract tests: the live services against their committed OpenAPI documents.

Each operation of ``openapi/<service>.json`` (what clients see) is exercised against that
service served for real (see conftest.py), with the admin key on every request so that the
authenticated operations are tested beyond their 401. Schemathesis sends the schema's
deterministic coverage cases (boundaries, missing and wrong-typed inputs) and a bounded number
of generated ones, valid and invalid; every response must:

- not be a server error (5xx);
- have a status code, a content type and a body the document declares for the operation;
- when it is an error (4xx/5xx), be RFC 9457 ``application/problem+json`` with ``type``,
  ``title`` and ``status`` equal to the HTTP status, and, for 422, a non-empty ``errors`` list
  of ``{field, message}`` (``problem_details`` below).

Random identifiers almost never name a resource, so half of the generated valid ids of the
cluster data service are swapped for ones that exist (the admin account, webhooks created
for the run, a spare key to revoke): the 2xx answers of those operations are checked too.

The generation is derandomized with a fixed seed, so a CI failure reproduces locally.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, TypeAlias

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import strategies as st
from schemathesis import Case, CheckContext, HookContext, Response
from schemathesis.checks import CheckFunction
from schemathesis.specs.openapi import checks as openapi_checks

from eco_core.http.problems import PROBLEM_MEDIA_TYPE
from eco_core.settings import PROJECT_ROOT
from tests.contract.conftest import LiveServices

pytestmark = pytest.mark.slow

OPENAPI_DIR = PROJECT_ROOT / "openapi"
SEED = 20240501
MAX_EXAMPLES = 25
REQUEST_TIMEOUT_S = 15.0

Test: TypeAlias = Callable[..., None]
ApiCase: TypeAlias = Case[Any]


def _fail(message: str) -> NoReturn:
    raise AssertionError(message)


@schemathesis.check
def problem_details(ctx: CheckContext, response: Response, case: ApiCase) -> bool | None:
    """Every error is application/problem+json with type, title and the HTTP status."""
    status = response.status_code
    if status < 400:
        return None
    content_types = response.headers.get("content-type", [])
    media_type = content_types[0].partition(";")[0].strip().lower() if content_types else ""
    if media_type != PROBLEM_MEDIA_TYPE:
        _fail(f"{status} answered with Content-Type {media_type or '(none)'!r}, not a problem")
    try:
        body = json.loads(response.content)
    except ValueError:
        _fail(f"{status} problem body is not JSON: {response.content[:200]!r}")
    if not isinstance(body, dict):
        _fail(f"{status} problem body is not a JSON object: {body!r}")
    for member in ("type", "title"):
        if not isinstance(body.get(member), str) or not body[member]:
            _fail(f"{status} problem has no {member!r} string: {body!r}")
    if body.get("status") != status:
        _fail(f"problem status {body.get('status')!r} differs from the HTTP status {status}")
    if status == 422:
        errors = body.get("errors")
        if not isinstance(errors, list) or not errors:
            _fail(f"422 problem without a non-empty errors list: {body!r}")
        for error in errors:
            if not isinstance(error, dict) or not all(
                isinstance(error.get(key), str) for key in ("field", "message")
            ):
                _fail(f"422 problem error is not {{field, message}}: {error!r}")
    return None


CHECKS: list[CheckFunction] = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
    problem_details,
]

SETTINGS = hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # No shrinking: a failing example is reported as found, which keeps the run bounded.
    phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
    suppress_health_check=list(hypothesis.HealthCheck),
    print_blob=False,
)


def _schema(service: str) -> schemathesis.BaseSchema:
    config = schemathesis.Config.from_dict({"seed": SEED})
    return schemathesis.openapi.from_path(OPENAPI_DIR / f"{service}.json", config=config)


api_schema = _schema("api")
scoring_schema = _schema("scoring")
matchmaking_schema = _schema("matchmaking")

# Path parameter name -> id of a resource that exists, filled in once the services run;
# DELETE operations get ids of their own so that the others still find theirs.
EXISTING: dict[str, str] = {}
DELETABLE: dict[str, str] = {}


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


def _with_existing(parameters: Any, use: bool, method: str) -> Any:
    if not use or not isinstance(parameters, dict):
        return parameters
    known = DELETABLE if method == "DELETE" else EXISTING
    # Only valid ids are swapped: invalid ones are there to be rejected.
    return {
        name: known[name] if name in known and _is_uuid(value) else value
        for name, value in parameters.items()
    }


def before_generate_path_parameters(
    context: HookContext, strategy: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    method = context.operation.method.upper() if context.operation is not None else ""
    return st.tuples(strategy, st.booleans()).map(
        lambda drawn: _with_existing(drawn[0], drawn[1], method)
    )


api_schema.hook(before_generate_path_parameters)


@pytest.fixture(scope="module")
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False  # no proxy between the tests and loopback
        yield session


def _create_webhook(live: LiveServices, http: requests.Session, name: str) -> str:
    response = http.post(
        f"{live['api'].base_url}/v1/webhooks",
        # A public address: the services resolve webhook hosts, and .example names do not.
        json={"url": f"https://93.184.215.14/{name}", "event_types": ["*"]},
        headers=live.headers,
        timeout=REQUEST_TIMEOUT_S,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.fixture(scope="module")
def existing_resources(live_services: LiveServices, http: requests.Session) -> Iterator[None]:
    admin = live_services.admin
    EXISTING.update(
        account_id=admin.account_id, webhook_id=_create_webhook(live_services, http, "kept")
    )
    DELETABLE.update(
        key_id=admin.spare_key_id, webhook_id=_create_webhook(live_services, http, "deleted")
    )
    yield
    EXISTING.clear()
    DELETABLE.clear()


def _exercise(case: ApiCase, live: LiveServices, service: str, http: requests.Session) -> None:
    case.call_and_validate(
        base_url=live[service].base_url,
        session=http,
        headers=live.headers,
        checks=CHECKS,
        timeout=REQUEST_TIMEOUT_S,
    )


def _parametrize(schema: schemathesis.BaseSchema) -> Callable[[Test], Test]:
    decorate: Callable[[Test], Test] = schema.parametrize()
    return decorate


@_parametrize(api_schema)
@SETTINGS
def test_api(
    case: ApiCase, live_services: LiveServices, http: requests.Session, existing_resources: None
) -> None:
    _exercise(case, live_services, "api", http)


@_parametrize(scoring_schema)
@SETTINGS
def test_scoring(case: ApiCase, live_services: LiveServices, http: requests.Session) -> None:
    _exercise(case, live_services, "scoring", http)


@_parametrize(matchmaking_schema)
@SETTINGS
def test_matchmaking(case: ApiCase, live_services: LiveServices, http: requests.Session) -> None:
    _exercise(case, live_services, "matchmaking", http)
