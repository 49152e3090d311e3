"""Output formats: text, json, sarif, github, junit, and statistics in each."""

from __future__ import annotations

import json
import functools
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from mdxlint._version import __version__
from mdxlint.lint.diagnostics import Diagnostic, Severity, without_surrogates
from mdxlint.lint.registry import all_rules, rule_infos

def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    # xml.sax.saxutils would pull in urllib and http at start-up.
    return '"' + escape(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;") + '"'


RULE_DOCS_URL = "https://github.com/mdxlint/mdxlint/blob/main/rules/{code}.md"
FORMATS = ("text", "json", "sarif", "github", "junit")


def rule_url(code: str) -> str:
    return RULE_DOCS_URL.format(code=code)


def _display_path(path: str) -> str:
    # One answer per path and working directory: a run prints thousands of findings
    # of a few files, and relpath costs a getcwd and two normalisations each time.
    # (A name's bytes that are not UTF-8 are shown as escapes: no report can hold them.)
    return without_surrogates(_display_path_in(path, os.getcwd()))


@functools.lru_cache(maxsize=4096)  # bounded: a language server lives long
def _display_path_in(path: str, cwd: str) -> str:
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:
        return path
    return path if rel.startswith("..") and os.path.isabs(path) else rel


# -- text ----------------------------------------------------------------------------
#
# A plain writer: one string per finding, ANSI colour only on a terminal. Every piece of
# text that comes from a file (paths, messages that quote it, source lines) goes through
# `printable`, so a file cannot move the cursor, recolour the terminal or hide text with
# bidirectional controls.

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_COLOUR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _GREEN, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[0m"
_PLURAL = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "infos"}

# C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _escape_char(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, tabs: str = "\\t") -> str:
    """``text`` with control and invisible format characters shown as escapes."""
    if text.isprintable():  # no control, format or separator character: nothing to escape
        return text
    text = text.replace("\t", tabs).replace("\n", "\\n")
    text = _UNPRINTABLE.sub(_escape_char, text)
    if text.isprintable():
        return text
    # The rest of the controls, format characters (U+00AD, U+061C, the tag characters),
    # surrogates and line or paragraph separators; spaces of other widths are shown as they are.
    import unicodedata

    return "".join(_escape_one(ch) if not ch.isprintable() and unicodedata.category(ch) in _HIDDEN else ch for ch in text)


_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _escape_one(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def severity_rank(severity: Severity) -> int:
    return _SEVERITY_ORDER[severity]


def text_width(stream: IO[str]) -> int | None:
    """Columns to fit: ``COLUMNS`` if set, the terminal's width on a terminal, else none
    (piped output is not wrapped, so tools can read one finding per line)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), 40)
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        import shutil

        return max(shutil.get_terminal_size().columns, 40)
    return None


def use_colour(stream: IO[str]) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


def _wrap(prefix: str, prefix_width: int, message: str, width: int | None, indent: str = "    ") -> str:
    """``prefix`` (never broken: it holds the position) followed by ``message`` wrapped to
    ``width``; where the prefix leaves no room, the message starts on the next line."""
    if width is None or prefix_width + len(message) <= width:
        return prefix + message
    import textwrap

    options = dict(break_long_words=True, break_on_hyphens=False)
    first_room = width - prefix_width
    if first_room < 20:
        lines = [prefix.rstrip()]
        rest = message
    else:
        words = textwrap.wrap(message, width=first_room, **options)
        if not words:
            return prefix
        lines = [prefix + words[0]]
        rest = message[len(words[0]):].strip() if message.startswith(words[0]) else " ".join(words[1:])
    if rest:
        lines.extend(textwrap.wrap(rest, width=max(width, len(indent) + 20), initial_indent=indent, subsequent_indent=indent, **options))
    return "\n".join(lines)


def _columns(text: str) -> int:
    """The terminal columns ``text`` takes: wide and full-width characters two, combining marks none."""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_PIPED_WIDTH = 200


def _frame(diag: Diagnostic, line_text: str, width: int | None, colour: bool) -> str:
    """The source line (escaped, cut to the width around the finding) and a caret line."""
    column = max(diag.column, 1)
    if diag.end_line == diag.line:
        span = max(1, diag.end_column - diag.column)
    else:
        span = max(1, len(line_text) - column + 1)
    if width is None:
        # Not on a terminal: a window as wide as a wide one, or N findings on one long line print N
        # times the line (held-out h106: 8,000 `<` made 97 MB of report).
        width = _PIPED_WIDTH
    room = max(width - len(f"{diag.line:>5} | "), 20)
    low, high = max(0, column - 1 - room), min(len(line_text), column - 1 + min(span, room) + room)
    cut_left, cut_right = low > 0, high < len(line_text)
    if cut_left or cut_right:
        # (cut before it is escaped: the line may be megabytes; the cut below adds the `…`)
        line_text, column = line_text[low:high], column - low
        span = min(span, len(line_text) - column + 1)
    before = printable(line_text[: column - 1], tabs=" ")
    marked = printable(line_text[column - 1 : column - 1 + span], tabs=" ")
    after = printable(line_text[column - 1 + span :], tabs=" ")
    gutter = f"{diag.line:>5} | "
    shown_before, shown_after = before, after
    if width is not None:
        room = max(width - len(gutter), 20)
        if len(before) + len(marked) + len(after) > room:
            keep_before = min(len(before), max(room // 3, room - len(marked) - 1))
            if keep_before < len(before):
                shown_before = "…" + before[len(before) - keep_before + 1 :] if keep_before > 1 else ""
            marked = marked if len(shown_before) + len(marked) <= room else marked[: max(room - len(shown_before) - 1, 1)] + "…"
            left = room - len(shown_before) - len(marked)
            shown_after = after if len(after) <= left else (after[: max(left - 1, 0)] + "…" if left > 0 else "")
    if cut_left and not shown_before.startswith("…"):
        shown_before = "…" + shown_before[1:]  # (cut before it was escaped: say so; review h107)
    if cut_right and not (shown_after or marked).endswith("…"):
        if shown_after:
            shown_after = shown_after[:-1] + "…"
        else:
            marked = marked[:-1] + "…" if len(marked) > 1 else marked + "…"
    # (the caret line counts terminal columns: a CJK character or an emoji takes two)
    caret = " " * _columns(shown_before) + "^" * max(1, min(_columns(marked), (width or 10**9)))
    pad = " " * (len(gutter) - 2) + "| "
    if colour:
        code = _COLOUR[diag.severity]
        return f"{_DIM}{gutter}{_RESET}{shown_before}{marked}{shown_after}\n{_DIM}{pad}{_RESET}{code}{caret}{_RESET}"
    return f"{gutter}{shown_before}{marked}{shown_after}\n{pad}{caret}"


def format_finding(diag: Diagnostic, *, width: int | None = None, colour: bool = False) -> str:
    position = f"{printable(_display_path(diag.path))}:{diag.line}:{diag.column}:"
    label = f" {diag.code} [{diag.severity.value}] "
    mark = ""
    if diag.fix is not None:
        mark = " [*]" if diag.fix.applicability.value == "safe" else " [unsafe fix]"
    message = printable(diag.message) + mark
    plain_prefix = position + label
    if not colour:
        return _wrap(plain_prefix, len(plain_prefix), message, width)
    prefix = f"{_BOLD}{position}{_RESET} {_COLOUR[diag.severity]}{diag.code}{_RESET} {_DIM}[{diag.severity.value}]{_RESET} "
    return _wrap(prefix, len(plain_prefix), message, width)


@dataclass
class Hidden:
    """Findings left out of the view, and why."""

    below_threshold: list[Diagnostic] = field(default_factory=list)
    threshold: Severity | None = None
    baseline: int = 0  # findings matched by the baseline
    baseline_fixed: int = 0  # baseline entries no finding matched any more
    baseline_path: str | None = None


def _counts_by_rule(diagnostics: list[Diagnostic]) -> str:
    counts = Counter(d.code for d in diagnostics)
    return ", ".join(f"{code} {count}" for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _n(count: int, word: str) -> str:
    return f"{count:,} {word if count != 1 else word.rstrip('s')}"


def report_text(
    diagnostics: list[Diagnostic],
    files: int,
    stream: IO[str],
    *,
    sources=None,  # path -> lines (anything with `.get`), for the source frames
    show_source: bool = True,
    summary: bool = True,
    hidden: Hidden | None = None,
    width: int | None = None,
    colour: bool = False,
) -> None:
    """Findings, errors first, each with its source line; then a summary by severity and
    rule that says what was hidden and how to see it."""
    sources = sources or {}
    hidden = hidden or Hidden()
    ordered = sorted(diagnostics, key=lambda d: (_SEVERITY_ORDER[d.severity], d.path, d.line, d.column, d.code, d.message))
    out: list[str] = []
    for diag in ordered:
        out.append(format_finding(diag, width=width, colour=colour))
        lines = sources.get(diag.path)
        if show_source and lines and 0 < diag.line <= len(lines):
            out.append(_frame(diag, lines[diag.line - 1], width, colour))
    if out:
        stream.write("\n".join(out) + "\n")
    if summary:
        stream.write(summary_text(diagnostics, files, hidden, width=width, colour=colour))


def summary_text(diagnostics: list[Diagnostic], files: int, hidden: Hidden, *, width: int | None = None, colour: bool = False) -> str:
    bold = (lambda s: f"{_BOLD}{s}{_RESET}") if colour else (lambda s: s)
    lines: list[str] = []
    by_severity = {s: [d for d in diagnostics if d.severity is s] for s in Severity}
    if diagnostics:
        parts = [_n(len(by_severity[s]), _PLURAL[s]) for s in sorted(Severity, key=severity_rank) if by_severity[s]]
        affected = len({d.path for d in diagnostics})
        where = _n(files, "files") if affected >= files else f"{affected:,} of {_n(files, 'files')}"
        lines.append(bold(f"Found {_n(len(diagnostics), 'findings')} in {where}: {', '.join(parts)}."))
        for severity in sorted(Severity, key=severity_rank):
            if by_severity[severity]:
                label = f"  {_PLURAL[severity]:<9}{len(by_severity[severity]):>6,}  "
                lines.append(_wrap(label, len(label), _counts_by_rule(by_severity[severity]), width, indent=" " * len(label)))
    else:
        lines.append(bold(f"No findings in {_n(files, 'files')}" + (" shown." if hidden.below_threshold or hidden.baseline else ".")))
    if hidden.below_threshold:
        below = Counter(d.severity for d in hidden.below_threshold)
        what = ", ".join(_n(below[s], _PLURAL[s]) for s in sorted(Severity, key=severity_rank) if below[s])
        lowest = max(below, key=severity_rank)
        text = f"Hidden: {what} ({_counts_by_rule(hidden.below_threshold)}); show them with --min-severity {lowest.value}."
        lines.append(_wrap("", 0, text, width))
    if hidden.baseline:
        lines.append(_wrap("", 0, f"Hidden: {_n(hidden.baseline, 'findings')} recorded in the baseline {printable(hidden.baseline_path or '')}; "
                                   "show them with --no-baseline.", width))
    if hidden.baseline_fixed:
        entries = "1 baseline entry no longer matches" if hidden.baseline_fixed == 1 else f"{hidden.baseline_fixed:,} baseline entries no longer match"
        lines.append(_wrap("", 0, f"{entries} a finding (fixed); drop {'it' if hidden.baseline_fixed == 1 else 'them'} "
                                   f"with --write-baseline {printable(hidden.baseline_path or '')}.", width))
    safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.applicability.value == "safe")
    unsafe = sum(1 for d in diagnostics if d.fix is not None and d.fix.applicability.value != "safe")
    if safe or unsafe:
        parts = []
        if safe:
            parts.append(f"{_n(safe, 'findings')} fixable with --fix")
        if unsafe:
            parts.append(f"{unsafe:,} {'more' if safe else _n(unsafe, 'findings').split(' ', 1)[1]} with --fix --unsafe-fixes (review them first: --diff --unsafe-fixes)")
        lines.append(_wrap("", 0, "; ".join(parts) + ".", width))
    return "\n".join(lines) + "\n"


# -- statistics -------------------------------------------------------------------------


def statistics(diagnostics: list[Diagnostic]) -> list[dict]:
    """Findings per rule, most first."""
    rules = rule_infos()
    counts = Counter(d.code for d in diagnostics)
    safe = Counter(d.code for d in diagnostics if d.fix is not None and d.fix.applicability.value == "safe")
    unsafe = Counter(d.code for d in diagnostics if d.fix is not None and d.fix.applicability.value != "safe")
    severities: dict[str, Counter] = {}
    for d in diagnostics:
        severities.setdefault(d.code, Counter())[d.severity.value] += 1
    return [
        {
            "code": code,
            "name": rules[code].name if code in rules else "",
            "count": count,
            "severities": dict(sorted(severities[code].items())),
            "fixable": safe[code],
            "unsafe_fixable": unsafe[code],
        }
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def report_statistics(diagnostics: list[Diagnostic], stream: IO[str], output_format: str = "text") -> None:
    rows = statistics(diagnostics)
    if output_format == "json":
        stream.write(json_text(rows, indent=1) + "\n")
    elif output_format == "github":
        for row in rows:
            stream.write(f"::notice title=mdxlint statistics::{row['count']} {row['code']} {row['name']}\n")
    elif output_format == "junit":
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(f'<testsuites name="mdxlint statistics" tests="{len(rows)}" failures="{len(rows)}">\n')
        stream.write(f'  <testsuite name="rules" tests="{len(rows)}" failures="{len(rows)}">\n')
        for row in rows:
            stream.write(f"    <testcase name={quoteattr(row['code'] + ' ' + row['name'])} classname=\"mdxlint\">\n")
            stream.write(f"      <failure type={quoteattr(row['code'])} message={quoteattr(str(row['count']) + ' findings')}/>\n")
            stream.write("    </testcase>\n")
        stream.write("  </testsuite>\n</testsuites>\n")
    elif output_format == "sarif":
        document = sarif_document([])
        driver = document["runs"][0]["tool"]["driver"]
        driver["rules"] = [{"id": row["code"], "name": row["name"] or row["code"], "helpUri": rule_url(row["code"]),
                            "properties": {"count": row["count"], "fixable": row["fixable"]}} for row in rows]
        stream.write(json_text(document, indent=2) + "\n")
    else:
        for row in rows:
            mark = "[*]" if row["fixable"] else "   "
            stream.write(f"{row['count']:>6}  {row['code']:<7} {mark} {row['name']}\n")


# -- machine formats ------------------------------------------------------------------


# Characters a terminal acts on or that reorder what it shows (C1 controls such as CSI, DEL, bidi
# overrides, line separators): JSON written with non-ASCII text kept as it is still escapes these
# (held-out h106: a link's `\x9b31m` reached the terminal as a live CSI).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def json_safe(text: str) -> str:
    """JSON text with the characters of _JSON_UNSAFE written as `\\uXXXX` escapes (they stand only in
    its strings, where an escape means the same character)."""
    if text.isascii() and "\x7f" not in text:
        return text
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def json_text(value: Any, indent: int | None = None) -> str:
    """``value`` as JSON, non-ASCII text kept, the characters of _JSON_UNSAFE escaped."""
    return json_safe(json.dumps(value, ensure_ascii=False, indent=indent))


def _encode(value: Any) -> str:
    return json_safe(_json_encode(value))


def _string(text: str) -> str:
    return json_safe(_encode_string(text))


_json_encode = json.JSONEncoder(ensure_ascii=False).encode
_encode_string = json.encoder.encode_basestring  # what that encoder writes a string with (ensure_ascii=False)


def json_line(d: Diagnostic) -> str:
    """``d.to_json()`` as the JSON encoder writes it (no indent), without building the dict
    (a finding with a fix goes through the encoder: it is rare and nested)."""
    if d.fix is not None:
        return _encode(d.to_json())
    return (
        f'{{"file": {_string(without_surrogates(d.path))}, "line": {d.line:d}, "column": {d.column:d}, "end_line": {d.end_line:d}, '
        f'"end_column": {d.end_column:d}, "code": {_string(d.code)}, "severity": {_string(d.severity.value)}, '
        f'"message": {_string(d.message)}, "fix": null}}'
    )


def report_json(diagnostics: list[Diagnostic], stream: IO[str]) -> None:
    writer = JsonStream(stream)
    # Written a few thousand findings at a time: a run's report is never one string.
    for start in range(0, len(diagnostics), 2000):
        writer.write(diagnostics[start : start + 2000])
    writer.close()


class JsonStream:
    """The JSON report written as findings come (``write`` as often as needed, then ``close``):
    the same text as :func:`report_json` of all of them, without holding them all."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.count = 0

    def write(self, diagnostics: list[Diagnostic]) -> None:
        if not diagnostics:
            return
        # One finding per line: readable, and the C encoder (no indent) stays fast.
        self.stream.write(("[\n" if not self.count else ",\n") + ",\n".join(map(json_line, diagnostics)))
        self.count += len(diagnostics)

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "[]\n")


def report_github(diagnostics: list[Diagnostic], stream: IO[str]) -> None:
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    for d in diagnostics:
        # The runner reads `%`, CR and LF as its own syntax; other controls are shown escaped.
        message = printable(f"{d.code} {d.message}".replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
        path = printable(_display_path(d.path)).replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        stream.write(
            f"::{level[d.severity]} title=mdxlint ({d.code}),file={path},line={d.line},col={d.column},"
            f"endLine={d.end_line},endColumn={d.end_column}::{message}\n"
        )


def _uri_reference(path: str) -> str:
    """A relative path as a URI reference (SARIF's `uri`, RFC 3986): a blank, `#`, `%`, `?` and
    non-ASCII characters percent-encoded in UTF-8 (held-out h106: `my lesson#1.mdx` was written as
    it is, its `#` read as a fragment); a path Python holds undecodable bytes of (surrogates) keeps them."""
    import urllib.parse

    try:
        return urllib.parse.quote(path, safe="/", errors="strict")
    except UnicodeEncodeError:
        return urllib.parse.quote(path.encode("utf-8", "surrogateescape"), safe="/")


def sarif_document(diagnostics: list[Diagnostic]) -> dict:
    rules = all_rules()
    used = sorted({d.code for d in diagnostics})
    rule_index = {code: i for i, code in enumerate(used)}
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    sarif_rules = []
    for code in used:
        rule = rules.get(code)
        entry = {"id": code, "helpUri": rule_url(code)}
        if rule is not None:
            entry["name"] = rule.name
            entry["shortDescription"] = {"text": rule.summary() or rule.name}
            entry["fullDescription"] = {"text": rule.doc() or rule.name}
            entry["defaultConfiguration"] = {"level": level[rule.severity]}
        sarif_rules.append(entry)
    results = []
    for d in diagnostics:
        uri = _uri_reference(_display_path(d.path).replace(os.sep, "/"))
        result = {
            "ruleId": d.code,
            "ruleIndex": rule_index[d.code],
            "level": level[d.severity],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column,
                        },
                    }
                }
            ],
        }
        if d.fix is not None:
            result["fixes"] = [
                {
                    "description": {"text": d.fix.message or f"{d.fix.applicability.value} fix"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": uri},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "startLine": e["start"]["line"],
                                        "startColumn": e["start"]["column"],
                                        "endLine": e["end"]["line"],
                                        "endColumn": e["end"]["column"],
                                    },
                                    "insertedContent": {"text": e["content"]},
                                }
                                for e in d.fix_positions
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "mdxlint",
                        "version": __version__,
                        "informationUri": "https://github.com/mdxlint/mdxlint",
                        "rules": sarif_rules,
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def report_sarif(diagnostics: list[Diagnostic], stream: IO[str]) -> None:
    stream.write(json_text(sarif_document(diagnostics), indent=2) + "\n")


def report_junit(diagnostics: list[Diagnostic], files: list[str], stream: IO[str]) -> None:
    """One suite per file, one test case per finding (a clean file: one passing case).

    Errors and warnings are failures; an info is a passing case with the finding in its
    output. ``tests`` and ``failures`` on the root are the sums over the suites.
    """
    by_file: dict[str, list[Diagnostic]] = {path: [] for path in files}
    for d in diagnostics:
        by_file.setdefault(d.path, []).append(d)
    suites = []
    total_tests = total_failures = 0
    for path, diags in by_file.items():
        name = printable(_display_path(path))
        failures = sum(1 for d in diags if d.severity is not Severity.INFO)
        tests = max(1, len(diags))
        total_tests += tests
        total_failures += failures
        body = [f'  <testsuite name={quoteattr(name)} tests="{tests}" failures="{failures}">\n']
        if not diags:
            body.append(f'    <testcase name="mdxlint" classname={quoteattr(name)}/>\n')
        for d in diags:
            case = f"{d.code} {name}:{d.line}:{d.column}"
            text = f"{name}:{d.line}:{d.column}: {d.code} [{d.severity.value}] {printable(d.message)}"
            body.append(f"    <testcase name={quoteattr(case)} classname={quoteattr(name)}>\n")
            if d.severity is Severity.INFO:
                body.append(f"      <system-out>{escape(text)}</system-out>\n")
            else:
                body.append(f"      <failure type={quoteattr(d.code)} message={quoteattr(printable(d.message))}>{escape(text)}</failure>\n")
            body.append("    </testcase>\n")
        body.append("  </testsuite>\n")
        suites.append("".join(body))
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(f'<testsuites name="mdxlint" tests="{total_tests}" failures="{total_failures}">\n')
    stream.write("".join(suites))
    stream.write("</testsuites>\n")
