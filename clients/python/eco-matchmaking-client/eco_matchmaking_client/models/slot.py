from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Slot")


@_attrs_define
class Slot:
    """A time slot. Slots are ordered by `start` when every slot has one, else as listed.

    Attributes:
        id (str):
        tables (list[str]): Ids of the shared tables open in this slot; one meeting per table per slot
        end (datetime.datetime | None | Unset): Without `session`, a slot starting when the previous one ends continues
            its session
        session (None | str | Unset): Slots of one session are consecutive; a break separates sessions, so waiting
            across a break is not an idle gap. Null: sessions follow from the times (all one session without times)
        start (datetime.datetime | None | Unset): For agendas and idle-gap order
    """

    id: str
    tables: list[str]
    end: datetime.datetime | None | Unset = UNSET
    session: None | str | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tables = self.tables

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        session: None | str | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        else:
            session = self.session

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "tables": tables,
            }
        )
        if end is not UNSET:
            field_dict["end"] = end
        if session is not UNSET:
            field_dict["session"] = session
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        tables = cast(list[str], d.pop("tables"))

        def _parse_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_session(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        slot = cls(
            id=id,
            tables=tables,
            end=end,
            session=session,
            start=start,
        )

        return slot
