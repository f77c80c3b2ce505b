from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.result_status import ResultStatus, check_result_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.diagnostic import Diagnostic
    from ..models.placement import Placement
    from ..models.unscheduled import Unscheduled


T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """A schedule: every meeting is either placed or unscheduled with a reason.

    Attributes:
        diagnostics (list[Diagnostic]): What the pre-checks found before solving (why not everything fits)
        gap (float): (upper_bound - objective) / max(|upper_bound|, 1); 0 when optimal
        objective (float): Weighted meetings minus the gap, move and fairness-floor penalties
        placements (list[Placement]):
        scheduled_weight (int):
        solve_seconds (float):
        solver (str): Which schedule won: greedy (the plain weighted greedy), greedy-floor, greedy-floor-snug or greedy-
            constrained (other greedy orders), heuristic, cp-sat-lns (CP-SAT on neighbourhoods of the best schedule), cp-sat
            (the full model) or cp-sat-polish (CP-SAT moving the held meetings to close idle gaps)
        status (ResultStatus): optimal: the objective meets the proven bound; feasible: CP-SAT ran but the gap is open;
            heuristic: the exact model was not run or not needed to improve
        unscheduled (list[Unscheduled]):
        upper_bound (float): A proven bound on the objective
        floor_shortfall (int | Unset): Meetings missing below the fairness floor, over participants (a participant's
            floor is min_meetings, or fewer if it could not have more at all) Default: 0.
        idle_gaps (int | Unset): Idle gaps summed over participants Default: 0.
        moved_meetings (int | Unset): Announced meetings (`current`, else `locked`) moved or dropped Default: 0.
        scheduled_meetings (int | Unset):  Default: 0.
    """

    diagnostics: list[Diagnostic]
    gap: float
    objective: float
    placements: list[Placement]
    scheduled_weight: int
    solve_seconds: float
    solver: str
    status: ResultStatus
    unscheduled: list[Unscheduled]
    upper_bound: float
    floor_shortfall: int | Unset = 0
    idle_gaps: int | Unset = 0
    moved_meetings: int | Unset = 0
    scheduled_meetings: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        diagnostics = []
        for diagnostics_item_data in self.diagnostics:
            diagnostics_item = diagnostics_item_data.to_dict()
            diagnostics.append(diagnostics_item)

        gap = self.gap

        objective = self.objective

        placements = []
        for placements_item_data in self.placements:
            placements_item = placements_item_data.to_dict()
            placements.append(placements_item)

        scheduled_weight = self.scheduled_weight

        solve_seconds = self.solve_seconds

        solver = self.solver

        status: str = self.status

        unscheduled = []
        for unscheduled_item_data in self.unscheduled:
            unscheduled_item = unscheduled_item_data.to_dict()
            unscheduled.append(unscheduled_item)

        upper_bound = self.upper_bound

        floor_shortfall = self.floor_shortfall

        idle_gaps = self.idle_gaps

        moved_meetings = self.moved_meetings

        scheduled_meetings = self.scheduled_meetings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "diagnostics": diagnostics,
                "gap": gap,
                "objective": objective,
                "placements": placements,
                "scheduled_weight": scheduled_weight,
                "solve_seconds": solve_seconds,
                "solver": solver,
                "status": status,
                "unscheduled": unscheduled,
                "upper_bound": upper_bound,
            }
        )
        if floor_shortfall is not UNSET:
            field_dict["floor_shortfall"] = floor_shortfall
        if idle_gaps is not UNSET:
            field_dict["idle_gaps"] = idle_gaps
        if moved_meetings is not UNSET:
            field_dict["moved_meetings"] = moved_meetings
        if scheduled_meetings is not UNSET:
            field_dict["scheduled_meetings"] = scheduled_meetings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnostic import Diagnostic  # noqa: PLC0415
        from ..models.placement import Placement  # noqa: PLC0415
        from ..models.unscheduled import Unscheduled  # noqa: PLC0415

        d = dict(src_dict)
        diagnostics = []
        _diagnostics = d.pop("diagnostics")
        for diagnostics_item_data in _diagnostics:
            diagnostics_item = Diagnostic.from_dict(diagnostics_item_data)

            diagnostics.append(diagnostics_item)

        gap = d.pop("gap")

        objective = d.pop("objective")

        placements = []
        _placements = d.pop("placements")
        for placements_item_data in _placements:
            placements_item = Placement.from_dict(placements_item_data)

            placements.append(placements_item)

        scheduled_weight = d.pop("scheduled_weight")

        solve_seconds = d.pop("solve_seconds")

        solver = d.pop("solver")

        status = check_result_status(d.pop("status"))

        unscheduled = []
        _unscheduled = d.pop("unscheduled")
        for unscheduled_item_data in _unscheduled:
            unscheduled_item = Unscheduled.from_dict(unscheduled_item_data)

            unscheduled.append(unscheduled_item)

        upper_bound = d.pop("upper_bound")

        floor_shortfall = d.pop("floor_shortfall", UNSET)

        idle_gaps = d.pop("idle_gaps", UNSET)

        moved_meetings = d.pop("moved_meetings", UNSET)

        scheduled_meetings = d.pop("scheduled_meetings", UNSET)

        result = cls(
            diagnostics=diagnostics,
            gap=gap,
            objective=objective,
            placements=placements,
            scheduled_weight=scheduled_weight,
            solve_seconds=solve_seconds,
            solver=solver,
            status=status,
            unscheduled=unscheduled,
            upper_bound=upper_bound,
            floor_shortfall=floor_shortfall,
            idle_gaps=idle_gaps,
            moved_meetings=moved_meetings,
            scheduled_meetings=scheduled_meetings,
        )

        return result
