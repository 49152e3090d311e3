"""The in-process API every front end uses: :func:`lint_text` and :func:`lint_paths`.

A run has two phases.  Per file (in parallel, cached): read, decode, parse once, run
the file rules, collect suppressions and the facts the course index needs.  Then,
once: build the course index, run the course rules, apply suppressions and turn
offsets into lines and columns.
"""

from __future__ import annotations

import bisect
import copy
from array import array
import gc
import os
import re
import pickle
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from mdxlint._version import __version__
from mdxlint.lint.configuration import enabled_codes, ignored_for, options_for, severity_for
from mdxlint.project.settings import Settings
from mdxlint.project.course import CourseIndex, LessonFacts
from mdxlint.lint.diagnostics import Applicability, Diagnostic, Fix, Severity, without_surrogates
from mdxlint.mdx.document import Document
from mdxlint.lint.registry import all_rules, rule_infos
from mdxlint.lint.rule import RawDiagnostic, Rule, RuleContext
from mdxlint.mdx.source import SourceText
from mdxlint.lint.suppress import DIRECTIVES, Suppression, collect

INTERNAL_ERROR = "INT001"
UNDECODABLE = "IO001"
TOO_LARGE = "IO002"
UNREADABLE = "IO003"
UNUSED_SUPPRESSION = "SUP001"


@dataclass(eq=False)
class FileOutcome:
    """Everything the first phase learns about one file."""

    path: str
    raw: list[RawDiagnostic] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    facts: LessonFacts | None = None
    line_starts: Sequence[int] = field(default_factory=lambda: [0])
    text_length: int = 0
    text: str | None = None  # kept only when fixes may be applied
    # Syntax problems the parser saw (MDX and frontmatter YAML), whatever rules are on:
    # a fix must never add to them.
    syntax_errors: int = 0

    # Pickled (from a worker, into the cache) the facts travel as one blob of bytes, read
    # back only when something asks for them: a cached run whose course findings are
    # cached too never reads the facts at all.
    # The facts share the outcome's line starts: not stored twice (set back on reading).
    # The file's findings travel as bytes too, read when the run makes its final findings
    # (a third of the bytes their objects take: they wait through the course stage).
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        facts = state.get("_facts")
        if facts is not None and not isinstance(facts, bytes):
            if facts.line_starts is self.line_starts:
                facts = copy.copy(facts)
                facts.line_starts = None  # type: ignore[assignment]
            state["_facts"] = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)
        raw = state.get("_raw")
        if raw and not isinstance(raw, bytes):
            state["_raw"] = pickle.dumps(raw, protocol=pickle.HIGHEST_PROTOCOL)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    @property
    def has_facts(self) -> bool:
        return self.__dict__.get("_facts") is not None


def _get_facts(outcome: FileOutcome) -> LessonFacts | None:
    facts = outcome.__dict__.get("_facts")
    if isinstance(facts, bytes):
        facts = outcome.__dict__["_facts"] = pickle.loads(facts)
        if facts.line_starts is None:
            facts.line_starts = outcome.line_starts
    if facts is not None and facts.path != outcome.path:
        # Read back from the cache for a file named another way (another working folder,
        # absolute or relative): the facts go by the name asked for, as the outcome does.
        facts.path = outcome.path
    return facts


def _set_facts(outcome: FileOutcome, facts: LessonFacts | None) -> None:
    outcome.__dict__["_facts"] = facts


def _get_raw(outcome: FileOutcome) -> list[RawDiagnostic]:
    raw = outcome.__dict__["_raw"]
    if isinstance(raw, bytes):
        raw = outcome.__dict__["_raw"] = pickle.loads(raw)
    return raw


def _set_raw(outcome: FileOutcome, raw: list[RawDiagnostic]) -> None:
    outcome.__dict__["_raw"] = raw


# Properties over the dataclass fields: `FileOutcome(..., facts=x)` and `outcome.facts`
# work as before; the values live in `_facts` and `_raw`, maybe still pickled.
FileOutcome.facts = property(_get_facts, _set_facts)  # type: ignore[assignment]
FileOutcome.raw = property(_get_raw, _set_raw)  # type: ignore[assignment]


@dataclass(eq=False)
class LintRun:
    diagnostics: list[Diagnostic]
    files: list[str]
    errors: list[str]  # paths or I/O problems that are not findings (exit code 2)
    fixed: dict[str, int] = field(default_factory=dict)  # path -> number of fixes applied
    diffs: dict[str, str] = field(default_factory=dict)
    refreshed: dict[str, "FileOutcome"] = field(default_factory=dict)  # outcomes of files just fixed
    inputs: "RunInputs | None" = None  # what the findings were made from (a cached run that fixed nothing)


