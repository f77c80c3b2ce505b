"""The generated Python clients against the three services served by uvicorn on loopback,
inside the test's transaction (rolled back after it), as an integrator would call them."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import Protocol, TypeVar

import eco_api_client
import eco_matchmaking_client
import eco_scoring_client

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Answer(Protocol[T_co]):
    """What every generated client's ``*_detailed`` call returns (each package has its own
    ``Response`` class of this shape)."""

    @property
    def status_code(self) -> HTTPStatus: ...

    @property
    def content(self) -> bytes: ...

    @property
    def parsed(self) -> T_co | None: ...


def expect(answer: Answer[object], status: int, kind: type[T]) -> T:
    """The parsed body of ``answer``, which must have ``status`` and be a ``kind``."""
    assert answer.status_code == status, answer.content[:500]
    assert isinstance(answer.parsed, kind), answer.parsed
    return answer.parsed


@dataclass(frozen=True)
class LiveServices:
    """Base URLs of the served services, and clients for them (use them as ``async with``,
    which closes their connections). Undocumented statuses raise
    (``raise_on_unexpected_status``): the clients double as a check of the documents."""

    urls: dict[str, str]

    def api(self, key: str) -> eco_api_client.AuthenticatedClient:
        return eco_api_client.AuthenticatedClient(
            base_url=self.urls["api"], token=key, raise_on_unexpected_status=True
        )

    def anonymous_api(self) -> eco_api_client.Client:
        return eco_api_client.Client(base_url=self.urls["api"], raise_on_unexpected_status=True)

    def scoring(self, key: str) -> eco_scoring_client.AuthenticatedClient:
        return eco_scoring_client.AuthenticatedClient(
            base_url=self.urls["scoring"], token=key, raise_on_unexpected_status=True
        )

    def matchmaking(self, key: str) -> eco_matchmaking_client.AuthenticatedClient:
        return eco_matchmaking_client.AuthenticatedClient(
            base_url=self.urls["matchmaking"], token=key, raise_on_unexpected_status=True
        )
