"""Output formats: text (rich), json, sarif, github, junit, and statistics."""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import IO

from mdxlint._version import __version__
from mdxlint.lint.diagnostics import Diagnostic, Severity
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
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") and os.path.isabs(path) else rel


# -- text ----------------------------------------------------------------------------

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def report_text(
    diagnostics: list[Diagnostic],
    files: int,
    console,
    *,
    sources: dict[str, list[str]] | None = None,
    show_source: bool = True,
    summary: bool = True,
) -> None:
    from rich.text import Text

    sources = sources or {}
    for diag in diagnostics:
        header = Text()
        header.append(f"{_display_path(diag.path)}:{diag.line}:{diag.column}", style="bold")
        header.append(": ")
        header.append(diag.code, style=_STYLE[diag.severity])
        header.append(f" [{diag.severity.value}] ", style="dim")
        header.append(diag.message)
        if diag.fix is not None:
            header.append(" [*]" if diag.fix.applicability.value == "safe" else " [unsafe fix]", style="green" if diag.fix.applicability.value == "safe" else "dim")
        console.print(header, soft_wrap=True, highlight=False)
        lines = sources.get(diag.path)
        if show_source and lines and 0 < diag.line <= len(lines):
            line_text = lines[diag.line - 1].replace("\t", " ")
            gutter = f"{diag.line:>5} | "
            console.print(Text(gutter, style="dim") + Text(line_text), soft_wrap=True, highlight=False)
            width = diag.end_column - diag.column if diag.end_line == diag.line else len(line_text) - diag.column + 1
            caret = " " * (diag.column - 1) + "^" * max(1, width)
            console.print(Text(" " * (len(gutter) - 2) + "| ", style="dim") + Text(caret, style=_STYLE[diag.severity]), soft_wrap=True, highlight=False)
    if not summary:
        return
    counts = Counter(d.severity for d in diagnostics)
    fixable = sum(1 for d in diagnostics if d.fix is not None and d.fix.applicability.value == "safe")
    if diagnostics:
        parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
        summary = f"Found {len(diagnostics)} finding{'s' if len(diagnostics) != 1 else ''} ({', '.join(parts)}) in {files} file{'s' if files != 1 else ''}."
        if fixable:
            summary += f" {fixable} fixable with `--fix`."
        console.print(summary, style="bold", highlight=False)
    else:
        console.print(f"All checks passed ({files} file{'s' if files != 1 else ''}).", style="bold green", highlight=False)


def report_statistics(diagnostics: list[Diagnostic], stream: IO[str]) -> None:
    counts = Counter(d.code for d in diagnostics)
    fixable = Counter(d.code for d in diagnostics if d.fix is not None and d.fix.applicability.value == "safe")
    rules = rule_infos()
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        name = rules[code].name if code in rules else ""
        mark = "[*]" if fixable[code] else "   "
        stream.write(f"{count:>6}  {code:<7} {mark} {name}\n")


# -- machine formats ------------------------------------------------------------------


def report_json(diagnostics: list[Diagnostic], stream: IO[str]) -> None:
    # One finding per line: readable, and the C encoder (no indent) stays fast.
    if not diagnostics:
        stream.write("[]\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    stream.write("[\n" + ",\n".join(encode(d.to_json()) for d in diagnostics) + "\n]\n")


def report_github(diagnostics: list[Diagnostic], stream: IO[str]) -> None:
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    for d in diagnostics:
        message = f"{d.code} {d.message}".replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        path = _display_path(d.path).replace(",", "%2C").replace(":", "%3A")
        stream.write(
            f"::{level[d.severity]} title=mdxlint ({d.code}),file={path},line={d.line},col={d.column},"
            f"endLine={d.end_line},endColumn={d.end_column}::{message}\n"
        )


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
        uri = _display_path(d.path).replace(os.sep, "/")
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
    json.dump(sarif_document(diagnostics), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def report_junit(diagnostics: list[Diagnostic], files: list[str], stream: IO[str]) -> None:
    by_file: dict[str, list[Diagnostic]] = {path: [] for path in files}
    for d in diagnostics:
        by_file.setdefault(d.path, []).append(d)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(f'<testsuites name="mdxlint" tests="{max(len(diagnostics), len(by_file))}" failures="{len(diagnostics)}">\n')
    for path, diags in by_file.items():
        name = _display_path(path)
        stream.write(f'  <testsuite name={quoteattr(name)} tests="{max(1, len(diags))}" failures="{len(diags)}">\n')
        if not diags:
            stream.write(f'    <testcase name="mdxlint" classname={quoteattr(name)}/>\n')
        for d in diags:
            case = f"{d.code} {name}:{d.line}:{d.column}"
            stream.write(f"    <testcase name={quoteattr(case)} classname={quoteattr(name)}>\n")
            stream.write(
                f"      <failure type={quoteattr(d.code)} message={quoteattr(d.message)}>"
                f"{escape(f'{name}:{d.line}:{d.column}: {d.code} {d.message}')}</failure>\n"
            )
            stream.write("    </testcase>\n")
        stream.write("  </testsuite>\n")
    stream.write("</testsuites>\n")
