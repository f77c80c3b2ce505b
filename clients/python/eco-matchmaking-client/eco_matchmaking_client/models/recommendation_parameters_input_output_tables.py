from typing import Literal

RecommendationParametersInputOutputTables = Literal["active", "per_country"]

RECOMMENDATION_PARAMETERS_INPUT_OUTPUT_TABLES_VALUES: set[RecommendationParametersInputOutputTables] = {
    "active",
    "per_country",
}


def check_recommendation_parameters_input_output_tables(value: str) -> RecommendationParametersInputOutputTables:
    if value in RECOMMENDATION_PARAMETERS_INPUT_OUTPUT_TABLES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECOMMENDATION_PARAMETERS_INPUT_OUTPUT_TABLES_VALUES!r}"
    )
