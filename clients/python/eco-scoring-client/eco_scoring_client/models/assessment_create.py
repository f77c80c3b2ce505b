from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nuts_version import NutsVersion, check_nuts_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssessmentCreate")


@_attrs_define
class AssessmentCreate:
    """
    Attributes:
        nuts_id (str):
        nuts_version (None | NutsVersion | Unset): NUTS version to file the assessment under; default: the latest the
            code exists in. A code of another version is read as its code of the same territory in this one (FR30 as FRE1 of
            2024); a region whose territory changed is a 422 region-territory-changed problem listing the regions it became
        peers (list[str] | None | Unset): Scoreboard peers for the crossing with framework conditions; default: the five
            regions most similar in structure
        questionnaire (None | str | Unset): Questionnaire version; default: the active one
        title (None | str | Unset): Default: 'Stress Test <region>'
    """

    nuts_id: str
    nuts_version: None | NutsVersion | Unset = UNSET
    peers: list[str] | None | Unset = UNSET
    questionnaire: None | str | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        nuts_id = self.nuts_id

        nuts_version: int | None | Unset
        if isinstance(self.nuts_version, Unset):
            nuts_version = UNSET
        elif isinstance(self.nuts_version, int):
            nuts_version = self.nuts_version
        else:
            nuts_version = self.nuts_version

        peers: list[str] | None | Unset
        if isinstance(self.peers, Unset):
            peers = UNSET
        elif isinstance(self.peers, list):
            peers = self.peers

        else:
            peers = self.peers

        questionnaire: None | str | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        else:
            questionnaire = self.questionnaire

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nuts_id": nuts_id,
            }
        )
        if nuts_version is not UNSET:
            field_dict["nuts_version"] = nuts_version
        if peers is not UNSET:
            field_dict["peers"] = peers
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nuts_id = d.pop("nuts_id")

        def _parse_nuts_version(data: object) -> None | NutsVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                nuts_version_type_0 = check_nuts_version(data)

                return nuts_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NutsVersion | Unset, data)

        nuts_version = _parse_nuts_version(d.pop("nuts_version", UNSET))

        def _parse_peers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                peers_type_0 = cast(list[str], data)

                return peers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        peers = _parse_peers(d.pop("peers", UNSET))

        def _parse_questionnaire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        assessment_create = cls(
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            peers=peers,
            questionnaire=questionnaire,
            title=title,
        )

        return assessment_create
