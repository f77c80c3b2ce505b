from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dimension_score import DimensionScore
    from ..models.indicator_score import IndicatorScore
    from ..models.parameters_used import ParametersUsed
    from ..models.peers_used import PeersUsed
    from ..models.policy_focus import PolicyFocus
    from ..models.scored_region import ScoredRegion


T = TypeVar("T", bound="RegionScoreboard")


@_attrs_define
class RegionScoreboard:
    """
    Attributes:
        detailed (list[IndicatorScore]):
        framework (str):
        overall (list[DimensionScore]):
        parameters (ParametersUsed):
        peers (PeersUsed):
        region (ScoredRegion):
        scorecard (list[PolicyFocus]): Weaknesses against the peers, the largest gap first: policy-focus areas
    """

    detailed: list[IndicatorScore]
    framework: str
    overall: list[DimensionScore]
    parameters: ParametersUsed
    peers: PeersUsed
    region: ScoredRegion
    scorecard: list[PolicyFocus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detailed = []
        for detailed_item_data in self.detailed:
            detailed_item = detailed_item_data.to_dict()
            detailed.append(detailed_item)

        framework = self.framework

        overall = []
        for overall_item_data in self.overall:
            overall_item = overall_item_data.to_dict()
            overall.append(overall_item)

        parameters = self.parameters.to_dict()

        peers = self.peers.to_dict()

        region = self.region.to_dict()

        scorecard = []
        for scorecard_item_data in self.scorecard:
            scorecard_item = scorecard_item_data.to_dict()
            scorecard.append(scorecard_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detailed": detailed,
                "framework": framework,
                "overall": overall,
                "parameters": parameters,
                "peers": peers,
                "region": region,
                "scorecard": scorecard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dimension_score import DimensionScore  # noqa: PLC0415
        from ..models.indicator_score import IndicatorScore  # noqa: PLC0415
        from ..models.parameters_used import ParametersUsed  # noqa: PLC0415
        from ..models.peers_used import PeersUsed  # noqa: PLC0415
        from ..models.policy_focus import PolicyFocus  # noqa: PLC0415
        from ..models.scored_region import ScoredRegion  # noqa: PLC0415

        d = dict(src_dict)
        detailed = []
        _detailed = d.pop("detailed")
        for detailed_item_data in _detailed:
            detailed_item = IndicatorScore.from_dict(detailed_item_data)

            detailed.append(detailed_item)

        framework = d.pop("framework")

        overall = []
        _overall = d.pop("overall")
        for overall_item_data in _overall:
            overall_item = DimensionScore.from_dict(overall_item_data)

            overall.append(overall_item)

        parameters = ParametersUsed.from_dict(d.pop("parameters"))

        peers = PeersUsed.from_dict(d.pop("peers"))

        region = ScoredRegion.from_dict(d.pop("region"))

        scorecard = []
        _scorecard = d.pop("scorecard")
        for scorecard_item_data in _scorecard:
            scorecard_item = PolicyFocus.from_dict(scorecard_item_data)

            scorecard.append(scorecard_item)

        region_scoreboard = cls(
            detailed=detailed,
            framework=framework,
            overall=overall,
            parameters=parameters,
            peers=peers,
            region=region,
            scorecard=scorecard,
        )

        region_scoreboard.additional_properties = d
        return region_scoreboard

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
