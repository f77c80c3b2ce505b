from typing import Literal

BenchmarkStatus = Literal["draft", "submitted"]

BENCHMARK_STATUS_VALUES: set[BenchmarkStatus] = {
    "draft",
    "submitted",
}


def check_benchmark_status(value: str) -> BenchmarkStatus:
    if value in BENCHMARK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BENCHMARK_STATUS_VALUES!r}")
