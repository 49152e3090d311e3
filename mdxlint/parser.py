"""Build a :class:`~mdxlint.document.Document` from MDX text: parse once, keep exact offsets."""

from __future__ import annotations

import bisect
import re
import threading

from markdown_it.token import Token

from .document import (
    Document,
    EsmBlock,
    Expression,
    Fence,
    Heading,
    InlineCode,
    JsxElement,
    Link,
    ProseBlock,
    SyntaxProblem,
    TextRun,
)
from .esm import parse_exports, parse_imports
from .frontmatter import find_frontmatter
from .jsx import JsxTag, comment_text
from .markdown import create_parser
from .slug import Slugger
from .source import SourceText

_URL = re.compile(r"(?:https?|ftp)://[^\s<>()\[\]{}\"'`]+[^\s<>()\[\]{}\"'`.,;:!?]|www\.[^\s<>()\"'`]+[^\s<>()\"'`.,;:!?]")
_META_ATTR = re.compile(r"""([A-Za-z_][\w-]*)(?:=("[^"]*"|'[^']*'|\{[^}]*\}|\S+))?""")


_parser_local = threading.local()


def _parser():
    md = getattr(_parser_local, "md", None)
    if md is None:
        md = _parser_local.md = create_parser()
    return md


class _InlineMap:
    """Maps offsets in an inline token's ``content`` to file offsets."""

    def __init__(self, content_starts: list[int], file_starts: list[int]):
        self.content_starts = content_starts
        self.file_starts = file_starts

    def __call__(self, offset: int) -> int:
        index = bisect.bisect_right(self.content_starts, offset) - 1
        index = max(index, 0)
        return self.file_starts[index] + (offset - self.content_starts[index])


