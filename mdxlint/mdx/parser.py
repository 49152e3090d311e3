"""Build a :class:`~mdxlint.document.Document` from MDX text: parse once, keep exact offsets."""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field

from markdown_it.common.utils import unescapeAll
from markdown_it.token import Token

from mdxlint.mdx.containers import NEW_CONTAINER, container_prefix, missing_prefix, prefix_end
from mdxlint.mdx.document import (
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
from mdxlint.mdx.esm import parse_exports, parse_imports
from mdxlint.mdx.frontmatter import find_frontmatter
from mdxlint.mdx.js import (
    KEY_AFTER_SPREAD, check_expression, check_module, check_spread, code_end, key_after_spread, open_at_end, set_mdx_version,
)
from mdxlint.mdx.jsx import JsxTag, comment_text
from mdxlint.mdx.limits import MAX_BLOCK_DEPTH
from mdxlint.mdx.markdown import create_parser
from mdxlint.mdx.slug import Slugger
from mdxlint.mdx.syntax import container_spans, PLAIN, Syntax, prepare
from mdxlint.mdx.source import SourceText

_URL = re.compile(r"(?:https?|ftp)://[^\s<>()\[\]{}\"'`]+[^\s<>()\[\]{}\"'`.,;:!?]|www\.[^\s<>()\"'`]+[^\s<>()\"'`.,;:!?]")
# (a destination may hold backslash escapes, `\)`, and non-ASCII spaces such as U+00A0: only ASCII
# whitespace ends it)
_DEST_CHAR = r"(?:\\[\s\S]|[^ \t\n\r\f\v()\\])"
_DESTINATION = re.compile(r"""\]\(\s*(?:<([^>\n]*)>|(%s*(?:\(%s*\)%s*)*))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)$"""
                          % (_DEST_CHAR, _DEST_CHAR, _DEST_CHAR))
_META_ATTR = re.compile(r"""([A-Za-z_][\w-]*)(?:=("[^"]*"|'[^']*'|\{[^}]*\}|\S+))?""")


_parser_local = threading.local()


def _parser(containers: bool = True):
    name = "md" if containers else "md_flat"
    md = getattr(_parser_local, name, None)
    if md is None:
        md = create_parser()
        if not containers:
            md.disable(["blockquote", "list", "footnote_def"])
        setattr(_parser_local, name, md)
    return md


# The compiler stops at the first problem of its first phase: flow constructs
# (block-level JSX, expressions, ESM), then text constructs, then tag pairing.
_FLOW, _TEXT, _TREE = 1, 2, 3
# After the tree is built: a second layout (remark-mdx's check, after text and tag pairing), then a
# `key` after a spread (the JSX build, last).
_LAYOUT, _BUILD = 4, 5
_FLOW_CONTAINERS = {"list_item", "blockquote", "footnote_reference"}  # footnote_reference: a definition
_INLINE_OPEN = {"em_open", "strong_open", "link_open", "s_open"}
_INLINE_CLOSE = {"em_close": "em_open", "strong_close": "strong_open", "link_close": "link_open", "s_close": "s_open"}


@dataclass(eq=False)
class _FlowContainer:
    name: str
    start: int
    prefix: tuple[str, int] | None
    open_tags: list[JsxTag] = field(default_factory=list)


_NOT_JS = "this import/export does not parse as JavaScript ("
# acorn meets these only at the end of its input, whatever place it names (its `raisedAt`).
_RAISED_AT_END = re.compile(r"\((?:Unexpected end of input|Unterminated (?:JSX contents|template|comment)\b)")
# The end of a line followed by a blank line, or of the text: where the compiler checks an ESM
# block read on (its `blankLineBefore`).
_NEXT_BLANK_LINE = re.compile(r"(?=\r?\n[ \t]*(?:\r?\n|$))|\Z")


class _InlineMap:
    """Maps offsets in an inline token's ``content`` to file offsets."""

    def __init__(self, content_starts: list[int], file_starts: list[int], limit: int):
        self.content_starts = content_starts
        self.file_starts = file_starts
        self.limit = limit
        self.single = len(content_starts) == 1  # one line: a shift, no search

    def __call__(self, offset: int) -> int:
        if self.single:
            index = 0
        else:
            index = max(bisect.bisect_right(self.content_starts, offset) - 1, 0)
        return min(max(self.file_starts[index] + (offset - self.content_starts[index]), 0), self.limit)


class _Builder:
    def __init__(self, doc: Document, parse_text: str):
        self.doc = doc
        self.text = doc.source.text
        self.file_text = doc.source.text
        self.parse_text = parse_text
        self.line_cursor: dict[int, int] = {}
        self.slugger = Slugger()
        self.containers: list[str] = []
        self.tags: list[tuple[JsxTag, bool]] = []
        self.esm_imported: dict[str, None] = {}  # names earlier import/export blocks import, in order
        self.undefined_exports: list[tuple[int, str, str, int]] = []  # (offset, message, name, block), judged at the end
        self.flow_stack: list[_FlowContainer] = [_FlowContainer("root", 0, None)]
        # offset -> (message, construct start, offset past its `}`, outermost construct's start): see
        # resume_failed_expressions
        self.failed_expressions: dict[int, tuple[str, int, int, int]] = {}
        # A construct still open at a line without its container's prefix: line start -> (message,
        # construct start, outermost start); placed past the prefixes the line keeps once the
        # construct's containers are known (place_lazy_lines)
        self.lazy_constructs: dict[int, tuple[str, int, int]] = {}
        self.inline_stack: list[tuple] = []
        self.setext = False  # the heading being read is underlined (`===`, `---`)

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
            if col < 0 and in_cell and "|" in piece:
                # A table cell's text has `\|` as `|` (GFM): found as written, each pipe starts a
                # stretch one character further on in the file.
                col = line_text.find(piece.replace("|", "\\|"), from_col)
                if col >= 0:
                    content_starts.append(cursor)
                    file_starts.append(line_start + col)
                    pipe = piece.find("|")
                    shift = 0
                    while pipe >= 0:
                        shift += 1
                        content_starts.append(cursor + pipe)
                        file_starts.append(line_start + col + pipe + shift)
                        pipe = piece.find("|", pipe + 1)
                    self.line_cursor[line] = col + len(piece) + shift
                    cursor += len(piece) + 1
                    continue
            if col < 0:
                # markdown-it expanded a tab into spaces: anchor on the first
                # non-blank character, which is exact; the blanks before it are not.
                stripped = piece.lstrip(" ")
                found = line_text.find(stripped, from_col) if stripped else -1
                col = found - (len(piece) - len(stripped)) if found >= 0 else from_col
            self.line_cursor[line] = max(col + len(piece), 0)
            content_starts.append(cursor)
            file_starts.append(line_start + col)
            cursor += len(piece) + 1
        return _InlineMap(content_starts, file_starts, len(source.text))

    # -- walking ------------------------------------------------------------------
    def build(self, tokens: list[Token]) -> None:
        heading_level = 0
        for token in tokens:
            kind = token.type
            nesting = token.nesting
            if self.failed_expressions and nesting == 0 and token.map:  # a leaf block, inside its containers
                self.resume_failed_expressions(token.map[0], token.map[1])
            if self.lazy_constructs and nesting == 0 and token.map:
                self.place_lazy_lines(token.map[0], token.map[1])
            if nesting == 1:
                if kind == "paragraph_open":
                    continue
                name = kind[:-5] if kind.endswith("_open") else kind
                self.containers.append(name)
                if name in _FLOW_CONTAINERS:
                    self.open_flow_container(name, token)
                if kind == "heading_open":
                    heading_level = int(token.tag[1:])
                    self.setext = token.markup[:1] in ("=", "-")
            elif nesting == -1:
                if kind != "paragraph_close" and self.containers:
                    name = self.containers.pop()
                    if name in _FLOW_CONTAINERS:
                        self.close_flow_container()
            elif kind == "inline":
                self.inline(token, heading_level)
            elif kind == "fence":
                self.fence(token)
            elif kind == "mdx_esm":
                self.esm(token)
            elif kind in ("mdx_jsx_flow", "mdx_flow_expression"):
                self.flow_items(token)
        while len(self.flow_stack) > 1:
            self.close_flow_container()
        self.resume_failed_expressions(0, self.doc.source.line_count)
        self.place_lazy_lines(0, self.doc.source.line_count)
        self.swallowed: list[tuple[int, int]] = []
        self.judge_undefined_exports()
        for tag, _ in self.tags:
            keyed = key_after_spread([(attr.name, attr.start) for attr in tag.attributes]) if len(tag.attributes) > 1 else None
            if keyed is not None:
                self.problem(keyed, KEY_AFTER_SPREAD, _BUILD)
        # The innermost first: the compiler names the last tag opened (`<Tabs><TabItem>` left open).
        for tag in reversed(self.flow_stack[0].open_tags):
            self.problem(tag.start, f"the JSX tag `<{tag.name}>` opened here is never closed before the end of the file", _TREE)
        self.finish_elements()
        if self.swallowed:
            self.doc.syntax_problems = [p for p in self.doc.syntax_problems
                                        if not any(start <= p.offset < end for start, end in self.swallowed)]

    def judge_undefined_exports(self) -> None:
        """An export of a name no statement of its block declares (acorn raises that at the end of
        its input): the compiler reads the text after the block as more of it, up to each next blank
        line, for as long as acorn fails only at the end of what it read
        (micromark-extension-mdxjs-esm, `swallow`).  A later block may so import or declare the name
        (`export {a as b}` … `export const a = 1`); text between them is read as JavaScript too, and
        refused there (held-out h56); at the end of the file the undefined name is the error.  Blocks
        inside what an earlier one read are part of it, not blocks of their own."""
        read_until = -1
        budget = [self._SWALLOWED_PARSED]  # characters parsed for the whole page (h57: 200 such blocks)
        for offset, message, name, index in self.undefined_exports:
            block = self.doc.esm[index]
            if block.start < read_until:
                continue
            found, read_until = self.swallowed_problem(index, budget)
            if found is None:
                if read_until < 0:
                    return  # not read to where the compiler stops: what it finds is not known
                if read_until > block.end:
                    self.swallowed.append((block.end, read_until))  # read as JavaScript, and accepted
                continue
            at, detail, undefined = found
            read_until = len(self.text)  # (the compiler stops at the first error)
            if undefined is not None or at < block.end:
                self.problem(at, detail, _FLOW)
                continue
            where = self.doc.source.position(offset)
            if detail.startswith(_NOT_JS) and detail.endswith(")"):
                detail = detail[len(_NOT_JS) : -1]
            self.problem(at, f"the export of `{name}` at {where.line + 1}:{where.column + 1} names nothing its block imports or "
                             "declares, so the compiler reads the text after it as more of that block and refuses it here "
                             f"({detail.split('; ')[0]}); export only what the block itself imports or declares", _FLOW)
            # What the compiler read as that block is no other construct: their problems are not met.
            self.swallowed.append((block.end, at))

    _SWALLOWED_READ = 20_000  # characters after an export block read as its continuation, at most
    _SWALLOWED_CHUNKS = 100  # and blank-line-separated stretches of text
    _SWALLOWED_PARSED = 200_000  # and characters parsed for the page in all

    def swallowed_problem(self, index: int, budget: list[int]) -> tuple[tuple[int, str, str | None] | None, int]:
        """Where the compiler refuses ESM block ``index`` read on as it does, why, and the undefined
        name when that is the error (None where it parses, or where mdxlint stops reading before the
        compiler would); and where the reading ended (-1 where it stopped first: not known)."""
        esm = self.doc.esm
        text = self.text
        start = esm[index].start
        earlier = [n.local for block in esm[:index] for imp in block.imports for n in imp.names]
        chunk_end = esm[index].end
        for _ in range(self._SWALLOWED_CHUNKS):
            joined = text[start:chunk_end]
            budget[0] -= len(joined)
            if budget[0] < 0:
                break
            words = set(_JS_WORD.findall(joined)) if earlier else ()
            problem = check_module(joined, tuple(dict.fromkeys(name for name in earlier if name in words)))
            if problem is None:
                return None, chunk_end
            after = _NEXT_BLANK_LINE.search(text, chunk_end + 1)
            at_end = not text[chunk_end:].strip()
            swallowed = (problem.undefined_export is not None or problem.index >= len(joined.rstrip())
                         or _RAISED_AT_END.search(problem.message) is not None
                         # (acorn checks an exported declaration's name once the declaration is read)
                         or ("(Duplicate export '" in problem.message and "\n\n" not in joined[problem.index :].rstrip()))
            if not swallowed or at_end:
                return (start + min(problem.index, len(text) - start), problem.message, problem.undefined_export), chunk_end
            if after is None or after.start() - esm[index].end > self._SWALLOWED_READ:
                break
            chunk_end = after.start()
        return None, -1  # read no further: what the compiler finds on is not known

    def problem(self, offset: int, message: str, phase: int, start: int = -1, within: int = -1) -> None:
        self.doc.syntax_problems.append(SyntaxProblem(offset, message, phase, start, within))

    def open_flow_container(self, name: str, token: Token) -> None:
        source = self.doc.source
        line = token.map[0] if token.map else 0
        line_text = source.line_text(min(line, source.line_count - 1))
        marker = ">" if name == "blockquote" else (token.markup or "")
        # Past the prefixes of the containers it is in (`> a` then `> > …`: the inner quote's `>`).
        enclosing = [c.prefix for c in self.flow_stack[1:] if c.prefix is not None]
        after = (prefix_end(line_text, enclosing) or 0) if enclosing else 0
        column = line_text.find(marker, max(after, self.line_cursor.get(line, 0))) if marker else -1
        column = max(column, 0)
        number = len(token.info) if name == "list_item" and marker in (".", ")") and token.info and line_text.endswith(
            token.info, 0, column) else 0
        start = source.line_starts[min(line, source.line_count - 1)] + column - number  # an ordered item: at its number
        if marker and column >= 0:
            # A container inside it on the same line (`> > …`, `- - …`) has its marker further on.
            self.line_cursor[line] = max(self.line_cursor.get(line, 0), column + len(marker))
        if name == "footnote_reference":
            column = max(line_text.find("[^", self.line_cursor.get(line, 0)), 0)
            start = source.line_starts[min(line, source.line_count - 1)] + column
        self.flow_stack.append(_FlowContainer(name, start, container_prefix(name, line_text, column, marker, enclosing)))

    def close_flow_container(self) -> None:
        container = self.flow_stack.pop()
        if container.open_tags:
            tag = container.open_tags[-1]  # the innermost, as the compiler names it
            label = {"list_item": "list item", "blockquote": "block quote", "footnote_reference": "footnote definition"}.get(
                container.name, container.name)
            where = self.doc.source.position(tag.start)
            self.problem(
                container.start,
                f"the JSX tag `<{tag.name}>` opened at {where.line + 1}:{where.column + 1} is not closed before the end "
                f"of this {label}: MDX needs the closing tag inside the same {label}",
                _TREE,
            )

    def resume_failed_expressions(self, first_line: int, end_line: int) -> None:
        """Report the block-level expressions the JavaScript parser refused that start on lines
        ``first_line`` to ``end_line`` (the block being entered), inside the containers open now.

        micromark does not stop at the `}` of an expression that does not parse: the brace may
        belong to a string, so it reads on to the next `}` and tries again, and at the end of the
        text reports the last failure (where this one is).  Inside a list item or block quote the
        first line without the container's prefix comes first: the compiler stops there ("Unexpected
        lazy line in expression in container"), often lines below the expression."""
        source = self.doc.source
        for offset in [o for o in self.failed_expressions if first_line <= source.position(o).line < end_line]:
            message, start, resume, within = self.failed_expressions.pop(offset)
            # Only the containers the expression is in: a `> ` or `- ` line inside its braces
            # is its text, though the block reading made a container of it.
            containers = [c.prefix for c in self.flow_stack[1:] if c.prefix is not None and c.start <= start]
            lazy = None
            for line in range(source.position(start).line + 1, source.line_count) if containers else ():
                text = source.line_text(line)
                column = missing_prefix(text, containers)
                if column is not None:
                    # A line that starts a container of its own (another list item, a quote) ends
                    # the expression's block: the compiler meets its end and reports the failure.
                    lazy = None if NEW_CONTAINER.match(text, column) else source.line_starts[line] + column
                    break
            if lazy is None:
                self.problem(offset, message, _FLOW, start, within)
                continue
            where = source.position(offset)
            self.problem(
                lazy,
                f"lazy line in a container: {message} (at {where.line + 1}:{where.column + 1}); the compiler reads on past "
                "its `}` for another one, and stops at this line, which does not keep the container's prefix (`>` in a "
                "block quote, indentation in a list)",
                _FLOW,
                start,
            )

    def place_lazy_lines(self, first_line: int, end_line: int) -> None:
        """Report the constructs that start on lines ``first_line`` to ``end_line`` and are still
        open at a line without their container's prefix: where the compiler stops on that line, past
        the prefixes it keeps (`> > {` then `> 1`: after the outer quote's `> `)."""
        source = self.doc.source
        containers = [c.prefix for c in self.flow_stack[1:] if c.prefix is not None]
        for offset in [o for o, (_, start, _) in self.lazy_constructs.items()
                       if first_line <= source.position(start if start >= 0 else o).line < end_line]:
            message, start, within = self.lazy_constructs.pop(offset)
            line = source.position(offset).line
            column = missing_prefix(source.line_text(line), containers) if containers and offset == source.line_starts[line] else None
            self.problem(offset + (column or 0), message, _FLOW, start, within)

    def lazy_lines(self, start: int, end: int, phase: int, what: str) -> None:
        """A construct that spans lines inside a list item or block quote must keep the
        container's prefix (`>` or indentation) on every line, or the compiler stops."""
        containers = [c.prefix for c in self.flow_stack[1:] if c.prefix is not None]
        if not containers:
            return
        source = self.doc.source
        first = source.position(start).line
        last = source.position(end).line
        for line in range(first + 1, last + 1):
            text = source.line_text(line)
            if not text.strip():
                continue
            if prefix_end(text, containers) is not None:
                continue
            offset = source.line_starts[line]
            self.problem(
                offset,
                f"lazy line in a {what} inside a list item or block quote: the compiler needs this line to keep the "
                "container's prefix (`>` in a block quote, indentation in a list)",
                phase,
            )
            return

    def strip_prefixes(self, text: str, lazy: list[tuple[str, int]] | None = None) -> str:
        """Continuation lines of a construct inside list items or block quotes, without
        the container's prefix (what the compiler hands to its JavaScript parser).  ``lazy``: the
        prefixes of the containers a construct opened on their lazy line is read in (markdown's
        _lazy_containers), which markdown-it closed before it, inside the ones still open."""
        containers = [c.prefix for c in self.flow_stack[1:] if c.prefix is not None] + (lazy or [])
        if not containers or "\n" not in text:
            return text
        lines = text.split("\n")
        for index in range(1, len(lines)):
            end = prefix_end(lines[index], containers)
            lines[index] = lines[index][end or 0 :]
        return "\n".join(lines)

    def prose_kind(self) -> str:
        for container in reversed(self.containers):
            if container == "heading":
                return "heading"
            if container in ("td", "th", "excess_td"):
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
        block = ProseBlock(kind, start, end, jsx_ancestors=tuple(self.flow_names()))
        heading_text: list[str] = []
        self.text_expressions: list[tuple[int, str]] = []  # (index in heading_text, source) of `{…}` in it
        link_stack: list[tuple[Token, int, list[str]]] = []
        children = token.children or []
        # Inline containers: ("c", type, start) for emphasis/links, ("t", tag) for JSX.
        self.inline_stack: list[tuple] = []
        self.inline_children(children, mapping, block, heading_text, link_stack)
        if self.inline_stack:
            open_tags = [entry[1] for entry in self.inline_stack if entry[0] == "t"]
            if open_tags:
                tag = open_tags[-1]  # the innermost, as the compiler names it
                where = doc.source.position(tag.start)
                label = {"heading": "heading", "table_cell": "table cell"}.get(kind, "paragraph")
                self.problem(
                    self.construct_start(kind, start),
                    f"the JSX tag `<{tag.name}>` opened at {where.line + 1}:{where.column + 1} is not closed before the end "
                    f"of this {label}: a tag opened inside text must close in the same {label}",
                    _TREE,
                )
        if self.containers[-1:] != ["excess_td"]:  # a cell beyond the header's count is parsed, not shown
            doc.prose.append(block)
        if kind == "heading" and self.containers and self.containers[-1] == "heading":
            text = "".join(heading_text).strip()
            line = doc.source.position(start).line
            heading = Heading(heading_level, text, self.slugger.slug(text), start, end, line)
            untrimmed = "".join(heading_text).lstrip()
            if untrimmed != text and not self.text_expressions:
                # (with an expression in the heading its source may stand in the id too: not judged)
                heading.text_untrimmed = untrimmed
            line_end = self.file_text.find("\n", end)
            custom = _CUSTOM_ID.search(self.file_text, start, line_end if line_end >= 0 else len(self.file_text))
            if custom is not None:
                syntax = custom.lastgroup
                heading.custom_id = custom.group(syntax)
                heading.custom_id_syntax = syntax.replace("_", "-")
            expressions = [(index, body) for index, body in self.text_expressions if comment_text(body) is None]
            if expressions:
                # The heading's text as mdast's toString gives it (Docusaurus slugs that): the expressions'
                # source in their places.
                parts = list(heading_text)
                for index, body in reversed(expressions):
                    parts.insert(index, body)
                heading.text_with_expressions = "".join(parts).strip()
                heading.expression_sources = tuple(body for _, body in expressions)
            doc.headings.append(heading)

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
            elif ctype in _INLINE_OPEN and span is not None:
                # (markdown-it keeps a strong emphasis's open token on the second of its two markers)
                first = span[0] - 1 if ctype == "strong_open" and span[1] - span[0] == 1 and span[0] > 0 else span[0]
                self.inline_stack.append(("c", ctype, mapping(first)))
                if ctype == "link_open":
                    link_stack.append((child, mapping(span[0]), []))
            elif ctype in _INLINE_CLOSE:
                self.close_inline(_INLINE_CLOSE[ctype])
                if ctype == "link_close" and link_stack:
                    opener, link_start, parts = link_stack.pop()
                    end = mapping(span[1]) if span else link_start
                    link = Link(str(opener.attrGet("href") or ""), "".join(parts), link_start, end)
                    self.locate_destination(link)
                    doc.links.append(link)
            elif ctype == "image" and span is not None:
                alt = "".join(c.content for c in (child.children or []) if c.type in ("text", "code_inline"))
                link = Link(str(child.attrGet("src") or ""), alt, mapping(span[0]), mapping(span[1]), image=True)
                self.locate_destination(link)
                doc.links.append(link)
                self.image_alt(child.children or (), lambda offset, base=span[0] + 2: mapping(base + offset), link.start,
                               block.end)
            elif ctype == "mdx_jsx_inline":
                tag = child.meta["tag"].moved(mapping)
                self.tags.append((tag, False))
                if block.kind == "table_cell":
                    self.cell_tag_expressions(tag)
                # Lazy lines inside text are paragraph continuations: the compiler
                # only objects to them in block-level (flow) constructs.
                self.inline_tag(tag)
            elif ctype == "mdx_expression" and span is not None:
                body = child.content
                start, end = mapping(span[0]), mapping(span[1])
                # An offset in the expression's text, in the file: its lines in a block quote or list
                # item lose their container's prefix (`> `) in the inline content.
                place = lambda index, base=span[0] + 1, body=body: self.body_offset(mapping, base, body, index)  # noqa: E731
                if block.kind == "table_cell" and "|" in body:
                    # The table unescapes `\|` in its cells' text; an expression keeps the backslash
                    # (the compiler parses `{a \| b}` as written, and refuses it).
                    body = self.text[start + 1 : end - 1]
                    place = None
                expression = Expression(start, end, body, False, comment_text(body), self.containers[-1:] != ["excess_td"])
                self.text_expressions.append((len(heading_text), body))
                doc.expressions.append(expression)
                self.check_expression_node(expression, _TEXT, place)
            elif ctype == "mdx_error":
                offset = mapping(child.meta["error_offset"])
                start = mapping(span[0]) if span else offset
                if child.meta.get("at_end") and self.text[start + 1 : start + 2] in (" ", "\t") and (
                        block.kind != "table_cell" and (block.kind != "heading" or self.setext)
                        or _blank_other_than_space_after(self.text, start + 1)):
                    # `<` before a space is text; last in a paragraph or heading (before its line ending or
                    # the end of the file) the compiler meets the end of the text where a name must come.
                    # A table cell's text ends where its padding starts (GFM tables, which every framework
                    # runs): `| < |` ends after `<` too; so does an ATX heading's, before its trailing
                    # spaces, tabs and closing `#`s (`# a < ` fails, compiler probes h117), but not before
                    # another blank, which markdown-it strips too (`# a < \xa0` compiles: review h121).
                    continue
                if offset == block.end and block.kind != "table_cell" and (block.kind != "heading" or self.setext):
                    # The end of a paragraph's text: the compiler's text runs to the line ending, over
                    # the blanks markdown-it strips (spaces, tabs, a no-break space), also under a setext
                    # heading's underline; an ATX heading's and a cell's do not.
                    line_end = offset
                    while line_end < len(self.text) and self.text[line_end] not in "\r\n" and self.text[line_end].isspace():
                        line_end += 1
                    offset = line_end
                elif offset == block.end:
                    # An ATX heading's or a cell's text ends before its trailing spaces and tabs, not
                    # before other blanks markdown-it strips too: `<` then a no-break space, which
                    # JavaScript reads as a blank, fails after it (compiler probes h117).
                    line_end = offset
                    while line_end < len(self.text) and self.text[line_end] not in "\r\n" and self.text[line_end].isspace():
                        line_end += 1
                        if self.text[line_end - 1] not in " \t":
                            offset = line_end
                self.problem(offset, child.meta["message"], _TEXT, mapping(child.meta["error_start"]))

    def image_alt(self, children, mapping, image_start: int, text_end: int) -> None:
        """MDX syntax in an image's alt text (`![a <b>](…)`): the compiler parses it as text and
        refuses what it refuses anywhere: a tag left open at the alt text's end, a closing tag with
        no opening one, a tag across an emphasis, a strikethrough or a link in it (held-out h87).  Its
        offsets are the alt text's own (``mapping`` takes them to the file); nothing in it is
        rendered as JSX.  ``text_end``: where the text the image stands in ends."""
        saved = self.inline_stack
        self.inline_stack = [("c", "image_open", image_start)]
        alt_length = sum(len(child.content) for child in children)
        try:
            for child in children:
                span = child.meta.get("span") if child.meta else None
                ctype = child.type
                if ctype == "mdx_error" and child.meta:
                    # (`<` last in the alt text is followed by its `]` in the file: an error there too)
                    offset = mapping(child.meta["error_offset"])
                    if child.meta.get("to_end") and child.meta["error_offset"] >= alt_length:
                        # An expression never closed in the alt text: the compiler reads it on past the
                        # `](…)`, to the end of the paragraph (`![a {b](c)`), and fails there.
                        offset = text_end
                    self.problem(offset, child.meta["message"], _TEXT, mapping(child.meta["error_start"]))
                elif ctype == "mdx_expression" and span is not None:
                    problem = check_expression(child.content)
                    if problem is not None:
                        self.problem(mapping(span[0] + 1 + problem.index), problem.message, _TEXT)
                elif ctype == "mdx_jsx_inline" and child.meta:
                    self.inline_tag(child.meta["tag"].moved(mapping))
                elif ctype in _INLINE_OPEN and span is not None:
                    first = span[0] - 1 if ctype == "strong_open" and span[1] - span[0] == 1 and span[0] > 0 else span[0]
                    self.inline_stack.append(("c", ctype, mapping(first)))
                elif ctype in _INLINE_CLOSE:
                    self.close_inline(_INLINE_CLOSE[ctype])
                elif ctype == "image" and span is not None:
                    self.image_alt(child.children or (), lambda offset, base=span[0] + 2: mapping(base + offset), mapping(span[0]),
                                   text_end)
            self.close_inline("image_open")
        finally:
            self.inline_stack = saved

    def locate_destination(self, link: Link) -> None:
        """Where an inline link's destination stands in the file (reference links have none)."""
        source = self.text[link.start : link.end]
        match = _DESTINATION.search(source)
        if match:
            raw = match.group(1) or match.group(2) or ""
            # (as CommonMark reads it: `\)` is `)`, `&amp;` is `&`)
            link.raw_href = unescapeAll(raw) if "\\" in raw or "&" in raw else raw
            group = 1 if match.group(1) is not None else 2
            link.href_start = link.start + match.start(group)
            link.href_end = link.start + match.end(group)

    def construct_start(self, kind: str, start: int) -> int:
        """Where the compiler says a heading or table cell whose text starts at ``start`` begins:
        an ATX heading at its first `#`, a cell at the `|` before it (micromark's tokens)."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if kind == "heading":
            hash_at = text.rfind("#", line_start, start)
            # (markdown-it strips every Unicode space from a heading's text; micromark's heading
            # starts at its `#` whatever follows: `# \u00a0<br>`, held-out h99)
            if hash_at >= 0 and not text[hash_at + 1 : start].strip():
                while hash_at > line_start and text[hash_at - 1] == "#":
                    hash_at -= 1
                return hash_at
        elif kind == "table_cell":
            before = start
            # (markdown-it strips every Unicode space from a cell's text, micromark none: the cell
            # begins at its `|` either way; review h102)
            while before > line_start and text[before - 1].isspace():
                before -= 1
            if before > line_start and text[before - 1] == "|":
                return before - 1
        return start

    def close_inline(self, ctype: str) -> None:
        stack = self.inline_stack
        if not stack:
            return
        if stack[-1][0] == "t":
            tag = stack[-1][1]  # the innermost tag, opened inside the span (the compiler names it)
            opener = next((entry for entry in reversed(stack) if entry[0] == "c"), None)
            if opener is not None:
                where = self.doc.source.position(tag.start)
                kind = {"em_open": "emphasis", "strong_open": "strong emphasis", "link_open": "link", "s_open": "strikethrough",
                        "image_open": "image's alt text"}.get(opener[1], "span")
                self.problem(
                    opener[2],
                    f"the JSX tag `<{tag.name}>` opened at {where.line + 1}:{where.column + 1} is not closed before the end of this {kind}",
                    _TREE,
                )
            while stack and stack[-1][0] == "t":
                stack.pop()
        if stack and stack[-1][0] == "c":
            stack.pop()

    def cell_tag_expressions(self, tag: JsxTag) -> None:
        """A table cell's text has `\\|` as `|` (GFM) when its tags are read; the compiler hands an
        attribute's or a spread's expression to acorn as written, backslash and all (held-out h56:
        `<C b={a \\|\\| c} />` in a cell is refused, `b="a\\|c"` and `{`a \\| c`}` are not)."""
        for attr in tag.attributes:
            if attr.value_kind not in ("expression", "spread"):
                continue
            written = self.text[attr.value_start : attr.value_end]
            if "\\|" not in written or written == attr.value:
                continue
            problem = check_expression(written) if attr.value_kind == "expression" else check_spread(written)
            if problem is not None:
                message = f"the value of `{attr.name}`: {problem.message}" if attr.name else problem.message
                self.problem(attr.value_start + problem.index, message, _TEXT, attr.value_start - 1)

    def inline_tag(self, tag: JsxTag) -> None:
        stack = self.inline_stack
        if tag.kind == "open":
            stack.append(("t", tag))
        elif tag.kind == "close":
            if stack and stack[-1][0] == "t" and stack[-1][1].name == tag.name:
                if tag.misplaced is not None:
                    self.problem(tag.misplaced[0], tag.misplaced[1], _TREE)
                stack.pop()
                return
            open_tags = [entry for entry in stack if entry[0] == "t"]
            anywhere = any(container.open_tags for container in self.flow_stack)
            if tag.misplaced is not None and (open_tags or anywhere):
                self.problem(tag.misplaced[0], tag.misplaced[1], _TREE)
            if not open_tags:
                # With no element open anywhere the compiler stops at the slash; with one open
                # outside the paragraph (`<li>` on a line above) it names the whole tag.
                self.problem(
                    tag.start if anywhere else tag.start + 1,
                    f"the closing tag `</{tag.name}>` has no opening tag before it in this paragraph "
                    "(a tag opened outside the text cannot be closed inside it)",
                    _TREE,
                )
            else:
                opened = open_tags[-1][1]
                where = self.doc.source.position(opened.start)
                span = next((entry for entry in reversed(stack) if entry[0] == "c"), None) if opened.name == tag.name else None
                if span is not None:
                    # `<A>*x</A>*`: the tag is the open one, but a span opened after it is still open
                    # (the compiler: "Expected the closing tag `</A>` either after the end of `emphasis`…")
                    kind = {"em_open": "emphasis", "strong_open": "strong emphasis", "link_open": "link",
                            "s_open": "strikethrough"}.get(span[1], "span")
                    opened_at = self.doc.source.position(span[2])
                    message = (f"the closing tag `</{tag.name}>` stands inside the {kind} opened at {opened_at.line + 1}:"
                               f"{opened_at.column + 1}, after its `<{tag.name}>` (at {where.line + 1}:{where.column + 1}): "
                               f"close the {kind} before the tag, or open the tag inside it")
                else:
                    message = (f"unexpected closing tag `</{tag.name}>`: the open tag here is `<{opened.name}>` "
                               f"(opened at {where.line + 1}:{where.column + 1})")
                self.problem(tag.start, message, _TREE)

    def check_container_nesting(self, containers: list[tuple[int, int, str]]) -> None:
        """JSX elements and container directives (`:::note` … `:::`) nest in one another, as the
        compiler reads them: an element opened in a container closes in it, and one opened outside
        closes outside.  (Elements and containers at the first column of a line only.)"""
        text = self.text
        events: list[tuple[int, int, object]] = []
        for start, end, name in containers:
            events.append((start, 0, ("open", name, start)))
            if end >= 0:
                events.append((end, 0, ("close", name, start)))
        for tag, flow in self.tags:
            # (the tags of lines of block-level JSX that start at the first column: all of a line's
            # tags, `<Tabs><TabItem>` as well as `<Foo></Foo>`)
            line_start = text.rfind("\n", 0, tag.start) + 1
            if flow and tag.kind in ("open", "close") and text[line_start : line_start + 1] in ("<", "{"):
                events.append((tag.start, 1, tag))
        if not any(isinstance(event[2], JsxTag) for event in events):
            return
        before = len(self.doc.syntax_problems)
        self._container_nesting(events)
        if len(self.doc.syntax_problems) > before:
            # (met when the container ends, before the end of the file where an element left open
            # anywhere is reported: first among the problems of the tree)
            problem = self.doc.syntax_problems.pop()
            first_tree = next((index for index, p in enumerate(self.doc.syntax_problems) if p.phase == _TREE),
                              len(self.doc.syntax_problems))
            self.doc.syntax_problems.insert(first_tree, problem)

    def _container_nesting(self, events: list) -> None:
        frames: list[list[JsxTag]] = [[]]  # the elements open in each container, the page's first
        starts: list[tuple[str, int]] = []
        for _, _, event in sorted(events, key=lambda item: (item[0], item[1])):
            if isinstance(event, JsxTag):
                if event.kind == "open":
                    frames[-1].append(event)
                elif frames[-1] and frames[-1][-1].name == event.name:
                    frames[-1].pop()
                elif not frames[-1] and len(frames) > 1 and any(frame and frame[-1].name == event.name for frame in frames[:-1]):
                    self.problem(event.start, f"the closing tag `</{event.name}>` closes an element opened outside this "
                                              f"`:::{starts[-1][0]}` container: it must close after the container's `:::`",
                                 _TREE)
                    return
            elif event[0] == "open":
                frames.append([])
                starts.append((event[1], event[2]))
            elif len(frames) > 1:
                left = frames.pop()
                name, start = starts.pop()
                if left:
                    where = self.doc.source.position(left[-1].start)
                    self.problem(start, f"the JSX tag `<{left[-1].name}>` opened at {where.line + 1}:{where.column + 1} "
                                        f"is not closed before the end of this `:::{name}` container", _TREE)
                    return

    def body_offset(self, mapping, base: int, body: str, index: int) -> int:
        """The file offset of ``body[index]``, the body standing at ``base`` in the inline content
        (``mapping`` takes that to the file): just after a line ending with nothing but blanks after
        it, the line's start, before a container's prefix (where the compiler places the end of
        `{b +⏎> }`); a token there is where it stands, after the prefix (`{⏎> return}`, held-out h78)."""
        if index and body[index - 1 : index] == "\n" and not body[index:].strip():
            at = mapping(base + index)
            return self.text.rfind("\n", 0, at) + 1
        return mapping(base + index)

    def check_expression_node(self, expression: Expression, phase: int, place=None) -> None:
        """``place``: where an offset in the expression's body is in the file (by default the body
        is the file's text after the `{`)."""
        problem = check_expression(expression.body)
        if problem is not None:
            self.problem(place(problem.index) if place is not None else expression.start + 1 + problem.index,
                         problem.message, phase)
        if phase == _FLOW:
            self.lazy_lines(expression.start, expression.end, phase, "`{…}` expression")

    def flow_names(self) -> list[str]:
        return [tag.name for container in self.flow_stack for tag in container.open_tags]

    def add_runs(self, block: ProseBlock, content: str, file_start: int) -> None:
        if "://" not in content and "www." not in content:
            block.runs.append(TextRun(content, file_start))  # the common case: no bare URL
            return
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
        line_starts = source.line_starts
        if body.endswith("\n") and source.text.startswith(body, line_starts[first_line + 1]):
            # The body stands in the file as it is (no container prefix, no tab
            # expansion): each of its lines starts where the file's line does.
            offsets = line_starts[first_line + 1 : first_line + 1 + len(body_lines)]
        else:
            offsets = self.fence_line_offsets(first_line, body_lines)
        closing_line = first_line + 1 + (len(body_lines) if body else 0)  # (an empty body has no line)
        # (the closing line without its block quotes' markers: `> ```` closes a fence in a quote)
        closed = closing_line <= last_line and closing_line < source.line_count and source.line_text(closing_line).lstrip(
            " \t>").startswith(token.markup)
        end = source.line_end(closing_line) if closed else source.line_end(min(last_line, source.line_count - 1))
        info = token.info.strip()
        lang, _, meta = info.partition(" ")
        lang_start = lang_end = -1
        verbatim = False
        if lang and marker_col >= 0:
            column = marker_col + len(token.markup)
            while column < len(opening_text) and opening_text[column] in " \t":
                column += 1
            line_start = source.line_starts[first_line]
            verbatim = opening_text.startswith(lang, column)
            if verbatim:
                word_end = column + len(lang)
            else:
                word_end = column
                while word_end < len(opening_text) and opening_text[word_end] not in " \t":
                    word_end += 1
            lang_start, lang_end = line_start + column, line_start + word_end
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
                jsx_ancestors=tuple(self.flow_names()),
                lang_start=lang_start,
                lang_end=lang_end,
                lang_verbatim=verbatim,
            )
        )

    def fence_line_offsets(self, first_line: int, body_lines: list[str]) -> list[int]:
        """Where each body line of a fence opened on ``first_line`` starts in the file,
        past a container's prefix (`>`, list indentation)."""
        source = self.doc.source
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
        return offsets

    def esm(self, token: Token) -> None:
        start, end = token.meta["start"], token.meta["end"]
        text = self.text[start:end]
        earlier = self.doc.esm[:]
        block = EsmBlock(start, end, text, parse_imports(text, start), parse_exports(text, start))
        self.doc.esm.append(block)
        # micromark-extension-mdxjs-esm parses a block after `var <names>` of the names earlier
        # blocks imported: a block may export them, and may not declare them again.
        # Only the names this block mentions matter (a page of hundreds of import blocks stays linear).
        words = set(_JS_WORD.findall(text)) if self.esm_imported else set()
        imported = tuple(name for name in self.esm_imported if name in words)
        self.esm_imported.update(dict.fromkeys(name.local for imp in block.imports for name in imp.names))
        problem = check_module(text, imported)
        if problem is not None and problem.undefined_export is not None:
            self.undefined_exports.append((start + problem.index, problem.message, problem.undefined_export, len(earlier)))
        elif problem is not None:
            at, message = start + problem.index, problem.message
            # (only where the parser met a character it could not read at the end: a quote or backtick in
            # JSX text or a regular expression is no open template or comment)
            opened = open_at_end(text) if problem.index >= len(text.rstrip()) - 1 and "ILLEGAL" in problem.message else None
            if opened is not None and opened[1] and not opened[1].startswith("a string"):  # (a quote may be JSX text)
                # A template literal or comment open to the end of the code: acorn reports where it
                # opens (a template: at its last text chunk).
                at = start + opened[0]
                message = f"this import/export does not parse as JavaScript ({opened[1].replace(' inside `{…}`', '')})"
            elif _WANTS_MORE.search(message) and not self.text[end:].strip() and problem.index >= code_end(text):
                # The code ends with the file and the parser wanted a token after its last one (the end
                # of the input, a declaration's initializer, `from`): acorn reports the end of the file.
                at = len(self.text)
            self.problem(at, message, _FLOW)
            return
        # The layout: an `export default …` statement or a default re-exported from a module
        # (`export {a as default} from 'x'`); a local `export {a as default}` is none.
        def layout(export) -> bool:
            return export.name == "default" and (export.source is not None or self.text.startswith("export", export.start))

        layouts = [export for other in earlier for export in other.exports if layout(export)]
        mine = next((export for export in block.exports if layout(export)), None)
        if layouts and mine is not None:
            where = self.doc.source.position(layouts[0].start)
            statement = self.text.rfind("export", start, mine.start + 1)  # the compiler points at the statement
            self.problem(statement if statement >= 0 else mine.start,
                         "a second default export: MDX takes the default export for the page's layout, and a page "
                         f"has one (the first is at {where.line + 1}:{where.column + 1})", _LAYOUT)

    def flow_items(self, token: Token) -> None:
        container = self.flow_stack[-1]
        for item in token.meta["items"]:
            if isinstance(item, JsxTag):
                self.tags.append((item, True))
                self.lazy_lines(item.start, item.end, _FLOW, "JSX tag")
                if item.kind == "open":
                    container.open_tags.append(item)
                elif item.kind == "close":
                    if item.misplaced is not None and any(outer.open_tags for outer in self.flow_stack):
                        self.problem(item.misplaced[0], item.misplaced[1], _TREE)  # (an orphan: at its slash, below)
                    if container.open_tags and container.open_tags[-1].name == item.name:
                        container.open_tags.pop()
                    elif not container.open_tags:
                        # With no element open anywhere the compiler stops at the slash; with one open
                        # outside this list item or block quote, at the tag.
                        anywhere = any(outer.open_tags for outer in self.flow_stack)
                        self.problem(
                            item.start if anywhere else item.start + 1,
                            f"the closing tag `</{item.name}>` has no opening tag before it at this level "
                            "(inside the same list item or block quote)",
                            _TREE,
                        )
                    else:
                        opened = container.open_tags[-1]
                        where = self.doc.source.position(opened.start)
                        self.problem(
                            item.start,
                            f"unexpected closing tag `</{item.name}>`: the open tag here is `<{opened.name}>` "
                            f"(opened at {where.line + 1}:{where.column + 1})",
                            _TREE,
                        )
            else:
                body = self.strip_prefixes(self.text[item[0] + 1 : item[1] - 1], token.meta.get("lazy"))
                expression = Expression(item[0], item[1], body, True, comment_text(body))
                self.doc.expressions.append(expression)
                self.check_expression_node(expression, _FLOW)

    def finish_elements(self) -> None:
        """Pair opening and closing tags into elements, in document order."""
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
                for index in range(len(stack) - 1, -1, -1):
                    if stack[index].name == tag.name:
                        stack[index].closing = tag
                        del stack[index:]
                        break


