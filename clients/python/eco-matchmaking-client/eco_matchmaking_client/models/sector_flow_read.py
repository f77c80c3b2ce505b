from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sector_flow_read_supplier import SectorFlowReadSupplier, check_sector_flow_read_supplier

T = TypeVar("T", bound="SectorFlowRead")


@_attrs_define
class SectorFlowRead:
    """
    Attributes:
        buyer_division (str):
        contribution (float):
        input_share (float): Share of the buyer division's inputs
        output_share (float): Share of the supplier division's output
        sentence (str):
        supplier (SectorFlowReadSupplier):
        supplier_division (str):
    """

    buyer_division: str
    contribution: float
    input_share: float
    output_share: float
    sentence: str
    supplier: SectorFlowReadSupplier
    supplier_division: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_division = self.buyer_division

        contribution = self.contribution

        input_share = self.input_share

        output_share = self.output_share

        sentence = self.sentence

        supplier: str = self.supplier

        supplier_division = self.supplier_division

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_division": buyer_division,
                "contribution": contribution,
                "input_share": input_share,
                "output_share": output_share,
                "sentence": sentence,
                "supplier": supplier,
                "supplier_division": supplier_division,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_division = d.pop("buyer_division")

        contribution = d.pop("contribution")

        input_share = d.pop("input_share")

        output_share = d.pop("output_share")

        sentence = d.pop("sentence")

        supplier = check_sector_flow_read_supplier(d.pop("supplier"))

        supplier_division = d.pop("supplier_division")

        sector_flow_read = cls(
            buyer_division=buyer_division,
            contribution=contribution,
            input_share=input_share,
            output_share=output_share,
            sentence=sentence,
            supplier=supplier,
            supplier_division=supplier_division,
        )

        sector_flow_read.additional_properties = d
        return sector_flow_read

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
