"""Contains all the data models used in inputs/outputs"""

from .acceptance_bucket import AcceptanceBucket
from .agenda import Agenda
from .agenda_delegate import AgendaDelegate
from .agenda_item import AgendaItem
from .agenda_item_priority import AgendaItemPriority
from .agenda_item_table_kind import AgendaItemTableKind
from .agenda_status import AgendaStatus
from .callback_read import CallbackRead
from .callback_read_status import CallbackReadStatus
from .code_match_read import CodeMatchRead
from .code_match_read_offered_by import CodeMatchReadOfferedBy
from .counterpart_delegate import CounterpartDelegate
from .delegate import Delegate
from .diagnostic import Diagnostic
from .event_create import EventCreate
from .event_create_request_mode import EventCreateRequestMode
from .event_page import EventPage
from .event_private_read import EventPrivateRead
from .event_private_read_request_mode import EventPrivateReadRequestMode
from .event_read import EventRead
from .event_read_request_mode import EventReadRequestMode
from .event_statistics import EventStatistics
from .event_statistics_rules import EventStatisticsRules
from .event_summary import EventSummary
from .event_update import EventUpdate
from .event_update_request_mode_type_0 import EventUpdateRequestModeType0
from .explanation import Explanation
from .explanation_input_output_blend_type_0 import ExplanationInputOutputBlendType0
from .feedback_create import FeedbackCreate
from .feedback_create_kind import FeedbackCreateKind
from .feedback_figures import FeedbackFigures
from .feedback_figures_kind import FeedbackFiguresKind
from .feedback_list import FeedbackList
from .feedback_read import FeedbackRead
from .feedback_read_kind import FeedbackReadKind
from .field_error import FieldError
from .fixed_placement import FixedPlacement
from .get_recommendations_min_label_type_0 import GetRecommendationsMinLabelType0
from .get_recommendations_mode import GetRecommendationsMode
from .get_recommendations_reciprocity_type_0 import GetRecommendationsReciprocityType0
from .grid_meeting import GridMeeting
from .grid_meeting_priority import GridMeetingPriority
from .grid_slot import GridSlot
from .grid_table import GridTable
from .grid_table_kind import GridTableKind
from .health import Health
from .input_output_flow_page import InputOutputFlowPage
from .input_output_flow_read import InputOutputFlowRead
from .input_output_table_read import InputOutputTableRead
from .instance import Instance
from .list_meetings_status_type_0 import ListMeetingsStatusType0
from .list_requests_status_type_0 import ListRequestsStatusType0
from .meeting import Meeting
from .meeting_figures import MeetingFigures
from .meeting_page import MeetingPage
from .meeting_priority import MeetingPriority
from .meeting_read import MeetingRead
from .meeting_read_priority import MeetingReadPriority
from .meeting_read_status import MeetingReadStatus
from .meeting_update import MeetingUpdate
from .organisation_brief import OrganisationBrief
from .participant import Participant
from .participant_create import ParticipantCreate
from .participant_page import ParticipantPage
from .participant_private import ParticipantPrivate
from .participant_read import ParticipantRead
from .participant_update import ParticipantUpdate
from .partner_ref import PartnerRef
from .party_brief import PartyBrief
from .placement import Placement
from .portal_grant import PortalGrant
from .problem_detail import ProblemDetail
from .profile_weights import ProfileWeights
from .publication_read import PublicationRead
from .publication_read_status import PublicationReadStatus
from .read_replica import ReadReplica
from .read_replica_status import ReadReplicaStatus
from .readiness import Readiness
from .recommendation_feedback_read import RecommendationFeedbackRead
from .recommendation_feedback_read_verdict import RecommendationFeedbackReadVerdict
from .recommendation_feedback_summary import RecommendationFeedbackSummary
from .recommendation_feedback_write import RecommendationFeedbackWrite
from .recommendation_feedback_write_verdict import RecommendationFeedbackWriteVerdict
from .recommendation_page import RecommendationPage
from .recommendation_page_parameters import RecommendationPageParameters
from .recommendation_page_source import RecommendationPageSource
from .recommendation_parameters import RecommendationParameters
from .recommendation_parameters_cross_border import RecommendationParametersCrossBorder
from .recommendation_parameters_input_output_tables import RecommendationParametersInputOutputTables
from .recommendation_parameters_reciprocity import RecommendationParametersReciprocity
from .recommendation_read import RecommendationRead
from .recommendation_read_your_verdict_type_0 import RecommendationReadYourVerdictType0
from .recommendation_run_create import RecommendationRunCreate
from .recommendation_run_page import RecommendationRunPage
from .recommendation_run_read import RecommendationRunRead
from .recommendation_run_read_exposure_type_0 import RecommendationRunReadExposureType0
from .recommendation_run_read_input_output_tables_type_0 import RecommendationRunReadInputOutputTablesType0
from .recommendation_run_read_parameters import RecommendationRunReadParameters
from .recommendation_run_used import RecommendationRunUsed
from .recommendation_run_used_input_output_tables_type_0 import RecommendationRunUsedInputOutputTablesType0
from .recommendation_run_used_parameters import RecommendationRunUsedParameters
from .request_answer import RequestAnswer
from .request_create import RequestCreate
from .request_create_priority import RequestCreatePriority
from .request_figures import RequestFigures
from .request_page import RequestPage
from .request_read import RequestRead
from .request_read_priority import RequestReadPriority
from .request_read_status import RequestReadStatus
from .result import Result
from .result_status import ResultStatus
from .rules import Rules
from .run_create import RunCreate
from .run_page import RunPage
from .run_read import RunRead
from .run_read_diagnostics_item import RunReadDiagnosticsItem
from .run_read_solver_status_type_0 import RunReadSolverStatusType0
from .run_read_status import RunReadStatus
from .run_read_unscheduled_item import RunReadUnscheduledItem
from .schedule_grid import ScheduleGrid
from .schedule_grid_status import ScheduleGridStatus
from .score_weights import ScoreWeights
from .sector_flow_read import SectorFlowRead
from .sector_flow_read_supplier import SectorFlowReadSupplier
from .session_create import SessionCreate
from .session_read import SessionRead
from .slot import Slot
from .slot_read import SlotRead
from .solve_job_create import SolveJobCreate
from .solve_job_created import SolveJobCreated
from .solve_job_created_status import SolveJobCreatedStatus
from .solve_job_read import SolveJobRead
from .solve_job_read_status import SolveJobReadStatus
from .suggestion import Suggestion
from .suggestion_list import SuggestionList
from .table_create import TableCreate
from .table_create_kind import TableCreateKind
from .table_read import TableRead
from .table_read_kind import TableReadKind
from .unscheduled import Unscheduled
from .unscheduled_reason import UnscheduledReason
from .worker_heartbeat import WorkerHeartbeat