def syntax_of(settings: Settings):
    """What the site's MDX pipeline adds to MDX (plain MDX when no site was detected)."""
    from mdxlint.mdx.syntax import PLAIN, Syntax
    from mdxlint.project.site import heading_id_syntaxes

    site = settings.site
    if site is None:
        return PLAIN
    version = site.mdx_version.value if site.mdx_version.value in (2, 3) else 3
    syntax = Syntax(html_comments=bool(site.html_comments.value), directives=bool(site.directives.value),
                    directive_blocks=site.directives.value != "paragraphs",
                    hash_heading_ids="hash" in heading_id_syntaxes(site.heading_ids.value), mdx_version=version, math=bool(site.math.value),
                    mdx_code_blocks=site.framework.value == "docusaurus",
                    frontmatter_after_blank_lines=site.framework.value in ("astro", "starlight"),
                    toml_frontmatter=bool(site.toml_frontmatter.value))
    return PLAIN if syntax == PLAIN else syntax


class Linter:
    """Rules instantiated once for a given configuration."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.syntax = syntax_of(settings)
        enabled = enabled_codes(settings)
        infos = rule_infos()
        self.enabled = enabled
        self._file_codes = [code for code in sorted(enabled) if infos[code].scope == "file"]
        self._course_codes = [code for code in sorted(enabled) if infos[code].scope == "course"]
        self._file_rules: list[Rule] | None = None
        self._course_rules: list[Rule] | None = None
        self._resolved: dict[str, tuple] = {}  # code -> (options, severity)

    # Rules are imported and instantiated when first needed: a run whose files are all
    # cached never needs them.
    @property
    def file_rules(self) -> list[Rule]:
        if self._file_rules is None:
            rules = all_rules()
            self._file_rules = [rules[code]() for code in self._file_codes]
        return self._file_rules

    @property
    def course_rules(self) -> list[Rule]:
        if self._course_rules is None:
            rules = all_rules()
            self._course_rules = [rules[code]() for code in self._course_codes]
        return self._course_rules

    @property
    def has_course_rules(self) -> bool:
        return bool(self._course_codes)

    # -- phase 1 ------------------------------------------------------------------------
    def analyze_text(self, path: str, text: str, *, keep_text: bool = False) -> FileOutcome:
        # The cycle collector is off while one file is read: parsing allocates hundreds
        # of thousands of objects that reference counting frees, and full collections
        # over a growing heap made a 20,000-heading page 2.4x as slow as one of 10,000
        # (2.0x without).  It runs again, as configured, once the file is done.
        if len(text) * 4 > self.settings.max_file_size:  # (at most 4 bytes a character: no count below that)
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > self.settings.max_file_size:
                # Text that comes from no file (standard input, an editor's buffer) has the same limit
                # (held-out h106: 20 MB on stdin took 53 s and 1.5 GB; the server, 18 s for 8 MB).
                outcome = FileOutcome(path)
                outcome.raw.append(_too_large(size, self.settings.max_file_size))
                return outcome
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._analyze_text(path, text, keep_text)
        finally:
            if enabled:
                gc.enable()

    def _analyze_text(self, path: str, text: str, keep_text: bool) -> FileOutcome:
        source = SourceText(text)
        # Kept for the whole run (positions are resolved at the end): 4 bytes a line in an
        # array (8 in a file too large for them), not a list of int objects (36).
        wide = len(source.text) >= 2**32 or array("I").itemsize < 4
        outcome = FileOutcome(path, line_starts=array("q" if wide else "I", source.line_starts), text_length=len(source.text))
        if keep_text:
            outcome.text = text
        try:
            from mdxlint.mdx.parser import parse_document  # imported here: cached runs never parse

            doc = parse_document(path, source, self.syntax)
        except RecursionError:
            # Constructs nested past what the parser's recursion reads (template literals inside
            # template literals, thousands deep): the file is not checked, which is no internal error.
            outcome.raw.append(RawDiagnostic(TOO_LARGE, 0, 0, "the file nests its constructs deeper than mdxlint reads; "
                                             "it was not checked", Severity.ERROR))
            return outcome
        except Exception as error:  # the parser must never take the run down
            outcome.raw.append(_internal_error("the MDX parser", error))
            return outcome
        for start, end, message in doc.unread:
            outcome.raw.append(RawDiagnostic(TOO_LARGE, start, end, message, Severity.ERROR))
        outcome.syntax_errors = len(doc.syntax_problems) + (
            1 if doc.frontmatter is not None and doc.frontmatter.error is not None else 0
        )
        ignored = ignored_for(self.settings, path)
        for rule in self.file_rules:
            if rule.code in ignored:
                continue
            ctx = self._context(rule, path)
            try:
                rule.check(doc, ctx)
            except Exception as error:
                outcome.raw.append(_internal_error(f"rule {rule.code} ({rule.name})", error))
                continue
            outcome.raw.extend(ctx.diagnostics)
        outcome.suppressions = collect(doc)
        outcome.facts = LessonFacts.from_document(doc)
        outcome.facts.line_starts = outcome.line_starts
        for rule in self.course_rules:  # per-file facts a course rule combines in phase 2
            if rule.collects and rule.code not in ignored:
                try:
                    outcome.facts.extra[rule.code] = rule.collect(doc, self._context(rule, path))
                except Exception as error:
                    outcome.raw.append(_internal_error(f"rule {rule.code} ({rule.name})", error))
        return outcome

    def analyze_path(self, path: str, *, keep_text: bool = False) -> FileOutcome:
        outcome = FileOutcome(path)
        try:
            size = os.path.getsize(path)
            if size > self.settings.max_file_size:
                outcome.raw.append(_too_large(size, self.settings.max_file_size))
                return outcome
            data = Path(path).read_bytes()
        except OSError as error:
            outcome.raw.append(
                RawDiagnostic(UNREADABLE, 0, 0, f"cannot read the file: {error.strerror or error}", Severity.ERROR)
            )
            return outcome
        utf16 = _utf16(data)
        if utf16 is not None:
            # (decoded as UTF-8 it is half NUL bytes, which the parser reads as text: no finding at all;
            # held-out h106)
            outcome.raw.append(RawDiagnostic(UNDECODABLE, 0, 0, f"the file is not UTF-8 but {utf16}; save it as UTF-8",
                                             Severity.ERROR))
            return outcome
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            good = data[: error.start].decode("utf-8", errors="replace")
            source = SourceText(good)
            line, column = source.position(len(source.text)).line, source.position(len(source.text)).column
            outcome.line_starts = source.line_starts
            outcome.text_length = len(source.text)
            offset = len(source.text)
            outcome.raw.append(
                RawDiagnostic(
                    UNDECODABLE,
                    offset,
                    offset,
                    f"the file is not valid UTF-8: byte 0x{data[error.start]:02x} at line {line + 1}, column {column + 1} "
                    "cannot be decoded; save the file as UTF-8",
                    Severity.ERROR,
                )
            )
            return outcome
        return self.analyze_text(path, text, keep_text=keep_text)

    def _context(self, rule: Rule, path: str) -> RuleContext:
        resolved = self._resolved.get(rule.code)
        if resolved is None:
            resolved = self._resolved[rule.code] = (options_for(self.settings, rule.code), severity_for(self.settings, rule.code))
        return RuleContext(rule, path, resolved[0], self.settings, resolved[1])

    # -- phase 2 ------------------------------------------------------------------------
    def course_diagnostics(self, index: CourseIndex, focus: str | Iterable[str] | None = None) -> dict[str, list[RawDiagnostic]]:
        """Course rule findings by file; with ``focus`` (a path or several) rules may look
        at those lessons only: the others' findings are not computed."""
        enabled = gc.isenabled()
        gc.disable()  # as in analyze_text: findings are many small objects, freed by reference counting
        try:
            return self._course_diagnostics(index, focus)
        finally:
            if enabled:
                gc.enable()

    def _course_diagnostics(self, index: CourseIndex, focus: str | Iterable[str] | None) -> dict[str, list[RawDiagnostic]]:
        by_path: dict[str, list[RawDiagnostic]] = {}
        if focus is None or focus == "":
            index.focus = None
        else:
            index.focus = frozenset(os.path.abspath(p) for p in ([focus] if isinstance(focus, str) else focus))
        # A path's absolute form and per-file ignores, once a path (a course rule may report
        # tens of thousands of findings: LNG001 on 5,000 lessons).
        paths: dict[str, tuple[str, frozenset[str]]] = {}
        for rule in self.course_rules:
            ctx = self._context(rule, "")
            try:
                rule.check_course(index, ctx)
            except Exception as error:
                first = next(iter(index.lessons.values()), None)
                raw = _internal_error(f"rule {rule.code} ({rule.name})", error)
                if first is not None:
                    by_path.setdefault(os.path.abspath(first.path), []).append(raw)
                continue
            for raw in ctx.diagnostics:
                if raw.path is None:
                    continue
                known = paths.get(raw.path)
                if known is None:
                    known = paths[raw.path] = (os.path.abspath(raw.path), ignored_for(self.settings, raw.path))
                absolute, ignored = known
                if index.focus is not None and absolute not in index.focus:
                    continue
                if rule.code in ignored:
                    continue
                by_path.setdefault(absolute, []).append(raw)
        index.focus = None
        return by_path

    def finalize(self, outcome: FileOutcome, extra: list[RawDiagnostic]) -> list[Diagnostic]:
        """Apply suppressions, report unused ones, and resolve positions."""
        raws = [r for r in outcome.raw + extra if r.code in self.enabled or r.code in _ALWAYS_ON]
        line_starts = outcome.line_starts
        lines = [bisect.bisect_right(line_starts, raw.start) - 1 for raw in raws]
        kept, used = _apply_suppressions(raws, lines, outcome.suppressions)
        if UNUSED_SUPPRESSION in self.enabled:
            kept.extend(self._unused(outcome, used))
        return [to_diagnostic(outcome.path, raw, line_starts, outcome.text_length) for raw in kept]

    def _unused(self, outcome: FileOutcome, used: set[int]) -> Iterable[RawDiagnostic]:
        rules = rule_infos()
        for index, suppression in enumerate(outcome.suppressions):
            if suppression.kind == "unknown":
                yield RawDiagnostic(
                    UNUSED_SUPPRESSION,
                    suppression.start,
                    suppression.end,
                    f"`{suppression.unknown_codes[0]}` is no directive mdxlint reads (it silences nothing); the "
                    f"directives are {', '.join(f'`{name}`' for name in DIRECTIVES)}, then a blank and the codes",
                    severity_for(self.settings, UNUSED_SUPPRESSION),
                )
                continue
            if index in used:
                if suppression.unknown_codes:
                    # (words that are no rule code beside the codes it silences: said, not removed)
                    yield RawDiagnostic(UNUSED_SUPPRESSION, suppression.start, suppression.end,
                                        f"unknown rule code(s) in the suppression: {', '.join(suppression.unknown_codes)}",
                                        severity_for(self.settings, UNUSED_SUPPRESSION))
                continue
            where = "on the next line" if suppression.kind == "next-line" else "in its range"
            if suppression.kind == "noqa":
                where = "on this line"
                if suppression.codes is None:
                    continue  # a bare ``# noqa`` is usually meant for Python linters
            if suppression.unknown_codes:
                yield RawDiagnostic(
                    UNUSED_SUPPRESSION,
                    suppression.start,
                    suppression.end,
                    f"unknown rule code(s) in the suppression: {', '.join(suppression.unknown_codes)}",
                    severity_for(self.settings, UNUSED_SUPPRESSION),
                    Fix.replace(suppression.start, suppression.end, "", safe=False, message="remove the suppression"),
                )
                continue
            if suppression.codes is None:
                message = "this suppression silences nothing: no finding " + where
            else:
                codes = sorted(c for c in suppression.codes if c in self.enabled)
                unknown = sorted(c for c in suppression.codes if c not in rules)
                if unknown and suppression.kind != "noqa":
                    message = f"unknown rule code(s) in the suppression: {', '.join(unknown)}"
                elif not codes:
                    continue  # codes that are not enabled: the suppression may serve another configuration
                else:
                    message = f"this suppression of {', '.join(codes)} silences nothing: no such finding {where}"
            yield RawDiagnostic(
                UNUSED_SUPPRESSION,
                suppression.start,
                suppression.end,
                message,
                severity_for(self.settings, UNUSED_SUPPRESSION),
            )


