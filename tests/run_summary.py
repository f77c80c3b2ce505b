"""Sections printed at the end of a test run (the route walk, the schemathesis tallies).

Under pytest-xdist the tests run in worker processes while the terminal belongs to the
controller, so each worker hands its sections over through ``workeroutput`` (see the root
conftest) and the controller prints what every worker produced.
"""

from __future__ import annotations

from collections.abc import Callable

Producer = Callable[[bool], list[str]]

# title -> a function of "detail" (the -v flag) returning the section's lines.
PRODUCERS: dict[str, Producer] = {}


def section(title: str) -> Callable[[Producer], Producer]:
    def register(producer: Producer) -> Producer:
        PRODUCERS[title] = producer
        return producer

    return register


def produce(*, detail: bool) -> dict[str, list[str]]:
    """This process's non-empty sections."""
    sections = {title: producer(detail) for title, producer in PRODUCERS.items()}
    return {title: lines for title, lines in sections.items() if lines}
