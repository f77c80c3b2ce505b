from typing import Literal

FileFormat = Literal["csv", "json", "ndjson"]

FILE_FORMAT_VALUES: set[FileFormat] = {
    "csv",
    "json",
    "ndjson",
}


def check_file_format(value: str) -> FileFormat:
    if value in FILE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_FORMAT_VALUES!r}")