__all__ = (
    "AcceptanceBucket",
    "Agenda",
    "AgendaDelegate",
    "AgendaItem",
    "AgendaItemPriority",
    "AgendaItemTableKind",
    "AgendaStatus",
    "CallbackRead",
    "CallbackReadStatus",
    "CodeMatchRead",
    "CodeMatchReadOfferedBy",
    "CounterpartDelegate",
    "Delegate",
    "Diagnostic",
    "EventCreate",
    "EventCreateRequestMode",
    "EventPage",
    "EventPrivateRead",
    "EventPrivateReadRequestMode",
    "EventRead",
    "EventReadRequestMode",
    "EventStatistics",
    "EventStatisticsRules",
    "EventSummary",
    "EventUpdate",
    "EventUpdateRequestModeType0",
    "Explanation",
    "ExplanationInputOutputBlendType0",
    "FeedbackCreate",
    "FeedbackCreateKind",
    "FeedbackFigures",
    "FeedbackFiguresKind",
    "FeedbackList",
    "FeedbackRead",
    "FeedbackReadKind",
    "FieldError",
    "FixedPlacement",
    "GetRecommendationsMinLabelType0",
    "GetRecommendationsMode",
    "GetRecommendationsReciprocityType0",
    "GridMeeting",
    "GridMeetingPriority",
    "GridSlot",
    "GridTable",
    "GridTableKind",
    "Health",
    "InputOutputFlowPage",
    "InputOutputFlowRead",
    "InputOutputTableRead",
    "Instance",
    "ListMeetingsStatusType0",
    "ListRequestsStatusType0",
    "Meeting",
    "MeetingFigures",
    "MeetingPage",
    "MeetingPriority",
    "MeetingRead",
    "MeetingReadPriority",
    "MeetingReadStatus",
    "MeetingUpdate",
    "OrganisationBrief",
    "Participant",
    "ParticipantCreate",
    "ParticipantPage",
    "ParticipantPrivate",
    "ParticipantRead",
    "ParticipantUpdate",
    "PartnerRef",
    "PartyBrief",
    "Placement",
    "PortalGrant",
    "ProblemDetail",
    "ProfileWeights",
    "PublicationRead",
    "PublicationReadStatus",
    "Readiness",
    "ReadReplica",
    "ReadReplicaStatus",
    "RecommendationFeedbackRead",
    "RecommendationFeedbackReadVerdict",
    "RecommendationFeedbackSummary",
    "RecommendationFeedbackWrite",
    "RecommendationFeedbackWriteVerdict",
    "RecommendationPage",
    "RecommendationPageParameters",
    "RecommendationPageSource",
    "RecommendationParameters",
    "RecommendationParametersCrossBorder",
    "RecommendationParametersInputOutputTables",
    "RecommendationParametersReciprocity",
    "RecommendationRead",
    "RecommendationReadYourVerdictType0",
    "RecommendationRunCreate",
    "RecommendationRunPage",
    "RecommendationRunRead",
    "RecommendationRunReadExposureType0",
    "RecommendationRunReadInputOutputTablesType0",
    "RecommendationRunReadParameters",
    "RecommendationRunUsed",
    "RecommendationRunUsedInputOutputTablesType0",
    "RecommendationRunUsedParameters",
    "RequestAnswer",
    "RequestCreate",
    "RequestCreatePriority",
    "RequestFigures",
    "RequestPage",
    "RequestRead",
    "RequestReadPriority",
    "RequestReadStatus",
    "Result",
    "ResultStatus",
    "Rules",
    "RunCreate",
    "RunPage",
    "RunRead",
    "RunReadDiagnosticsItem",
    "RunReadSolverStatusType0",
    "RunReadStatus",
    "RunReadUnscheduledItem",
    "ScheduleGrid",
    "ScheduleGridStatus",
    "ScoreWeights",
    "SectorFlowRead",
    "SectorFlowReadSupplier",
    "SessionCreate",
    "SessionRead",
    "Slot",
    "SlotRead",
    "SolveJobCreate",
    "SolveJobCreated",
    "SolveJobCreatedStatus",
    "SolveJobRead",
    "SolveJobReadStatus",
    "Suggestion",
    "SuggestionList",
    "TableCreate",
    "TableCreateKind",
    "TableRead",
    "TableReadKind",
    "Unscheduled",
    "UnscheduledReason",
    "WorkerHeartbeat",
)
