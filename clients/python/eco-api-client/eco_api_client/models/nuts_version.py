from typing import Literal

NutsVersion = Literal[2013, 2021, 2024]

NUTS_VERSION_VALUES: set[NutsVersion] = {
    2013,
    2021,
    2024,
}


def check_nuts_version(value: int) -> NutsVersion:
    if value in NUTS_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUTS_VERSION_VALUES!r}")
