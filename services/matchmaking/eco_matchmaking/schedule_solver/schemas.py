"""The body and answer of ``POST /v1/schedules/solve``: the scheduling contract itself, so
that partner portals, ``eco schedule`` and the events' own runs share one format (see
docs/schemas/schedule-instance.schema.json and schedule-result.schema.json)."""

from __future__ import annotations

from eco_matchmaking.scheduling.instance import Instance, Result

__all__ = ["MAX_MEETINGS", "MAX_PARTICIPANTS", "MAX_SLOTS", "MAX_TIME_LIMIT", "Instance", "Result"]

#: Instances beyond these sizes are refused (413): a request holds a CPU for its time limit.
MAX_MEETINGS = 5000
MAX_PARTICIPANTS = 2000
MAX_SLOTS = 500
#: Seconds; the contract allows 300 for ``eco schedule`` and background runs.
MAX_TIME_LIMIT = 30.0
