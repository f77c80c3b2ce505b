from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode, check_import_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_problem import RowProblem


T = TypeVar("T", bound="ImportReport")


@_attrs_define
class ImportReport:
    """
    Attributes:
        kind (str):
        mode (ImportMode):
        sha256 (str):
        target (str): What the file went into: a dataset code or set version
        import_id (None | Unset | UUID):
        inserted (int | Unset):  Default: 0.
        problems (list[RowProblem] | Unset):
        problems_total (int | Unset):  Default: 0.
        rows_invalid (int | Unset):  Default: 0.
        rows_read (int | Unset):  Default: 0.
        rows_valid (int | Unset):  Default: 0.
        unchanged (int | Unset):  Default: 0.
        updated (int | Unset):  Default: 0.
        written (bool | Unset): False when the import wrote nothing Default: False.
    """

    kind: str
    mode: ImportMode
    sha256: str
    target: str
    import_id: None | Unset | UUID = UNSET
    inserted: int | Unset = 0
    problems: list[RowProblem] | Unset = UNSET
    problems_total: int | Unset = 0
    rows_invalid: int | Unset = 0
    rows_read: int | Unset = 0
    rows_valid: int | Unset = 0
    unchanged: int | Unset = 0
    updated: int | Unset = 0
    written: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        mode: str = self.mode

        sha256 = self.sha256

        target = self.target

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        elif isinstance(self.import_id, UUID):
            import_id = str(self.import_id)
        else:
            import_id = self.import_id

        inserted = self.inserted

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        problems_total = self.problems_total

        rows_invalid = self.rows_invalid

        rows_read = self.rows_read

        rows_valid = self.rows_valid

        unchanged = self.unchanged

        updated = self.updated

        written = self.written

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "mode": mode,
                "sha256": sha256,
                "target": target,
            }
        )
        if import_id is not UNSET:
            field_dict["import_id"] = import_id
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
        if problems is not UNSET:
            field_dict["problems"] = problems
        if problems_total is not UNSET:
            field_dict["problems_total"] = problems_total
        if rows_invalid is not UNSET:
            field_dict["rows_invalid"] = rows_invalid
        if rows_read is not UNSET:
            field_dict["rows_read"] = rows_read
        if rows_valid is not UNSET:
            field_dict["rows_valid"] = rows_valid
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged
        if updated is not UNSET:
            field_dict["updated"] = updated
        if written is not UNSET:
            field_dict["written"] = written

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_problem import RowProblem  # noqa: PLC0415

        d = dict(src_dict)
        kind = d.pop("kind")

        mode = check_import_mode(d.pop("mode"))

        sha256 = d.pop("sha256")

        target = d.pop("target")

        def _parse_import_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                import_id_type_0 = UUID(data)

                return import_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        import_id = _parse_import_id(d.pop("import_id", UNSET))

        inserted = d.pop("inserted", UNSET)

        _problems = d.pop("problems", UNSET)
        problems: list[RowProblem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = RowProblem.from_dict(problems_item_data)

                problems.append(problems_item)

        problems_total = d.pop("problems_total", UNSET)

        rows_invalid = d.pop("rows_invalid", UNSET)

        rows_read = d.pop("rows_read", UNSET)

        rows_valid = d.pop("rows_valid", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        updated = d.pop("updated", UNSET)

        written = d.pop("written", UNSET)

        import_report = cls(
            kind=kind,
            mode=mode,
            sha256=sha256,
            target=target,
            import_id=import_id,
            inserted=inserted,
            problems=problems,
            problems_total=problems_total,
            rows_invalid=rows_invalid,
            rows_read=rows_read,
            rows_valid=rows_valid,
            unchanged=unchanged,
            updated=updated,
            written=written,
        )

        import_report.additional_properties = d
        return import_report

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
