"""Property-based contract tests: the live services against their committed OpenAPI documents.

Each operation of ``openapi/<service>.json`` (what clients see) is exercised against that
service served for real (see conftest.py), with rate limits out of reach, so that every
generated request reaches the code rather than the limiter. Three runs per service:

- **as an administrator**: the schema's deterministic coverage cases (boundaries, missing
  and wrong-typed inputs) and ``ADMIN_EXAMPLES`` generated ones per operation, valid and
  invalid;
- **as a member** (a non-admin account of the kind the service mostly serves: a cluster
  organisation for cluster data, a region for scoring, an event organiser for
  matchmaking): ``MEMBER_EXAMPLES`` generated cases per operation, so that scope refusals
  (403), other accounts' resources (404) and the member's own writes are checked too;
- **stateful**, as an administrator, following the documents' OpenAPI links (create ->
  read -> update -> delete: organisations, webhooks, accounts and their keys, Stress Test
  assessments, events and participants, and the links schemathesis infers), with the
  stateful checks: a created resource can be read, a deleted one answers 404.

Every response must:

- not be a server error (5xx);
- have a status code, a content type and a body the document declares for the operation;
- when it is an error (4xx/5xx), be RFC 9457 ``application/problem+json`` with ``type``,
  ``title`` and ``status`` equal to the HTTP status, and, for 422, a non-empty ``errors`` list
  of ``{field, message}`` (``problem_details`` below).

Random identifiers almost never name a resource, so half of the generated valid ids of the
cluster data service are swapped for ones that exist (the admin account, webhooks created
for the run, a spare key to revoke): the 2xx answers of those operations are checked too.

The requests are counted per run and status (``TALLY``); the counts are printed at the end
of the session, and a run answered mostly 429 or 401 fails (it would test the limiter or
the key, not the API). The generation is derandomized with a fixed seed, so a CI failure
reproduces locally.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
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
from tests.contract.conftest import MEMBER_KINDS, LiveServices
from tests.excellence.conftest import survey_body
from tests.matchmaking.events.conftest import event_body

pytestmark = pytest.mark.slow

OPENAPI_DIR = PROJECT_ROOT / "openapi"
SEED = 20240501
# Tuned so that the whole module stays within about four minutes on two cores.
ADMIN_EXAMPLES = 15
MEMBER_EXAMPLES = 6
STATEFUL_SCENARIOS = 40
STATEFUL_STEPS = 8
REQUEST_TIMEOUT_S = 15.0

# The non-admin account each service is exercised as (see conftest.MEMBER_KINDS).
MEMBER_OF = {"api": "cluster_organisation", "scoring": "region", "matchmaking": "event_organiser"}

Test: TypeAlias = Callable[..., None]
ApiCase: TypeAlias = Case[Any]

# (run, operation, status) -> requests; run is e.g. "api as admin".
TALLY: Counter[tuple[str, str, int]] = Counter()


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
STATEFUL_CHECKS: list[CheckFunction] = [
    *CHECKS,
    openapi_checks.use_after_free,
    openapi_checks.ensure_resource_availability,
]


def _settings(max_examples: int) -> hypothesis.settings:
    return hypothesis.settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        # No shrinking: a failing example is reported as found, which keeps the run bounded.
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
        print_blob=False,
    )


ADMIN_SETTINGS = _settings(ADMIN_EXAMPLES)
MEMBER_SETTINGS = _settings(MEMBER_EXAMPLES)


def _schema(service: str, *, coverage: bool = True) -> schemathesis.BaseSchema:
    # Methods a path does not take: two (a write, an exotic one) show that the 405 is a
    # problem too, at a fraction of the eight schemathesis would send to every path.
    coverage_phase: dict[str, Any] = {"unexpected-methods": ["delete", "trace"]}
    if not coverage:
        # The member run adds what the key changes; the coverage cases are input checks
        # the admin run already makes.
        coverage_phase = {"enabled": False}
    config: dict[str, Any] = {"seed": SEED, "phases": {"coverage": coverage_phase}}
    return schemathesis.openapi.from_path(
        OPENAPI_DIR / f"{service}.json", config=schemathesis.Config.from_dict(config)
    )


api_schema = _schema("api")
scoring_schema = _schema("scoring")
matchmaking_schema = _schema("matchmaking")
member_schemas = {name: _schema(name, coverage=False) for name in MEMBER_OF}

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


def _count(run: str, case: ApiCase, response: Response | requests.Response) -> None:
    TALLY[run, case.operation.label, response.status_code] += 1


def _operations(run: str) -> set[str]:
    return {operation for name, operation, _ in TALLY if name == run}


def _statuses(run: str, operation: str | None = None) -> Counter[int]:
    counted: Counter[int] = Counter()
    for (name, label, status), n in TALLY.items():
        if name == run and operation in (None, label):
            counted[status] += n
    return counted


# An export without a region streams the whole shipped 2008-2015 series (about a million
# values): a download tests/statistics/test_export.py checks; here every generated case
# would pay for it. A generated region, valid or not, is kept.
NARROWED_QUERIES: dict[str, dict[str, str]] = {"GET /v1/statistics/export": {"region": "DE21"}}


def _exercise(
    case: ApiCase, live: LiveServices, service: str, http: requests.Session, kind: str
) -> None:
    narrowed = NARROWED_QUERIES.get(case.operation.label)
    if narrowed is not None:
        case.query = {**narrowed, **(case.query or {})}
    response = case.call(
        base_url=live[service].base_url,
        session=http,
        headers=live.headers_of(kind),
        timeout=REQUEST_TIMEOUT_S,
    )
    _count(f"{service} as {kind}", case, response)
    case.validate_response(response, checks=CHECKS)


def _parametrize(schema: schemathesis.BaseSchema) -> Callable[[Test], Test]:
    decorate: Callable[[Test], Test] = schema.parametrize()
    return decorate


@_parametrize(api_schema)
@ADMIN_SETTINGS
def test_api(
    case: ApiCase, live_services: LiveServices, http: requests.Session, existing_resources: None
) -> None:
    _exercise(case, live_services, "api", http, "admin")


@_parametrize(scoring_schema)
@ADMIN_SETTINGS
def test_scoring(case: ApiCase, live_services: LiveServices, http: requests.Session) -> None:
    _exercise(case, live_services, "scoring", http, "admin")


@_parametrize(matchmaking_schema)
@ADMIN_SETTINGS
def test_matchmaking(case: ApiCase, live_services: LiveServices, http: requests.Session) -> None:
    _exercise(case, live_services, "matchmaking", http, "admin")


@_parametrize(member_schemas["api"])
@MEMBER_SETTINGS
def test_api_as_member(case: ApiCase, live_services: LiveServices, http: requests.Session) -> None:
    _exercise(case, live_services, "api", http, MEMBER_OF["api"])


@_parametrize(member_schemas["scoring"])
@MEMBER_SETTINGS
def test_scoring_as_member(
    case: ApiCase, live_services: LiveServices, http: requests.Session
) -> None:
    _exercise(case, live_services, "scoring", http, MEMBER_OF["scoring"])


@_parametrize(member_schemas["matchmaking"])
@MEMBER_SETTINGS
def test_matchmaking_as_member(
    case: ApiCase, live_services: LiveServices, http: requests.Session
) -> None:
    _exercise(case, live_services, "matchmaking", http, MEMBER_OF["matchmaking"])


# Bodies random data almost never makes valid (a region that exists, sessions in the future,
# an organisation to register): the stateful run draws them half of the time, so that its
# scenarios create resources to follow links from. Organisation ids are filled in once the
# services run.
DEMO_ORGANISATIONS: list[str] = []
VALID_BODIES: dict[str, st.SearchStrategy[Any]] = {
    "POST /v1/organisations": st.uuids().map(
        lambda n: {
            "slug": f"contract-{n.hex[:12]}",
            "name": f"Contract cluster {n.hex[:6]}",
            "region_id": "FRK21",
            "nace_codes": ["22.22"],
            "category_slugs": ["plastics"],
        }
    ),
    "POST /v1/accounts": st.sampled_from(MEMBER_KINDS).map(
        lambda kind: {"kind": kind, "name": f"contract {kind}"}
    ),
    "POST /v1/stress-test/assessments": st.sampled_from(["DE21", "FRK2", "ITC4"]).map(
        lambda nuts_id: {"nuts_id": nuts_id}
    ),
    "POST /v1/excellence/surveys": st.builds(survey_body),
    "POST /v1/events": st.builds(lambda: event_body(is_public=True)),
    "POST /v1/events/{event_id}/participants": st.integers(0, 19).map(
        lambda n: {"organisation_id": DEMO_ORGANISATIONS[n % len(DEMO_ORGANISATIONS)]}
    ),
}


def _seed_valid_bodies(context: HookContext, strategy: st.SearchStrategy[Any]) -> Any:
    label = context.operation.label if context.operation is not None else ""
    valid = VALID_BODIES.get(label)
    return strategy if valid is None else st.one_of(strategy, valid)


def _workflow(schema: schemathesis.BaseSchema, run: str, call_kwargs: dict[str, Any]) -> type[Any]:
    """The schema's state machine, calling the live service and counting its requests."""
    machine: type[Any] = schema.as_state_machine()

    class Workflow(machine):  # type: ignore[misc]
        def get_call_kwargs(self, case: ApiCase) -> dict[str, Any]:
            return call_kwargs

        def after_call(self, response: Response, case: ApiCase) -> None:
            super().after_call(response, case)
            _count(run, case, response)

        def validate_response(
            self,
            response: Response,
            case: ApiCase,
            additional_checks: list[CheckFunction] | None = None,
            **kwargs: Any,
        ) -> None:
            case.validate_response(
                response,
                checks=STATEFUL_CHECKS,
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    return Workflow


STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=STATEFUL_SCENARIOS,
    stateful_step_count=STATEFUL_STEPS,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[hypothesis.Phase.generate],
    suppress_health_check=list(hypothesis.HealthCheck),
    print_blob=False,
)


