from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeetingFigures")


@_attrs_define
class MeetingFigures:
    """
    Attributes:
        cross_sectoral (int): Held meetings between organisations that share no NACE division
        cross_sectoral_share (float | None): cross_sectoral / held meetings whose two organisations both list NACE codes
        held (int): Scheduled meetings whose slot has ended, with no no-show marked and no side reporting that it did
            not take place
        no_show_rate (float | None): no_shows / scheduled
        no_shows (int): Scheduled meetings where a side was marked absent
        scheduled (int): Active meetings with a slot and a table
        total (int): Active meetings (accepted requests not cancelled)
        upcoming (int): Scheduled meetings whose slot has not ended yet
    """

    cross_sectoral: int
    cross_sectoral_share: float | None
    held: int
    no_show_rate: float | None
    no_shows: int
    scheduled: int
    total: int
    upcoming: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cross_sectoral = self.cross_sectoral

        cross_sectoral_share: float | None
        cross_sectoral_share = self.cross_sectoral_share

        held = self.held

        no_show_rate: float | None
        no_show_rate = self.no_show_rate

        no_shows = self.no_shows

        scheduled = self.scheduled

        total = self.total

        upcoming = self.upcoming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cross_sectoral": cross_sectoral,
                "cross_sectoral_share": cross_sectoral_share,
                "held": held,
                "no_show_rate": no_show_rate,
                "no_shows": no_shows,
                "scheduled": scheduled,
                "total": total,
                "upcoming": upcoming,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cross_sectoral = d.pop("cross_sectoral")

        def _parse_cross_sectoral_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cross_sectoral_share = _parse_cross_sectoral_share(d.pop("cross_sectoral_share"))

        held = d.pop("held")

        def _parse_no_show_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        no_show_rate = _parse_no_show_rate(d.pop("no_show_rate"))

        no_shows = d.pop("no_shows")

        scheduled = d.pop("scheduled")

        total = d.pop("total")

        upcoming = d.pop("upcoming")

        meeting_figures = cls(
            cross_sectoral=cross_sectoral,
            cross_sectoral_share=cross_sectoral_share,
            held=held,
            no_show_rate=no_show_rate,
            no_shows=no_shows,
            scheduled=scheduled,
            total=total,
            upcoming=upcoming,
        )

        meeting_figures.additional_properties = d
        return meeting_figures

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
