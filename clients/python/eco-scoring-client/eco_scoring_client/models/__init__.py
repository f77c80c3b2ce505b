"""Contains all the data models used in inputs/outputs"""

from .answer_read import AnswerRead
from .answer_write import AnswerWrite
from .answers_read import AnswersRead
from .answers_read_status import AnswersReadStatus
from .answers_write import AnswersWrite
from .assessment_create import AssessmentCreate
from .assessment_page import AssessmentPage
from .assessment_read import AssessmentRead
from .assessment_read_block_scores_type_0 import AssessmentReadBlockScoresType0
from .assessment_read_status import AssessmentReadStatus
from .assessment_summary import AssessmentSummary
from .assessment_summary_status import AssessmentSummaryStatus
from .benchmark import Benchmark
from .benchmark_block import BenchmarkBlock
from .benchmark_region import BenchmarkRegion
from .benchmark_region_block_scores import BenchmarkRegionBlockScores
from .benchmark_status import BenchmarkStatus
from .block import Block
from .block_portfolio import BlockPortfolio
from .block_progress import BlockProgress
from .block_result import BlockResult
from .block_result_category import BlockResultCategory
from .block_result_conditions import BlockResultConditions
from .block_result_policy_type_0 import BlockResultPolicyType0
from .bottleneck import Bottleneck
from .category_history import CategoryHistory
from .category_history_kind import CategoryHistoryKind
from .category_map import CategoryMap
from .category_map_kind import CategoryMapKind
from .category_map_regions import CategoryMapRegions
from .category_result import CategoryResult
from .changed_territory import ChangedTerritory
from .changed_territory_change import ChangedTerritoryChange
from .cited_answer import CitedAnswer
from .cluster_indicators import ClusterIndicators
from .cluster_indicators_kind import ClusterIndicatorsKind
from .cluster_ref import ClusterRef
from .cluster_ref_kind import ClusterRefKind
from .compare_panorama_runs_kind_type_0 import ComparePanoramaRunsKindType0
from .comparison import Comparison
from .comparison_regions import ComparisonRegions
from .condition_evidence import ConditionEvidence
from .condition_evidence_assessment_type_0 import ConditionEvidenceAssessmentType0
from .condition_evidence_kind import ConditionEvidenceKind
from .condition_ref import ConditionRef
from .definition_notes import DefinitionNotes
from .definition_ref import DefinitionRef
from .definition_ref_kind import DefinitionRefKind
from .demonstrator_read import DemonstratorRead
from .dimension_read import DimensionRead
from .dimension_score import DimensionScore
from .dimension_score_assessment_type_0 import DimensionScoreAssessmentType0
from .emerging_growth import EmergingGrowth
from .emerging_growth_comparison import EmergingGrowthComparison
from .export_format import ExportFormat
from .export_survey_results_response_200_item import ExportSurveyResultsResponse200Item
from .field_error import FieldError
from .framework_read import FrameworkRead
from .framework_summary import FrameworkSummary
from .get_category_map_format import GetCategoryMapFormat
from .get_category_map_kind import GetCategoryMapKind
from .get_category_map_response_200 import GetCategoryMapResponse200
from .get_ranking_by import GetRankingBy
from .get_ranking_kind import GetRankingKind
from .get_region_history_kind_type_0 import GetRegionHistoryKindType0
from .get_region_profile_kind_type_0 import GetRegionProfileKindType0
from .get_region_scoreboard_chart_png_type import GetRegionScoreboardChartPngType
from .get_region_scoreboard_chart_spec_response_200 import GetRegionScoreboardChartSpecResponse200
from .get_region_scoreboard_chart_spec_type import GetRegionScoreboardChartSpecType
from .get_region_scoreboard_chart_type import GetRegionScoreboardChartType
from .growth_window import GrowthWindow
from .growth_window_employment_cells_by_year import GrowthWindowEmploymentCellsByYear
from .guidance import Guidance
from .health import Health
from .history_cell import HistoryCell
from .import_mode import ImportMode
from .import_report import ImportReport
from .indicator_read import IndicatorRead
from .indicator_read_direction import IndicatorReadDirection
from .indicator_result import IndicatorResult
from .indicator_result_comparison import IndicatorResultComparison
from .indicator_score import IndicatorScore
from .indicator_score_assessment_type_0 import IndicatorScoreAssessmentType0
from .indicator_score_direction import IndicatorScoreDirection
from .indicator_score_status_type_0 import IndicatorScoreStatusType0
from .indicator_set_read import IndicatorSetRead
from .indicator_set_summary import IndicatorSetSummary
from .indistinguishable_group import IndistinguishableGroup
from .indistinguishable_group_kind import IndistinguishableGroupKind
from .item_catalogue_read import ItemCatalogueRead
from .item_read import ItemRead
from .item_result import ItemResult
from .label_assessment_create import LabelAssessmentCreate
from .label_assessment_create_values import LabelAssessmentCreateValues
from .label_assessment_read import LabelAssessmentRead
from .label_assessment_read_level_type_0 import LabelAssessmentReadLevelType0
from .label_indicator_read import LabelIndicatorRead
from .label_indicator_read_comparison import LabelIndicatorReadComparison
from .label_indicator_read_kind import LabelIndicatorReadKind
from .label_rule import LabelRule
from .level_rule import LevelRule
from .level_rule_level import LevelRuleLevel
from .list_panorama_runs_status_type_0 import ListPanoramaRunsStatusType0
from .list_stress_test_assessments_status_type_0 import ListStressTestAssessmentsStatusType0
from .methodology_read import MethodologyRead
from .methodology_read_parameters import MethodologyReadParameters
from .nuts_version import NutsVersion
from .opportunities import Opportunities
from .opportunity_read import OpportunityRead
from .opportunity_read_direction import OpportunityReadDirection
from .organisation_ref import OrganisationRef
from .page_assessment_summary import PageAssessmentSummary
from .page_run_read import PageRunRead
from .panorama_part import PanoramaPart
from .panorama_part_status import PanoramaPartStatus
from .panorama_used import PanoramaUsed
from .parameter_overrides import ParameterOverrides
from .parameter_overrides_stars_type_0_item import ParameterOverridesStarsType0Item
from .parameters_used import ParametersUsed
from .peers_used import PeersUsed
from .peers_used_method import PeersUsedMethod
from .policy_focus import PolicyFocus
from .policy_focus_level import PolicyFocusLevel
from .problem_detail import ProblemDetail
from .profile import Profile
from .provenance import Provenance
from .provenance_status_type_0 import ProvenanceStatusType0
from .question import Question
from .question_score import QuestionScore
from .questionnaire import Questionnaire
from .questionnaire_summary import QuestionnaireSummary
from .ranking import Ranking
from .ranking_by import RankingBy
from .ranking_kind import RankingKind
from .read_replica import ReadReplica
from .read_replica_status import ReadReplicaStatus
from .readiness import Readiness
from .recommendation import Recommendation
from .recommendation_category import RecommendationCategory
from .recommendations_part import RecommendationsPart
from .recommendations_part_basis import RecommendationsPartBasis
from .region_code import RegionCode
from .region_history import RegionHistory
from .region_profile import RegionProfile
from .region_ref import RegionRef
from .region_report import RegionReport
from .region_scoreboard import RegionScoreboard
from .report_recommendation import ReportRecommendation
from .report_recommendation_kind import ReportRecommendationKind
from .report_recommendation_source import ReportRecommendationSource
from .report_region import ReportRegion
from .respondent_create import RespondentCreate
from .respondent_create_role import RespondentCreateRole
from .respondent_read import RespondentRead
from .respondent_read_role import RespondentReadRole
from .response_read import ResponseRead
from .response_write import ResponseWrite
from .result_create import ResultCreate
from .result_parameters_used import ResultParametersUsed
from .result_read import ResultRead
from .result_summary import ResultSummary
from .row_problem import RowProblem
from .run_create import RunCreate
from .run_create_denominator_source import RunCreateDenominatorSource
from .run_create_region_level import RunCreateRegionLevel
from .run_read import RunRead
from .run_read_denominator_source_type_0 import RunReadDenominatorSourceType0
from .run_read_parameters import RunReadParameters
from .run_ref import RunRef
from .run_ref_denominator_source_type_0 import RunRefDenominatorSourceType0
from .scale import Scale
from .scale_level import ScaleLevel
from .scale_result import ScaleResult
from .scoreboard_part import ScoreboardPart
from .scoreboard_part_status import ScoreboardPartStatus
from .scoreboard_used import ScoreboardUsed
from .scored_region import ScoredRegion
from .stars import Stars
from .stress_test_parameters import StressTestParameters
from .stress_test_part import StressTestPart
from .stress_test_part_all_mean import StressTestPartAllMean
from .stress_test_part_status import StressTestPartStatus
from .subcategory_result import SubcategoryResult
from .subdimension_read import SubdimensionRead
from .subdimension_score import SubdimensionScore
from .subdimension_score_assessment_type_0 import SubdimensionScoreAssessmentType0
from .survey_answer_read import SurveyAnswerRead
from .survey_answer_write import SurveyAnswerWrite
from .survey_create import SurveyCreate
from .survey_for_respondent import SurveyForRespondent
from .survey_for_respondent_status import SurveyForRespondentStatus
from .survey_page import SurveyPage
from .survey_read import SurveyRead
from .survey_read_kind import SurveyReadKind
from .survey_read_status import SurveyReadStatus
from .survey_region_ref import SurveyRegionRef
from .survey_results import SurveyResults
from .survey_results_kind import SurveyResultsKind
from .survey_results_status import SurveyResultsStatus
from .survey_update import SurveyUpdate
from .surveys_part import SurveysPart
from .surveys_part_status import SurveysPartStatus
from .tokens_create import TokensCreate
from .tokens_issued import TokensIssued
from .worker_heartbeat import WorkerHeartbeat

