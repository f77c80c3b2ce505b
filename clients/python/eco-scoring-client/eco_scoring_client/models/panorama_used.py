from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PanoramaUsed")


@_attrs_define
class PanoramaUsed:
    """
    Attributes:
        note (None | str): Why clusters are not named, if they are not; or that they are those of the region containing
            it
        run_id (None | UUID):
        year (int | None):
        nuts_id (None | str | Unset): The region's code in the run's NUTS version, the clusters were read under; or the
            run's region containing it (said in note)
    """

    note: None | str
    run_id: None | UUID
    year: int | None
    nuts_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note: None | str
        note = self.note

        run_id: None | str
        if isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        year: int | None
        year = self.year

        nuts_id: None | str | Unset
        if isinstance(self.nuts_id, Unset):
            nuts_id = UNSET
        else:
            nuts_id = self.nuts_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "run_id": run_id,
                "year": year,
            }
        )
        if nuts_id is not UNSET:
            field_dict["nuts_id"] = nuts_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        run_id = _parse_run_id(d.pop("run_id"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        def _parse_nuts_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nuts_id = _parse_nuts_id(d.pop("nuts_id", UNSET))

        panorama_used = cls(
            note=note,
            run_id=run_id,
            year=year,
            nuts_id=nuts_id,
        )

        panorama_used.additional_properties = d
        return panorama_used

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
