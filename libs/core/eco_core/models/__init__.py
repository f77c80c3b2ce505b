"""Every ORM table of the observatory; Alembic's env.py imports this package only."""

from eco_core.db.base import Base
from eco_core.models.reference import (
    EmergingIndustryFigure,
    NaceActivity,
    NutsCorrespondence,
    NutsRegion,
    ReferenceDataset,
)

__all__ = [
    "Base",
    "EmergingIndustryFigure",
    "NaceActivity",
    "NutsCorrespondence",
    "NutsRegion",
    "ReferenceDataset",
]
