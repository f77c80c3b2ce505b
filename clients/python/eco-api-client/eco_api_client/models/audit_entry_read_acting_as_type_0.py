from typing import Literal

AuditEntryReadActingAsType0 = Literal["admin", "manager", "owner"]

AUDIT_ENTRY_READ_ACTING_AS_TYPE_0_VALUES: set[AuditEntryReadActingAsType0] = {
    "admin",
    "manager",
    "owner",
}


def check_audit_entry_read_acting_as_type_0(value: str) -> AuditEntryReadActingAsType0:
    if value in AUDIT_ENTRY_READ_ACTING_AS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIT_ENTRY_READ_ACTING_AS_TYPE_0_VALUES!r}")
