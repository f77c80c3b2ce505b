from typing import Literal

PeersUsedMethod = Literal["chosen", "structural_similarity"]

PEERS_USED_METHOD_VALUES: set[PeersUsedMethod] = {
    "chosen",
    "structural_similarity",
}


def check_peers_used_method(value: str) -> PeersUsedMethod:
    if value in PEERS_USED_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PEERS_USED_METHOD_VALUES!r}")