__all__ = (
    "AnswerRead",
    "AnswersRead",
    "AnswersReadStatus",
    "AnswersWrite",
    "AnswerWrite",
    "AssessmentCreate",
    "AssessmentPage",
    "AssessmentRead",
    "AssessmentReadBlockScoresType0",
    "AssessmentReadStatus",
    "AssessmentSummary",
    "AssessmentSummaryStatus",
    "Benchmark",
    "BenchmarkBlock",
    "BenchmarkRegion",
    "BenchmarkRegionBlockScores",
    "BenchmarkStatus",
    "Block",
    "BlockPortfolio",
    "BlockProgress",
    "BlockResult",
    "BlockResultCategory",
    "BlockResultConditions",
    "BlockResultPolicyType0",
    "Bottleneck",
    "CategoryHistory",
    "CategoryHistoryKind",
    "CategoryMap",
    "CategoryMapKind",
    "CategoryMapRegions",
    "CategoryResult",
    "ChangedTerritory",
    "ChangedTerritoryChange",
    "CitedAnswer",
    "ClusterIndicators",
    "ClusterIndicatorsKind",
    "ClusterRef",
    "ClusterRefKind",
    "ComparePanoramaRunsKindType0",
    "Comparison",
    "ComparisonRegions",
    "ConditionEvidence",
    "ConditionEvidenceAssessmentType0",
    "ConditionEvidenceKind",
    "ConditionRef",
    "DefinitionNotes",
    "DefinitionRef",
    "DefinitionRefKind",
    "DemonstratorRead",
    "DimensionRead",
    "DimensionScore",
    "DimensionScoreAssessmentType0",
    "EmergingGrowth",
    "EmergingGrowthComparison",
    "ExportFormat",
    "ExportSurveyResultsResponse200Item",
    "FieldError",
    "FrameworkRead",
    "FrameworkSummary",
    "GetCategoryMapFormat",
    "GetCategoryMapKind",
    "GetCategoryMapResponse200",
    "GetRankingBy",
    "GetRankingKind",
    "GetRegionHistoryKindType0",
    "GetRegionProfileKindType0",
    "GetRegionScoreboardChartPngType",
    "GetRegionScoreboardChartSpecResponse200",
    "GetRegionScoreboardChartSpecType",
    "GetRegionScoreboardChartType",
    "GrowthWindow",
    "GrowthWindowEmploymentCellsByYear",
    "Guidance",
    "Health",
    "HistoryCell",
    "ImportMode",
    "ImportReport",
    "IndicatorRead",
    "IndicatorReadDirection",
    "IndicatorResult",
    "IndicatorResultComparison",
    "IndicatorScore",
    "IndicatorScoreAssessmentType0",
    "IndicatorScoreDirection",
    "IndicatorScoreStatusType0",
    "IndicatorSetRead",
    "IndicatorSetSummary",
    "IndistinguishableGroup",
    "IndistinguishableGroupKind",
    "ItemCatalogueRead",
    "ItemRead",
    "ItemResult",
    "LabelAssessmentCreate",
    "LabelAssessmentCreateValues",
    "LabelAssessmentRead",
    "LabelAssessmentReadLevelType0",
    "LabelIndicatorRead",
    "LabelIndicatorReadComparison",
    "LabelIndicatorReadKind",
    "LabelRule",
    "LevelRule",
    "LevelRuleLevel",
    "ListPanoramaRunsStatusType0",
    "ListStressTestAssessmentsStatusType0",
    "MethodologyRead",
    "MethodologyReadParameters",
    "NutsVersion",
    "Opportunities",
    "OpportunityRead",
    "OpportunityReadDirection",
    "OrganisationRef",
    "PageAssessmentSummary",
    "PageRunRead",
    "PanoramaPart",
    "PanoramaPartStatus",
    "PanoramaUsed",
    "ParameterOverrides",
    "ParameterOverridesStarsType0Item",
    "ParametersUsed",
    "PeersUsed",
    "PeersUsedMethod",
    "PolicyFocus",
    "PolicyFocusLevel",
    "ProblemDetail",
    "Profile",
    "Provenance",
    "ProvenanceStatusType0",
    "Question",
    "Questionnaire",
    "QuestionnaireSummary",
    "QuestionScore",
    "Ranking",
    "RankingBy",
    "RankingKind",
    "Readiness",
    "ReadReplica",
    "ReadReplicaStatus",
    "Recommendation",
    "RecommendationCategory",
    "RecommendationsPart",
    "RecommendationsPartBasis",
    "RegionCode",
    "RegionHistory",
    "RegionProfile",
    "RegionRef",
    "RegionReport",
    "RegionScoreboard",
    "ReportRecommendation",
    "ReportRecommendationKind",
    "ReportRecommendationSource",
    "ReportRegion",
    "RespondentCreate",
    "RespondentCreateRole",
    "RespondentRead",
    "RespondentReadRole",
    "ResponseRead",
    "ResponseWrite",
    "ResultCreate",
    "ResultParametersUsed",
    "ResultRead",
    "ResultSummary",
    "RowProblem",
    "RunCreate",
    "RunCreateDenominatorSource",
    "RunCreateRegionLevel",
    "RunRead",
    "RunReadDenominatorSourceType0",
    "RunReadParameters",
    "RunRef",
    "RunRefDenominatorSourceType0",
    "Scale",
    "ScaleLevel",
    "ScaleResult",
    "ScoreboardPart",
    "ScoreboardPartStatus",
    "ScoreboardUsed",
    "ScoredRegion",
    "Stars",
    "StressTestParameters",
    "StressTestPart",
    "StressTestPartAllMean",
    "StressTestPartStatus",
    "SubcategoryResult",
    "SubdimensionRead",
    "SubdimensionScore",
    "SubdimensionScoreAssessmentType0",
    "SurveyAnswerRead",
    "SurveyAnswerWrite",
    "SurveyCreate",
    "SurveyForRespondent",
    "SurveyForRespondentStatus",
    "SurveyPage",
    "SurveyRead",
    "SurveyReadKind",
    "SurveyReadStatus",
    "SurveyRegionRef",
    "SurveyResults",
    "SurveyResultsKind",
    "SurveyResultsStatus",
    "SurveysPart",
    "SurveysPartStatus",
    "SurveyUpdate",
    "TokensCreate",
    "TokensIssued",
    "WorkerHeartbeat",
)
