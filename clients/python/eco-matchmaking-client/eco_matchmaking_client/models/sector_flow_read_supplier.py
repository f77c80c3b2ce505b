from typing import Literal

SectorFlowReadSupplier = Literal["partner", "you"]

SECTOR_FLOW_READ_SUPPLIER_VALUES: set[SectorFlowReadSupplier] = {
    "partner",
    "you",
}


def check_sector_flow_read_supplier(value: str) -> SectorFlowReadSupplier:
    if value in SECTOR_FLOW_READ_SUPPLIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SECTOR_FLOW_READ_SUPPLIER_VALUES!r}")
