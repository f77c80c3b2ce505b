from typing import Literal

ReadReplicaStatus = Literal["ok", "unavailable"]

READ_REPLICA_STATUS_VALUES: set[ReadReplicaStatus] = {
    "ok",
    "unavailable",
}


def check_read_replica_status(value: str) -> ReadReplicaStatus:
    if value in READ_REPLICA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_REPLICA_STATUS_VALUES!r}")
