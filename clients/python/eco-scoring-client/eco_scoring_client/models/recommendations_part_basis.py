from typing import Literal

RecommendationsPartBasis = Literal["hints", "none", "stress_test"]

RECOMMENDATIONS_PART_BASIS_VALUES: set[RecommendationsPartBasis] = {
    "hints",
    "none",
    "stress_test",
}


def check_recommendations_part_basis(value: str) -> RecommendationsPartBasis:
    if value in RECOMMENDATIONS_PART_BASIS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECOMMENDATIONS_PART_BASIS_VALUES!r}")
