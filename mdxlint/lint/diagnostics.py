"""Diagnostics, fixes and text edits: what rules report and reporters print."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Sequence

__all__ = ["Applicability", "Diagnostic", "Fix", "Severity", "TextEdit"]


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class Applicability(str, enum.Enum):
    SAFE = "safe"  # keeps the author's meaning; applied by --fix
    UNSAFE = "unsafe"  # may change meaning; applied only with --unsafe-fixes


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` (normalized offsets) with ``content``."""

    start: int
    end: int
    content: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[TextEdit, ...]
    applicability: Applicability = Applicability.SAFE
    message: str = ""

    @classmethod
    def replace(cls, start: int, end: int, content: str, *, safe: bool = True, message: str = "") -> "Fix":
        return cls((TextEdit(start, end, content),), Applicability.SAFE if safe else Applicability.UNSAFE, message)


@dataclass(eq=False, slots=True)
class Diagnostic:
    """One finding.  Lines and columns are 1-based; ``end_column`` points just past
    the last character of the range (as in SARIF and LSP)."""

    path: str
    code: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start_offset: int = 0
    end_offset: int = 0
    fix: Fix | None = None
    # Rendered fix edits with line/column, filled for reporters (a list where there is a fix;
    # no list of its own otherwise: a large run makes hundreds of thousands of findings).
    fix_positions: Sequence[dict[str, Any]] = ()

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def to_json(self) -> dict[str, Any]:
        fix = None
        if self.fix is not None:
            fix = {
                "applicability": self.fix.applicability.value,
                "message": self.fix.message or None,
                "edits": self.fix_positions,
            }
        return {
            "file": without_surrogates(self.path),
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "fix": fix,
        }


_SURROGATE = None


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates shown as escapes: a byte a file name held that is not UTF-8
    (Python keeps it as U+DC80–U+DCFF) as `\\xNN`, another (`"\\ud800"` decoded from a JSON string) as
    `\\udNNN`.  No output can encode them, and a report must never fail on a file's text."""
    global _SURROGATE
    if text.isascii():
        return text
    if _SURROGATE is None:
        import re

        _SURROGATE = re.compile("[\ud800-\udfff]")
    return _SURROGATE.sub(_escape_surrogate, text)


def _escape_surrogate(match) -> str:
    code = ord(match.group(0))
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
