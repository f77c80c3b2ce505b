"""What a run keeps per organisation so that an update can rescore a few of them (pure):
the profile in float64, the relevance pool and a digest of the served list, as bytes.

Profiles are sparse (a few divisions each), so a profile is stored as the divisions where
any of its arrays is non-zero and the values there; a pool as its partners' 16-byte ids
and their scores. Both round-trip exactly.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from eco_matchmaking.recommendations.compute import NONE, Pools
from eco_matchmaking.recommendations.profiles import Profiles

_FIELDS = ("activity", "supply", "coverage", "offers", "needs")


def pack_profile(profiles: Profiles, row: int) -> bytes:
    arrays = [getattr(profiles, f)[row] for f in _FIELDS]
    primary = profiles.primary[row]
    where = np.flatnonzero(np.any([a != 0 for a in arrays], axis=0) | primary)
    parts = [np.array([len(where)], dtype="<u2").tobytes(), where.astype("<u2").tobytes()]
    parts += [a[where].astype("<f8").tobytes() for a in arrays]
    parts.append(primary[where].astype(np.uint8).tobytes())
    return b"".join(parts)


def unpack_profiles(blobs: Sequence[bytes], divisions: tuple[str, ...]) -> Profiles:
    n, width = len(blobs), len(divisions)
    arrays = {f: np.zeros((n, width)) for f in _FIELDS}
    primary = np.zeros((n, width), dtype=bool)
    for row, blob in enumerate(blobs):
        m = int(np.frombuffer(blob, dtype="<u2", count=1)[0])
        where = np.frombuffer(blob, dtype="<u2", count=m, offset=2).astype(np.intp)
        offset = 2 + 2 * m
        for f in _FIELDS:
            arrays[f][row, where] = np.frombuffer(blob, dtype="<f8", count=m, offset=offset)
            offset += 8 * m
        primary[row, where] = np.frombuffer(blob, dtype=np.uint8, count=m, offset=offset) > 0
    return Profiles(
        divisions=divisions,
        activity=arrays["activity"],
        offers=arrays["offers"],
        needs=arrays["needs"],
        primary=primary,
        supply=arrays["supply"],
        coverage=arrays["coverage"],
    )


def stack_profiles(parts: Sequence[tuple[Profiles, npt.NDArray[np.intp]]], n: int) -> Profiles:
    """Profiles of n rows, each part placed at its rows."""
    divisions = parts[0][0].divisions
    width = len(divisions)
    out = {f: np.zeros((n, width)) for f in _FIELDS}
    primary = np.zeros((n, width), dtype=bool)
    for profiles, rows in parts:
        for f in _FIELDS:
            out[f][rows] = getattr(profiles, f)
        primary[rows] = profiles.primary
    return Profiles(
        divisions=divisions,
        activity=out["activity"],
        offers=out["offers"],
        needs=out["needs"],
        primary=primary,
        supply=out["supply"],
        coverage=out["coverage"],
    )


def id_bytes(ids: Sequence[uuid.UUID]) -> npt.NDArray[np.void]:
    """The ids as 16-byte values, in the order PostgreSQL sorts uuids (bytewise)."""
    return np.frombuffer(b"".join(i.bytes for i in ids), dtype="V16")


def pack_pool(ids: npt.NDArray[np.void], pools: Pools, row: int) -> tuple[bytes, bytes]:
    partners = pools.partners[row]
    listed = partners[partners != NONE]
    return ids[listed].tobytes(), pools.scores[row, : len(listed)].astype("<f8").tobytes()


def unpack_pools(
    partner_blobs: Sequence[bytes],
    score_blobs: Sequence[bytes],
    complete: Sequence[bool],
    ids: npt.NDArray[np.void],
    width: int,
    missing: int,
) -> Pools:
    """Partners by position in ``ids`` (sorted); ``missing`` for ids not among them."""
    n = len(partner_blobs)
    partners = np.full((n, width), NONE, dtype=np.intp)
    scores = np.zeros((n, width))
    flat = np.frombuffer(b"".join(partner_blobs), dtype="V16")
    lengths = np.array([len(b) // 16 for b in partner_blobs], dtype=np.intp)
    found = np.searchsorted(ids, flat) if len(ids) else np.zeros(len(flat), dtype=np.intp)
    inside = found < len(ids)
    known = inside.copy()
    known[inside] = ids[found[inside]] == flat[inside]
    positions = np.where(known, found, missing)
    rows = np.repeat(np.arange(n), lengths)
    place = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    partners[rows, place] = positions
    scores[rows, place] = np.frombuffer(b"".join(score_blobs), dtype="<f8")
    return Pools(partners, scores, np.array(complete, dtype=bool))


def served_digests(
    ids: npt.NDArray[np.void],
    partners: npt.NDArray[np.intp],
    ranks: npt.NDArray[np.intp],
    inserted: npt.NDArray[np.bool_],
) -> list[bytes]:
    """A digest of each served list (partners by id, relevance ranks, exposure inserts):
    an update rewrites the lists whose digest changed."""
    digests = []
    for row in range(partners.shape[0]):
        listed = partners[row] != NONE
        h = hashlib.blake2b(digest_size=16)
        h.update(ids[partners[row][listed]].tobytes())
        h.update(ranks[row][listed].astype("<i4").tobytes())
        h.update(inserted[row][listed].astype(np.uint8).tobytes())
        digests.append(h.digest())
    return digests
