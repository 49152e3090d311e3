"""The rule API.

A rule is a class in its own module under ``mdxlint/rules/<family>/`` (or a third-party
module registered under the ``mdxlint.rules`` entry-point group).  It declares its
code, name, severity, whether it is on by default and its options; its docstring is
its reference page, with the sections "What it does", "Why is this bad", "Example"
and "Use instead".

File rules implement :meth:`Rule.check` and see one :class:`~mdxlint.mdx.document.Document`.
Course rules set ``scope = "course"`` and implement :meth:`Rule.check_course`; they see
the :class:`~mdxlint.project.course.CourseIndex` built once per run.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar

from mdxlint.lint.diagnostics import Applicability, Fix, Severity, TextEdit

__all__ = ["Applicability", "Fix", "Option", "RawDiagnostic", "Rule", "RuleContext", "Severity", "TextEdit", "edit"]

if TYPE_CHECKING:
    from mdxlint.project.settings import Settings
    from mdxlint.project.course import CourseIndex, LessonFacts
    from mdxlint.mdx.document import Document


@dataclass(frozen=True)
class Option:
    """A documented rule option with its default and the type it takes."""

    default: Any
    description: str
    type: type | tuple[type, ...] | None = None
    choices: tuple[Any, ...] | None = None
    check: Callable[[Any], str | None] | None = None  # further validation of the value

    def validate(self, value: Any) -> str | None:
        """An error message when ``value`` is not acceptable, else None."""
        expected = self.type if self.type is not None else type(self.default)
        if expected is float:
            expected = (int, float)
        if isinstance(value, bool) and expected in (int, (int, float)):
            return "expected a number, got a boolean"
        if not isinstance(value, expected):
            names = expected if isinstance(expected, tuple) else (expected,)
            return f"expected {' or '.join(t.__name__ for t in names)}, got {type(value).__name__}"
        if isinstance(value, list) and isinstance(self.default, list) and self.default:
            item_type = type(self.default[0])
            if not all(isinstance(item, item_type) for item in value):
                return f"expected a list of {item_type.__name__}"
        if self.choices is not None and value not in self.choices:
            return f"expected one of {', '.join(map(repr, self.choices))}"
        if self.check is not None:
            return self.check(value)
        return None


@dataclass(eq=False, slots=True)
class RawDiagnostic:
    """What a rule reports: offsets into the document text, resolved later."""

    code: str
    start: int
    end: int
    message: str
    severity: Severity
    fix: Fix | None = None
    path: str | None = None  # course rules report into other files


@dataclass(eq=False)
class RuleContext:
    """Passed to :meth:`Rule.check`: options, settings and the ``report`` call."""

    rule: "Rule"
    path: str
    options: dict[str, Any]
    settings: "Settings"
    severity: Severity
    diagnostics: list[RawDiagnostic] = field(default_factory=list)
    _reported: set = field(default_factory=set, repr=False)

    def report(
        self,
        start: int,
        end: int,
        message: str,
        fix: Fix | None = None,
        *,
        severity: Severity | None = None,
        path: str | None = None,
    ) -> None:
        key = (start, end, message, path)
        if key in self._reported:
            return  # the same finding twice (code read once per turn of a loop): shown once
        self._reported.add(key)
        self.diagnostics.append(
            RawDiagnostic(self.rule.code, start, max(end, start), message, severity or self.severity, fix, path)
        )


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    enabled_by_default: ClassVar[bool] = True
    scope: ClassVar[str] = "file"  # "file", "course", or "engine" (reported by the engine itself)
    fix_applicability: ClassVar[Applicability | None] = None  # what kind of fix the rule can offer
    options: ClassVar[dict[str, Option]] = {}
    # Every severity the rule can report (its default first); None: only `severity`.
    severities: ClassVar[tuple[Severity, ...] | None] = None
    collects: ClassVar[bool] = False  # a course rule that gathers per-file facts with `collect`

    def check(self, doc: "Document", ctx: RuleContext) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def check_course(self, course: "CourseIndex", ctx: RuleContext) -> None:  # pragma: no cover
        raise NotImplementedError

    def collect(self, doc: "Document", ctx: RuleContext) -> Any:  # pragma: no cover - overridden
        """Per-file facts for a course rule (``collects = True``): computed in the cached,
        parallel per-file phase, read back from ``LessonFacts.extra[code]``."""
        return None

    @classmethod
    def reported_severities(cls) -> tuple[Severity, ...]:
        return cls.severities or (cls.severity,)

    # -- documentation --------------------------------------------------------------
    @classmethod
    def doc(cls) -> str:
        import inspect  # only for documentation; slow to import at start-up

        return textwrap.dedent(inspect.getdoc(cls) or "").strip()

    @classmethod
    def summary(cls) -> str:
        return cls.doc().split("\n", 1)[0]

    @classmethod
    def reference_page(cls) -> str:
        lines = [f"# {cls.code}: {cls.name}", ""]
        lines.append(f"- Severity: {', '.join(s.value for s in cls.reported_severities())}")
        lines.append(f"- Enabled by default: {'yes' if cls.enabled_by_default else 'no'}")
        lines.append(f"- Scope: {cls.scope}")
        fix = cls.fix_applicability.value if cls.fix_applicability else "none"
        lines.append(f"- Fix: {fix}")
        if cls.options:
            lines.append("")
            lines.append("## Options")
            lines.append("")
            lines.append("| option | default | meaning |")
            lines.append("| --- | --- | --- |")
            for name, option in cls.options.items():
                default = repr(option.default).replace("|", "\\|")
                lines.append(f"| `{name}` | `{default}` | {option.description} |")
            lines.append("")
            lines.append(f"Set them in `[tool.mdxlint.rules.{cls.code}]`.")
        lines.append("")
        lines.append(cls.doc())
        return "\n".join(lines).rstrip() + "\n"


def edit(start: int, end: int, content: str) -> TextEdit:
    return TextEdit(start, end, content)


RuleFactory = Callable[[], Rule]