@pytest.mark.parametrize("service", ["api", "scoring", "matchmaking"])
def test_stateful(service: str, live_services: LiveServices, http: requests.Session) -> None:
    if not DEMO_ORGANISATIONS:
        listed = http.get(
            f"{live_services['api'].base_url}/v1/organisations",
            params={"limit": 20},
            timeout=REQUEST_TIMEOUT_S,
        )
        DEMO_ORGANISATIONS.extend(item["id"] for item in listed.json()["items"])
    schema = _schema(service)
    schema.hook("before_generate_body")(_seed_valid_bodies)
    call_kwargs = {
        "base_url": live_services[service].base_url,
        "session": http,
        "headers": live_services.headers,
        "timeout": REQUEST_TIMEOUT_S,
    }
    run = f"{service} stateful"
    _workflow(schema, run, call_kwargs).run(settings=STATEFUL_SETTINGS)
    followed = {label for label in _operations(run) if "{" in label}
    # The links were followed: operations on a resource were reached, not only collections.
    assert len(followed) >= 3, sorted(_operations(run))


def summary(*, by_operation: bool = False) -> list[str]:
    """One line per run: operations, requests, and requests per status (and per operation)."""
    runs = sorted({name for name, _, _ in TALLY})
    lines = []
    for run in runs:
        statuses = _statuses(run)
        lines.append(
            f"{run}: {len(_operations(run))} operations, {statuses.total()} requests, "
            f"by status {dict(sorted(statuses.items()))}"
        )
        if by_operation:
            for operation in sorted(_operations(run)):
                lines.append(f"    {operation}: {dict(sorted(_statuses(run, operation).items()))}")
    return lines


def test_requests_reached_the_code() -> None:
    """Runs after the others (pytest keeps file order): few 429s and 401s, so the generated
    requests were neither rate-limited nor refused for want of a key."""
    if not TALLY:
        pytest.skip("no contract run in this session")
    for run in {name for name, _, _ in TALLY}:
        statuses = _statuses(run)
        for status in (401, 429):
            share = statuses[status] / statuses.total()
            assert share < 0.05, f"{run}: {share:.0%} of {statuses.total()} answered {status}"
