"""Delivery signatures: a known answer, and what a receiver must reject."""

from __future__ import annotations

import hashlib
import hmac
import uuid

from eco_core.webhooks.signing import delivery_headers, sign, verify

SECRET = "whsec_known_answer"
BODY = b'{"id":"e1","type":"meeting.scheduled","data":{"x":1}}'
TIMESTAMP = 1_767_225_600


def test_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    expected = hmac.new(
        SECRET.encode(), f"{TIMESTAMP}.".encode() + BODY, hashlib.sha256
    ).hexdigest()
    assert sign(SECRET, TIMESTAMP, BODY) == f"v1={expected}"


def test_a_fresh_genuine_signature_verifies() -> None:
    signature = sign(SECRET, TIMESTAMP, BODY)
    assert verify(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 299)


def test_tampering_and_replay_are_rejected() -> None:
    signature = sign(SECRET, TIMESTAMP, BODY)
    assert not verify(SECRET, TIMESTAMP, BODY + b" ", signature, now=TIMESTAMP)
    assert not verify("another secret", TIMESTAMP, BODY, signature, now=TIMESTAMP)
    assert not verify(SECRET, TIMESTAMP + 1, BODY, signature, now=TIMESTAMP)
    assert not verify(SECRET, TIMESTAMP, BODY, signature[:-1] + "0", now=TIMESTAMP)
    assert not verify(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 301)
    assert not verify(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP - 301)
    assert verify(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 20, tolerance_s=30)
    assert not verify(SECRET, TIMESTAMP, BODY, signature, now=TIMESTAMP + 31, tolerance_s=30)


def test_delivery_headers_carry_event_and_signature() -> None:
    event_id = uuid.uuid4()
    headers = delivery_headers(event_id, "meeting.scheduled", SECRET, BODY, TIMESTAMP)
    assert headers == {
        "Content-Type": "application/json",
        "Eco-Event-Id": str(event_id),
        "Eco-Event-Type": "meeting.scheduled",
        "Eco-Timestamp": str(TIMESTAMP),
        "Eco-Signature": sign(SECRET, TIMESTAMP, BODY),
    }
