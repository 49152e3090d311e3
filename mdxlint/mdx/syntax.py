"""What a site's MDX pipeline adds to MDX before the compiler sees it.

Docusaurus turns HTML comments into MDX comments (``markdown.mdx1Compat.comments``) and
unwraps ```` ```mdx-code-block ```` fences (their content is MDX, not code);
remark-directive (Docusaurus admonitions, Starlight asides) reads ``{…}`` after a
container directive's name as attributes, not as an expression. The parser applies these
by rewriting the text it parses to what the compiler would see, character for character
the same length, so every offset stays that of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Syntax:
    html_comments: bool = False  # `<!-- … -->` is a comment (Docusaurus), not a JSX error
    directives: bool = False  # `:::name[label]{attrs}` lines are container directives (their `{attrs}` no expression)
    # The containers are remark-directive's, read while parsing: a closing `:::` ends a fence left
    # open inside (False: read from paragraphs afterwards, as Rspress does: a `:::` in a fence is code).
    directive_blocks: bool = True
    hash_heading_ids: bool = False  # `## Title {#id}` sets the heading's id (Docusaurus)
    mdx_version: int = 3  # 2 refuses `await` in expressions and top-level ESM
    math: bool = False  # remark-math: `$…$` and `$$…$$` hold TeX, not MDX
    mdx_code_blocks: bool = False  # Docusaurus unwraps ```mdx-code-block fences: their text is MDX
    frontmatter_after_blank_lines: bool = False  # Astro finds frontmatter after blank lines (gray-matter does not)
    toml_frontmatter: bool = False  # Astro (5.2+) reads `+++` … `+++` as TOML frontmatter


PLAIN = Syntax()

_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# A directive's attributes as micromark-extension-directive reads them: `#id` and `.class`
# shortcuts, names with an optional `=` value (quoted, or unquoted with no space, quote, `<`,
# `=`, `>`, backtick or `}`).  Braces that do not read so are no attributes, and MDX reads an
# expression there.
_SHORTCUT = r"""[#.][^\s"'<=>`}#.]+"""
_ATTRIBUTE = rf"""(?:(?:{_SHORTCUT})+|[A-Za-z:_][\w.:-]*(?:[ \t]*=[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'<=>`{{}}]+))?)"""
_ATTRIBUTES = rf"\{{[ \t]*(?:{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*)?[ \t]*\}}"
# A container directive's opening line (`:::name`, optional `[label]`, optional `{attrs}`, nothing
# after them), in block quotes too; a leaf directive's line (`::name…`); a text directive (`:name…`,
# not after another colon) anywhere in text.
_DIRECTIVE = re.compile(
    rf"^((?:[ \t]*>)*[ \t]*:{{3,}}[A-Za-z][\w-]*(?:\[[^\]\n]*\])?)({_ATTRIBUTES})(?=[ \t]*\r?$)", re.M)
_LEAF_DIRECTIVE = re.compile(
    rf"^((?:[ \t]*>)*[ \t]*::[A-Za-z][\w-]*(?:\[[^\]\n]*\])?)({_ATTRIBUTES})(?=[ \t]*\r?$)", re.M)
_TEXT_DIRECTIVE = re.compile(rf"((?<![:\\]):[A-Za-z][\w-]*(?:\[[^\]\n]*\])?)({_ATTRIBUTES})")


def _comment(match: re.Match) -> str:
    # (a block quote's `>` that starts a line inside the comment is kept: the expression the comment
    # becomes goes on in the quote, where a line without it would be lazy)
    inner = _BLANKED_COMMENT_TEXT.sub(lambda m: m.group(1) or " ", match.group(1))
    return "{/* " + inner + "*/}"  # `<!--` and `{/* `, `-->` and `*/}`: each line keeps its length


# Tags and expressions, nothing else, from a line's start: a comment after them is inside MDX's
# block-level JSX, which reads `<!` as a broken tag (the comment plugin never sees it).
_FLOW_JSX_PREFIX = re.compile(r"[ \t]*(?:(?:<(?!!)[^<>{}\n]*>|\{[^{}\n]*\})[ \t]*)+")


def after_flow_jsx(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    prefix = _FLOW_JSX_PREFIX.match(text, line_start)
    return prefix is not None and prefix.end() == start


_BLANKED_COMMENT_TEXT = re.compile(r"((?<=\n)(?:[ \t]*>)+)|[^\n]")


def _attributes(match: re.Match) -> str:
    return match.group(1) + " " * len(match.group(2))


# `{#id}` at the end of an ATX heading line (Docusaurus escapes it before MDX parses).
# (Docusaurus's escapeMarkdownHeadingIds reads headings that start the line: an indented one keeps its `{#id}`)
_HASH_ID = re.compile(r"^(#{1,6}[ \t][^\n]*?)(\{#[\w.:-]+\})([ \t]*)$", re.M)


def _blank_id(match: re.Match) -> str:
    return match.group(1) + " " * len(match.group(2)) + match.group(3)


# Docusaurus's escapeMarkdownHeadingIds: on a line that starts with one to six `#` (and no
# seventh), the first `{#` is escaped, whatever follows it.
_HEADING_LINE = re.compile(r"^#{1,6}(?!#)[^\n]*", re.M)


def _escape_heading_id(match: re.Match) -> str:
    line = match.group(0)
    index = line.find("{#")
    if index < 0:
        return line
    trailing = _HASH_ID.fullmatch(line)
    if trailing is not None and trailing.start(2) == index:
        return _blank_id(trailing)  # the heading's id: no text of the heading
    return line[:index] + " " + line[index + 1 :]  # an escaped `{`: the rest is text


# Docusaurus's preprocessor (unwrapMdxCodeBlocks): a fence of exactly three or four backticks
# with the info `mdx-code-block`, up to the first line of as many backticks alone.
# Docusaurus's unwrapMdxCodeBlocks, as its regular expressions read: the fences at the first
# column, `\n` after `mdx-code-block` and before the closing fence (a CRLF file keeps its block).
_MDX_CODE_BLOCK = re.compile(r"(?:^|(?<=\n))(```|````)( *)mdx-code-block\n(?P<children>.*?)\n\1(?=\r?\n|$)", re.S)


def _unwrap(match: re.Match) -> str:
    opening = match.group(0)[: match.start("children") - match.start(0)]
    closing = match.group(0)[match.end("children") - match.start(0) :]
    return _NOT_NEWLINE.sub(" ", opening) + match.group("children") + _NOT_NEWLINE.sub(" ", closing)


_NOT_NEWLINE = re.compile(r"[^\r\n]")
_TEX_SYNTAX = re.compile(r"[{}<>]")


# remark-math (micromark-extension-math): display math is a `$$` line (two or more dollars,
# nothing with a dollar after them) up to a line of at least as many dollars alone, or to the
# end of its block quote or the document; inline math is a run of dollars up to the next run of
# exactly as many in the same paragraph (`$x$`, `$$ x $$` on one line, `$ x $` with spaces, and
# `$5 and $10`: remark-math reads that as math too).  Code spans, tags and expressions that
# start first are read first; fenced code holds no math.
_QUOTE_PREFIX = re.compile(r"(?:[ \t]*>)*")
_MATH_OPEN = re.compile(r"(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)*[ \t]*(\${2,})[^$\n]*$")  # (also on a list item's first line)
_FENCE_LINE = re.compile(r"(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})")
_DOLLARS = re.compile(r"\$+")
_BACKTICKS = re.compile(r"`+")


def _blank_math(text: str) -> str:
    """``text`` with the TeX syntax that is also MDX syntax (``{ } < >``) blanked in math."""
    lines = text.split("\n")
    out = list(lines)
    fence: tuple[str, int] | None = None
    # (dollars, block-quote depth, content indent of the list item it opens on, else -1) of the open display math
    math: tuple[int, int, int] | None = None
    paragraph: list[int] = []  # the current run of text lines

    def flush() -> None:
        if paragraph:
            first, last = paragraph[0], paragraph[-1]
            out[first : last + 1] = _blank_inline_math("\n".join(out[first : last + 1])).split("\n")
            paragraph.clear()

    start = 0
    if lines and lines[0].rstrip() == "---":  # frontmatter: no math, and no pairs across it
        start = next((n + 1 for n in range(1, len(lines)) if lines[n].rstrip() == "---"), 0)
    for number, line in enumerate(lines):
        if number < start:
            continue
        prefix = _QUOTE_PREFIX.match(line).group(0)  # type: ignore[union-attr]
        rest = line[len(prefix) :]
        stripped = rest.strip()
        if math is not None:
            if prefix.count(">") < math[1] and stripped:
                math = None  # its block quote ended, and the math with it
            elif math[2] >= 0 and stripped and len(rest) - len(rest.lstrip(" ")) < math[2]:
                math = None  # a line without the list item's indent: the item ended, and the math with it
            else:
                out[number] = prefix + _TEX_SYNTAX.sub(" ", rest)
                if _closes(stripped, "$", math[0]):
                    math = None
                continue
        if fence is not None:
            if _closes(stripped, fence[0], fence[1]):
                fence = None
            continue
        marker = _fence_opening(line, _FENCE_LINE)
        if marker is not None:
            flush()
            fence = (marker.group(1)[0], len(marker.group(1)))
            continue
        opening = _MATH_OPEN.match(rest)
        if opening is not None:
            flush()
            on_item = opening.start(1) > 0 and bool(re.match(r"[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]", rest))
            math = (len(opening.group(1)), prefix.count(">"), opening.start(1) if on_item else -1)
            out[number] = prefix + _TEX_SYNTAX.sub(" ", rest)
            if on_item or prefix:
                # In a list item or block quote the math is a block of its own, never a paragraph a
                # lazy line could continue: its `$$` blanked, the line opens no paragraph there.
                out[number] = prefix + rest[: opening.start(1)] + " " * len(opening.group(1)) + out[number][len(prefix) + opening.end(1):]
            continue
        if not stripped:
            flush()
        elif _BLOCK_START.match(rest):
            # A list item, heading, table row or break starts a block of its own: inline math
            # pairs its dollars inside one paragraph, heading or table cell only.
            flush()
            if _ONE_LINE_BLOCK.match(rest):
                out[number] = prefix + _blank_line_math(rest)
            else:
                paragraph.append(number)
        else:
            paragraph.append(number)
    flush()
    return "\n".join(out)


# Lines that start a block: a list marker, an ATX heading, a table row, a thematic break or a
# setext underline; of these, headings, rows and breaks end on their line.
_BLOCK_START = re.compile(r"[ \t]*(?:[-+*][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|\||(?:[-*_][ \t]*){3,}$|=+[ \t]*$)")
_ONE_LINE_BLOCK = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|\||(?:[-*_][ \t]*){3,}$|=+[ \t]*$)")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _blank_line_math(line: str) -> str:
    """Inline math of a heading, or of each cell of a table row on its own."""
    if "|" not in line:
        return _blank_inline_math(line)
    return "|".join(_blank_inline_math(cell) for cell in _CELL_SPLIT.split(line))


def _blank_text_directives(text: str) -> str:
    """The attributes of text directives (`:kbd{.key}`) blanked, outside fenced code and code
    spans (where the compiler reads no directive)."""
    lines = text.split("\n")
    fence: tuple[str, int] | None = None
    for number, line in enumerate(lines):
        stripped = line.strip()
        if fence is not None:
            if _closes(stripped.lstrip(">").strip(), fence[0], fence[1]):
                fence = None
            continue
        marker = _fence_opening(line, _FENCE_LINE)
        if marker is not None:
            fence = (marker.group(1)[0], len(marker.group(1)))
            continue
        if ":" not in line or "{" not in line:
            continue
        pieces, done = [], 0
        for found in _TEXT_DIRECTIVE.finditer(line):
            if line.count("`", 0, found.start()) % 2:
                continue  # inside a code span
            pieces += [line[done : found.start(2)], " " * len(found.group(2))]
            done = found.end(2)
        if done:
            lines[number] = "".join(pieces) + line[done:]
    return "\n".join(lines)


def _closing_run(runs: re.Pattern, chunk: str, index: int) -> tuple[int, re.Match | None]:
    """The length of the run of a character (backticks, dollars) at ``index`` and the next run
    of exactly as many that closes it (a code span, inline math), or None."""
    run = runs.match(chunk, index).end() - index  # type: ignore[union-attr]
    return run, next((m for m in runs.finditer(chunk, index + run) if m.end() - m.start() == run), None)


def _closes(stripped: str, char: str, length: int) -> bool:
    """Whether a line (stripped) closes a fence or display math: ``length`` or more of ``char`` alone."""
    return len(stripped) >= length and stripped == char * len(stripped)


def _fence_opening(line: str, pattern: re.Pattern) -> re.Match | None:
    """A fence's opening marker (group 1) on ``line``; a backtick fence's info holds no backtick."""
    marker = pattern.match(line)
    if marker is None or (marker.group(1)[0] == "`" and "`" in line[marker.end(1) :]):
        return None
    return marker


_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<]*")


