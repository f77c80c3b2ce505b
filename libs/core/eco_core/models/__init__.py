"""Every ORM table of the observatory; Alembic's env.py imports this package only."""

from eco_core.db.base import Base
from eco_core.models.accounts import ACCOUNT_KINDS, Account, ApiKey
from eco_core.models.reference import (
    EmergingIndustryFigure,
    NaceActivity,
    NutsCorrespondence,
    NutsRegion,
    ReferenceDataset,
)
from eco_core.models.safety import AuditEntry, IdempotencyRecord
from eco_core.models.webhooks import (
    DELIVERY_STATES,
    OutboxEvent,
    WebhookDelivery,
    WebhookSubscription,
)

__all__ = [
    "ACCOUNT_KINDS",
    "DELIVERY_STATES",
    "Account",
    "ApiKey",
    "AuditEntry",
    "Base",
    "EmergingIndustryFigure",
    "IdempotencyRecord",
    "NaceActivity",
    "NutsCorrespondence",
    "NutsRegion",
    "OutboxEvent",
    "ReferenceDataset",
    "WebhookDelivery",
    "WebhookSubscription",
]
