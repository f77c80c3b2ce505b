from typing import Literal

StatisticsFormat = Literal["eurostat_tsv", "long_csv"]

STATISTICS_FORMAT_VALUES: set[StatisticsFormat] = {
    "eurostat_tsv",
    "long_csv",
}


def check_statistics_format(value: str) -> StatisticsFormat:
    if value in STATISTICS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATISTICS_FORMAT_VALUES!r}")
