"""Baselines: adopt mdxlint on a site that already has findings.

``--write-baseline FILE`` records today's findings; later runs with ``--baseline FILE``
(or ``baseline = "FILE"`` in the configuration) report only findings that are not in it.
Nothing is written into the lessons (a comment per finding would be intrusive in MDX).

A finding is recorded as (file, code, flagged text) with a count, as ESLint's bulk
suppressions count findings per file and rule: it stays matched when lines are inserted
above it or the message's wording changes, and a second identical finding in the same
file is new. The flagged text is the span the rule marked; where that span is shorter
than three visible characters (an empty range, one bracket), the whole line's text
stands in for it. An entry that no finding matches any more (it was fixed) is reported
once in the summary and dropped the next time the baseline is written.
"""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from mdxlint.lint.diagnostics import Diagnostic, without_surrogates
from mdxlint.mdx.source import split_lines

FORMAT = "mdxlint-baseline"
VERSION = 1

Key = tuple[str, str, str]  # (file relative to the baseline's folder, code, flagged text)


class BaselineError(Exception):
    pass


def flagged_text(diag: Diagnostic, text: str | None) -> str:
    """The text of the finding's span (lines and columns as reported), or its line."""
    if text is None:
        return ""
    lines = split_lines(text.removeprefix("\ufeff"))
    if not 0 < diag.line <= len(lines):
        return ""
    if diag.end_line == diag.line:
        span = lines[diag.line - 1][diag.column - 1 : diag.end_column - 1]
    else:
        last = min(diag.end_line, len(lines))
        parts = [lines[diag.line - 1][diag.column - 1 :], *lines[diag.line : last - 1]]
        if last > diag.line:
            parts.append(lines[last - 1][: diag.end_column - 1])
        span = "\n".join(parts)
    if len(span.strip()) < 3:
        span = lines[diag.line - 1].strip()
    return span


@dataclass
class Baseline:
    path: str
    entries: Counter = field(default_factory=Counter)  # Key -> count

    @property
    def folder(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))

    def key(self, diag: Diagnostic, text: str | None) -> Key:
        rel = without_surrogates(os.path.relpath(os.path.abspath(diag.path), self.folder).replace(os.sep, "/"))
        return (rel, diag.code, without_surrogates(flagged_text(diag, text)))

    def file_key(self, path: str) -> str:
        return without_surrogates(os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/"))


@dataclass
class BaselineResult:
    new: list[Diagnostic]
    matched: int  # findings the baseline hides
    fixed: int  # entries of linted files that no finding matched


MAX_BASELINE_BYTES = 256 * 1024 * 1024  # a baseline of a million findings is far smaller


def load(path: str) -> Baseline:
    try:
        if os.path.exists(path) and not os.path.isfile(path):
            raise BaselineError(f"{path}: the baseline is not a regular file")
        if os.path.getsize(path) > MAX_BASELINE_BYTES:
            raise BaselineError(f"{path}: the baseline is larger than {MAX_BASELINE_BYTES // (1024 * 1024)} MiB; not read")
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (write one with --write-baseline {path})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline: {error}") from None
    except ValueError as error:
        raise BaselineError(f"{path}: the baseline is not valid JSON: {error}") from None
    except RecursionError:
        raise BaselineError(f"{path}: the baseline is not valid: nested too deeply to read") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not an mdxlint baseline (expected an object with \"format\": \"{FORMAT}\" and \"findings\")")
    if data.get("version") != VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not supported (this mdxlint writes {VERSION})")
    baseline = Baseline(path)
    for index, item in enumerate(data["findings"]):
        try:
            key = (str(item["file"]), str(item["code"]), str(item["text"]))
            count = int(item.get("count", 1))
        except (KeyError, TypeError, ValueError, OverflowError, AttributeError):
            raise BaselineError(f"{path}: finding #{index + 1} has no valid file, code, text or count") from None
        baseline.entries[key] += max(count, 1)
    return baseline


def write(path: str, diagnostics: Iterable[Diagnostic], source: Callable[[str], str | None]) -> int:
    """Record ``diagnostics`` in ``path`` (atomically); return the number recorded."""
    baseline = Baseline(path)
    texts: dict[str, str | None] = {}
    for diag in diagnostics:
        if diag.path not in texts:
            texts[diag.path] = source(diag.path)
        baseline.entries[baseline.key(diag, texts[diag.path])] += 1
    findings = [
        {"file": file, "code": code, "text": text, "count": count}
        for (file, code, text), count in sorted(baseline.entries.items())
    ]
    document = {"format": FORMAT, "version": VERSION, "findings": findings}
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".mdxlint-baseline-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, indent=1)
            stream.write("\n")
        # The mode a file written in the usual way would have (mkstemp makes it 0600): the
        # existing baseline's, else what the umask leaves of 0666.
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return sum(baseline.entries.values())


def apply(baseline: Baseline, diagnostics: list[Diagnostic], files: Iterable[str], source: Callable[[str], str | None]) -> BaselineResult:
    """Split ``diagnostics`` into the new ones and those the baseline records."""
    remaining = Counter(baseline.entries)
    texts: dict[str, str | None] = {}
    new: list[Diagnostic] = []
    matched = 0
    for diag in diagnostics:
        if diag.path not in texts:
            texts[diag.path] = source(diag.path)
        key = baseline.key(diag, texts[diag.path])
        if remaining[key] > 0:
            remaining[key] -= 1
            matched += 1
        else:
            new.append(diag)
    linted = {baseline.file_key(path) for path in files}
    fixed = sum(count for (file, _, _), count in remaining.items() if count > 0 and file in linted)
    return BaselineResult(new, matched, fixed)