def _destination_end(chunk: str, start: int) -> int:
    """Past the `)` that ends a link's address and title starting at ``start`` (parentheses in it
    balanced), or ``start`` when none does on the line."""
    depth, index = 0, start
    while index < len(chunk) and chunk[index] != "\n":
        char = chunk[index]
        if char == "\\":
            index += 2
            continue
        if char in "[]":
            return start  # (read as no address: each `](` is scanned only up to the next bracket)
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index + 1
            depth -= 1
        index += 1
    return start


def _blank_math_span(chunk: str, start: int, end: int) -> str:
    """The inline math ``chunk[start:end]`` with its TeX braces and `<` blanked (no MDX there),
    except an expression that starts one of its later lines and does not parse: micromark tries
    each line of a paragraph as a block-level expression before it reads the paragraph's text,
    and that attempt fails there, math or not."""
    from mdxlint.mdx.js import check_expression  # imported late: js needs the parser's modules
    from mdxlint.mdx.jsx import scan_expression

    kept: list[tuple[int, int]] = []
    line = chunk.find("\n", start, end)
    while line >= 0:
        brace = line + 1
        while brace < end and chunk[brace] in " \t":
            brace += 1
        if brace < end and chunk[brace] == "{":
            closed = scan_expression(chunk, brace, len(chunk))
            if isinstance(closed, int) and check_expression(chunk[brace + 1 : closed - 1]) is not None:
                kept.append((brace, closed))
        line = chunk.find("\n", line + 1, end)
    pieces, done = [], start
    for begin, stop in kept:
        if begin < done:
            continue
        pieces.append(_TEX_SYNTAX.sub(" ", chunk[done:begin]))
        pieces.append(chunk[begin:stop])
        done = stop
    pieces.append(_TEX_SYNTAX.sub(" ", chunk[done:end]))
    return "".join(pieces)