_ALWAYS_ON = {INTERNAL_ERROR, UNDECODABLE, TOO_LARGE, UNREADABLE}


def _apply_suppressions(
    raws: list[RawDiagnostic], lines: list[int], suppressions: list[Suppression]
) -> tuple[list[RawDiagnostic], set[int]]:
    """The findings no suppression covers, and the indexes of the suppressions that
    cover at least one finding (a finding on line ``lines[i]``).

    Sorted lines and merged intervals per code: a page with thousands of findings and
    suppressions takes time in proportion to their number, not to its square."""
    if not suppressions:
        return list(raws), set()
    all_lines = sorted(lines)
    by_code: dict[str, list[int]] = {}
    for raw, line in zip(raws, lines):
        by_code.setdefault(raw.code, []).append(line)
    for code_lines in by_code.values():
        code_lines.sort()

    def any_within(sorted_lines: list[int], first: int, last: int) -> bool:
        index = bisect.bisect_left(sorted_lines, first)
        return index < len(sorted_lines) and sorted_lines[index] <= last

    used: set[int] = set()
    wildcard: list[tuple[int, int]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for index, suppression in enumerate(suppressions):
        span = (suppression.first_line, suppression.last_line)
        if suppression.codes is None:
            wildcard.append(span)
            if any_within(all_lines, *span):
                used.add(index)
            continue
        for code in suppression.codes:
            spans.setdefault(code, []).append(span)
            if code in by_code and any_within(by_code[code], *span):
                used.add(index)

    merged: dict[str, tuple[list[int], list[int]]] = {}

    def covered(code: str, line: int) -> bool:
        table = merged.get(code)
        if table is None:
            starts: list[int] = []
            ends: list[int] = []
            for first, last in sorted(spans.get(code, []) + wildcard):
                if ends and first <= ends[-1] + 1:
                    ends[-1] = max(ends[-1], last)
                else:
                    starts.append(first)
                    ends.append(last)
            table = merged[code] = (starts, ends)
        index = bisect.bisect_right(table[0], line) - 1
        return index >= 0 and line <= table[1][index]

    kept = [raw for raw, line in zip(raws, lines) if not covered(raw.code, line)]
    return kept, used


def _utf16(data: bytes) -> str | None:
    """What a file in UTF-16 looks like (its byte order mark, or, without one, control bytes at every
    other place of its first bytes that read as text in UTF-16), said in words; None otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 (it starts with UTF-16's byte order mark)"
    head = data[:4096]
    head = head[: len(head) // 2 * 2]
    if len(head) < 8 or not _CONTROL_BYTES.search(head):
        return None
    for high, order in ((head[1::2], "little-endian"), (head[0::2], "big-endian")):
        # (text in UTF-16 has its high bytes among a few values: 0 for ASCII, 4 for Cyrillic…)
        if sum(1 for byte in high if byte < 0x20) < 0.8 * len(high):
            continue
        try:
            text = head.decode("utf-16-le" if order == "little-endian" else "utf-16-be")
        except UnicodeDecodeError:
            continue
        if sum(ch.isprintable() or ch in "\n\r\t" for ch in text) >= 0.95 * len(text):
            return f"UTF-16 ({order}, without a byte order mark)"
    return None


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def _too_large(size: int, limit: int) -> RawDiagnostic:
    return RawDiagnostic(TOO_LARGE, 0, 0, f"the file is {size:,} bytes, over the limit of {limit:,} "
                                          "(`max-file-size`); it was not linted", Severity.ERROR)


def _internal_error(where: str, error: BaseException) -> RawDiagnostic:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    location = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    if os.environ.get("MDXLINT_DEBUG"):
        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    return RawDiagnostic(
        INTERNAL_ERROR,
        0,
        0,
        f"internal error in {where}: {type(error).__name__}: {error}{location}; the other rules still ran "
        "(please report this with the file)",
        Severity.ERROR,
    )


def _position(line_starts: list[int], text_length: int, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, text_length))
    line = bisect.bisect_right(line_starts, offset) - 1
    return line, offset - line_starts[line]


def to_diagnostic(path: str, raw: RawDiagnostic, line_starts: list[int], text_length: int) -> Diagnostic:
    line, column = _position(line_starts, text_length, raw.start)
    end_line, end_column = _position(line_starts, text_length, raw.end)
    message = without_surrogates(raw.message)
    fix = raw.fix
    if fix is not None and (without_surrogates(fix.message or "") != (fix.message or "") or any(
            without_surrogates(edit.content) != edit.content for edit in fix.edits)):
        fix = None  # (text no file can hold: not offered)
    diagnostic = Diagnostic(
        path=path,
        code=raw.code,
        severity=raw.severity,
        message=message,
        line=line + 1,
        column=column + 1,
        end_line=end_line + 1,
        end_column=end_column + 1,
        start_offset=raw.start,
        end_offset=raw.end,
        fix=fix,
    )
    if fix is not None:
        diagnostic.fix_positions = positions = []
        for text_edit in fix.edits:
            s_line, s_col = _position(line_starts, text_length, text_edit.start)
            e_line, e_col = _position(line_starts, text_length, text_edit.end)
            positions.append(
                {
                    "start": {"line": s_line + 1, "column": s_col + 1},
                    "end": {"line": e_line + 1, "column": e_col + 1},
                    "content": text_edit.content,
                }
            )
    return diagnostic


__all__ = [
    "FileOutcome",
    "LintRun",
    "Linter",
    "Applicability",
    "Callable",
    "Document",
    "__version__",
]
