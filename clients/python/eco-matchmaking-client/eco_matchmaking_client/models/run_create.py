from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCreate")


@_attrs_define
class RunCreate:
    """
    Attributes:
        allow_moving_published (bool | Unset): false: meetings of the published schedule stay where they are Default:
            True.
        time_limit_seconds (float | Unset): The solver's budget; the best schedule found by then is kept, with its
            proven gap Default: 10.0.
    """

    allow_moving_published: bool | Unset = True
    time_limit_seconds: float | Unset = 10.0

    def to_dict(self) -> dict[str, Any]:
        allow_moving_published = self.allow_moving_published

        time_limit_seconds = self.time_limit_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_moving_published is not UNSET:
            field_dict["allow_moving_published"] = allow_moving_published
        if time_limit_seconds is not UNSET:
            field_dict["time_limit_seconds"] = time_limit_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_moving_published = d.pop("allow_moving_published", UNSET)

        time_limit_seconds = d.pop("time_limit_seconds", UNSET)

        run_create = cls(
            allow_moving_published=allow_moving_published,
            time_limit_seconds=time_limit_seconds,
        )

        return run_create
