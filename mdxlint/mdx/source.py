"""Source text and the offset table that gives every node an exact line and column.

The linter works on *normalized* text: no BOM, every line terminator (CRLF, CR, LF)
turned into a single ``\\n``.  Offsets, lines and columns used everywhere else refer to
that text; since only line terminators and the BOM differ, a (line, column) pair is
the same in the file the user has open.  Edits are mapped back to the original text so
that ``--fix`` changes exactly the bytes it was asked to change and nothing else.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

BOM = "\ufeff"
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Position:
    """A 0-based line and a 0-based column counted in Unicode code points."""

    line: int
    column: int


def split_lines(text: str) -> list[str]:
    """The lines of a text as mdxlint numbers them, without their endings: lines end at \n, \r\n
    and \r only (str.splitlines also breaks at \f, \v, U+0085, U+2028 … and would show the
    wrong line for a position)."""
    lines = _NEWLINE_RE.split(text)
    if lines and lines[-1] == "" and len(lines) > 1:
        lines.pop()  # (a final line break ends the last line; it starts no other)
    return lines


def line_starts_of(text: str) -> list[int]:
    """Offsets where the lines of an LF-only text start, found by a C-level scan."""
    starts = [0]
    find = text.find
    index = find("\n")
    while index != -1:
        starts.append(index + 1)
        index = find("\n", index + 1)
    return starts


@dataclass(eq=False)
class SourceText:
    original: str
    text: str = field(init=False)
    has_bom: bool = field(init=False)
    newline: str = field(init=False)
    # Start offset of every line in ``text`` and in ``original``.
    line_starts: list[int] = field(init=False, repr=False)
    original_line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        original = self.original
        self.has_bom = original.startswith(BOM)
        body_start = 1 if self.has_bom else 0
        if "\r" not in original:
            # The common case: LF only. No copy, line starts by a C-level scan.
            self.text = original[body_start:]
            starts = line_starts_of(self.text)
            self.line_starts = starts
            self.original_line_starts = [start + body_start for start in starts]
            self.newline = "\n"
            return
        pieces: list[str] = []
        line_starts = [0]
        original_line_starts = [body_start]
        counts = {"\n": 0, "\r\n": 0, "\r": 0}
        cursor = body_start
        normalized_len = 0
        for match in _NEWLINE_RE.finditer(original, body_start):
            segment = original[cursor : match.start()]
            pieces.append(segment)
            pieces.append("\n")
            normalized_len += len(segment) + 1
            counts[match.group()] += 1
            cursor = match.end()
            line_starts.append(normalized_len)
            original_line_starts.append(cursor)
        pieces.append(original[cursor:])
        self.text = "".join(pieces)
        self.line_starts = line_starts
        self.original_line_starts = original_line_starts
        # The dominant terminator is used for the new lines a fix inserts.
        self.newline = max(counts, key=lambda k: (counts[k], k == "\n"))

    # -- offsets and positions -------------------------------------------------
    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(line, offset - self.line_starts[line])

    def offset(self, line: int, column: int = 0) -> int:
        """Offset of a 0-based (line, column); clamps to the text."""
        if line >= len(self.line_starts):
            return len(self.text)
        if line < 0:
            return 0
        return min(self.line_starts[line] + column, self.line_end(line))

    def line_end(self, line: int) -> int:
        """Offset just past the last character of ``line`` (before its newline)."""
        if line + 1 < len(self.line_starts):
            return self.line_starts[line + 1] - 1
        return len(self.text)

    def line_text(self, line: int) -> str:
        return self.text[self.line_starts[line] : self.line_end(line)]

    def lines(self) -> list[str]:
        return self.text.split("\n")

    # -- mapping back to the original --------------------------------------------
    def to_original(self, offset: int) -> int:
        """Offset in ``original`` of a normalized offset.

        An offset on a line terminator maps to the start of the original terminator,
        so a replacement never splits a CRLF.
        """
        pos = self.position(offset)
        return self.original_line_starts[pos.line] + pos.column

    def apply_edits(self, edits: list["TextEdit"]) -> str:  # noqa: F821 - forward ref
        """Apply non-overlapping edits (normalized offsets) to the original text."""
        out: list[str] = []
        cursor = 0
        original = self.original
        for edit in sorted(edits, key=lambda e: (e.start, e.end)):
            start = self.to_original(edit.start)
            end = self.to_original(edit.end)
            if start < cursor:
                raise ValueError("overlapping edits")
            out.append(original[cursor:start])
            out.append(edit.content.replace("\n", self.newline))
            cursor = end
        out.append(original[cursor:])
        return "".join(out)
