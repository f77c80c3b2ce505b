"""Signatures of webhook deliveries (HMAC-SHA256 over the timestamp and the body).

The timestamp is signed with the body so that a captured request cannot be replayed later
than the receiver's tolerance; ``v1=`` leaves room for another scheme without breaking
receivers that check the version.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

SCHEME = "v1"
DEFAULT_TOLERANCE_S = 300


def sign(secret: str, timestamp: int, body: bytes) -> str:
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"{SCHEME}={digest}"


def verify(
    secret: str,
    timestamp: int,
    body: bytes,
    signature: str,
    *,
    now: float,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
) -> bool:
    """True when ``signature`` is ours for this body and the timestamp is recent enough."""
    if abs(now - timestamp) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def delivery_headers(
    event_id: uuid.UUID | str, event_type: str, secret: str, body: bytes, timestamp: int
) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "Eco-Event-Id": str(event_id),
        "Eco-Event-Type": event_type,
        "Eco-Timestamp": str(timestamp),
        "Eco-Signature": sign(secret, timestamp, body),
    }
