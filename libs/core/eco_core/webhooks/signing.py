"""Signatures of webhook deliveries: the Standard Webhooks ones, and the old one for a release.

- Standard Webhooks (https://www.standardwebhooks.com/): ``webhook-id`` (the event's id,
  the same on every retry, so receivers deduplicate on it), ``webhook-timestamp`` (Unix
  seconds) and ``webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">``.
  The key is the secret's bytes: what follows ``whsec_``, base64-decoded. Any Standard
  Webhooks library verifies a delivery with the secret as shown at subscription, e.g.
  ``standardwebhooks.Webhook(secret).verify(body, headers)``; the timestamp is signed, so
  the libraries' five-minute tolerance refuses a replay.
- ``Eco-Signature: v1=<hex HMAC-SHA256 of "{Eco-Timestamp}.{body}">``, keyed with the
  secret's characters as they are: deprecated, sent alongside the standard headers in this
  release only, for receivers written against it.

Secrets issued before the ``whsec_`` ones (64 hex characters) keep working unchanged: hex
digits are base64 characters, and a library given a secret without the prefix decodes it
as base64, so the standard signature is keyed with the very bytes the library derives.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret
# Standard Webhooks asks for 24 to 64 random bytes.
SECRET_BYTES = 32
LEGACY_SCHEME = "v1"
DEFAULT_TOLERANCE_S = 300


def new_secret() -> str:
    """``whsec_`` and the base64 of 32 random bytes (50 characters)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def signing_key(secret: str) -> bytes:
    """The HMAC key of the standard signature, read from the secret exactly as the
    Standard Webhooks libraries read it (prefix dropped, lenient base64 with padding), so
    that whatever a subscription's secret looks like, the libraries agree with us."""
    # Not validate=True: the libraries skip characters outside the alphabet, and so must we.
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX) + "==")


def standard_signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256 of "{message_id}.{timestamp}.{body}">``."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), signed, hashlib.sha256).digest()
    return f"v1,{base64.b64encode(digest).decode()}"


def legacy_signature(secret: str, timestamp: int, body: bytes) -> str:
    """The deprecated ``Eco-Signature``: ``v1=<hex HMAC-SHA256 of "{timestamp}.{body}">``."""
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"{LEGACY_SCHEME}={digest}"


def verify_legacy(
    secret: str,
    timestamp: int,
    body: bytes,
    signature: str,
    *,
    now: float,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
) -> bool:
    """True when ``signature`` is our ``Eco-Signature`` for this body and the timestamp is
    recent enough."""
    if abs(now - timestamp) > tolerance_s:
        return False
    return hmac.compare_digest(legacy_signature(secret, timestamp, body), signature)


def delivery_headers(
    event_id: uuid.UUID | str, event_type: str, secret: str, body: bytes, timestamp: int
) -> dict[str, str]:
    message_id = str(event_id)
    return {
        "Content-Type": "application/json",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": standard_signature(secret, message_id, timestamp, body),
        "Eco-Event-Type": event_type,
        # Deprecated: the standard headers above carry the same; removed in the next release.
        "Eco-Event-Id": message_id,
        "Eco-Timestamp": str(timestamp),
        "Eco-Signature": legacy_signature(secret, timestamp, body),
    }
