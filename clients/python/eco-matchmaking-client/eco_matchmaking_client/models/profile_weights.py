from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileWeights")


@_attrs_define
class ProfileWeights:
    """What a cluster's sector profile is made of: its own NACE codes count most; the codes
    of its categories and emerging industries (from the active definition set) and of its
    offers fill in.

        Attributes:
            categories (float | Unset):  Default: 0.5.
            emerging_industries (float | Unset):  Default: 0.5.
            nace (float | Unset):  Default: 1.0.
            offers (float | Unset):  Default: 0.5.
    """

    categories: float | Unset = 0.5
    emerging_industries: float | Unset = 0.5
    nace: float | Unset = 1.0
    offers: float | Unset = 0.5

    def to_dict(self) -> dict[str, Any]:
        categories = self.categories

        emerging_industries = self.emerging_industries

        nace = self.nace

        offers = self.offers

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories
        if emerging_industries is not UNSET:
            field_dict["emerging_industries"] = emerging_industries
        if nace is not UNSET:
            field_dict["nace"] = nace
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = d.pop("categories", UNSET)

        emerging_industries = d.pop("emerging_industries", UNSET)

        nace = d.pop("nace", UNSET)

        offers = d.pop("offers", UNSET)

        profile_weights = cls(
            categories=categories,
            emerging_industries=emerging_industries,
            nace=nace,
            offers=offers,
        )

        return profile_weights
