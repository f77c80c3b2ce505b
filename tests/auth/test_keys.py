"""API key format and hashing."""

from __future__ import annotations

from eco_core.auth import keys


def test_generated_keys_parse_back_and_differ() -> None:
    first, second = keys.generate_key(), keys.generate_key()
    assert first.token != second.token
    assert first.token.startswith("eco_")
    assert keys.parse_key(first.token) == (first.public_id, first.secret)
    assert keys.public_id_of(first.token) == first.public_id


def test_foreign_tokens_are_not_keys() -> None:
    token = keys.generate_key().token
    for bad in ("", "eco_", token[:-1], token.replace("eco_", "sk_"), token + "x", "Bearer x"):
        assert keys.parse_key(bad) is None


def test_hash_depends_on_secret_and_pepper() -> None:
    secret = keys.generate_key().secret
    stored = keys.hash_secret(secret, "pepper")
    assert stored != secret
    assert len(stored) == 64
    assert keys.secret_matches(secret, stored, "pepper")
    assert not keys.secret_matches(secret, stored, "other pepper")
    assert not keys.secret_matches(secret + "x", stored, "pepper")
