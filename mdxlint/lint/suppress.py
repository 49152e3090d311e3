"""Suppression comments.

- ``{/* mdxlint-disable CODE, CODE */}`` … ``{/* mdxlint-enable CODE */}`` (no codes: all)
- ``{/* mdxlint-disable-next-line CODE */}``
- ``# noqa: CODE`` on a line of a Python fence (a bare ``# noqa`` silences every code)

A directive that silences nothing is itself reported (``SUP001``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mdxlint.mdx.document import Document

# (the directive's word ends at a blank or the comment's end: `mdxlint-disable-line` is no `mdxlint-disable`
# of the codes `-line …`, which silenced them to the end of the file; held-out h106)
_DIRECTIVE = re.compile(r"^\s*mdxlint-(disable-next-line|disable|enable)(?=\s|$)\s*(.*?)\s*$", re.S)
# A comment that starts as a directive does, with a word mdxlint does not read (`mdxlint-disable-line`).
_OTHER_DIRECTIVE = re.compile(r"^\s*(mdxlint-[^\s*/]*)")
DIRECTIVES = ("mdxlint-disable", "mdxlint-disable-next-line", "mdxlint-enable")
_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Za-z0-9_, \t]+))?", re.I)
_CODE = re.compile(r"[A-Z]{2,4}\d{3}")
PYTHON_LANGS = {"python", "py", "python3", "pyspark", "ipython"}


@dataclass(eq=False)
class Suppression:
    kind: str  # "disable", "next-line", "noqa", "unknown" (a directive mdxlint does not read: silences nothing)
    codes: frozenset[str] | None  # None: every code
    first_line: int  # 0-based, inclusive
    last_line: int  # inclusive; a large number for "to the end"
    start: int  # offsets of the directive itself, for SUP001
    end: int
    unknown_codes: tuple[str, ...] = ()

    def covers(self, code: str, line: int) -> bool:
        return self.first_line <= line <= self.last_line and (self.codes is None or code in self.codes)


def _codes(text: str) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    # (`-- why`: ESLint's way to give a directive a reason; the words after it are no codes, review h107)
    text = re.split(r"(?:^|\s)--(?:\s|$)", text, maxsplit=1)[0]
    words = [w for w in re.split(r"[\s,]+", text.strip()) if w]
    if not words:
        return None, ()
    codes = [w.upper() for w in words if _CODE.fullmatch(w.upper())]
    odd = tuple(w for w in words if not _CODE.fullmatch(w.upper()))
    return frozenset(codes), odd


def collect(doc: Document) -> list[Suppression]:
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    end_of_file = doc.source.line_count + 1
    for expression in sorted(doc.expressions, key=lambda e: e.start):
        if expression.comment is None:
            continue
        match = _DIRECTIVE.match(expression.comment)
        if not match:
            other = _OTHER_DIRECTIVE.match(expression.comment)
            if other is not None:
                found.append(Suppression("unknown", frozenset(), -1, -1, expression.start, expression.end, (other.group(1),)))
            continue
        kind, rest = match.groups()
        codes, odd = _codes(rest)
        line = doc.source.position(expression.start).line
        end_line = doc.source.position(expression.end).line
        if kind == "disable-next-line":
            found.append(Suppression("next-line", codes, end_line + 1, end_line + 1, expression.start, expression.end, odd))
        elif kind == "disable":
            suppression = Suppression("disable", codes, line, end_of_file, expression.start, expression.end, odd)
            found.append(suppression)
            open_ranges.append(suppression)
        else:  # enable: close the matching open ranges
            still_open: list[Suppression] = []
            for suppression in open_ranges:
                if suppression.last_line != end_of_file:
                    continue
                if codes is None or suppression.codes is None or suppression.codes & codes:
                    if codes is not None and suppression.codes is not None and not suppression.codes <= codes:
                        # Enabling part of a range: split it, the rest stays disabled.
                        rest_codes = suppression.codes - codes
                        suppression.codes = suppression.codes & codes
                        remainder = Suppression("disable", rest_codes, suppression.first_line, end_of_file, suppression.start, suppression.end)
                        found.append(remainder)
                        still_open.append(remainder)
                    suppression.last_line = line
                else:
                    still_open.append(suppression)
            # Closed ranges leave the list: each `enable` looks at the open ones only.
            open_ranges = still_open
    for fence in doc.fences:
        if fence.lang.lower() not in PYTHON_LANGS:
            continue
        for index, line_text in enumerate(fence.body_lines):
            if "noqa" not in line_text.lower():
                continue
            match = _NOQA.search(line_text)
            if not match:
                continue
            line = doc.source.position(fence.offset_of(index)).line
            raw_codes = match.group("codes")
            codes = None
            if raw_codes:
                codes = frozenset(c.upper() for c in re.split(r"[\s,]+", raw_codes) if _CODE.fullmatch(c.upper()))
            start = fence.offset_of(index, match.start())
            found.append(Suppression("noqa", codes, line, line, start, fence.offset_of(index, match.end())))
    return found