_JS_WORD = re.compile(r"[\w$]+")
# ``## Title {#id}`` or ``## Title {/*id*/}`` at the end of a heading's line.
# ... or ``## Title [#id]`` (Nextra, fumadocs).
# ... or Docusaurus 3's comments `{/* #id */}` and `<!-- #id -->` (the first word after a `#`).
_CUSTOM_ID = re.compile(
    r"\{#(?P<hash>[\w.:-]+)\}[ \t#]*$"
    r"|\{/\*\s*#(?P<jsx_comment_hash>[^\s*]+)[^*]*\*/\}[ \t#]*$"
    r"|\{/\*\s*(?P<jsx_comment>[\w.:-]+)\s*\*/\}[ \t#]*$"
    r"|<!--\s*#(?P<html_comment_hash>[^\s-]+)(?:(?!-->).)*-->[ \t#]*$"
    r"|\[#(?P<bracket>[\w.:-]+)\][ \t#]*$", re.M)


def parse_document(path: str, source: SourceText, syntax: Syntax = PLAIN) -> Document:
    doc = Document(path=path, source=source)
    text = source.text
    doc.frontmatter = find_frontmatter(text, source.line_starts, after_blank_lines=syntax.frontmatter_after_blank_lines,
                                       toml=syntax.toml_frontmatter)
    # (Docusaurus unwraps no mdx-code-block in a CRLF file: its pattern wants `\n` after the fence)
    prepared = prepare(text, syntax, crlf="\r\n" in source.original) if syntax is not PLAIN else text
    if "\0" in prepared:
        # markdown-it (as micromark) reads NUL as U+FFFD: the model's text has it too (one character
        # for one: offsets unchanged), or the tokens' content was not found in it after a NUL
        # (held-out h37: the runs of its block were lost, and positions in list items shifted).
        prepared = prepared.replace("\0", "\ufffd")
    parse_text = prepared
    if doc.frontmatter is not None and doc.frontmatter.closed:
        # Blank the frontmatter (newlines kept) so offsets stay those of the file.  Frontmatter
        # never closed is none to the site (remark-frontmatter, Astro): the compiler reads
        # its `---` as a thematic break and the rest as MDX.
        end = source.line_end(doc.frontmatter.end_line)
        blanked = re.sub(r"[^\n]", " ", text[:end])
        parse_text = blanked + prepared[end:]
    # The model is built from what the site's compiler sees (same length, same lines);
    # rules read the file as written.
    source.text = prepared
    previous_version = set_mdx_version(syntax.mdx_version)
    try:
        env: dict = {}
        # A first line `---` that no `---` line closes: the compiler's frontmatter attempt runs to the
        # end of the file, and while it runs micromark opens no block quote, list item or footnote
        # definition (the construct is "concrete"); when it fails, the whole page is read without them.
        flat = doc.frontmatter is not None and not doc.frontmatter.closed and doc.frontmatter.start_line == 0
        tokens = _parser(containers=not flat).parse(parse_text, env)
        doc.tokens = tokens
        builder = _Builder(doc, parse_text)
        builder.file_text = text  # the file as written (custom heading ids are blanked for the parse)
        resumed = env.get("mdx_flow_resume", {})
        for offset, (message, start, within) in env.get("mdx_flow_errors", {}).items():
            if offset in resumed:
                builder.failed_expressions[offset] = (message, start, resumed[offset], within)
            elif message.startswith(_LAZY_CONSTRUCT):
                builder.lazy_constructs[offset] = (message, start, within)
            else:
                builder.problem(offset, message, _FLOW, start, within)
        builder.build(tokens)
        if syntax.directives and syntax.directive_blocks and ":::" in prepared:
            builder.check_container_nesting(container_spans(text))  # (as written: `:::` lines that end a fence are kept)
    finally:
        source.text = text
        set_mdx_version(previous_version)
    too_deep = env.get("mdx_too_deep")
    if too_deep:
        start, end = too_deep[0]
        more = f" (here and on {len(too_deep) - 1:,} more lines)" if len(too_deep) > 1 else ""
        doc.unread.append(
            (start, end, f"block quotes and lists are nested {MAX_BLOCK_DEPTH} levels deep here{more} (a block quote counts "
             f"one level, a list two: the list and its item); mdxlint reads {MAX_BLOCK_DEPTH - 1} levels and reads what "
             f"is nested deeper, from here, as plain paragraphs")
        )
    _dedupe(doc)
    return doc


