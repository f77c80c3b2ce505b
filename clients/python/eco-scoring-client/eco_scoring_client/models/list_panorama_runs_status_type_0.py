from typing import Literal

ListPanoramaRunsStatusType0 = Literal["failed", "queued", "running", "succeeded"]

LIST_PANORAMA_RUNS_STATUS_TYPE_0_VALUES: set[ListPanoramaRunsStatusType0] = {
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_list_panorama_runs_status_type_0(value: str) -> ListPanoramaRunsStatusType0:
    if value in LIST_PANORAMA_RUNS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PANORAMA_RUNS_STATUS_TYPE_0_VALUES!r}")
