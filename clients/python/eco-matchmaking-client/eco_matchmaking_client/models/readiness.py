from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_replica import ReadReplica
    from ..models.worker_heartbeat import WorkerHeartbeat


T = TypeVar("T", bound="Readiness")


@_attrs_define
class Readiness:
    """
    Attributes:
        schema_revision (str):
        service (str):
        read_replica (None | ReadReplica | Unset): The read replica (ECO_DATABASE_READ_URL), for information: when it
            fails, public reads go to the primary. Null without one
        status (Literal['ready'] | Unset):  Default: 'ready'.
        worker (None | Unset | WorkerHeartbeat): The job worker's liveness, for information: not a condition
    """

    schema_revision: str
    service: str
    read_replica: None | ReadReplica | Unset = UNSET
    status: Literal["ready"] | Unset = "ready"
    worker: None | Unset | WorkerHeartbeat = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.read_replica import ReadReplica  # noqa: PLC0415
        from ..models.worker_heartbeat import WorkerHeartbeat  # noqa: PLC0415

        schema_revision = self.schema_revision

        service = self.service

        read_replica: dict[str, Any] | None | Unset
        if isinstance(self.read_replica, Unset):
            read_replica = UNSET
        elif isinstance(self.read_replica, ReadReplica):
            read_replica = self.read_replica.to_dict()
        else:
            read_replica = self.read_replica

        status = self.status

        worker: dict[str, Any] | None | Unset
        if isinstance(self.worker, Unset):
            worker = UNSET
        elif isinstance(self.worker, WorkerHeartbeat):
            worker = self.worker.to_dict()
        else:
            worker = self.worker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema_revision": schema_revision,
                "service": service,
            }
        )
        if read_replica is not UNSET:
            field_dict["read_replica"] = read_replica
        if status is not UNSET:
            field_dict["status"] = status
        if worker is not UNSET:
            field_dict["worker"] = worker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_replica import ReadReplica  # noqa: PLC0415
        from ..models.worker_heartbeat import WorkerHeartbeat  # noqa: PLC0415

        d = dict(src_dict)
        schema_revision = d.pop("schema_revision")

        service = d.pop("service")

        def _parse_read_replica(data: object) -> None | ReadReplica | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                read_replica_type_0 = ReadReplica.from_dict(data)

                return read_replica_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadReplica | Unset, data)

        read_replica = _parse_read_replica(d.pop("read_replica", UNSET))

        status = cast(Literal["ready"] | Unset, d.pop("status", UNSET))
        if status != "ready" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'ready', got '{status}'")

        def _parse_worker(data: object) -> None | Unset | WorkerHeartbeat:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worker_type_0 = WorkerHeartbeat.from_dict(data)

                return worker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerHeartbeat, data)

        worker = _parse_worker(d.pop("worker", UNSET))

        readiness = cls(
            schema_revision=schema_revision,
            service=service,
            read_replica=read_replica,
            status=status,
            worker=worker,
        )

        readiness.additional_properties = d
        return readiness

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
