from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_assessment_create_values import LabelAssessmentCreateValues


T = TypeVar("T", bound="LabelAssessmentCreate")


@_attrs_define
class LabelAssessmentCreate:
    """
    Attributes:
        organisation (str): The cluster organisation's id or slug
        values (LabelAssessmentCreateValues): A value for every indicator of the set; yes/no indicators take true/false
        assessed_on (datetime.date | None | Unset): Default: today (UTC)
        indicator_set (None | str | Unset): Version; default: the active set
        notes (None | str | Unset):
    """

    organisation: str
    values: LabelAssessmentCreateValues
    assessed_on: datetime.date | None | Unset = UNSET
    indicator_set: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation

        values = self.values.to_dict()

        assessed_on: None | str | Unset
        if isinstance(self.assessed_on, Unset):
            assessed_on = UNSET
        elif isinstance(self.assessed_on, datetime.date):
            assessed_on = self.assessed_on.isoformat()
        else:
            assessed_on = self.assessed_on

        indicator_set: None | str | Unset
        if isinstance(self.indicator_set, Unset):
            indicator_set = UNSET
        else:
            indicator_set = self.indicator_set

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation": organisation,
                "values": values,
            }
        )
        if assessed_on is not UNSET:
            field_dict["assessed_on"] = assessed_on
        if indicator_set is not UNSET:
            field_dict["indicator_set"] = indicator_set
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_assessment_create_values import LabelAssessmentCreateValues  # noqa: PLC0415

        d = dict(src_dict)
        organisation = d.pop("organisation")

        values = LabelAssessmentCreateValues.from_dict(d.pop("values"))

        def _parse_assessed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_on_type_0 = datetime.date.fromisoformat(data)

                return assessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        assessed_on = _parse_assessed_on(d.pop("assessed_on", UNSET))

        def _parse_indicator_set(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicator_set = _parse_indicator_set(d.pop("indicator_set", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        label_assessment_create = cls(
            organisation=organisation,
            values=values,
            assessed_on=assessed_on,
            indicator_set=indicator_set,
            notes=notes,
        )

        return label_assessment_create
