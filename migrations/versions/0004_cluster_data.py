"""cluster data: definitions, statistics, organisations, imports, search

Revision ID: 0004_cluster_data
Revises: 0003_jobs
Create Date: 2026-11-25 13:04:51.407609
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004_cluster_data"
down_revision: str | None = "0003_jobs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Search folds accents and case and treats punctuation as spaces, so "Ile de France" finds
# "Île-de-France". unaccent() is only STABLE (its dictionary could change); pinning the
# dictionary makes the wrapper safe to declare IMMUTABLE and use in generated columns.
_FUNCTIONS = """
CREATE FUNCTION eco_search_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN btrim(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^a-z0-9]+', ' ', 'g'));

CREATE FUNCTION eco_join_text(value text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(array_to_string(value, ' '), '');
"""


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    for statement in _FUNCTIONS.split(";\n\n"):
        op.execute(statement)
    op.create_table(
        "cluster_organisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_account_id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=True),
        sa.Column("legal_name", sa.Text(), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("region_id", sa.String(length=5), nullable=False),
        sa.Column(
            "category_slugs",
            sa.ARRAY(sa.String(length=80)),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column(
            "emerging_industry_slugs",
            sa.ARRAY(sa.String(length=80)),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column(
            "nace_codes",
            sa.ARRAY(sa.String(length=5)),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column("members_smes", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("members_large_firms", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("members_research", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("members_others", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("offers", sa.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("needs", sa.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False),
        sa.Column(
            "offer_nace_codes",
            sa.ARRAY(sa.String(length=5)),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column(
            "need_nace_codes",
            sa.ARRAY(sa.String(length=5)),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column(
            "languages",
            sa.ARRAY(sa.String(length=3)),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column("excellence_label", sa.String(length=10), nullable=True),
        sa.Column("label_date", sa.Date(), nullable=True),
        sa.Column("contact_name", sa.Text(), nullable=True),
        sa.Column("contact_email", sa.Text(), nullable=True),
        sa.Column("contact_phone", sa.Text(), nullable=True),
        sa.Column("demo", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("revision", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('simple'::regconfig, eco_search_text(coalesce(name, '') || ' ' || coalesce(legal_name, '') || ' ' || coalesce(acronym, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, eco_search_text(coalesce(description, ''))), 'B') || setweight(to_tsvector('simple'::regconfig, eco_search_text(eco_join_text(offers) || ' ' || eco_join_text(needs))), 'C')",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.CheckConstraint(
            "excellence_label IS NULL OR excellence_label IN ('bronze', 'silver', 'gold')",
            name=op.f("ck_cluster_organisation_known_label"),
        ),
        sa.CheckConstraint(
            "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name=op.f("ck_cluster_organisation_slug_format")
        ),
        sa.CheckConstraint(
            "members_smes >= 0 AND members_large_firms >= 0 AND members_research >= 0 AND members_others >= 0",
            name=op.f("ck_cluster_organisation_members_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "region_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_cluster_organisation_nuts_version_region_id_nuts_region"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_account_id"],
            ["account.id"],
            name=op.f("fk_cluster_organisation_owner_account_id_account"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_organisation")),
        sa.UniqueConstraint("slug", name=op.f("uq_cluster_organisation_slug")),
    )
    op.create_index(
        op.f("ix_cluster_organisation_category_slugs"),
        "cluster_organisation",
        ["category_slugs"],
        unique=False,
        postgresql_using="gin",
    )
    op.create_index(
        op.f("ix_cluster_organisation_country_code_name"),
        "cluster_organisation",
        ["country_code", "name"],
        unique=False,
    )
    op.create_index(
        op.f("ix_cluster_organisation_emerging_industry_slugs"),
        "cluster_organisation",
        ["emerging_industry_slugs"],
        unique=False,
        postgresql_using="gin",
    )
    op.create_index(
        op.f("ix_cluster_organisation_nuts_version_region_id"),
        "cluster_organisation",
        ["nuts_version", "region_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_cluster_organisation_owner_account_id"),
        "cluster_organisation",
        ["owner_account_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_cluster_organisation_search_vector"),
        "cluster_organisation",
        ["search_vector"],
        unique=False,
        postgresql_using="gin",
    )
    op.create_table(
        "definition_set",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "version ~ '^[a-z0-9][a-z0-9._-]{0,63}$'", name=op.f("ck_definition_set_version_format")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_definition_set_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_definition_set")),
        sa.UniqueConstraint("version", name=op.f("uq_definition_set_version")),
    )
    op.create_index(
        "uq_definition_set_single_active",
        "definition_set",
        ["is_active"],
        unique=True,
        postgresql_where=sa.text("is_active"),
    )
    op.create_table(
        "import_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_invalid", sa.Integer(), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("report", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('statistics', 'definitions', 'organisations')",
            name=op.f("ck_import_run_known_kind"),
        ),
        sa.CheckConstraint(
            "mode IN ('all_or_nothing', 'skip_invalid')", name=op.f("ck_import_run_known_mode")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_import_run_account_id_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_index(
        op.f("ix_import_run_account_id_created_at"),
        "import_run",
        ["account_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "statistics_dataset",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("licence", sa.Text(), nullable=True),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "code ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'", name=op.f("ck_statistics_dataset_code_format")
        ),
        sa.CheckConstraint(
            "nuts_version IN (2013, 2021, 2024)", name=op.f("ck_statistics_dataset_known_version")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["account.id"],
            name=op.f("fk_statistics_dataset_created_by_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics_dataset")),
        sa.UniqueConstraint("code", name=op.f("uq_statistics_dataset_code")),
    )
    op.create_table(
        "definition",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('category', 'emerging_industry')", name=op.f("ck_definition_known_kind")
        ),
        sa.CheckConstraint(
            "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name=op.f("ck_definition_slug_format")
        ),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["definition_set.id"],
            name=op.f("fk_definition_set_id_definition_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("set_id", "kind", "slug", name=op.f("pk_definition")),
    )
    op.create_table(
        "regional_statistic",
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=32), nullable=False),
        sa.Column("nuts_id", sa.String(length=5), nullable=False),
        sa.Column("nace_code", sa.String(length=5), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("nuts_version", sa.SmallInteger(), nullable=False),
        sa.Column("value", sa.Numeric(), nullable=True),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("flag", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "indicator IN ('employment', 'personnel_costs', 'wages_salaries', 'enterprises', 'local_units', 'turnover', 'value_added')",
            name=op.f("ck_regional_statistic_known_indicator"),
        ),
        sa.CheckConstraint(
            "value IS NULL OR value >= 0", name=op.f("ck_regional_statistic_value_not_negative")
        ),
        sa.CheckConstraint(
            "year BETWEEN 1950 AND 2100", name=op.f("ck_regional_statistic_year_range")
        ),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["statistics_dataset.id"],
            name=op.f("fk_regional_statistic_dataset_id_statistics_dataset"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["nace_code"],
            ["nace_activity.code"],
            name=op.f("fk_regional_statistic_nace_code_nace_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["nuts_version", "nuts_id"],
            ["nuts_region.nuts_version", "nuts_region.nuts_id"],
            name=op.f("fk_regional_statistic_nuts_version_nuts_id_nuts_region"),
        ),
        sa.PrimaryKeyConstraint(
            "dataset_id",
            "indicator",
            "nuts_id",
            "nace_code",
            "year",
            name=op.f("pk_regional_statistic"),
        ),
    )
    op.create_index(
        op.f("ix_regional_statistic_dataset_id_indicator_year_nace_code"),
        "regional_statistic",
        ["dataset_id", "indicator", "year", "nace_code"],
        unique=False,
    )
    op.create_table(
        "definition_code",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("nace_code", sa.String(length=5), nullable=False),
        sa.Column(
            "weight", sa.Numeric(precision=5, scale=4), server_default=sa.text("1"), nullable=False
        ),
        sa.CheckConstraint(
            "weight > 0 AND weight <= 1", name=op.f("ck_definition_code_weight_range")
        ),
        sa.ForeignKeyConstraint(
            ["nace_code"],
            ["nace_activity.code"],
            name=op.f("fk_definition_code_nace_code_nace_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["set_id", "kind", "slug"],
            ["definition.set_id", "definition.kind", "definition.slug"],
            name=op.f("fk_definition_code_set_id_kind_slug_definition"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "set_id", "kind", "slug", "nace_code", name=op.f("pk_definition_code")
        ),
    )
    op.create_index(
        op.f("ix_definition_code_set_id_nace_code"),
        "definition_code",
        ["set_id", "nace_code"],
        unique=False,
    )
    op.add_column(
        "nace_activity",
        sa.Column(
            "name_search",
            sa.Text(),
            sa.Computed("eco_search_text(name)", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        op.f("ix_nace_activity_name_search"),
        "nace_activity",
        ["name_search"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"name_search": "gin_trgm_ops"},
    )
    op.add_column(
        "nuts_region",
        sa.Column(
            "name_search",
            sa.Text(),
            sa.Computed("eco_search_text(name || ' ' || name_latin)", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        op.f("ix_nuts_region_name_search"),
        "nuts_region",
        ["name_search"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"name_search": "gin_trgm_ops"},
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_nuts_region_name_search"),
        table_name="nuts_region",
        postgresql_using="gin",
        postgresql_ops={"name_search": "gin_trgm_ops"},
    )
    op.drop_column("nuts_region", "name_search")
    op.drop_index(
        op.f("ix_nace_activity_name_search"),
        table_name="nace_activity",
        postgresql_using="gin",
        postgresql_ops={"name_search": "gin_trgm_ops"},
    )
    op.drop_column("nace_activity", "name_search")
    op.drop_index(op.f("ix_definition_code_set_id_nace_code"), table_name="definition_code")
    op.drop_table("definition_code")
    op.drop_index(
        op.f("ix_regional_statistic_dataset_id_indicator_year_nace_code"),
        table_name="regional_statistic",
    )
    op.drop_table("regional_statistic")
    op.drop_table("definition")
    op.drop_table("statistics_dataset")
    op.drop_index(op.f("ix_import_run_account_id_created_at"), table_name="import_run")
    op.drop_table("import_run")
    op.drop_index(
        "uq_definition_set_single_active",
        table_name="definition_set",
        postgresql_where=sa.text("is_active"),
    )
    op.drop_table("definition_set")
    op.drop_index(
        op.f("ix_cluster_organisation_search_vector"),
        table_name="cluster_organisation",
        postgresql_using="gin",
    )
    op.drop_index(
        op.f("ix_cluster_organisation_owner_account_id"), table_name="cluster_organisation"
    )
    op.drop_index(
        op.f("ix_cluster_organisation_nuts_version_region_id"), table_name="cluster_organisation"
    )
    op.drop_index(
        op.f("ix_cluster_organisation_emerging_industry_slugs"),
        table_name="cluster_organisation",
        postgresql_using="gin",
    )
    op.drop_index(
        op.f("ix_cluster_organisation_country_code_name"), table_name="cluster_organisation"
    )
    op.drop_index(
        op.f("ix_cluster_organisation_category_slugs"),
        table_name="cluster_organisation",
        postgresql_using="gin",
    )
    op.drop_table("cluster_organisation")
    op.execute("DROP FUNCTION eco_join_text(text[])")
    op.execute("DROP FUNCTION eco_search_text(text)")
