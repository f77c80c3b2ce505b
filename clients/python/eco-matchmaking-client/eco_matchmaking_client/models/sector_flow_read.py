from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sector_flow_read_supplier import SectorFlowReadSupplier, check_sector_flow_read_supplier

T = TypeVar("T", bound="SectorFlowRead")


@_attrs_define
class SectorFlowRead:
    """One flow between two NACE divisions, as a sentence and as figures. Each side may
    cover only part of its division (a class, or a category holding one): its part
    supplies or buys that share of the division's flow.

        Attributes:
            buyer_coverage (float): Share of the buyer division the buying side covers
            buyer_division (str):
            buyer_name (str):
            contribution (float): Its part in the pair's value-chain scores, both directions, before they saturate (profile-
                weighted)
            division_input_share (float): Share of the buyer division's inputs from the whole supplier division (technical
                coefficient of the input-output table)
            division_output_share (float): Share of the supplier division's output sold to the whole buyer division
            input_share (float): Share of the buyer's inputs from the supplier's part of its division: division_input_share
                x supplier_coverage
            output_share (float): Share of the supplier's output sold to the buyer's part of its division:
                division_output_share x buyer_coverage
            sentence (str):
            supplier (SectorFlowReadSupplier):
            supplier_coverage (float): Share of the supplier division the supplying side's codes cover (NACE classes x
                definition weights), 0..1
            supplier_division (str):
            supplier_name (str): The supplier division's NACE title, as the sentence says it
    """

    buyer_coverage: float
    buyer_division: str
    buyer_name: str
    contribution: float
    division_input_share: float
    division_output_share: float
    input_share: float
    output_share: float
    sentence: str
    supplier: SectorFlowReadSupplier
    supplier_coverage: float
    supplier_division: str
    supplier_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_coverage = self.buyer_coverage

        buyer_division = self.buyer_division

        buyer_name = self.buyer_name

        contribution = self.contribution

        division_input_share = self.division_input_share

        division_output_share = self.division_output_share

        input_share = self.input_share

        output_share = self.output_share

        sentence = self.sentence

        supplier: str = self.supplier

        supplier_coverage = self.supplier_coverage

        supplier_division = self.supplier_division

        supplier_name = self.supplier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_coverage": buyer_coverage,
                "buyer_division": buyer_division,
                "buyer_name": buyer_name,
                "contribution": contribution,
                "division_input_share": division_input_share,
                "division_output_share": division_output_share,
                "input_share": input_share,
                "output_share": output_share,
                "sentence": sentence,
                "supplier": supplier,
                "supplier_coverage": supplier_coverage,
                "supplier_division": supplier_division,
                "supplier_name": supplier_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_coverage = d.pop("buyer_coverage")

        buyer_division = d.pop("buyer_division")

        buyer_name = d.pop("buyer_name")

        contribution = d.pop("contribution")

        division_input_share = d.pop("division_input_share")

        division_output_share = d.pop("division_output_share")

        input_share = d.pop("input_share")

        output_share = d.pop("output_share")

        sentence = d.pop("sentence")

        supplier = check_sector_flow_read_supplier(d.pop("supplier"))

        supplier_coverage = d.pop("supplier_coverage")

        supplier_division = d.pop("supplier_division")

        supplier_name = d.pop("supplier_name")

        sector_flow_read = cls(
            buyer_coverage=buyer_coverage,
            buyer_division=buyer_division,
            buyer_name=buyer_name,
            contribution=contribution,
            division_input_share=division_input_share,
            division_output_share=division_output_share,
            input_share=input_share,
            output_share=output_share,
            sentence=sentence,
            supplier=supplier,
            supplier_coverage=supplier_coverage,
            supplier_division=supplier_division,
            supplier_name=supplier_name,
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