def _blank_inline_math(chunk: str) -> str:
    if "$" not in chunk:
        return chunk
    from mdxlint.mdx.jsx import JsxTag, scan_expression, scan_tag  # imported late: jsx needs the parser's modules

    pieces: list[str] = []
    done = index = 0
    size = len(chunk)
    while index < size:
        char = chunk[index]
        if char == "\\":
            index += 2
        elif char == "`":
            run, closing = _closing_run(_BACKTICKS, chunk, index)
            index = closing.end() if closing is not None else index + run
        elif char == "<":
            tag = scan_tag(chunk, index, size)
            index = tag.end if isinstance(tag, JsxTag) else index + 1
        elif char == "{":
            end = scan_expression(chunk, index, size)
            index = end if isinstance(end, int) else index + 1
        elif char == "]" and chunk.startswith("(", index + 1):
            index = _destination_end(chunk, index + 2)  # a link's address: its `$` is no math
        elif char in "hw" and (index == 0 or chunk[index - 1] in " \t\n(") and _BARE_URL.match(chunk, index):
            index = _BARE_URL.match(chunk, index).end()  # type: ignore[union-attr]
        elif char == "$":
            run, closing = _closing_run(_DOLLARS, chunk, index)
            if closing is None:
                index += run
                continue
            pieces.append(chunk[done:index])
            pieces.append(_blank_math_span(chunk, index, closing.end()))
            done = index = closing.end()
        else:
            index += 1
    pieces.append(chunk[done:])
    return "".join(pieces)


