"""Check every row of a definition set and assemble the definitions that hold (pure).

A definition is kept only when all of its rows are valid: a category missing one of its
codes would be silently smaller and would score wrong, so ``skip_invalid`` imports drop
such a definition whole and say so in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from eco_core.db.storable import unstorable_text
from eco_core.definitions.content import (
    DESCRIPTION_MAX_LENGTH,
    KINDS,
    NAME_MAX_LENGTH,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    WEIGHT_PLACES,
    CodeWeight,
    DefinitionDraft,
)
from eco_core.definitions.parse import SourceRow
from eco_core.imports.report import RowProblem

_SLUG = re.compile(SLUG_PATTERN)
_ONE = Decimal(1)
_QUANTUM = Decimal(1).scaleb(-WEIGHT_PLACES)

Key = tuple[str, str]  # (kind, slug)


@dataclass(frozen=True)
class DroppedDefinition:
    kind: str
    slug: str
    first_row: int
    rows: int
    invalid_rows: int


@dataclass
class Validation:
    definitions: list[DefinitionDraft]  # those whose every row is valid, by (kind, slug)
    problems: list[RowProblem]
    rows_read: int
    rows_invalid: int
    # Definitions with at least one valid and one invalid row: not written by skip_invalid.
    dropped: list[DroppedDefinition] = field(default_factory=list)

    @property
    def rows_valid(self) -> int:
        return self.rows_read - self.rows_invalid


@dataclass
class _Checked:
    source: SourceRow
    kind: str
    slug: str
    name: str
    nace_code: str
    weight: Decimal | None
    description: str
    problems: list[RowProblem]

    @property
    def key(self) -> Key | None:
        valid_key = not any(p.column in ("kind", "slug") for p in self.problems)
        whole_row_unusable = any(p.column is None for p in self.problems)
        return (self.kind, self.slug) if valid_key and not whole_row_unusable else None


def validate_rows(rows: Sequence[SourceRow], nace_parents: Mapping[str, str | None]) -> Validation:
    """``nace_parents`` maps every known NACE code to its parent (None for sections)."""
    checked = [_check_row(row, nace_parents) for row in rows]
    groups: dict[Key, list[_Checked]] = {}
    for row in checked:
        if row.key is not None:
            groups.setdefault(row.key, []).append(row)
    for key, members in groups.items():
        _check_definition(key, members, nace_parents)

    definitions: list[DefinitionDraft] = []
    dropped: list[DroppedDefinition] = []
    for (kind, slug), members in sorted(groups.items()):
        invalid = sum(1 for m in members if m.problems)
        if invalid:
            if invalid < len(members):
                first = min(m.source.row for m in members)
                dropped.append(DroppedDefinition(kind, slug, first, len(members), invalid))
            continue
        definitions.append(_draft(kind, slug, members))

    problems = _unique(p for row in checked for p in row.problems)
    return Validation(
        definitions=definitions,
        problems=sorted(problems, key=lambda p: p.row),
        rows_read=len(rows),
        rows_invalid=sum(1 for row in checked if row.problems),
        dropped=dropped,
    )


def _check_row(source: SourceRow, nace_parents: Mapping[str, str | None]) -> _Checked:
    problems: list[RowProblem] = []

    def add(column: str | None, problem: str, value: object = None) -> None:
        shown = None if value is None else str(value)[:80]
        problems.append(RowProblem(row=source.row, column=column, problem=problem, value=shown))

    for defect in source.defects:
        add(defect.column, defect.problem, defect.value)
    if any(d.column is None for d in source.defects):
        return _Checked(source, "", "", "", "", None, "", problems)
    taken = {d.column for d in source.defects}

    kind, slug, name = source.kind.strip(), source.slug.strip(), source.name.strip()
    description = source.description.strip()
    nace_code = _normalise_code(source.nace_code)
    for column, text in (
        ("kind", source.kind),
        ("slug", source.slug),
        ("name", source.name),
        (source.code_column, source.nace_code),
        (source.weight_column, source.weight),
        ("description", source.description),
    ):
        unstorable = unstorable_text(text)
        if unstorable:
            add(column, unstorable)
            taken.add(column)

    if "kind" not in taken and kind not in KINDS:
        add("kind", "unknown kind: expected category or emerging_industry", kind)
    if "slug" not in taken and (not _SLUG.match(slug) or len(slug) > SLUG_MAX_LENGTH):
        add(
            "slug",
            f"bad slug: lower-case letters and digits joined by single hyphens, at most "
            f"{SLUG_MAX_LENGTH} characters (e.g. biopharmaceuticals, blue-growth-industries)",
            slug,
        )
    if "name" not in taken:
        if not name:
            add("name", "missing name")
        elif len(name) > NAME_MAX_LENGTH:
            add("name", f"longer than {NAME_MAX_LENGTH} characters", name)
    if "description" not in taken and len(description) > DESCRIPTION_MAX_LENGTH:
        add("description", f"longer than {DESCRIPTION_MAX_LENGTH} characters", description)
    if source.code_column not in taken:
        if not nace_code:
            add(source.code_column, "missing NACE code")
        elif nace_code not in nace_parents:
            add(
                source.code_column,
                "unknown NACE Rev. 2 code (a section C, division 10, group 10.1 or class 10.11)",
                source.nace_code,
            )
    weight: Decimal | None = None
    if source.weight_column not in taken:
        weight, problem = _parse_weight(source.weight)
        if problem:
            add(source.weight_column, problem, source.weight)
    return _Checked(source, kind, slug, name, nace_code, weight, description, problems)


def _normalise_code(text: str) -> str:
    code = text.strip()
    return code.upper() if code.isalpha() else code


def _parse_weight(text: str) -> tuple[Decimal | None, str | None]:
    text = text.strip()
    if not text:
        return _ONE, None
    try:
        weight = Decimal(text)
    except InvalidOperation:
        return None, "weight is not a number"
    if not weight.is_finite():
        return None, "weight is not a number"
    if weight <= 0 or weight > _ONE:
        return None, "weight outside (0, 1]: the share of the code counted in the definition"
    if weight != weight.quantize(_QUANTUM):
        return None, f"weight has more than {WEIGHT_PLACES} decimal places"
    return weight, None


def _check_definition(
    key: Key, members: list[_Checked], nace_parents: Mapping[str, str | None]
) -> None:
    kind, slug = key
    named = next((m for m in members if m.name and not _has(m, "name")), None)
    described = next((m for m in members if m.description), None)
    seen: dict[str, _Checked] = {}
    for member in members:
        if named and member.name and member.name != named.name and not _has(member, "name"):
            member.problems.append(
                RowProblem(
                    row=member.source.row,
                    column="name",
                    problem=f"conflicting names for {kind}/{slug}: row {named.source.row} "
                    f"names it {named.name!r}",
                    value=member.name[:80],
                )
            )
        if described and member.description and member.description != described.description:
            member.problems.append(
                RowProblem(
                    row=member.source.row,
                    column="description",
                    problem=f"conflicting descriptions for {kind}/{slug}: see row "
                    f"{described.source.row}",
                )
            )
        code = member.nace_code
        if not code or _has(member, member.source.code_column):
            continue
        first = seen.get(code)
        if first is not None:
            member.problems.append(
                RowProblem(
                    row=member.source.row,
                    column=member.source.code_column,
                    problem=f"duplicate: {code} is already in {kind}/{slug} on row "
                    f"{first.source.row}",
                    value=code,
                )
            )
        else:
            seen[code] = member
    for code, member in seen.items():
        ancestor = _ancestor_in(code, seen, nace_parents)
        if ancestor is not None:
            member.problems.append(
                RowProblem(
                    row=member.source.row,
                    column=member.source.code_column,
                    problem=f"{code} lies within {ancestor} (row {seen[ancestor].source.row}), "
                    f"also in {kind}/{slug}: it would be counted twice",
                    value=code,
                )
            )


def _ancestor_in(
    code: str, present: Mapping[str, object], nace_parents: Mapping[str, str | None]
) -> str | None:
    parent = nace_parents.get(code)
    while parent is not None:
        if parent in present:
            return parent
        parent = nace_parents.get(parent)
    return None


def _has(row: _Checked, column: str) -> bool:
    return any(p.column == column for p in row.problems)


def _draft(kind: str, slug: str, members: list[_Checked]) -> DefinitionDraft:
    description = next((m.description for m in members if m.description), None)
    codes = sorted(
        (CodeWeight(m.nace_code, m.weight if m.weight is not None else _ONE) for m in members),
        key=lambda c: c.nace_code,
    )
    return DefinitionDraft(kind, slug, members[0].name, description, tuple(codes))


def _unique(problems: Iterable[RowProblem]) -> list[RowProblem]:
    """A JSON item's own defect (a bad slug) stands on each of its codes: report it once."""
    seen: set[tuple[int, str | None, str]] = set()
    unique: list[RowProblem] = []
    for problem in problems:
        marker = (problem.row, problem.column, problem.problem)
        if marker not in seen:
            seen.add(marker)
            unique.append(problem)
    return unique
