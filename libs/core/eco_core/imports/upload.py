"""Receive an uploaded file by streaming it to disk, hashing as it comes; read it back as text.

Files are never held in memory: a million-row statistics file is read line by line.
Gzip-compressed files (Eurostat ships ``.tsv.gz``) are recognised by their magic bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import tempfile
from collections.abc import AsyncIterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class StoredFile:
    path: Path
    sha256: str
    size: int
    filename: str | None = None


async def store_stream(
    chunks: AsyncIterable[bytes], *, filename: str | None = None, folder: str | None = None
) -> StoredFile:
    """Write a request body to a temporary file; the caller deletes it (see ``stored``)."""
    digest = hashlib.sha256()
    size = 0
    handle, name = tempfile.mkstemp(prefix="eco-import-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            async for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return StoredFile(Path(name), digest.hexdigest(), size, filename)


def store_path(path: Path) -> StoredFile:
    """Describe a file already on disk (the CLI and the shipped reference data)."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return StoredFile(path, digest.hexdigest(), path.stat().st_size, path.name)


def is_gzip(path: Path) -> bool:
    with path.open("rb") as source:
        return source.read(2) == _GZIP_MAGIC


@contextmanager
def open_text(path: Path) -> Iterator[io.TextIOWrapper]:
    """Open as UTF-8 text (a BOM is skipped), decompressing gzip transparently.

    Undecodable bytes raise UnicodeDecodeError while reading; importers turn it into a
    problem on the line they reached.
    """
    with (
        gzip.open(path, "rb") if is_gzip(path) else path.open("rb") as raw,
        io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text,
    ):
        yield text
