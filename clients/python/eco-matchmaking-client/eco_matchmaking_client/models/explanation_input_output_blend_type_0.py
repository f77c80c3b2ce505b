from typing import Literal

ExplanationInputOutputBlendType0 = Literal["mean", "same_table", "supplier"]

EXPLANATION_INPUT_OUTPUT_BLEND_TYPE_0_VALUES: set[ExplanationInputOutputBlendType0] = {
    "mean",
    "same_table",
    "supplier",
}


def check_explanation_input_output_blend_type_0(value: str) -> ExplanationInputOutputBlendType0:
    if value in EXPLANATION_INPUT_OUTPUT_BLEND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPLANATION_INPUT_OUTPUT_BLEND_TYPE_0_VALUES!r}")
