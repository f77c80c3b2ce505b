"""Contains all the data models used in inputs/outputs"""

from .account_create import AccountCreate
from .account_create_kind import AccountCreateKind
from .account_page import AccountPage
from .account_read import AccountRead
from .account_read_kind import AccountReadKind
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_page import ApiKeyPage
from .api_key_read import ApiKeyRead
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_acting_as_type_0 import AuditEntryReadActingAsType0
from .audit_entry_read_details import AuditEntryReadDetails
from .audit_page import AuditPage
from .category_breakdown import CategoryBreakdown
from .category_figure_read import CategoryFigureRead
from .category_series import CategorySeries
from .category_year import CategoryYear
from .conversion_kind import ConversionKind
from .conversion_read import ConversionRead
from .conversion_source import ConversionSource
from .conversion_weight import ConversionWeight
from .dataset_detail import DatasetDetail
from .dataset_page import DatasetPage
from .dataset_read import DatasetRead
from .definition_code_read import DefinitionCodeRead
from .definition_kind import DefinitionKind
from .definition_page import DefinitionPage
from .definition_read import DefinitionRead
from .definition_set_page import DefinitionSetPage
from .definition_set_read import DefinitionSetRead
from .delegation import Delegation
from .delivery_page import DeliveryPage
from .delivery_read import DeliveryRead
from .emerging_industry_figure_read import EmergingIndustryFigureRead
from .export_definition_set_response_200_item import ExportDefinitionSetResponse200Item
from .export_format import ExportFormat
from .export_organisations_label_type_0 import ExportOrganisationsLabelType0
from .export_regions_response_200_item import ExportRegionsResponse200Item
from .export_sectors_response_200_item import ExportSectorsResponse200Item
from .export_statistics_response_200_item import ExportStatisticsResponse200Item
from .field_error import FieldError
from .file_format import FileFormat
from .health import Health
from .import_definition_set_json_body import ImportDefinitionSetJsonBody
from .import_mode import ImportMode
from .import_report import ImportReport
from .indicator import Indicator
from .indicator_summary import IndicatorSummary
from .list_organisations_label_type_0 import ListOrganisationsLabelType0
from .manager_read import ManagerRead
from .me import Me
from .nuts_version import NutsVersion
from .organisation_create import OrganisationCreate
from .organisation_create_excellence_label_type_0 import OrganisationCreateExcellenceLabelType0
from .organisation_page import OrganisationPage
from .organisation_private_page import OrganisationPrivatePage
from .organisation_private_read import OrganisationPrivateRead
from .organisation_read import OrganisationRead
from .organisation_update import OrganisationUpdate
from .organisation_update_excellence_label_type_0 import OrganisationUpdateExcellenceLabelType0
from .owner_change import OwnerChange
from .ping_sent import PingSent
from .problem_detail import ProblemDetail
from .read_replica import ReadReplica
from .read_replica_status import ReadReplicaStatus
from .readiness import Readiness
from .region_batch import RegionBatch
from .region_batch_query import RegionBatchQuery
from .region_in_version import RegionInVersion
from .region_link import RegionLink
from .region_link_change import RegionLinkChange
from .region_lookup import RegionLookup
from .region_page import RegionPage
from .region_read import RegionRead
from .row_problem import RowProblem
from .sector_page import SectorPage
from .sector_read import SectorRead
from .statistic_page import StatisticPage
from .statistic_read import StatisticRead
from .statistics_format import StatisticsFormat
from .webhook_create import WebhookCreate
from .webhook_created import WebhookCreated
from .webhook_page import WebhookPage
from .webhook_read import WebhookRead
from .worker_heartbeat import WorkerHeartbeat

__all__ = (
    "AccountCreate",
    "AccountCreateKind",
    "AccountPage",
    "AccountRead",
    "AccountReadKind",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyPage",
    "ApiKeyRead",
    "AuditEntryRead",
    "AuditEntryReadActingAsType0",
    "AuditEntryReadDetails",
    "AuditPage",
    "CategoryBreakdown",
    "CategoryFigureRead",
    "CategorySeries",
    "CategoryYear",
    "ConversionKind",
    "ConversionRead",
    "ConversionSource",
    "ConversionWeight",
    "DatasetDetail",
    "DatasetPage",
    "DatasetRead",
    "DefinitionCodeRead",
    "DefinitionKind",
    "DefinitionPage",
    "DefinitionRead",
    "DefinitionSetPage",
    "DefinitionSetRead",
    "Delegation",
    "DeliveryPage",
    "DeliveryRead",
    "EmergingIndustryFigureRead",
    "ExportDefinitionSetResponse200Item",
    "ExportFormat",
    "ExportOrganisationsLabelType0",
    "ExportRegionsResponse200Item",
    "ExportSectorsResponse200Item",
    "ExportStatisticsResponse200Item",
    "FieldError",
    "FileFormat",
    "Health",
    "ImportDefinitionSetJsonBody",
    "ImportMode",
    "ImportReport",
    "Indicator",
    "IndicatorSummary",
    "ListOrganisationsLabelType0",
    "ManagerRead",
    "Me",
    "NutsVersion",
    "OrganisationCreate",
    "OrganisationCreateExcellenceLabelType0",
    "OrganisationPage",
    "OrganisationPrivatePage",
    "OrganisationPrivateRead",
    "OrganisationRead",
    "OrganisationUpdate",
    "OrganisationUpdateExcellenceLabelType0",
    "OwnerChange",
    "PingSent",
    "ProblemDetail",
    "Readiness",
    "ReadReplica",
    "ReadReplicaStatus",
    "RegionBatch",
    "RegionBatchQuery",
    "RegionInVersion",
    "RegionLink",
    "RegionLinkChange",
    "RegionLookup",
    "RegionPage",
    "RegionRead",
    "RowProblem",
    "SectorPage",
    "SectorRead",
    "StatisticPage",
    "StatisticRead",
    "StatisticsFormat",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookPage",
    "WebhookRead",
    "WorkerHeartbeat",
)
