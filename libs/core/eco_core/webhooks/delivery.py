"""Deliver due webhook deliveries: claim under a lease, POST, record each outcome.

The claim commits before any request is sent and pushes ``next_attempt_at`` one lease
ahead, so a worker that dies mid-delivery leaves its rows pending: they come due again
when the lease runs out (at least once, never lost). ``SKIP LOCKED`` lets several workers
claim side by side without waiting on, or taking, one another's rows.

Requests go through ``transport.delivery_pool``, which checks each target address as it
connects. The log records what happened as a category ("HTTP 503", "timeout", ...), never
the receiver's words or an exception's text: the log is the subscriber's to read, and
must not tell them more about the network than whether their receiver answered.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpcore
import orjson
from sqlalchemy import DateTime, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_core.logging import get_logger
from eco_core.webhooks.backoff import backoff_s
from eco_core.webhooks.signing import delivery_headers
from eco_core.webhooks.targets import TargetRefused, parse_target

logger = get_logger(__name__)

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_CONCURRENCY = 10
USER_AGENT = "eco-webhooks/1"
# The operators' log may say more than the subscriber's delivery log, but not a page.
MAX_DETAIL_CHARS = 500

# Delivery log categories besides TargetRefused's and "HTTP <status>".
TIMEOUT = "timeout"
CONNECTION_FAILED = "connection refused/failed"
CONNECTION_LOST = "connection lost"
PROTOCOL_ERROR = "invalid HTTP response"
INACTIVE = "subscription inactive"
OTHER = "delivery error"
# Spreads retries in time; nothing secret depends on it.
_JITTER_RNG = random.Random()  # noqa: S311

_CLAIM = text(
    """
    UPDATE webhook_delivery AS d
    SET next_attempt_at = now() + make_interval(secs => :lease_s),
        attempts = d.attempts + 1,
        last_attempt_at = now()
    FROM webhook_subscription AS s, outbox_event AS e
    WHERE d.id IN (
            SELECT id FROM webhook_delivery
            WHERE status = 'pending' AND next_attempt_at <= now()
            ORDER BY next_attempt_at
            LIMIT :batch
            FOR UPDATE SKIP LOCKED
        )
      AND s.id = d.subscription_id
      AND e.id = d.event_id
    RETURNING d.id, d.attempts, d.subscription_id, s.url, s.secret, s.active,
              e.id AS event_id, e.event_type, e.payload, e.occurred_at
    """
).columns(
    # Typed so that the JSON comes back as a dict and the time as an aware datetime.
    payload=JSONB,
    occurred_at=DateTime(timezone=True),
)

# The status guard keeps a late outcome (a lease that ran out while the request was in
# flight) from reopening a row another worker has since finished; the attempts guard keeps
# it from overwriting that worker's newer attempt.
_DELIVERED = text(
    """
    UPDATE webhook_delivery
    SET status = 'delivered', delivered_at = now(), last_status_code = :status_code,
        last_error = NULL
    WHERE id = :id AND status = 'pending'
    """
)
_RETRY = text(
    """
    UPDATE webhook_delivery
    SET last_status_code = :status_code, last_error = :error,
        next_attempt_at = now() + make_interval(secs => :delay_s)
    WHERE id = :id AND status = 'pending' AND attempts = :attempts
    """
)
_FAILED = text(
    """
    UPDATE webhook_delivery
    SET status = 'failed', last_status_code = :status_code, last_error = :error
    WHERE id = :id AND status = 'pending' AND attempts = :attempts
    """
)


@dataclass(frozen=True)
class DeliveryReport:
    claimed: int = 0
    delivered: int = 0
    retried: int = 0
    failed: int = 0


@dataclass(frozen=True)
class _Claimed:
    id: int
    attempts: int
    subscription_id: uuid.UUID
    url: str
    secret: str
    active: bool
    event_id: uuid.UUID
    event_type: str
    payload: dict[str, Any]
    occurred_at: datetime


@dataclass(frozen=True)
class _Attempt:
    status_code: int | None = None
    error: str | None = None
    # For the operators' log only.
    detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def deliver_due(
    engine: AsyncEngine,
    pool: httpcore.AsyncConnectionPool,
    *,
    batch: int = 50,
    lease_s: float = 60,
    max_attempts: int = 12,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    concurrency: int = DEFAULT_CONCURRENCY,
    rng: random.Random | None = None,
) -> DeliveryReport:
    """Claim up to ``batch`` due deliveries, send them through ``pool`` (a
    ``transport.delivery_pool``), and record what happened."""
    if timeout_s >= lease_s:
        # Otherwise a slow receiver's row comes due again while it is still being sent.
        raise ValueError(f"timeout_s ({timeout_s}) must be shorter than lease_s ({lease_s})")
    claimed = await _claim(engine, batch=batch, lease_s=lease_s)
    if not claimed:
        return DeliveryReport()
    limit = asyncio.Semaphore(concurrency)

    async def attempt(row: _Claimed) -> _Attempt:
        if not row.active:
            return _Attempt(error=INACTIVE)
        async with limit:
            return await _post(pool, row, timeout_s)

    attempts = await asyncio.gather(*(attempt(row) for row in claimed))
    return await _record(engine, claimed, attempts, max_attempts, rng or _JITTER_RNG)


async def _claim(engine: AsyncEngine, *, batch: int, lease_s: float) -> list[_Claimed]:
    async with engine.begin() as conn:
        result = await conn.execute(_CLAIM, {"lease_s": float(lease_s), "batch": batch})
        return [_Claimed(**row) for row in result.mappings()]


def _body(row: _Claimed) -> bytes:
    return orjson.dumps(
        {
            # str(): the driver's UUID subclass is not one orjson knows.
            "id": str(row.event_id),
            "type": row.event_type,
            "occurred_at": row.occurred_at,
            "data": row.payload,
        }
    )


async def _post(pool: httpcore.AsyncConnectionPool, row: _Claimed, timeout_s: float) -> _Attempt:
    body = _body(row)
    # Signed at send time: each retry carries a fresh timestamp the receiver will accept.
    headers = delivery_headers(row.event_id, row.event_type, row.secret, body, int(time.time()))
    headers["User-Agent"] = USER_AGENT
    phases = {"connect": timeout_s, "read": timeout_s, "write": timeout_s, "pool": timeout_s}
    try:
        # Its form (scheme, no credentials) is checked again in case the rules changed
        # since registration; its addresses are the pool's to check, as it connects.
        parse_target(row.url, allow_private=True)
        # One deadline for the whole attempt: a receiver trickling its answer byte by byte
        # must not hold a row past its lease.
        async with asyncio.timeout(timeout_s):
            # Streamed and never read: only the status matters, not however big a page is.
            async with pool.stream(
                "POST",
                row.url,
                headers=list(headers.items()),
                content=body,
                extensions={"timeout": phases},
            ) as response:
                status = response.status
    except Exception as exc:  # one bad receiver (or URL) must not sink the batch
        return _Attempt(
            error=failure_category(exc), detail=f"{type(exc).__name__}: {exc}"[:MAX_DETAIL_CHARS]
        )
    return _Attempt(status_code=status, error=None if 200 <= status < 300 else f"HTTP {status}")


def failure_category(exc: Exception) -> str:
    """What the delivery log says about a failed attempt."""
    if isinstance(exc, TargetRefused):
        return exc.category
    if isinstance(exc, TimeoutError | httpcore.TimeoutException):
        return TIMEOUT
    if isinstance(exc, httpcore.ConnectError):
        return CONNECTION_FAILED
    if isinstance(exc, httpcore.NetworkError):
        return CONNECTION_LOST
    if isinstance(exc, httpcore.ProtocolError):
        return PROTOCOL_ERROR
    return OTHER


async def _record(
    engine: AsyncEngine,
    claimed: list[_Claimed],
    attempts: list[_Attempt],
    max_attempts: int,
    rng: random.Random,
) -> DeliveryReport:
    delivered = retried = failed = 0
    async with engine.begin() as conn:
        for row, attempt in zip(claimed, attempts, strict=True):
            params: dict[str, Any] = {
                "id": row.id,
                "attempts": row.attempts,
                "status_code": attempt.status_code,
                "error": attempt.error,
            }
            if attempt.ok:
                await conn.execute(_DELIVERED, params)
                delivered += 1
                outcome = "delivered"
            elif not row.active or row.attempts >= max_attempts:
                await conn.execute(_FAILED, params)
                failed += 1
                outcome = "failed"
            else:
                params["delay_s"] = backoff_s(row.attempts, rng)
                await conn.execute(_RETRY, params)
                retried += 1
                outcome = "retry"
            # The subscription rather than its URL: receivers put tokens in their URLs.
            log = logger.warning if outcome == "failed" else logger.info
            log(
                "webhook_delivery",
                outcome=outcome,
                delivery_id=row.id,
                subscription_id=str(row.subscription_id),
                event_id=str(row.event_id),
                event_type=row.event_type,
                attempt=row.attempts,
                status_code=attempt.status_code,
                error=attempt.error,
                detail=attempt.detail,
                retry_in_s=params.get("delay_s"),
            )
    return DeliveryReport(claimed=len(claimed), delivered=delivered, retried=retried, failed=failed)
