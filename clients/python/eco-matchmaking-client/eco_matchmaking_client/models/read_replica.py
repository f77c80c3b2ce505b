from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.read_replica_status import ReadReplicaStatus, check_read_replica_status

T = TypeVar("T", bound="ReadReplica")


@_attrs_define
class ReadReplica:
    """
    Attributes:
        in_recovery (bool | None): Whether the server is a standby (false: ECO_DATABASE_READ_URL names a primary); null
            when it did not answer
        replay_lag_s (float | None): Seconds since the last replayed transaction while WAL received is not yet replayed
            (0 when caught up); null when it did not answer or is no standby
        serving_public_reads (bool): False while public reads go to the primary because the replica failed
        status (ReadReplicaStatus):
    """

    in_recovery: bool | None
    replay_lag_s: float | None
    serving_public_reads: bool
    status: ReadReplicaStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_recovery: bool | None
        in_recovery = self.in_recovery

        replay_lag_s: float | None
        replay_lag_s = self.replay_lag_s

        serving_public_reads = self.serving_public_reads

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_recovery": in_recovery,
                "replay_lag_s": replay_lag_s,
                "serving_public_reads": serving_public_reads,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_in_recovery(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        in_recovery = _parse_in_recovery(d.pop("in_recovery"))

        def _parse_replay_lag_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        replay_lag_s = _parse_replay_lag_s(d.pop("replay_lag_s"))

        serving_public_reads = d.pop("serving_public_reads")

        status = check_read_replica_status(d.pop("status"))

        read_replica = cls(
            in_recovery=in_recovery,
            replay_lag_s=replay_lag_s,
            serving_public_reads=serving_public_reads,
            status=status,
        )

        read_replica.additional_properties = d
        return read_replica

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
