"""markdown-it-py configured to read MDX, with exact offsets on inline tokens.

MDX differs from CommonMark: no indented code, no HTML (blocks, inline, comments), no
autolinks; ESM (``import``/``export``) at the top level; JSX tags as blocks ("flow")
and inside text; ``{…}`` JavaScript expressions.  The rules added here emit tokens of
type ``mdx_esm``, ``mdx_jsx_flow``, ``mdx_flow_expression`` (block) and
``mdx_jsx_inline``, ``mdx_expression``, ``mdx_error`` (inline).

Inline tokens get ``token.meta["span"] = (start, end)``: offsets into the inline
token's ``content``; :mod:`mdxlint.document` maps them to file offsets.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from mdit_py_plugins.footnote import footnote_plugin

from .jsx import ScanError, scan_expression, scan_tag

_ESM_START = re.compile(r"(?:import|export)(?=[\s{*])")


def _has_pending(state: StateInline) -> bool:
    buffer = getattr(state, "_pending_buffer", None)
    if buffer is not None:
        return bool(state._pending or buffer)  # markdown-it-py >= 4.2 buffers pending text
    return bool(state.pending)


class PositionedInline(ParserInline):
    """The inline parser, recording where in the source every token came from."""

    def parse(self, src, md, env, tokens):  # type: ignore[override]
        state = StateInline(src, md, env, tokens)
        state._mdx_pending_start = None  # type: ignore[attr-defined]
        state._mdx_pending_end = 0  # type: ignore[attr-defined]
        original_push_pending = state.pushPending

        def push_pending():
            token = original_push_pending()
            start = state._mdx_pending_start  # type: ignore[attr-defined]
            if start is not None:
                token.meta = {"span": (start, state._mdx_pending_end)}  # type: ignore[attr-defined]
            state._mdx_pending_start = None  # type: ignore[attr-defined]
            return token

        state.pushPending = push_pending  # type: ignore[method-assign]
        self.tokenize(state)
        for rule in self.ruler2.getRules(""):
            rule(state)
        return state.tokens

    def tokenize(self, state: StateInline) -> None:  # same loop as upstream, plus spans
        rules = self.ruler.getRules("")
        end = state.posMax
        max_nesting = state.md.options["maxNesting"]
        tokens = state.tokens
        append_pending = getattr(state, "append_pending", None)
        while state.pos < end:
            pos = state.pos
            count = len(tokens)
            ok = False
            if state.level < max_nesting:
                for rule in rules:
                    ok = rule(state, False)
                    if ok:
                        if state.pos <= pos:
                            raise RuntimeError("inline rule didn't increment state.pos")
                        break
            if not ok:
                if append_pending is not None:
                    append_pending(state.src[state.pos])
                else:
                    state.pending += state.src[state.pos]
                state.pos += 1
            for token in tokens[count:]:
                if token.meta is None or "span" not in token.meta:
                    if token.meta is None:
                        token.meta = {}
                    token.meta["span"] = (pos, state.pos)
            if _has_pending(state):
                if state._mdx_pending_start is None:  # type: ignore[attr-defined]
                    state._mdx_pending_start = pos  # type: ignore[attr-defined]
                state._mdx_pending_end = state.pos  # type: ignore[attr-defined]
            if ok and state.pos >= end:
                break
        if _has_pending(state):
            state.pushPending()


# -- inline rules -------------------------------------------------------------


def _push_error(state: StateInline, error: ScanError, consumed: int) -> None:
    token = state.push("mdx_error", "", 0)
    token.content = state.src[state.pos : state.pos + consumed]
    token.meta = {"error_offset": error.offset, "message": error.message, "span": (state.pos, state.pos + consumed)}
    state.pos += consumed


def mdx_jsx_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "<":
        return False
    if pos + 1 < state.posMax and src[pos + 1] in " \t":
        return False  # `a < b`: the compiler reads `<` before whitespace as text
    result = scan_tag(src, pos, state.posMax)
    if isinstance(result, ScanError):
        if silent:
            return False
        _push_error(state, result, 1)
        return True
    if not silent:
        token = state.push("mdx_jsx_inline", "", 0)
        token.content = src[pos : result.end]
        token.meta = {"tag": result, "span": (pos, result.end)}
    state.pos = result.end
    return True


def mdx_expression_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "{":
        return False
    end = scan_expression(src, pos, state.posMax)
    if isinstance(end, ScanError):
        if silent:
            return False
        _push_error(state, end, 1)
        return True
    if not silent:
        token = state.push("mdx_expression", "", 0)
        token.content = src[pos + 1 : end - 1]
        token.meta = {"span": (pos, end)}
    state.pos = end
    return True


# -- block rules --------------------------------------------------------------


def _line_of(state: StateBlock, offset: int, start_line: int, end_line: int) -> int:
    line = start_line
    while line < end_line and state.eMarks[line] < offset:
        line += 1
    return line


def _scan_flow_line(state: StateBlock, start_line: int, end_line: int, first: str):
    """Scan tags/expressions from the start of a line until the line ends.

    Returns (items, last_line) where items are JsxTag objects and (start, end) tuples
    for expressions, or None when text follows them (then it is not a flow
    construct).
    """
    src = state.src
    pos = state.bMarks[start_line] + state.tShift[start_line]
    limit = state.eMarks[end_line - 1] if end_line > start_line else len(src)
    items = []
    line = start_line
    while True:
        while pos < limit and src[pos] in " \t":
            pos += 1
        if pos >= limit or src[pos] == "\n":
            break
        ch = src[pos]
        if ch == "<":
            tag = scan_tag(src, pos, limit)
            if isinstance(tag, ScanError):
                return None
            items.append(tag)
            pos = tag.end
        elif ch == "{":
            end = scan_expression(src, pos, limit)
            if isinstance(end, ScanError):
                return None
            items.append((pos, end))
            pos = end
        else:
            return None
    if not items or (first == "<" and not hasattr(items[0], "kind")):
        return None
    if first == "{" and any(hasattr(item, "kind") for item in items):
        return None
    line = _line_of(state, pos, start_line, end_line)
    return items, line


def _make_flow_rule(first: str, token_type: str):
    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        pos = state.bMarks[start_line] + state.tShift[start_line]
        if pos >= state.eMarks[start_line] or state.src[pos] != first:
            return False
        scanned = _scan_flow_line(state, start_line, end_line, first)
        if scanned is None:
            return False
        items, last_line = scanned
        if silent:
            return True
        token = state.push(token_type, "", 0)
        token.map = [start_line, last_line + 1]
        token.content = state.src[pos : state.eMarks[last_line]]
        token.meta = {"items": items, "start": pos, "end": state.eMarks[last_line]}
        state.line = last_line + 1
        return True

    return rule


def mdx_esm(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    # parentType is unreliable (lheading leaves it as "paragraph"); level 0 means top level.
    if state.level != 0 or state.tShift[start_line] != 0 or state.blkIndent != 0:
        return False
    pos = state.bMarks[start_line]
    if not _ESM_START.match(state.src, pos, state.eMarks[start_line]):
        return False
    if silent:
        return True
    line = start_line + 1
    while line < end_line and not state.isEmpty(line):
        line += 1
    token = state.push("mdx_esm", "", 0)
    token.map = [start_line, line]
    token.content = state.src[pos : state.eMarks[line - 1]]
    token.meta = {"start": pos, "end": state.eMarks[line - 1]}
    state.line = line
    return True


def create_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.inline = PositionedInline()
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    # MDX has no indented code, no HTML and no autolinks.
    md.disable(["code", "html_block", "html_inline", "autolink"])
    # Keep every text token separate so that each keeps its own span.
    md.disable(["text_join", "fragments_join"])
    md.block.ruler.before(
        "paragraph", "mdx_esm", mdx_esm, {"alt": []}
    )
    md.block.ruler.before(
        "paragraph", "mdx_jsx_flow", _make_flow_rule("<", "mdx_jsx_flow"), {"alt": ["paragraph", "blockquote", "list"]}
    )
    md.block.ruler.before(
        "paragraph", "mdx_flow_expression", _make_flow_rule("{", "mdx_flow_expression"), {"alt": ["paragraph", "blockquote", "list"]}
    )
    md.inline.ruler.before("autolink", "mdx_jsx_inline", mdx_jsx_inline)
    md.inline.ruler.before("autolink", "mdx_expression", mdx_expression_inline)
    return md
