"""Text that JSON and Python hold but PostgreSQL refuses to store: NUL, lone surrogates."""

from __future__ import annotations


def unstorable_text(text: str) -> str | None:
    """Why the database would refuse ``text``, or None when it stores it as it is."""
    if "\x00" in text:
        return "contains a NUL character, which cannot be stored"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # JSON may escape one (\ud800); UTF-8, and so the database, cannot hold it.
        return "contains a lone surrogate (not valid Unicode), which cannot be stored"
    return None
