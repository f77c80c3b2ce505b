"""A small Kustomize renderer for the tests, so CI needs no kustomize binary.

It understands exactly what deploy/kubernetes uses: resources (files and directories),
namespace, labels (includeTemplates), images, and patches in JSON 6902 form with a target
by kind and name, or by kind and a labelSelector of ``key=value`` pairs. Anything else in
a kustomization.yaml fails loudly rather than render something kustomize would not;
where kubectl is installed, the tests compare the two.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpatch
import yaml

Doc = dict[str, Any]
KNOWN = {"apiVersion", "kind", "namespace", "resources", "labels", "images", "patches"}
# Kinds whose pod template carries the labels too (labels.includeTemplates).
TEMPLATED = {"Deployment", "StatefulSet", "DaemonSet", "Job"}


def load_documents(path: Path) -> list[Doc]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def render(folder: Path) -> list[Doc]:
    spec = yaml.safe_load((folder / "kustomization.yaml").read_text())
    unknown = set(spec) - KNOWN
    if unknown:
        raise ValueError(f"{folder}: the test renderer does not support {sorted(unknown)}")
    docs: list[Doc] = []
    for entry in spec.get("resources", []):
        path = (folder / entry).resolve()
        docs += render(path) if path.is_dir() else load_documents(path)
    docs = copy.deepcopy(docs)
    for label in spec.get("labels", []):
        if label.get("includeSelectors"):
            raise ValueError("labels.includeSelectors is not supported")
        for doc in docs:
            doc["metadata"].setdefault("labels", {}).update(label["pairs"])
            if label.get("includeTemplates") and doc["kind"] in TEMPLATED:
                template = _template(doc)
                template.setdefault("metadata", {}).setdefault("labels", {}).update(label["pairs"])
    for patch in spec.get("patches", []):
        target = patch["target"]
        operations = yaml.safe_load(patch["patch"])
        for index, doc in enumerate(docs):
            if (
                doc["kind"] == target["kind"]
                and target.get("name", doc["metadata"]["name"]) == (doc["metadata"]["name"])
                and _selected(doc, target.get("labelSelector"))
            ):
                docs[index] = jsonpatch.apply_patch(doc, operations)
    for image in spec.get("images", []):
        for doc in docs:
            for container in _containers(doc):
                name, _, _tag = container["image"].partition(":")
                if name == image["name"]:
                    new = image.get("newName", name)
                    container["image"] = f"{new}:{image['newTag']}" if "newTag" in image else new
    if "namespace" in spec:
        for doc in docs:
            doc["metadata"]["namespace"] = spec["namespace"]
    return docs


def _selected(doc: Doc, selector: str | None) -> bool:
    if selector is None:
        return True
    labels = doc["metadata"].get("labels", {})
    for term in selector.split(","):
        key, sep, value = term.strip().partition("=")
        if not sep or key.endswith("!"):
            raise ValueError(f"labelSelector {selector!r}: only key=value terms are supported")
        if labels.get(key) != value:
            return False
    return True


def _template(doc: Doc) -> Doc:
    template: Doc = doc["spec"]["template"]
    return template


def _containers(doc: Doc) -> list[Doc]:
    if doc["kind"] not in TEMPLATED:
        return []
    pod: Doc = _template(doc)["spec"]
    return [*pod.get("initContainers", []), *pod["containers"]]
