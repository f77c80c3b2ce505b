from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solve_job_read_status import SolveJobReadStatus, check_solve_job_read_status

if TYPE_CHECKING:
    from ..models.callback_read import CallbackRead
    from ..models.result import Result


T = TypeVar("T", bound="SolveJobRead")


@_attrs_define
class SolveJobRead:
    """
    Attributes:
        callback (CallbackRead | None):
        created_at (datetime.datetime):
        error (None | str):
        expires_at (datetime.datetime): When the job, its input and its result are deleted (the retention,
            ECO_SOLVE_JOB_RETENTION_HOURS after creation); the input is deleted as soon as it is solved. After this the job
            answers 404
        finished_at (datetime.datetime | None):
        gap (float | None): (upper_bound - objective) / max(|upper_bound|, 1)
        id (UUID):
        meetings (int):
        objective (float | None): The best schedule's objective so far; the result's once done
        participants (int):
        phase (str): queued, waiting (for this worker's solver, busy with another job), loading (the instance, and the
            solver on a worker's first job), compiling, baseline (greedy), bounding (the relaxation's bound), heuristic,
            exact (CP-SAT), checking (tables, reasons, self-check), done or failed
        progress (float): 0..1: the share of the time limit used so far; 1 when done (a solve may end early, e.g. when
            it proves its schedule optimal)
        result (None | Result): Once succeeded: the same answer as POST /v1/schedules/solve
        slots (int):
        started_at (datetime.datetime | None):
        status (SolveJobReadStatus):
        time_limit_seconds (float):
        upper_bound (float | None): The proven bound, once computed
    """

    callback: CallbackRead | None
    created_at: datetime.datetime
    error: None | str
    expires_at: datetime.datetime
    finished_at: datetime.datetime | None
    gap: float | None
    id: UUID
    meetings: int
    objective: float | None
    participants: int
    phase: str
    progress: float
    result: None | Result
    slots: int
    started_at: datetime.datetime | None
    status: SolveJobReadStatus
    time_limit_seconds: float
    upper_bound: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callback_read import CallbackRead  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        callback: dict[str, Any] | None
        if isinstance(self.callback, CallbackRead):
            callback = self.callback.to_dict()
        else:
            callback = self.callback

        created_at = self.created_at.isoformat()

        error: None | str
        error = self.error

        expires_at = self.expires_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        gap: float | None
        gap = self.gap

        id = str(self.id)

        meetings = self.meetings

        objective: float | None
        objective = self.objective

        participants = self.participants

        phase = self.phase

        progress = self.progress

        result: dict[str, Any] | None
        if isinstance(self.result, Result):
            result = self.result.to_dict()
        else:
            result = self.result

        slots = self.slots

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status: str = self.status

        time_limit_seconds = self.time_limit_seconds

        upper_bound: float | None
        upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback": callback,
                "created_at": created_at,
                "error": error,
                "expires_at": expires_at,
                "finished_at": finished_at,
                "gap": gap,
                "id": id,
                "meetings": meetings,
                "objective": objective,
                "participants": participants,
                "phase": phase,
                "progress": progress,
                "result": result,
                "slots": slots,
                "started_at": started_at,
                "status": status,
                "time_limit_seconds": time_limit_seconds,
                "upper_bound": upper_bound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_read import CallbackRead  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_callback(data: object) -> CallbackRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                callback_type_0 = CallbackRead.from_dict(data)

                return callback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackRead | None, data)

        callback = _parse_callback(d.pop("callback"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_gap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gap = _parse_gap(d.pop("gap"))

        id = UUID(d.pop("id"))

        meetings = d.pop("meetings")

        def _parse_objective(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        objective = _parse_objective(d.pop("objective"))

        participants = d.pop("participants")

        phase = d.pop("phase")

        progress = d.pop("progress")

        def _parse_result(data: object) -> None | Result:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = Result.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Result, data)

        result = _parse_result(d.pop("result"))

        slots = d.pop("slots")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = check_solve_job_read_status(d.pop("status"))

        time_limit_seconds = d.pop("time_limit_seconds")

        def _parse_upper_bound(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        upper_bound = _parse_upper_bound(d.pop("upper_bound"))

        solve_job_read = cls(
            callback=callback,
            created_at=created_at,
            error=error,
            expires_at=expires_at,
            finished_at=finished_at,
            gap=gap,
            id=id,
            meetings=meetings,
            objective=objective,
            participants=participants,
            phase=phase,
            progress=progress,
            result=result,
            slots=slots,
            started_at=started_at,
            status=status,
            time_limit_seconds=time_limit_seconds,
            upper_bound=upper_bound,
        )

        solve_job_read.additional_properties = d
        return solve_job_read

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
