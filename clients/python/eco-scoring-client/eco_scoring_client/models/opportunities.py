from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.opportunity_read import OpportunityRead
    from ..models.run_ref import RunRef


T = TypeVar("T", bound="Opportunities")


@_attrs_define
class Opportunities:
    """
    Attributes:
        input_output_table (str): The table the links were read in (code: source (method)): the region's own country's,
            or the EU-wide fallback for a country without one
        input_output_table_code (str): Its code, e.g. naio_cp17_r2-DE-2010 or EU18-2010-output-weighted
        items (list[OpportunityRead]):
        name (str):
        nuts_id (str):
        run (RunRef):
        starred (list[str]):
    """

    input_output_table: str
    input_output_table_code: str
    items: list[OpportunityRead]
    name: str
    nuts_id: str
    run: RunRef
    starred: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_output_table = self.input_output_table

        input_output_table_code = self.input_output_table_code

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        name = self.name

        nuts_id = self.nuts_id

        run = self.run.to_dict()

        starred = self.starred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_output_table": input_output_table,
                "input_output_table_code": input_output_table_code,
                "items": items,
                "name": name,
                "nuts_id": nuts_id,
                "run": run,
                "starred": starred,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_read import OpportunityRead  # noqa: PLC0415
        from ..models.run_ref import RunRef  # noqa: PLC0415

        d = dict(src_dict)
        input_output_table = d.pop("input_output_table")

        input_output_table_code = d.pop("input_output_table_code")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OpportunityRead.from_dict(items_item_data)

            items.append(items_item)

        name = d.pop("name")

        nuts_id = d.pop("nuts_id")

        run = RunRef.from_dict(d.pop("run"))

        starred = cast(list[str], d.pop("starred"))

        opportunities = cls(
            input_output_table=input_output_table,
            input_output_table_code=input_output_table_code,
            items=items,
            name=name,
            nuts_id=nuts_id,
            run=run,
            starred=starred,
        )

        opportunities.additional_properties = d
        return opportunities

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