class _Builder:
    def __init__(self, doc: Document, parse_text: str):
        self.doc = doc
        self.text = doc.source.text
        self.parse_text = parse_text
        self.line_cursor: dict[int, int] = {}
        self.slugger = Slugger()
        self.containers: list[str] = []
        self.flow_jsx: list[str] = []  # names of open flow elements, for ancestry
        self.tags: list[tuple[JsxTag, bool]] = []

    # -- inline offset mapping --------------------------------------------------
    def inline_map(self, token: Token, in_cell: bool) -> _InlineMap:
        source = self.doc.source
        content = token.content
        first_line = token.map[0] if token.map else 0
        content_starts: list[int] = []
        file_starts: list[int] = []
        cursor = 0
        for index, piece in enumerate(content.split("\n")):
            line = min(first_line + index, source.line_count - 1)
            line_text = source.line_text(line)
            line_start = source.line_starts[line]
            from_col = self.line_cursor.get(line, 0)
            col = -1
            if piece and not in_cell:
                if line_text.endswith(piece) and len(line_text) - len(piece) >= from_col:
                    col = len(line_text) - len(piece)
                else:
                    stripped = line_text.rstrip()
                    if stripped.endswith(piece) and len(stripped) - len(piece) >= from_col:
                        col = len(stripped) - len(piece)
            if col < 0:
                col = line_text.find(piece, from_col) if piece else from_col
                if col < 0:
                    col = from_col
            self.line_cursor[line] = col + len(piece)
            content_starts.append(cursor)
            file_starts.append(line_start + col)
            cursor += len(piece) + 1
        return _InlineMap(content_starts, file_starts)

    # -- walking ------------------------------------------------------------------
    def build(self, tokens: list[Token]) -> None:
        heading_level = 0
        for token in tokens:
            kind = token.type
            if kind.endswith("_open") and kind not in ("paragraph_open",):
                self.containers.append(kind[:-5])
                if kind == "heading_open":
                    heading_level = int(token.tag[1:])
            elif kind.endswith("_close") and kind != "paragraph_close":
                if self.containers:
                    self.containers.pop()
            elif kind == "inline":
                self.inline(token, heading_level)
            elif kind == "fence":
                self.fence(token)
            elif kind == "mdx_esm":
                self.esm(token)
            elif kind in ("mdx_jsx_flow", "mdx_flow_expression"):
                self.flow_items(token)
        self.match_tags()

    def prose_kind(self) -> str:
        for container in reversed(self.containers):
            if container == "heading":
                return "heading"
            if container in ("td", "th"):
                return "table_cell"
            if container == "list_item":
                return "list_item"
            if container == "blockquote":
                return "blockquote"
        return "paragraph"

    def inline(self, token: Token, heading_level: int) -> None:
        doc = self.doc
        kind = self.prose_kind()
        mapping = self.inline_map(token, kind == "table_cell")
        start = mapping(0)
        end = mapping(len(token.content))
        block = ProseBlock(kind, start, end, jsx_ancestors=tuple(self.flow_jsx))
        heading_text: list[str] = []
        link_stack: list[tuple[Token, int, list[str]]] = []
        children = token.children or []
        self.inline_children(children, mapping, block, heading_text, link_stack)
        doc.prose.append(block)
        if kind == "heading" and self.containers and self.containers[-1] == "heading":
            text = "".join(heading_text).strip()
            line = doc.source.position(start).line
            doc.headings.append(Heading(heading_level, text, self.slugger.slug(text), start, end, line))

    def inline_children(self, children, mapping, block, heading_text, link_stack) -> None:
        doc = self.doc
        text = self.text
        for child in children:
            span = child.meta.get("span") if child.meta else None
            ctype = child.type
            if ctype == "text":
                content = child.content
                if not content:
                    continue
                heading_text.append(content)
                for stack_entry in link_stack:
                    stack_entry[2].append(content)
                if span is None:
                    continue
                file_start = mapping(span[0])
                if text.startswith(content, file_start):
                    self.add_runs(block, content, file_start)
            elif ctype == "text_special":
                heading_text.append(child.content)
            elif ctype == "code_inline":
                heading_text.append(child.content)
                for stack_entry in link_stack:
                    stack_entry[2].append(child.content)
                if span is not None:
                    code = InlineCode(child.content, mapping(span[0]), mapping(span[1]))
                    block.inline_code.append(code)
                    doc.inline_code.append(code)
            elif ctype == "link_open" and span is not None:
                link_stack.append((child, mapping(span[0]), []))
            elif ctype == "link_close" and link_stack:
                opener, link_start, parts = link_stack.pop()
                end = mapping(span[1]) if span else link_start
                doc.links.append(Link(str(opener.attrGet("href") or ""), "".join(parts), link_start, end))
            elif ctype == "image" and span is not None:
                alt = "".join(c.content for c in (child.children or []) if c.type in ("text", "code_inline"))
                doc.links.append(Link(str(child.attrGet("src") or ""), alt, mapping(span[0]), mapping(span[1]), image=True))
            elif ctype == "mdx_jsx_inline":
                tag: JsxTag = child.meta["tag"]
                self.tags.append((_moved_tag(tag, mapping), False))
            elif ctype == "mdx_expression" and span is not None:
                body = child.content
                doc.expressions.append(Expression(mapping(span[0]), mapping(span[1]), body, False, comment_text(body)))
            elif ctype == "mdx_error":
                doc.syntax_problems.append(SyntaxProblem(mapping(child.meta["error_offset"]), child.meta["message"]))

    def add_runs(self, block: ProseBlock, content: str, file_start: int) -> None:
        cursor = 0
        for match in _URL.finditer(content):
            if match.start() > cursor:
                block.runs.append(TextRun(content[cursor : match.start()], file_start + cursor))
            self.doc.links.append(
                Link(match.group(), match.group(), file_start + match.start(), file_start + match.end(), autolink=True)
            )
            cursor = match.end()
        if cursor < len(content):
            block.runs.append(TextRun(content[cursor:], file_start + cursor))

    def fence(self, token: Token) -> None:
        source = self.doc.source
        first_line = token.map[0] if token.map else 0
        last_line = (token.map[1] if token.map else first_line + 1) - 1
        opening_text = source.line_text(first_line)
        marker_col = opening_text.find(token.markup)
        start = source.line_starts[first_line] + max(marker_col, 0)
        body = token.content
        body_lines = body.split("\n")
        if body.endswith("\n"):
            body_lines.pop()
        offsets: list[int] = []
        for index, piece in enumerate(body_lines):
            line = first_line + 1 + index
            if line >= source.line_count:
                break
            line_text = source.line_text(line)
            if line_text.endswith(piece):
                col = len(line_text) - len(piece)
            else:
                col = line_text.find(piece.lstrip()) - (len(piece) - len(piece.lstrip())) if piece.strip() else 0
                col = max(col, 0)
            offsets.append(source.line_starts[line] + col)
        closing_line = first_line + 1 + len(body_lines)
        closed = closing_line <= last_line and closing_line < source.line_count and source.line_text(closing_line).strip().startswith(token.markup)
        end = source.line_end(closing_line) if closed else source.line_end(min(last_line, source.line_count - 1))
        info = token.info.strip()
        lang, _, meta = info.partition(" ")
        attributes: dict[str, str] = {}
        for match in _META_ATTR.finditer(meta):
            value = match.group(2) or ""
            if value[:1] in "\"'{" and len(value) >= 2:
                value = value[1:-1]
            attributes[match.group(1)] = value
        self.doc.fences.append(
            Fence(
                lang=lang,
                info=info,
                meta=meta.strip(),
                attributes=attributes,
                body=body,
                start=start,
                end=end,
                opening_line=first_line,
                body_line_offsets=offsets,
                closed=closed,
                marker=token.markup,
                jsx_ancestors=tuple(self.flow_jsx),
            )
        )

    def esm(self, token: Token) -> None:
        start, end = token.meta["start"], token.meta["end"]
        text = self.text[start:end]
        self.doc.esm.append(EsmBlock(start, end, text, parse_imports(text, start), parse_exports(text, start)))

    def flow_items(self, token: Token) -> None:
        for item in token.meta["items"]:
            if isinstance(item, JsxTag):
                self.tags.append((item, True))
                if item.kind == "open":
                    self.flow_jsx.append(item.name)
                elif item.kind == "close" and self.flow_jsx:
                    if item.name in self.flow_jsx:
                        while self.flow_jsx and self.flow_jsx.pop() != item.name:
                            pass
            else:
                body = self.text[item[0] + 1 : item[1] - 1]
                self.doc.expressions.append(Expression(item[0], item[1], body, True, comment_text(body)))

    def match_tags(self) -> None:
        doc = self.doc
        self.tags.sort(key=lambda entry: entry[0].start)
        doc.jsx_tags = [tag for tag, _ in self.tags]
        stack: list[JsxElement] = []
        for tag, flow in self.tags:
            if tag.kind in ("open", "selfclose"):
                element = JsxElement(tag.name, tag, None, flow, stack[-1] if stack else None)
                doc.jsx.append(element)
                if tag.kind == "open":
                    stack.append(element)
            else:
                if stack and stack[-1].name == tag.name:
                    stack.pop().closing = tag
                elif any(open_el.name == tag.name for open_el in stack):
                    while stack and stack[-1].name != tag.name:
                        unclosed = stack.pop()
                        doc.syntax_problems.append(
                            SyntaxProblem(unclosed.opening.start, f"the JSX tag `<{unclosed.name}>` is never closed")
                        )
                    stack.pop().closing = tag
                else:
                    doc.syntax_problems.append(
                        SyntaxProblem(tag.start, f"the closing tag `</{tag.name}>` has no matching opening tag")
                    )
        for unclosed in stack:
            doc.syntax_problems.append(
                SyntaxProblem(unclosed.opening.start, f"the JSX tag `<{unclosed.name or ''}>` is never closed")
            )


