"""The document model: one MDX file parsed once, read by every rule.

Every node carries ``start``/``end`` offsets into ``Document.text`` (the normalized
text, see :mod:`mdxlint.source`); ``Document.source.position(offset)`` turns them into
an exact line and column.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterator

from mdxlint.mdx.esm import Export, Import
from mdxlint.mdx.jsx import JsxTag
from mdxlint.mdx.source import SourceText, line_starts_of



@dataclass(eq=False, slots=True)
class YamlProblem:
    message: str
    offset: int  # offset in the file (normalized text)


@dataclass(eq=False, slots=True)
class FrontmatterKey:
    name: str
    key_start: int
    key_end: int
    value_start: int
    value_end: int
    # For a sequence value: (start, end) of every item, quotes included.
    items: list[tuple[int, int]] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class Frontmatter:
    start_line: int  # line of the opening ``---`` (0, or after blank lines on an Astro site)
    end_line: int  # line of the closing ``---``; -1 when never closed
    body_start: int  # offset of the first character of the YAML body
    body_end: int
    raw: str
    data: Any = None
    error: YamlProblem | None = None
    keys: dict[str, FrontmatterKey] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.end_line >= 0

    @property
    def is_mapping(self) -> bool:
        return isinstance(self.data, dict)


@dataclass(eq=False, slots=True)
class SyntaxProblem:
    """Something the MDX compiler reads differently from what the author meant."""

    offset: int
    message: str
    # 1: block-level constructs, 2: constructs inside text, 3: pairing of tags. The
    # compiler reads the file in these phases and stops at the first problem.
    phase: int = 1
    start: int = -1  # where the failing construct begins (a `<` or `{`), when known
    # Where the outermost construct the compiler was reading begins, when it is not ``start``
    # (a flow line of tags whose attribute expression failed): the order the compiler meets
    # problems in.  A construct that starts inside it is never read.
    within: int = -1


@dataclass(eq=False)
class EsmBlock:
    start: int
    end: int
    text: str
    imports: list[Import]
    exports: list[Export]


@dataclass(eq=False, slots=True)
class JsxElement:
    name: str
    opening: JsxTag
    closing: JsxTag | None
    flow: bool
    parent: "JsxElement | None" = None

    @property
    def start(self) -> int:
        return self.opening.start

    @property
    def end(self) -> int:
        return self.closing.end if self.closing else self.opening.end


@dataclass(eq=False, slots=True)
class Expression:
    start: int  # offset of ``{``
    end: int  # offset just past ``}``
    body: str
    flow: bool
    comment: str | None = None  # text of ``{/* … */}`` when the expression is only a comment
    # False in a table cell beyond the header's count: compiled (a syntax error counts), then
    # dropped with the cell by GFM, so never evaluated
    rendered: bool = True


@dataclass(eq=False, slots=True)
class InlineCode:
    content: str
    start: int
    end: int


@dataclass(eq=False, slots=True)
class TextRun:
    """Literal prose text exactly as it stands in the file at ``start``."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(eq=False, slots=True)
class Link:
    href: str
    text: str
    start: int
    end: int
    image: bool = False
    autolink: bool = False  # a bare URL in prose (GFM autolink literal)
    # The destination as written in the file (markdown-it percent-encodes ``href``).
    raw_href: str = ""
    href_start: int = -1
    href_end: int = -1


@dataclass(eq=False, slots=True)
class Heading:
    level: int
    text: str
    slug: str
    start: int
    end: int
    line: int
    # An id written at the end of the heading: ``{#id}`` (Docusaurus) or ``{/*id*/}``
    # (react.dev); whether the site honours it is the site model's to say.
    custom_id: str | None = None
    # "hash", "jsx-comment", "jsx-comment-hash" ({/* #id */}), "html-comment-hash" (<!-- #id -->) or "bracket"
    custom_id_syntax: str | None = None
    # The text with the source of the `{…}` expressions in it (None when it has none): what
    # Docusaurus slugs (mdast's toString keeps an expression's source).
    text_with_expressions: str | None = None
    # The text with the spaces before a trailing element kept (`--flag <Since v="2"/>`): mdast's
    # and hast's toString keep them, and github-slugger makes a `-` of them (None when the same).
    text_untrimmed: str | None = None
    expression_sources: tuple[str, ...] = ()  # the source of each `{…}` in the heading's text


