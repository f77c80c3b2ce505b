"""deploy/kubernetes: both overlays render, every manifest is valid Kubernetes (offline
schemas from kubernetes-validate), and the pods keep the promises of deploy/README.md."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.deploy.kustomize_render import render

ROOT = Path(__file__).resolve().parents[2]
KUBERNETES = ROOT / "deploy" / "kubernetes"
OVERLAYS = ("dev", "production")
# The oldest Kubernetes release the manifests promise to work on (deploy/README.md).
KUBERNETES_VERSION = "1.30.0"
# CloudNativePG's CRDs: no schema in kubernetes-validate; checked by hand below.
CNPG = "postgresql.cnpg.io/v1"
SERVICES = ("api", "scoring", "matchmaking")

Doc = dict[str, Any]


@pytest.fixture(scope="module", params=OVERLAYS)
def overlay(request: pytest.FixtureRequest) -> tuple[str, list[Doc]]:
    return request.param, render(KUBERNETES / "overlays" / request.param)


def _one(docs: list[Doc], kind: str, name: str) -> Doc:
    [doc] = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    return doc


def _pod(doc: Doc) -> Doc:
    pod: Doc = doc["spec"]["template"]["spec"]
    return pod


def _compose() -> Doc:
    compose: Doc = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return compose


def _key(doc: Doc) -> tuple[str, str]:
    return doc["kind"], doc["metadata"]["name"]


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl (kustomize) not installed")
@pytest.mark.parametrize("name", OVERLAYS)
def test_the_test_renderer_agrees_with_kustomize(name: str) -> None:
    out = subprocess.run(
        ["kubectl", "kustomize", str(KUBERNETES / "overlays" / name)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    theirs = [doc for doc in yaml.safe_load_all(out) if doc]
    mine = render(KUBERNETES / "overlays" / name)
    assert sorted(mine, key=_key) == sorted(theirs, key=_key)


def test_every_manifest_validates(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    checked = 0
    for doc in docs:
        if doc["apiVersion"] == CNPG:
            continue
        # Raises ValidationError on any schema error; strict refuses unknown fields.
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        checked += 1
    assert checked >= 20


def test_the_validator_refuses_a_wrong_manifest() -> None:
    deployment = next(yaml.safe_load_all((KUBERNETES / "base" / "api.yaml").read_text()))
    [container] = _pod(deployment)["containers"]
    container["readinessProbe"]["httpGet"]["path"] = 8000  # a number where a string belongs
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)


def test_cloudnativepg_clusters_by_hand(overlay: tuple[str, list[Doc]]) -> None:
    name, docs = overlay
    cluster = _one(docs, "Cluster", "eco-db")
    assert cluster["apiVersion"] == CNPG
    assert cluster["spec"]["storage"]["size"]
    assert cluster["spec"]["bootstrap"]["initdb"] == {"database": "app", "owner": "app"}
    if name == "production":
        assert cluster["spec"]["instances"] == 2
        store = cluster["spec"]["backup"]["barmanObjectStore"]
        assert store["destinationPath"].startswith("s3://")
        assert store["s3Credentials"]["accessKeyId"]["name"] == "eco-backup-s3"
        backup = _one(docs, "ScheduledBackup", "eco-db-daily")
        assert backup["apiVersion"] == CNPG
        assert backup["spec"]["cluster"] == {"name": "eco-db"}
        assert len(backup["spec"]["schedule"].split()) == 6
    else:
        assert cluster["spec"]["instances"] == 1


def test_every_pod_is_hardened(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    workloads = [d for d in docs if d["kind"] in {"Deployment", "Job"}]
    assert {d["metadata"]["name"] for d in workloads} == {*SERVICES, "worker", "eco-migrate"}
    for doc in workloads:
        pod = _pod(doc)
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] == 10001
        assert pod["automountServiceAccountToken"] is False
        tmp = {v["name"]: v for v in pod["volumes"]}["tmp"]
        assert "emptyDir" in tmp
        for container in pod["containers"]:
            context = container["securityContext"]
            assert context["readOnlyRootFilesystem"] is True
            assert context["allowPrivilegeEscalation"] is False
            assert context["capabilities"] == {"drop": ["ALL"]}
            assert {"/tmp", "/run/secrets"} <= {m["mountPath"] for m in container["volumeMounts"]}
            for part in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(container["resources"][part])


def test_services_probe_drain_and_scale(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    for name in SERVICES:
        deployment = _one(docs, "Deployment", name)
        pod = _pod(deployment)
        [container] = pod["containers"]
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        assert container["lifecycle"]["preStop"]["exec"]["command"][0] == "sleep"
        assert pod["terminationGracePeriodSeconds"] > int(
            container["lifecycle"]["preStop"]["exec"]["command"][1]
        )
        annotations = deployment["spec"]["template"]["metadata"]["annotations"]
        assert annotations["prometheus.io/scrape"] == "true"
        assert annotations["prometheus.io/path"] == "/metrics"
        assert annotations["prometheus.io/port"] == str(container["ports"][0]["containerPort"])
        hpa = _one(docs, "HorizontalPodAutoscaler", name)
        assert hpa["spec"]["scaleTargetRef"]["name"] == name
        pdb = _one(docs, "PodDisruptionBudget", name)
        assert pdb["spec"]["selector"]["matchLabels"] == {"app.kubernetes.io/name": name}
        service = _one(docs, "Service", name)
        assert service["spec"]["selector"] == {"app.kubernetes.io/name": name}


def test_worker_liveness_is_its_heartbeat(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    [container] = _pod(_one(docs, "Deployment", "worker"))["containers"]
    env = {e["name"]: e.get("value") for e in container["env"]}
    port = int(env["ECO_WORKER_HEALTH_PORT"])
    assert container["ports"] == [{"name": "health", "containerPort": port}]
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "health"}


def test_secrets_are_referenced_never_literal(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    assert not [d for d in docs if d["kind"] == "Secret"]
    config = _one(docs, "ConfigMap", "eco-config")["data"]
    assert not {"ECO_DATABASE_URL", "ECO_DATABASE_PASSWORD", "ECO_API_KEY_PEPPER"} & set(config)
    for doc in docs:
        if doc["kind"] not in {"Deployment", "Job"}:
            continue
        pod = _pod(doc)
        for container in pod["containers"]:
            env = {e["name"]: e for e in container["env"]}
            assert env["ECO_DATABASE_URL"]["valueFrom"]["secretKeyRef"] == {
                "name": "eco-db-app",  # made by CloudNativePG
                "key": "uri",
            }
            # Secret values only by reference (the pepper only as a file).
            assert not any("PEPPER" in name for name in env)
            for name, entry in env.items():
                if "PASSWORD" in name or name.startswith("DB_"):
                    assert set(entry) == {"name", "valueFrom"}
                    assert entry["valueFrom"]["secretKeyRef"]["name"] == "eco-db-app"
            read_url = env.get("ECO_DATABASE_READ_URL", {}).get("value", "")
            assert ":" not in read_url.removeprefix("postgresql://").partition("@")[0]
        secrets = {v["name"]: v for v in pod["volumes"]}["secrets"]["secret"]
        # The settings read /run/secrets/eco_api_key_pepper, as with Docker secrets.
        assert secrets["secretName"] == "eco-api-key-pepper"
        assert secrets["items"] == [{"key": "eco_api_key_pepper", "path": "eco_api_key_pepper"}]


def test_ingress_routes_the_three_prefixes(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    ingress = _one(docs, "Ingress", "eco")
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/rewrite-target"] == "/$2"
    [rule] = ingress["spec"]["rules"]
    routes = {p["path"]: p["backend"]["service"]["name"] for p in rule["http"]["paths"]}
    assert routes == {f"/{name}(/|$)(.*)": name for name in SERVICES}


def test_network_policies(overlay: tuple[str, list[Doc]]) -> None:
    name, docs = overlay
    policies = {d["metadata"]["name"]: d["spec"] for d in docs if d["kind"] == "NetworkPolicy"}
    ours = {"matchLabels": {"app.kubernetes.io/part-of": "eco-observatory"}}
    assert policies["eco-default-deny"] == {
        "podSelector": ours,
        "policyTypes": ["Ingress", "Egress"],
    }
    [rule] = policies["eco-services-ingress"]["ingress"]
    assert rule["from"][0]["namespaceSelector"]["matchLabels"] == {
        "kubernetes.io/metadata.name": "ingress-nginx"
    }
    database = policies["eco-egress-database"]["egress"][0]
    assert database["to"] == [{"podSelector": {"matchLabels": {"cnpg.io/cluster": "eco-db"}}}]
    assert database["ports"] == [{"protocol": "TCP", "port": 5432}]
    assert ("eco-egress-redis" in policies) == (name == "production")


def test_production_shares_rate_limits_in_redis() -> None:
    docs = render(KUBERNETES / "overlays" / "production")
    config = _one(docs, "ConfigMap", "eco-config")["data"]
    assert config["ECO_RATE_LIMIT_STORAGE"].startswith("redis://")
    assert config["ECO_ENVIRONMENT"] == "production"
    assert all(d["metadata"]["namespace"] == "eco" for d in docs)


def test_production_reads_public_data_on_the_replica() -> None:
    docs = render(KUBERNETES / "overlays" / "production")
    [cluster] = [d for d in docs if d["kind"] == "Cluster"]
    assert cluster["spec"]["instances"] >= 2  # a primary and at least one replica
    for doc in docs:
        if doc["kind"] != "Deployment":
            continue
        [container] = _pod(doc)["containers"]
        env = {e["name"]: e for e in container["env"]}
        if doc["metadata"]["name"] == "worker":  # jobs write: the primary only
            assert "ECO_DATABASE_READ_URL" not in env
            continue
        names = [e["name"] for e in container["env"]]
        # $(VAR) expands only variables defined before it in the list.
        assert names.index("DB_USERNAME") < names.index("ECO_DATABASE_READ_URL")
        assert names.index("DB_NAME") < names.index("ECO_DATABASE_READ_URL")
        assert env["ECO_DATABASE_READ_URL"]["value"] == (
            "postgresql://$(DB_USERNAME)@eco-db-ro:5432/$(DB_NAME)"
        )
        assert env["ECO_DATABASE_PASSWORD"]["valueFrom"]["secretKeyRef"] == {
            "name": "eco-db-app",
            "key": "password",
        }
    dev = render(KUBERNETES / "overlays" / "dev")
    # One instance in dev: no replica, everything on the primary.
    assert not any(
        e["name"] == "ECO_DATABASE_READ_URL"
        for d in dev
        if d["kind"] == "Deployment"
        for e in _pod(d)["containers"][0]["env"]
    )


def test_same_image_and_commands_as_compose(overlay: tuple[str, list[Doc]]) -> None:
    _, docs = overlay
    compose = _compose()
    image = compose["x-app"]["image"].partition(":")[0]
    commands = {name: compose["services"][name]["command"] for name in [*SERVICES, "worker"]}
    commands["eco-migrate"] = compose["services"]["migrate"]["command"]
    for doc in docs:
        if doc["kind"] not in {"Deployment", "Job"}:
            continue
        [container] = _pod(doc)["containers"]
        assert container["image"].rpartition("/")[2].partition(":")[0] == image
        assert container["command"] == commands[doc["metadata"]["name"]]


# PostgreSQL's default, which CloudNativePG keeps unless the Cluster sets it; and the
# connections it holds back for superusers plus a margin for the operator's own (status,
# replication slots' checks) and a psql session of an operator.
POSTGRES_DEFAULT_MAX_CONNECTIONS = 100
RESERVED_CONNECTIONS = 3 + 10
# eco_core.settings defaults, what a pod gets when the ConfigMap does not say.
DEFAULT_POOL_SIZE, DEFAULT_WORKER_CONCURRENCY = 10, 4


def test_the_database_takes_every_pool_at_full_scale(overlay: tuple[str, list[Doc]]) -> None:
    """Every process keeps its pool open: at the autoscalers' maximum, the services' pools,
    the workers' (an engine pool, and procrastinate's of concurrency + 3) and the migration
    Job's must fit in max_connections, on the primary and on the replica alike."""
    name, docs = overlay
    config = _one(docs, "ConfigMap", "eco-config")["data"]
    pool = int(config.get("ECO_DB_POOL_SIZE", DEFAULT_POOL_SIZE))
    pool += int(config.get("ECO_DB_MAX_OVERFLOW", 0))
    concurrency = int(config.get("ECO_WORKER_CONCURRENCY", DEFAULT_WORKER_CONCURRENCY))
    most = {d["spec"]["scaleTargetRef"]["name"]: d["spec"]["maxReplicas"]
            for d in docs if d["kind"] == "HorizontalPodAutoscaler"}  # fmt: skip
    assert set(most) == set(SERVICES)
    workers = _one(docs, "Deployment", "worker")["spec"]["replicas"]
    services = sum(most.values()) * pool
    primary = services + workers * (pool + concurrency + 3) + pool  # + the migration Job
    cluster = _one(docs, "Cluster", "eco-db")
    parameters = cluster["spec"].get("postgresql", {}).get("parameters", {})
    limit = int(parameters.get("max_connections", POSTGRES_DEFAULT_MAX_CONNECTIONS))
    assert primary + RESERVED_CONNECTIONS <= limit, (name, primary, limit)
    # Public reads hold a second pool per service pod, on the replica.
    assert services + RESERVED_CONNECTIONS <= limit
