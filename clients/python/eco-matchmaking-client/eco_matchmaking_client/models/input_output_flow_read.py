from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InputOutputFlowRead")


@_attrs_define
class InputOutputFlowRead:
    """
    Attributes:
        buyer (str): NACE division that buys
        flow (float): Intermediate use, in the table's unit
        input_share (float): Share of the buyer's output value spent on it
        output_share (float): Share of the supplier's output sold to the buyer
        supplier (str): NACE division that supplies
    """

    buyer: str
    flow: float
    input_share: float
    output_share: float
    supplier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer = self.buyer

        flow = self.flow

        input_share = self.input_share

        output_share = self.output_share

        supplier = self.supplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer": buyer,
                "flow": flow,
                "input_share": input_share,
                "output_share": output_share,
                "supplier": supplier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer = d.pop("buyer")

        flow = d.pop("flow")

        input_share = d.pop("input_share")

        output_share = d.pop("output_share")

        supplier = d.pop("supplier")

        input_output_flow_read = cls(
            buyer=buyer,
            flow=flow,
            input_share=input_share,
            output_share=output_share,
            supplier=supplier,
        )

        input_output_flow_read.additional_properties = d
        return input_output_flow_read

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