def parse_text(text: str, path: str = "<stdin>.mdx") -> Document:
    return parse_document(path, SourceText(text))



# The flow scanner's message for a construct open at a line without its container's prefix.
_LAZY_CONSTRUCT = "lazy line in a container: this construct is still open"
# A parser's error that asks for more code (not a character or token it could not read).
_WANTS_MORE = re.compile(r"\((?:Unexpected end of input|Missing initializer in \w+ declaration|Unexpected token)\)$")


def _began(problem: SyntaxProblem) -> int:
    """Where the construct the compiler stopped in began (see SyntaxProblem.within)."""
    began = problem.start if problem.start >= 0 else problem.offset
    return min(began, problem.within) if problem.within >= 0 else began


def _dedupe(doc: Document) -> None:
    """One problem per offset (the earliest phase), sorted as the compiler meets them."""
    best: dict[int, SyntaxProblem] = {}
    for problem in doc.syntax_problems:
        current = best.get(problem.offset)
        if current is None or problem.phase < current.phase:
            best[problem.offset] = problem
    kept = [p for p in doc.syntax_problems if best[p.offset] is p]
    # Tokenizing phases meet problems in document order; tag pairing in the order the
    # builder walked the tree (a mismatch is met before the end-of-file check).
    # The tokenizing phases stop inside the first construct they start reading, which
    # can fail far from where it began (an unclosed quote): order by construct start.
    doc.syntax_problems = sorted(
        kept, key=lambda p: (p.phase, (_began(p), p.offset) if p.phase < _TREE else (0, 0))
    )


def _blank_other_than_space_after(text: str, index: int) -> bool:
    """Whether the blanks from ``index`` to the line's end hold one other than a space or a tab
    (a no-break space, U+3000): text to the compiler, which trims spaces and tabs only."""
    while index < len(text) and text[index] not in "\r\n" and text[index].isspace():
        if text[index] not in " \t":
            return True
        index += 1
    return False
