from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_read_solver_status_type_0 import RunReadSolverStatusType0, check_run_read_solver_status_type_0
from ..models.run_read_status import RunReadStatus, check_run_read_status

if TYPE_CHECKING:
    from ..models.run_read_diagnostics_item import RunReadDiagnosticsItem
    from ..models.run_read_unscheduled_item import RunReadUnscheduledItem


T = TypeVar("T", bound="RunRead")


@_attrs_define
class RunRead:
    """
    Attributes:
        created_at (datetime.datetime):
        diagnostics (list[RunReadDiagnosticsItem]): What the pre-checks found
        error (None | str):
        event_id (UUID):
        finished_at (datetime.datetime | None):
        gap (float | None): (upper_bound - objective) / upper_bound
        id (UUID):
        meetings_moved (int | None):
        meetings_scheduled (int | None):
        meetings_total (int | None):
        objective (float | None):
        progress (float): 0..1
        solve_seconds (float | None):
        solver (None | str):
        solver_status (None | RunReadSolverStatusType0):
        started_at (datetime.datetime | None):
        status (RunReadStatus):
        time_limit_seconds (float):
        unscheduled (list[RunReadUnscheduledItem]): Meetings left out, each with a reason (e.g. no_common_slot)
        upper_bound (float | None): A proven bound on the objective
    """

    created_at: datetime.datetime
    diagnostics: list[RunReadDiagnosticsItem]
    error: None | str
    event_id: UUID
    finished_at: datetime.datetime | None
    gap: float | None
    id: UUID
    meetings_moved: int | None
    meetings_scheduled: int | None
    meetings_total: int | None
    objective: float | None
    progress: float
    solve_seconds: float | None
    solver: None | str
    solver_status: None | RunReadSolverStatusType0
    started_at: datetime.datetime | None
    status: RunReadStatus
    time_limit_seconds: float
    unscheduled: list[RunReadUnscheduledItem]
    upper_bound: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        diagnostics = []
        for diagnostics_item_data in self.diagnostics:
            diagnostics_item = diagnostics_item_data.to_dict()
            diagnostics.append(diagnostics_item)

        error: None | str
        error = self.error

        event_id = str(self.event_id)

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        gap: float | None
        gap = self.gap

        id = str(self.id)

        meetings_moved: int | None
        meetings_moved = self.meetings_moved

        meetings_scheduled: int | None
        meetings_scheduled = self.meetings_scheduled

        meetings_total: int | None
        meetings_total = self.meetings_total

        objective: float | None
        objective = self.objective

        progress = self.progress

        solve_seconds: float | None
        solve_seconds = self.solve_seconds

        solver: None | str
        solver = self.solver

        solver_status: None | str
        if isinstance(self.solver_status, str):
            solver_status = self.solver_status
        else:
            solver_status = self.solver_status

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status: str = self.status

        time_limit_seconds = self.time_limit_seconds

        unscheduled = []
        for unscheduled_item_data in self.unscheduled:
            unscheduled_item = unscheduled_item_data.to_dict()
            unscheduled.append(unscheduled_item)

        upper_bound: float | None
        upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "diagnostics": diagnostics,
                "error": error,
                "event_id": event_id,
                "finished_at": finished_at,
                "gap": gap,
                "id": id,
                "meetings_moved": meetings_moved,
                "meetings_scheduled": meetings_scheduled,
                "meetings_total": meetings_total,
                "objective": objective,
                "progress": progress,
                "solve_seconds": solve_seconds,
                "solver": solver,
                "solver_status": solver_status,
                "started_at": started_at,
                "status": status,
                "time_limit_seconds": time_limit_seconds,
                "unscheduled": unscheduled,
                "upper_bound": upper_bound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_read_diagnostics_item import RunReadDiagnosticsItem  # noqa: PLC0415
        from ..models.run_read_unscheduled_item import RunReadUnscheduledItem  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        diagnostics = []
        _diagnostics = d.pop("diagnostics")
        for diagnostics_item_data in _diagnostics:
            diagnostics_item = RunReadDiagnosticsItem.from_dict(diagnostics_item_data)

            diagnostics.append(diagnostics_item)

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        event_id = UUID(d.pop("event_id"))

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

        def _parse_meetings_moved(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        meetings_moved = _parse_meetings_moved(d.pop("meetings_moved"))

        def _parse_meetings_scheduled(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        meetings_scheduled = _parse_meetings_scheduled(d.pop("meetings_scheduled"))

        def _parse_meetings_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        meetings_total = _parse_meetings_total(d.pop("meetings_total"))

        def _parse_objective(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        objective = _parse_objective(d.pop("objective"))

        progress = d.pop("progress")

        def _parse_solve_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        solve_seconds = _parse_solve_seconds(d.pop("solve_seconds"))

        def _parse_solver(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        solver = _parse_solver(d.pop("solver"))

        def _parse_solver_status(data: object) -> None | RunReadSolverStatusType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                solver_status_type_0 = check_run_read_solver_status_type_0(data)

                return solver_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunReadSolverStatusType0, data)

        solver_status = _parse_solver_status(d.pop("solver_status"))

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

        status = check_run_read_status(d.pop("status"))

        time_limit_seconds = d.pop("time_limit_seconds")

        unscheduled = []
        _unscheduled = d.pop("unscheduled")
        for unscheduled_item_data in _unscheduled:
            unscheduled_item = RunReadUnscheduledItem.from_dict(unscheduled_item_data)

            unscheduled.append(unscheduled_item)

        def _parse_upper_bound(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        upper_bound = _parse_upper_bound(d.pop("upper_bound"))

        run_read = cls(
            created_at=created_at,
            diagnostics=diagnostics,
            error=error,
            event_id=event_id,
            finished_at=finished_at,
            gap=gap,
            id=id,
            meetings_moved=meetings_moved,
            meetings_scheduled=meetings_scheduled,
            meetings_total=meetings_total,
            objective=objective,
            progress=progress,
            solve_seconds=solve_seconds,
            solver=solver,
            solver_status=solver_status,
            started_at=started_at,
            status=status,
            time_limit_seconds=time_limit_seconds,
            unscheduled=unscheduled,
            upper_bound=upper_bound,
        )

        run_read.additional_properties = d
        return run_read

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
