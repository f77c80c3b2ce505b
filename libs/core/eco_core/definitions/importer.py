"""Import a definition-set file: read, validate every row, then write all, the valid, or nothing.

The shipped default set and every upload take this path, so they obey the same rules.
Sets are immutable: the same version with the same content again changes nothing, with
other content it is a conflict.
"""

from __future__ import annotations

import codecs
import gzip
import uuid
import zlib
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.definitions import store
from eco_core.definitions.content import SetMetadata, content_sha256
from eco_core.definitions.parse import FileRefused, ParsedFile, parse_csv, parse_json
from eco_core.definitions.validate import Validation, validate_rows
from eco_core.http.problems import Problem
from eco_core.imports.errors import ImportRejected
from eco_core.imports.report import ImportMode, ImportReport, ProblemLog, RowProblem
from eco_core.imports.upload import StoredFile, is_gzip, open_text

IMPORT_KIND = "definitions"
# JSON is parsed whole; a set large enough to need more is better sent as CSV.
MAX_JSON_CHARS = 32 * 1024 * 1024


class FileFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


_JSON_MEDIA_TYPES = {"application/json", "text/json"}
_CSV_MEDIA_TYPES = {"text/csv", "application/csv", "text/comma-separated-values"}


def detect_format(stored: StoredFile, content_type: str | None) -> FileFormat:
    """The Content-Type says, or else the first character: ``{`` or ``[`` is JSON."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media in _JSON_MEDIA_TYPES or media.endswith("+json"):
        return FileFormat.JSON
    if media in _CSV_MEDIA_TYPES:
        return FileFormat.CSV
    try:
        opener = gzip.open if is_gzip(stored.path) else open
        with opener(stored.path, "rb") as raw:
            start = raw.read(256)
    except (gzip.BadGzipFile, EOFError, zlib.error):
        return FileFormat.CSV  # reading it as CSV reports the damage
    start = start.removeprefix(b"\xef\xbb\xbf").lstrip()
    return FileFormat.JSON if start[:1] in (b"{", b"[") else FileFormat.CSV


def read_file(stored: StoredFile, fmt: FileFormat) -> ParsedFile:
    """Parse the stored file; raises FileRefused when it cannot be read at all."""
    try:
        with open_text(stored.path) as text:
            if fmt is FileFormat.CSV:
                return parse_csv(text)
            content = text.read(MAX_JSON_CHARS + 1)
    except UnicodeDecodeError as exc:
        raise FileRefused("not UTF-8 text", row=_first_undecodable_line(stored)) from exc
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise FileRefused("not a readable gzip file") from exc
    if len(content) > MAX_JSON_CHARS:
        raise FileRefused("a JSON definition file is at most 32 MiB; send larger sets as CSV")
    return parse_json(content)


def _first_undecodable_line(stored: StoredFile) -> int:
    """The line of the first byte that is not UTF-8 (text decoders read ahead in blocks)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    opener = gzip.open if is_gzip(stored.path) else open
    with opener(stored.path, "rb") as raw:
        for block in iter(lambda: raw.read(1 << 16), b""):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                return line + block[: max(exc.start, 0)].count(b"\n")
            line += block.count(b"\n")
    return line


@dataclass(frozen=True)
class ImportOutcome:
    report: ImportReport
    created: bool  # False: this version already held exactly this content
    set_id: int


async def import_definitions(
    conn: AsyncConnection,
    stored: StoredFile,
    meta: SetMetadata,
    *,
    fmt: FileFormat,
    mode: ImportMode,
    account_id: uuid.UUID | None,
) -> ImportOutcome:
    """Raises ImportRejected (422) for an invalid file, Problem 409 for a changed version."""
    report = ImportReport(kind=IMPORT_KIND, target=meta.version, mode=mode, sha256=stored.sha256)
    try:
        parsed = read_file(stored, fmt)
    except FileRefused as refused:
        problem = RowProblem(row=refused.row, column=refused.column, problem=refused.problem)
        raise _rejected(report, [problem], refused.problem) from refused

    validation = validate_rows(parsed.rows, await store.nace_parents(conn))
    report.rows_read = validation.rows_read
    report.rows_valid = validation.rows_valid
    report.rows_invalid = validation.rows_invalid
    problems = _reported_problems(validation, mode)
    if validation.problems and mode is ImportMode.ALL_OR_NOTHING:
        raise _rejected(report, problems)
    if not validation.definitions:
        if not validation.rows_read:
            empty = RowProblem(row=2, problem="no definitions: the file has no rows")
            raise _rejected(report, [empty], empty.problem)
        raise _rejected(report, problems, "no definition without problems; nothing was written")

    definitions = validation.definitions
    checksum = content_sha256(definitions)
    codes = sum(len(d.codes) for d in definitions)
    await store.lock_version(conn, meta.version)
    existing = await store.find_set(conn, meta.version)
    if existing is not None:
        if existing.sha256 != checksum:
            raise Problem(
                409,
                "Definition Set Exists",
                f"Definition set {meta.version!r} already exists with other content. Sets are "
                "immutable, so that results keep pointing at what they used: upload the "
                "changed set under a new version.",
                slug="definition-set-exists",
                extensions={"version": meta.version, "sha256": existing.sha256},
            )
        report.unchanged = codes
        return ImportOutcome(_filled(report, problems), created=False, set_id=existing.id)

    set_id = await store.insert_set(conn, meta, checksum, definitions, created_by=account_id)
    report.inserted = codes
    report.written = True
    report.import_id = uuid.uuid4()
    _filled(report, problems)
    await store.record_import(conn, report, account_id=account_id, filename=stored.filename)
    return ImportOutcome(report, created=True, set_id=set_id)


def _reported_problems(validation: Validation, mode: ImportMode) -> list[RowProblem]:
    problems = list(validation.problems)
    if mode is ImportMode.SKIP_INVALID:
        problems.extend(
            RowProblem(
                row=d.first_row,
                column=None,
                problem=f"{d.kind}/{d.slug} not written: {d.invalid_rows} of its {d.rows} "
                "rows are invalid, and a definition is written whole or not at all",
            )
            for d in validation.dropped
        )
        problems.sort(key=lambda p: p.row)
    return problems


def _filled(report: ImportReport, problems: list[RowProblem]) -> ImportReport:
    log = ProblemLog()
    log.extend(problems)
    return log.fill(report)


def _rejected(
    report: ImportReport, problems: list[RowProblem], detail: str | None = None
) -> ImportRejected:
    return ImportRejected(_filled(report, problems), detail)
