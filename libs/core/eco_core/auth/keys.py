"""API key format and hashing (pure): ``eco_<public id>_<secret>``, stored as a keyed hash."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

PREFIX = "eco"
_KEY = re.compile(r"^eco_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class GeneratedKey:
    public_id: str
    secret: str

    @property
    def token(self) -> str:
        """What the client sends; it exists only in the response that creates the key."""
        return f"{PREFIX}_{self.public_id}_{self.secret}"


def generate_key() -> GeneratedKey:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    public_id = "".join(secrets.choice(alphabet) for _ in range(12))
    return GeneratedKey(public_id=public_id, secret=secrets.token_urlsafe(32))


def parse_key(token: str) -> tuple[str, str] | None:
    """(public id, secret), or None when the token is not one of our keys."""
    match = _KEY.match(token.strip())
    return (match.group(1), match.group(2)) if match else None


def public_id_of(token: str) -> str | None:
    parsed = parse_key(token)
    return parsed[0] if parsed else None


def hash_secret(secret: str, pepper: str) -> str:
    # The secret has 256 bits of entropy, so one keyed hash is enough (no slow KDF needed).
    return hmac.new(pepper.encode(), secret.encode(), hashlib.sha256).hexdigest()


def secret_matches(secret: str, stored_hash: str, pepper: str) -> bool:
    return hmac.compare_digest(hash_secret(secret, pepper), stored_hash)
