from typing import Literal

BlockResultPolicyType0 = Literal["high", "low", "medium"]

BLOCK_RESULT_POLICY_TYPE_0_VALUES: set[BlockResultPolicyType0] = {
    "high",
    "low",
    "medium",
}


def check_block_result_policy_type_0(value: str) -> BlockResultPolicyType0:
    if value in BLOCK_RESULT_POLICY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_RESULT_POLICY_TYPE_0_VALUES!r}")
