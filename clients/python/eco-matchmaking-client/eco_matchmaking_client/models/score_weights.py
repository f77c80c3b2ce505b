from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreWeights")


@_attrs_define
class ScoreWeights:
    """How the three parts of a directional score are blended (normalised to sum 1 over the
    parts that apply: a cluster that states no needs is judged on the other two).

        Attributes:
            offers_needs (float | Unset):  Default: 0.2.
            similarity (float | Unset):  Default: 0.35.
            value_chain (float | Unset):  Default: 0.45.
    """

    offers_needs: float | Unset = 0.2
    similarity: float | Unset = 0.35
    value_chain: float | Unset = 0.45

    def to_dict(self) -> dict[str, Any]:
        offers_needs = self.offers_needs

        similarity = self.similarity

        value_chain = self.value_chain

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if offers_needs is not UNSET:
            field_dict["offers_needs"] = offers_needs
        if similarity is not UNSET:
            field_dict["similarity"] = similarity
        if value_chain is not UNSET:
            field_dict["value_chain"] = value_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offers_needs = d.pop("offers_needs", UNSET)

        similarity = d.pop("similarity", UNSET)

        value_chain = d.pop("value_chain", UNSET)

        score_weights = cls(
            offers_needs=offers_needs,
            similarity=similarity,
            value_chain=value_chain,
        )

        return score_weights
