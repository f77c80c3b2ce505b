from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkerHeartbeat")


@_attrs_define
class WorkerHeartbeat:
    """
    Attributes:
        newest_heartbeat_age_s (float | None): Seconds since the freshest worker heartbeat; null when no worker ever
            registered (or all stopped cleanly)
        stale_after_s (float):
        workers_alive (int): Job workers whose heartbeat is younger than stale_after_s
    """

    newest_heartbeat_age_s: float | None
    stale_after_s: float
    workers_alive: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newest_heartbeat_age_s: float | None
        newest_heartbeat_age_s = self.newest_heartbeat_age_s

        stale_after_s = self.stale_after_s

        workers_alive = self.workers_alive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newest_heartbeat_age_s": newest_heartbeat_age_s,
                "stale_after_s": stale_after_s,
                "workers_alive": workers_alive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_newest_heartbeat_age_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        newest_heartbeat_age_s = _parse_newest_heartbeat_age_s(d.pop("newest_heartbeat_age_s"))

        stale_after_s = d.pop("stale_after_s")

        workers_alive = d.pop("workers_alive")

        worker_heartbeat = cls(
            newest_heartbeat_age_s=newest_heartbeat_age_s,
            stale_after_s=stale_after_s,
            workers_alive=workers_alive,
        )

        worker_heartbeat.additional_properties = d
        return worker_heartbeat

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
