"""Cluster organisations: public profiles owned by one account, with private contact fields."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    ARRAY,
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from eco_core.db.base import Base

EXCELLENCE_LABELS = ("bronze", "silver", "gold")

# Name weighs most, then the description, then offers and needs; eco_search_text folds
# accents and case, so "Ile de France" and "Île-de-France" are the same words.
_SEARCH_DOCUMENT = (
    "setweight(to_tsvector('simple'::regconfig, eco_search_text(coalesce(name, '') || ' ' || "
    "coalesce(legal_name, '') || ' ' || coalesce(acronym, ''))), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, eco_search_text(coalesce(description, ''))), 'B')"
    " || setweight(to_tsvector('simple'::regconfig, eco_search_text(eco_join_text(offers) || ' '"
    " || eco_join_text(needs))), 'C')"
)


class ClusterOrganisation(Base):
    __tablename__ = "cluster_organisation"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nuts_version", "region_id"], ["nuts_region.nuts_version", "nuts_region.nuts_id"]
        ),
        CheckConstraint(r"slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name="slug_format"),
        CheckConstraint(
            "excellence_label IS NULL OR excellence_label IN ('bronze', 'silver', 'gold')",
            name="known_label",
        ),
        CheckConstraint(
            "members_smes >= 0 AND members_large_firms >= 0 AND members_research >= 0"
            " AND members_others >= 0",
            name="members_not_negative",
        ),
        Index(None, "search_vector", postgresql_using="gin"),
        Index(None, "category_slugs", postgresql_using="gin"),
        Index(None, "emerging_industry_slugs", postgresql_using="gin"),
        Index(None, "country_code", "name"),
        Index(None, "nuts_version", "region_id"),
        Index(None, "owner_account_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    owner_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="RESTRICT")
    )
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(Text)
    acronym: Mapped[str | None] = mapped_column(String(40))
    legal_name: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    country_code: Mapped[str] = mapped_column(String(2))
    nuts_version: Mapped[int] = mapped_column(SmallInteger)
    region_id: Mapped[str] = mapped_column(String(5))
    category_slugs: Mapped[list[str]] = mapped_column(
        ARRAY(String(80)), server_default=text("'{}'")
    )
    emerging_industry_slugs: Mapped[list[str]] = mapped_column(
        ARRAY(String(80)), server_default=text("'{}'")
    )
    nace_codes: Mapped[list[str]] = mapped_column(ARRAY(String(5)), server_default=text("'{}'"))
    members_smes: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    members_large_firms: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    members_research: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    members_others: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    description: Mapped[str | None] = mapped_column(Text)
    offers: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    needs: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    offer_nace_codes: Mapped[list[str]] = mapped_column(
        ARRAY(String(5)), server_default=text("'{}'")
    )
    need_nace_codes: Mapped[list[str]] = mapped_column(
        ARRAY(String(5)), server_default=text("'{}'")
    )
    languages: Mapped[list[str]] = mapped_column(ARRAY(String(3)), server_default=text("'{}'"))
    excellence_label: Mapped[str | None] = mapped_column(String(10))
    label_date: Mapped[date | None] = mapped_column(Date)
    # Set with the label by an excellence assessment (eco_scoring labels); null otherwise.
    label_valid_until: Mapped[date | None] = mapped_column(Date)
    # Private: only the owner and administrators read these.
    contact_name: Mapped[str | None] = mapped_column(Text)
    contact_email: Mapped[str | None] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(Text)
    demo: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    search_vector: Mapped[str] = mapped_column(TSVECTOR, Computed(_SEARCH_DOCUMENT, persisted=True))


class OrganisationManager(Base):
    """A partner portal the owner lets act for the organisation (eco_core.organisations.
    delegation says what a manager may do). The owner is never one of its own managers."""

    __tablename__ = "organisation_manager"
    __table_args__ = (Index(None, "account_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster_organisation.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    # Who granted it: the owner or an administrator; for a portal that stayed on after
    # handing the organisation over (PUT …/owner), whoever made the hand-over.
    granted_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
