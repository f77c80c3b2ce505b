from typing import Literal

ConversionWeight = Literal["area_km", "artif_surf12", "artif_surf18", "bu_vol", "pop11", "pop21"]

CONVERSION_WEIGHT_VALUES: set[ConversionWeight] = {
    "area_km",
    "artif_surf12",
    "artif_surf18",
    "bu_vol",
    "pop11",
    "pop21",
}


def check_conversion_weight(value: str) -> ConversionWeight:
    if value in CONVERSION_WEIGHT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSION_WEIGHT_VALUES!r}")