_FENCE_OPEN = re.compile(r"[ \t]*(`{3,}|~{3,})")
_CONTAINER_OPEN = re.compile(r"[ \t]*(:{3,})[A-Za-z]")
_CONTAINER_CLOSE = re.compile(r"[ \t]*(:{3,})[ \t]*\r?$")


def _close_fences_at_container_ends(text: str) -> str:
    """remark-directive ends a container at its closing ``:::`` line, and with it a fence opened
    inside and not closed there (markdown-it would run that fence on to the end of the file).
    The fence's opening marker is cut to the closing line's length (the rest blanked) and the
    closing line written with the fence's character: the compiler's fence, same length."""
    lines = text.split("\n")
    containers: list[int] = []  # colons of the open containers
    fence: tuple[int, str, int, int] | None = None  # (line, character, length, containers open at it)
    changed = False
    for number, line in enumerate(lines):
        if fence is not None:
            index, char, length, depth = fence
            stripped = line.strip()
            if _closes(stripped, char, length):
                fence = None
                continue
            closing = _CONTAINER_CLOSE.match(line)
            if closing is None or not depth or len(closing.group(1)) < containers[-1]:
                continue  # no container (or no container this long) is open around the fence: its text
            colons = len(closing.group(1))
            # The opening marker keeps at most as many characters as the closing line has colons.
            opening = lines[index]
            marker = _FENCE_OPEN.match(opening)
            assert marker is not None
            keep = min(len(marker.group(1)), colons)
            lines[index] = opening[: marker.start(1) + keep] + " " * (len(marker.group(1)) - keep) + opening[marker.end(1) :]
            lines[number] = line.replace(":" * colons, char * colons, 1)
            containers.pop()
            fence = None
            changed = True
            continue
        marker = _fence_opening(line, _FENCE_OPEN)
        if marker is not None:
            fence = (number, marker.group(1)[0], len(marker.group(1)), len(containers))
            continue
        if _CONTAINER_OPEN.match(line):
            containers.append(len(_CONTAINER_OPEN.match(line).group(1)))  # type: ignore[union-attr]
        elif containers and _CONTAINER_CLOSE.match(line):
            containers.pop()
    return "\n".join(lines) if changed else text


