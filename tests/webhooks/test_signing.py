"""Delivery signatures: Standard Webhooks ones that the reference library verifies (also for
secrets issued before the whsec_ format), and the deprecated Eco-Signature alongside."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import uuid
from datetime import UTC, datetime

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from eco_core.webhooks.signing import (
    delivery_headers,
    legacy_signature,
    new_secret,
    signing_key,
    standard_signature,
    verify_legacy,
)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3/7zWnCjb1E="
# What subscriptions got before the whsec_ format: secrets.token_hex(32).
HEX_SECRET = "4f6b1c2d8e9a0b3c5d7e1f2a4b6c8d0e1f3a5b7c9d0e2f4a6b8c0d1e3f5a7b9c"
BODY = b'{"id":"e1","type":"meeting.scheduled","data":{"x":1}}'
TIMESTAMP = 1_767_225_600
MESSAGE_ID = "0b7c1a52-6f1e-4a8e-9d55-3c1f2e4b5a69"


def test_new_secrets_are_whsec_and_32_random_bytes() -> None:
    first, second = new_secret(), new_secret()
    assert first.startswith("whsec_")
    assert len(base64.b64decode(first.removeprefix("whsec_"), validate=True)) == 32
    assert first != second
    # The column holds 64 characters.
    assert len(first) == 50


def test_standard_signature_is_base64_hmac_of_id_timestamp_body() -> None:
    key = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3/7zWnCjb1E=")
    digest = hmac.new(key, f"{MESSAGE_ID}.{TIMESTAMP}.".encode() + BODY, hashlib.sha256).digest()
    expected = "v1," + base64.b64encode(digest).decode()
    assert standard_signature(SECRET, MESSAGE_ID, TIMESTAMP, BODY) == expected
    # The reference library signs the same message the same way.
    signed_at = datetime.fromtimestamp(TIMESTAMP, tz=UTC)
    assert Webhook(SECRET).sign(MESSAGE_ID, signed_at, BODY.decode()) == expected


@pytest.mark.parametrize("secret", [SECRET, HEX_SECRET, new_secret()], ids=["whsec", "hex", "new"])
def test_the_standard_library_verifies_our_headers(secret: str) -> None:
    now = int(time.time())
    headers = delivery_headers(MESSAGE_ID, "meeting.scheduled", secret, BODY, now)
    assert Webhook(secret).verify(BODY, headers) == {
        "id": "e1",
        "type": "meeting.scheduled",
        "data": {"x": 1},
    }


def test_an_old_hex_secret_keys_the_bytes_the_library_derives() -> None:
    # No migration: the subscriber passes the secret it was shown, unchanged.
    assert signing_key(HEX_SECRET) == base64.b64decode(HEX_SECRET)
    assert len(signing_key(HEX_SECRET)) == 48


def test_the_library_rejects_tampering_another_secret_and_replays() -> None:
    now = int(time.time())
    headers = delivery_headers(MESSAGE_ID, "meeting.scheduled", SECRET, BODY, now)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(BODY + b" ", headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(BODY, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(BODY, {**headers, "webhook-id": str(uuid.uuid4())})
    stale = delivery_headers(MESSAGE_ID, "meeting.scheduled", SECRET, BODY, now - 301)
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(SECRET).verify(BODY, stale)


def test_deprecated_signature_is_hex_hmac_of_timestamp_dot_body() -> None:
    expected = hmac.new(
        SECRET.encode(), f"{TIMESTAMP}.".encode() + BODY, hashlib.sha256
    ).hexdigest()
    assert legacy_signature(SECRET, TIMESTAMP, BODY) == f"v1={expected}"


def test_deprecated_signature_rejects_tampering_and_replay() -> None:
    signature = legacy_signature(SECRET, TIMESTAMP, BODY)
    assert verify_legacy(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 299)
    assert not verify_legacy(SECRET, TIMESTAMP, BODY + b" ", signature, now=TIMESTAMP)
    assert not verify_legacy("another secret", TIMESTAMP, BODY, signature, now=TIMESTAMP)
    assert not verify_legacy(SECRET, TIMESTAMP + 1, BODY, signature, now=TIMESTAMP)
    assert not verify_legacy(SECRET, TIMESTAMP, BODY, signature[:-1] + "0", now=TIMESTAMP)
    assert not verify_legacy(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 301)
    assert not verify_legacy(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP - 301)
    assert verify_legacy(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 20, tolerance_s=30)
    assert not verify_legacy(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 31, tolerance_s=30)


def test_delivery_headers_carry_both_signatures_for_this_release() -> None:
    event_id = uuid.uuid4()
    headers = delivery_headers(event_id, "meeting.scheduled", SECRET, BODY, TIMESTAMP)
    assert headers == {
        "Content-Type": "application/json",
        "webhook-id": str(event_id),
        "webhook-timestamp": str(TIMESTAMP),
        "webhook-signature": standard_signature(SECRET, str(event_id), TIMESTAMP, BODY),
        "Eco-Event-Type": "meeting.scheduled",
        "Eco-Event-Id": str(event_id),
        "Eco-Timestamp": str(TIMESTAMP),
        "Eco-Signature": legacy_signature(SECRET, TIMESTAMP, BODY),
    }