def _moved_tag(tag: JsxTag, mapping) -> JsxTag:
    """A copy of an inline tag with content offsets turned into file offsets."""
    moved = JsxTag(tag.name, tag.kind, mapping(tag.start), mapping(tag.end), mapping(tag.name_start))
    for attr in tag.attributes:
        moved.attributes.append(
            type(attr)(
                attr.name,
                mapping(attr.start),
                mapping(attr.end),
                attr.value_kind,
                attr.value,
                mapping(attr.value_start) if attr.value_kind else 0,
                mapping(attr.value_end) if attr.value_kind else 0,
            )
        )
    return moved


def parse_document(path: str, source: SourceText) -> Document:
    doc = Document(path=path, source=source)
    text = source.text
    doc.frontmatter = find_frontmatter(text, source.line_starts)
    parse_text = text
    if doc.frontmatter is not None:
        # Blank the frontmatter (newlines kept) so offsets stay those of the file.
        end = doc.frontmatter.body_end
        if doc.frontmatter.closed:
            end = source.line_end(doc.frontmatter.end_line)
        blanked = re.sub(r"[^\n]", " ", text[:end])
        parse_text = blanked + text[end:]
    tokens = _parser().parse(parse_text)
    doc.tokens = tokens
    _Builder(doc, parse_text).build(tokens)
    return doc


def parse_text(text: str, path: str = "<stdin>.mdx") -> Document:
    return parse_document(path, SourceText(text))