def container_spans(text: str) -> list[tuple[int, int, str]]:
    """The container directives that start a line at its first column, outside fenced code:
    (offset of the opening line, offset of the closing line or -1 when none closes it, name)."""
    spans: list[tuple[int, int, str]] = []
    open_containers: list[tuple[int, int, str]] = []  # (index in spans, colons, name)
    fence: tuple[str, int, int] | None = None  # (character, length, containers open at it)
    offset = 0
    for line in text.split("\n"):
        if fence is not None:
            closing = _CONTAINER_CLOSE.match(line) if fence[2] and line.startswith(":::") else None
            if _closes(line.strip(), fence[0], fence[1]):
                fence = None
            elif closing is not None and len(closing.group(1)) >= open_containers[-1][1]:
                fence = None  # the container's `:::` ends the fence left open in it (remark-directive)
                index, _, name = open_containers.pop()
                spans[index] = (spans[index][0], offset, name)
        elif (marker := _fence_opening(line, _FENCE_OPEN)) is not None:
            fence = (marker.group(1)[0], len(marker.group(1)), len(open_containers))
        elif line.startswith(":::"):
            opening = _CONTAINER_OPEN_NAME.match(line)
            closing = _CONTAINER_CLOSE.match(line)
            if opening is not None:
                open_containers.append((len(spans), len(opening.group(1)), opening.group(2)))
                spans.append((offset, -1, opening.group(2)))
            elif closing is not None and open_containers and len(closing.group(1)) >= open_containers[-1][1]:
                index, _, name = open_containers.pop()
                spans[index] = (spans[index][0], offset, name)
        offset += len(line) + 1
    return spans


_CONTAINER_OPEN_NAME = re.compile(r"(:{3,})([A-Za-z][\w-]*)")


def prepare(text: str, syntax: Syntax, crlf: bool = False) -> str:
    """``text`` as the site's pipeline hands it to the MDX compiler (same length); ``crlf``: the
    file's lines end with CRLF (``text`` has them as `\n`)."""
    if syntax.mdx_code_blocks and "mdx-code-block" in text and not crlf:
        text = _MDX_CODE_BLOCK.sub(_unwrap, text)  # first, as Docusaurus's preprocessor does
    if syntax.html_comments and "<!--" in text:
        text = _HTML_COMMENT.sub(lambda match: match.group(0) if after_flow_jsx(text, match.start()) else _comment(match), text)
    if syntax.directives and ":::" in text:
        text = _DIRECTIVE.sub(_attributes, text)
        if syntax.directive_blocks:
            text = _close_fences_at_container_ends(text)
    if syntax.directives and syntax.directive_blocks and ":" in text and "{" in text:
        # remark-directive reads leaf (`::name{…}`) and text (`:name{…}`) directives too
        text = _LEAF_DIRECTIVE.sub(_attributes, text)
        if _TEXT_DIRECTIVE.search(text):
            text = _blank_text_directives(text)
    if syntax.math and "$" in text:
        text = _blank_math(text)
    if syntax.hash_heading_ids and "{#" in text:
        text = _HEADING_LINE.sub(_escape_heading_id, text) if syntax.mdx_code_blocks else _HASH_ID.sub(_blank_id, text)
    return text
