from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.demonstrator_read import DemonstratorRead
    from ..models.panorama_part import PanoramaPart
    from ..models.recommendations_part import RecommendationsPart
    from ..models.report_region import ReportRegion
    from ..models.scoreboard_part import ScoreboardPart
    from ..models.stress_test_part import StressTestPart
    from ..models.surveys_part import SurveysPart


T = TypeVar("T", bound="RegionReport")


@_attrs_define
class RegionReport:
    """
    Attributes:
        demonstrator (DemonstratorRead | None): Set when the region is one of the six model demonstrator regions
        panorama (PanoramaPart):
        recommendations (RecommendationsPart):
        region (ReportRegion):
        scoreboard (ScoreboardPart):
        stress_test (StressTestPart):
        surveys (SurveysPart):
    """

    demonstrator: DemonstratorRead | None
    panorama: PanoramaPart
    recommendations: RecommendationsPart
    region: ReportRegion
    scoreboard: ScoreboardPart
    stress_test: StressTestPart
    surveys: SurveysPart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.demonstrator_read import DemonstratorRead  # noqa: PLC0415

        demonstrator: dict[str, Any] | None
        if isinstance(self.demonstrator, DemonstratorRead):
            demonstrator = self.demonstrator.to_dict()
        else:
            demonstrator = self.demonstrator

        panorama = self.panorama.to_dict()

        recommendations = self.recommendations.to_dict()

        region = self.region.to_dict()

        scoreboard = self.scoreboard.to_dict()

        stress_test = self.stress_test.to_dict()

        surveys = self.surveys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "demonstrator": demonstrator,
                "panorama": panorama,
                "recommendations": recommendations,
                "region": region,
                "scoreboard": scoreboard,
                "stress_test": stress_test,
                "surveys": surveys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.demonstrator_read import DemonstratorRead  # noqa: PLC0415
        from ..models.panorama_part import PanoramaPart  # noqa: PLC0415
        from ..models.recommendations_part import RecommendationsPart  # noqa: PLC0415
        from ..models.report_region import ReportRegion  # noqa: PLC0415
        from ..models.scoreboard_part import ScoreboardPart  # noqa: PLC0415
        from ..models.stress_test_part import StressTestPart  # noqa: PLC0415
        from ..models.surveys_part import SurveysPart  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_demonstrator(data: object) -> DemonstratorRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                demonstrator_type_0 = DemonstratorRead.from_dict(data)

                return demonstrator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DemonstratorRead | None, data)

        demonstrator = _parse_demonstrator(d.pop("demonstrator"))

        panorama = PanoramaPart.from_dict(d.pop("panorama"))

        recommendations = RecommendationsPart.from_dict(d.pop("recommendations"))

        region = ReportRegion.from_dict(d.pop("region"))

        scoreboard = ScoreboardPart.from_dict(d.pop("scoreboard"))

        stress_test = StressTestPart.from_dict(d.pop("stress_test"))

        surveys = SurveysPart.from_dict(d.pop("surveys"))

        region_report = cls(
            demonstrator=demonstrator,
            panorama=panorama,
            recommendations=recommendations,
            region=region,
            scoreboard=scoreboard,
            stress_test=stress_test,
            surveys=surveys,
        )

        region_report.additional_properties = d
        return region_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
