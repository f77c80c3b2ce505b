from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.block_portfolio import BlockPortfolio, check_block_portfolio
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_ref import ConditionRef
    from ..models.guidance import Guidance
    from ..models.question import Question


T = TypeVar("T", bound="Block")


@_attrs_define
class Block:
    """
    Attributes:
        code (str):
        guidance (Guidance):
        questions (list[Question]):
        short_title (str):
        title (str):
        conditions (list[ConditionRef] | Unset):
        description (None | str | Unset):
        portfolio (BlockPortfolio | Unset):  Default: 'none'.
    """

    code: str
    guidance: Guidance
    questions: list[Question]
    short_title: str
    title: str
    conditions: list[ConditionRef] | Unset = UNSET
    description: None | str | Unset = UNSET
    portfolio: BlockPortfolio | Unset = "none"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        guidance = self.guidance.to_dict()

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        short_title = self.short_title

        title = self.title

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        portfolio: str | Unset = UNSET
        if not isinstance(self.portfolio, Unset):
            portfolio = self.portfolio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "guidance": guidance,
                "questions": questions,
                "short_title": short_title,
                "title": title,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if description is not UNSET:
            field_dict["description"] = description
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_ref import ConditionRef  # noqa: PLC0415
        from ..models.guidance import Guidance  # noqa: PLC0415
        from ..models.question import Question  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        guidance = Guidance.from_dict(d.pop("guidance"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = Question.from_dict(questions_item_data)

            questions.append(questions_item)

        short_title = d.pop("short_title")

        title = d.pop("title")

        _conditions = d.pop("conditions", UNSET)
        conditions: list[ConditionRef] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ConditionRef.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _portfolio = d.pop("portfolio", UNSET)
        portfolio: BlockPortfolio | Unset
        if isinstance(_portfolio, Unset):
            portfolio = UNSET
        else:
            portfolio = check_block_portfolio(_portfolio)

        block = cls(
            code=code,
            guidance=guidance,
            questions=questions,
            short_title=short_title,
            title=title,
            conditions=conditions,
            description=description,
            portfolio=portfolio,
        )

        return block