@dataclass(eq=False)
class ProseBlock:
    """A paragraph, heading, list item paragraph, table cell or blockquote paragraph."""

    kind: str
    start: int
    end: int
    runs: list[TextRun] = field(default_factory=list)
    inline_code: list[InlineCode] = field(default_factory=list)
    jsx_ancestors: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The runs joined: directly where they touch in the file (``created_at`` split
        by an emphasis marker), with a space where code or markup stood between."""
        if len(self.runs) == 1:
            return self.runs[0].text
        parts: list[str] = []
        previous_end = None
        for run in self.runs:
            if previous_end is not None:
                gap = run.start - previous_end
                parts.append("" if gap == 0 else " ")
            parts.append(run.text)
            previous_end = run.end
        return "".join(parts)


@dataclass(eq=False)
class Fence:
    lang: str
    info: str
    meta: str
    attributes: dict[str, str]
    body: str
    start: int  # offset of the opening marker
    end: int
    opening_line: int
    body_line_offsets: list[int]  # file offset of the first character of every body line
    closed: bool
    marker: str
    jsx_ancestors: tuple[str, ...] = ()
    # Where the language stands on the opening line, from the parse.  ``lang`` is the
    # info string as CommonMark reads it (escapes and entities resolved); when it is not
    # verbatim in the file, the span covers what stands there instead.
    lang_start: int = -1
    lang_end: int = -1
    lang_verbatim: bool = False

    @property
    def meta_words(self) -> set[str]:
        return set(self.meta.split())

    @property
    def body_lines(self) -> list[str]:
        lines = self.body.split("\n")
        if lines and lines[-1] == "" and self.body.endswith("\n"):
            lines.pop()
        return lines

    def offset_of(self, body_line: int, column: int = 0) -> int:
        """File offset of (0-based line, column) inside the fence body."""
        if not self.body_line_offsets:
            return self.start
        body_line = max(0, min(body_line, len(self.body_line_offsets) - 1))
        return self.body_line_offsets[body_line] + column

    def body_offset(self, index: int) -> int:
        """File offset of a character index into ``body``."""
        starts = self.__dict__.get("_body_line_starts")
        if starts is None:
            # Where each body line starts, found once: a rule that maps many positions
            # of a large fence does not count line breaks from the top each time.
            starts = self.__dict__["_body_line_starts"] = line_starts_of(self.body)
        if index < 0:  # as str.count and str.rfind read a negative end
            index = max(0, len(self.body) + index)
        line = bisect.bisect_right(starts, index) - 1
        return self.offset_of(line, index - starts[line])


@dataclass(eq=False)
class Document:
    path: str
    source: SourceText
    frontmatter: Frontmatter | None = None
    esm: list[EsmBlock] = field(default_factory=list)
    jsx: list[JsxElement] = field(default_factory=list)
    jsx_tags: list[JsxTag] = field(default_factory=list)
    expressions: list[Expression] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    fences: list[Fence] = field(default_factory=list)
    inline_code: list[InlineCode] = field(default_factory=list)
    prose: list[ProseBlock] = field(default_factory=list)
    syntax_problems: list[SyntaxProblem] = field(default_factory=list)
    # (start, end, message) of parts mdxlint did not read (nested past its limits).
    unread: list[tuple[int, int, str]] = field(default_factory=list)
    tokens: list[Any] = field(default_factory=list, repr=False)  # markdown-it tokens

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def imports(self) -> list[Import]:
        return [imp for block in self.esm for imp in block.imports]

    @property
    def exports(self) -> list[Export]:
        return [exp for block in self.esm for exp in block.exports]

    def text_runs(self) -> Iterator[TextRun]:
        for block in self.prose:
            yield from block.runs

    def in_code(self, offset: int) -> bool:
        """Whether an offset lies inside a fence or inline code span."""
        for fence in self.fences:
            if fence.start <= offset < fence.end:
                return True
        return any(code.start <= offset < code.end for code in self.inline_code)
