"""The course index: what every lesson declares and references, built once per run.

Course rules read :class:`CourseIndex`; it is built from :class:`LessonFacts`, which
are small, picklable extracts of each :class:`~mdxlint.document.Document` (so cached
files need not be parsed again).
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field

from .config import Settings
from .document import Document, Heading, JsxElement, Link
from .esm import Export, Import
from .document import Frontmatter


@dataclass
class LessonFacts:
    path: str
    line_starts: list[int]
    text_length: int
    frontmatter: Frontmatter | None
    headings: list[Heading]
    links: list[Link]
    imports: list[Import]
    exports: list[Export]
    jsx: list[JsxElement]

    @classmethod
    def from_document(cls, doc: Document) -> "LessonFacts":
        return cls(
            doc.path,
            doc.source.line_starts,
            len(doc.source.text),
            doc.frontmatter,
            doc.headings,
            doc.links,
            doc.imports,
            doc.exports,
            doc.jsx,
        )

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.text_length))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line, offset - self.line_starts[line]


@dataclass
class CourseIndex:
    settings: Settings
    lessons: dict[str, LessonFacts] = field(default_factory=dict)

    def add(self, facts: LessonFacts) -> None:
        self.lessons[os.path.abspath(facts.path)] = facts

    def get(self, path: str) -> LessonFacts | None:
        return self.lessons.get(os.path.abspath(path))
