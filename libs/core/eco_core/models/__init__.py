"""Every ORM table of the observatory; Alembic's env.py imports this package only."""

from eco_core.db.base import Base
from eco_core.models.accounts import ACCOUNT_KINDS, Account, ApiKey
from eco_core.models.definitions import (
    DEFINITION_KINDS,
    Definition,
    DefinitionCode,
    DefinitionSet,
)
from eco_core.models.imports import ImportRun
from eco_core.models.organisations import EXCELLENCE_LABELS, ClusterOrganisation
from eco_core.models.panorama import RUN_STATES, PanoramaResult, PanoramaRun, RegionBoundary
from eco_core.models.reference import (
    EmergingIndustryFigure,
    NaceActivity,
    NutsCorrespondence,
    NutsRegion,
    ReferenceDataset,
)
from eco_core.models.safety import AuditEntry, IdempotencyRecord
from eco_core.models.scoreboard import (
    DIMENSIONS,
    ScoreboardFramework,
    ScoreboardIndicator,
    ScoreboardValue,
)
from eco_core.models.statistics import INDICATORS, RegionalStatistic, StatisticsDataset
from eco_core.models.webhooks import (
    DELIVERY_STATES,
    OutboxEvent,
    WebhookDelivery,
    WebhookSubscription,
)

__all__ = [
    "ACCOUNT_KINDS",
    "DEFINITION_KINDS",
    "DELIVERY_STATES",
    "DIMENSIONS",
    "EXCELLENCE_LABELS",
    "INDICATORS",
    "RUN_STATES",
    "Account",
    "ApiKey",
    "AuditEntry",
    "Base",
    "ClusterOrganisation",
    "Definition",
    "DefinitionCode",
    "DefinitionSet",
    "EmergingIndustryFigure",
    "IdempotencyRecord",
    "ImportRun",
    "NaceActivity",
    "NutsCorrespondence",
    "NutsRegion",
    "OutboxEvent",
    "PanoramaResult",
    "PanoramaRun",
    "ReferenceDataset",
    "RegionBoundary",
    "RegionalStatistic",
    "ScoreboardFramework",
    "ScoreboardIndicator",
    "ScoreboardValue",
    "StatisticsDataset",
    "WebhookDelivery",
    "WebhookSubscription",
]
