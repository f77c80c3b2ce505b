from typing import Literal

AssessmentSummaryStatus = Literal["draft", "submitted"]

ASSESSMENT_SUMMARY_STATUS_VALUES: set[AssessmentSummaryStatus] = {
    "draft",
    "submitted",
}


def check_assessment_summary_status(value: str) -> AssessmentSummaryStatus:
    if value in ASSESSMENT_SUMMARY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSESSMENT_SUMMARY_STATUS_VALUES!r}")
