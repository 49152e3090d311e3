"""Scanners for the JavaScript parts of MDX: JSX tags and ``{…}`` expressions.

They find where a construct ends and what it holds; they do not build a JavaScript
AST.  A scan that cannot finish returns a :class:`ScanError` with the exact offset
where the MDX compiler would stop, so the syntax rule can point at that character.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field

from mdxlint.mdx.js import check_expression, check_spread, expression_parses, is_empty, open_at_end, regex_end as _regex_end

# Unicode-aware classes written with \w: a literal range such as \u00c0-\uffff costs
# tens of milliseconds to compile at every start.
_NAME_START = re.compile(r"[^\W\d]|\$")
_NAME_CHAR = re.compile(r"[\w$-]")
_IDENTIFIER = re.compile(r"(?:[^\W\d]|\$)[\w$]*")


@dataclass(eq=False)
class ScanError:
    offset: int
    message: str
    start: int = -1  # where the construct that failed begins (the `<` or `{`)
    javascript: bool = False  # found by the JavaScript parser, not by the MDX tokenizer
    # Just past the `}` of an expression its JavaScript parser refused: micromark does not stop
    # there but reads on to the next `}` (the brace may belong to a string), which matters inside
    # a container (parser._Builder.resume_failed_expression).  -1: the compiler stops where it is.
    resume: int = -1
    # The text ended while the compiler was still reading the expression (every `}` so far closed
    # something it could not parse): in a container, the line that lacks its prefix comes first.
    ran_out: bool = False
    # The compiler read the construct to the end of the text (no `}` ended it): what follows the
    # `{` is inside it, and no other construct there is read (markdown.mdx_expression_inline).
    to_end: bool = False
    line_start: bool = False  # (JsProblem.line_start)


@dataclass(eq=False, slots=True)
class JsxAttribute:
    name: str | None  # None for a spread ``{...props}``
    start: int
    end: int
    # "string" (quoted literal), "expression" ({…}), "spread", or None (bare flag)
    value_kind: str | None = None
    value: str | None = None  # literal text, or the expression source without braces
    value_start: int = 0  # offset of the value's first character (inside quotes/braces)
    value_end: int = 0


@dataclass(eq=False, slots=True)
class JsxTag:
    name: str  # "" for a fragment
    kind: str  # "open", "close" or "selfclose"
    start: int
    end: int
    name_start: int = 0
    attributes: list[JsxAttribute] = field(default_factory=list)
    # A closing tag with an attribute or a self-closing slash (`</Foo a>`, `</Foo/>`): the compiler
    # reads it as a tag and refuses it when it pairs tags (after an orphan's slash): (offset, message).
    misplaced: tuple[int, str] | None = None

    def moved(self, mapping) -> "JsxTag":
        """A copy with every offset passed through ``mapping``."""
        tag = JsxTag(self.name, self.kind, mapping(self.start), mapping(self.end), mapping(self.name_start))
        if self.misplaced is not None:
            tag.misplaced = (mapping(self.misplaced[0]), self.misplaced[1])
        for attr in self.attributes:
            tag.attributes.append(
                JsxAttribute(
                    attr.name,
                    mapping(attr.start),
                    mapping(attr.end),
                    attr.value_kind,
                    attr.value,
                    mapping(attr.value_start) if attr.value_kind else 0,
                    mapping(attr.value_end) if attr.value_kind else 0,
                )
            )
        return tag

    def attribute(self, name: str) -> JsxAttribute | None:
        for attr in self.attributes:
            if attr.name == name:
                return attr
        return None


# Whitespace a JSX tag may hold besides spaces, tabs and line endings: JavaScript's (no-break
# space, the other Unicode spaces, the byte order mark), as micromark-extension-mdx-jsx reads it.
_UNICODE_SPACE = frozenset("\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                           "\u2028\u2029\u202f\u205f\u3000\ufeff")


def _skip_space(src: str, pos: int, end: int) -> int:
    while pos < end and (src[pos] in " \t\n" or src[pos] in _UNICODE_SPACE):
        pos += 1
    return pos


# Unicode's ID_Start and ID_Continue, which JavaScript names follow (Python's isidentifier() reads
# XID_*, which leaves out letters whose NFKC form is no name: `゛`, `ͺ`, Thai `ำ`, Arabic ligatures).
_ID_START_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nl"})
_ID_CONTINUE_CATEGORIES = _ID_START_CATEGORIES | {"Mn", "Mc", "Nd", "Pc"}
_OTHER_ID_START = frozenset("\u1885\u1886\u2118\u212e\u309b\u309c")
_OTHER_ID_CONTINUE = frozenset("\u00b7\u0387\u1369\u136a\u136b\u136c\u136d\u136e\u136f\u1370\u1371\u19da"
                               "\u200c\u200d\u30fb\uff65")
_PATTERN_SYNTAX_LETTER = "\u2e2f"  # VERTICAL TILDE: a modifier letter that Pattern_Syntax takes out


def _name_char_at(src: str, pos: int) -> bool:
    """A character JavaScript continues a name with (and `-`, as JSX does): beyond ASCII, any
    ID_Continue character (`·`, combining marks) and the zero-width joiners. micromark reads UTF-16
    code units: a character beyond the Basic Multilingual Plane is two halves, no name."""
    char = src[pos]
    if char < "\x80":
        return _NAME_CHAR.match(char) is not None
    if char > "\uffff" or char == _PATTERN_SYNTAX_LETTER:
        return False
    return unicodedata.category(char) in _ID_CONTINUE_CATEGORIES or char in _OTHER_ID_START or char in _OTHER_ID_CONTINUE


def _name_start_at(src: str, pos: int) -> bool:
    char = src[pos]
    if char < "\x80":
        return _NAME_START.match(char) is not None
    if char > "\uffff" or char == _PATTERN_SYNTAX_LETTER:
        return False
    return unicodedata.category(char) in _ID_START_CATEGORIES or char in _OTHER_ID_START


def _scan_element_name(src: str, pos: int, end: int) -> tuple[int, str] | ScanError:
    """End and name of a JSX element's name at ``pos``: ``a``, ``a-b``, a member name ``a.b.c``
    or a local name ``a:b``; whitespace may stand around the `.` and `:` (``<A. B>`` is
    ``A.B``), a local name takes no more parts (``<a:b.c>``) nor a member name a `:`."""
    index = _scan_name_part(src, pos, end)
    parts = [src[pos:index]]
    kind = ""
    while True:
        after = _skip_space(src, index, end)
        if after >= end or src[after] not in ".:":
            return index, "".join(parts)
        separator = src[after]
        if kind == "local" or (kind == "member" and separator == ":"):
            return ScanError(after, f"`{separator}` cannot follow the {kind} name `<{''.join(parts)}` in a JSX tag")
        start = _skip_space(src, after + 1, end)
        if start >= end or not _name_start_at(src, start):
            what = _describe(src[start]) if start < end else "the end of the text"
            return ScanError(start, f"`{separator}` after `<{''.join(parts)}` must be followed by a name (as in `<a.b>` "
                                    f"or `<a:b>`), not {what}")
        kind = "member" if separator == "." else "local"
        index = _scan_name_part(src, start, end)
        parts += [separator, src[start:index]]


def _scan_attribute_name(src: str, pos: int, end: int) -> int | ScanError:
    """End of an attribute name at ``pos``: a name, or a local name ``a:b`` (whitespace may
    stand around the `:`); no member names (``a.b``) and one `:` at most, as the compiler reads."""
    index = _scan_name_part(src, pos, end)
    after = _skip_space(src, index, end)
    if after < end and src[after] == ":":
        start = _skip_space(src, after + 1, end)
        if start >= end or not _name_start_at(src, start):
            what = _describe(src[start]) if start < end else "the end of the text"
            return ScanError(start, f"`:` in the attribute name `{src[pos:index]}:` must be followed by a name, not {what}")
        index = _scan_name_part(src, start, end)
        after = _skip_space(src, index, end)
        if after < end and src[after] in ".:":
            return ScanError(after, f"`{src[after]}` cannot follow the local attribute name `{src[pos:index]}`")
    elif after < end and src[after] == ".":
        return ScanError(after, f"an attribute name cannot hold a `.` (`{src[pos:index]}.…`); only a local name such as "
                                "`xlink:href` has two parts")
    return index


def _scan_name_part(src: str, pos: int, end: int) -> int:
    while pos < end and _name_char_at(src, pos):
        pos += 1
    return pos


def _describe(ch: str) -> str:
    if ch == "\n":
        return "a line ending"
    if ch.isdigit():
        return f"the digit `{ch}`"
    if ch in " \t":
        return "whitespace"
    return f"`{ch}`"


def scan_tag(src: str, pos: int, end: int | None = None) -> JsxTag | ScanError:
    """Scan a JSX tag starting with ``<`` at ``pos``.

    Attribute expressions are parsed as JavaScript as the compiler meets them, so the
    first problem in the tag is the one reported, whichever kind it is.
    """
    result = _scan_tag(src, pos, end)
    if isinstance(result, ScanError) and result.start < 0:
        result.start = pos
    return result


def _scan_tag(src: str, pos: int, end: int | None = None) -> JsxTag | ScanError:
    end = len(src) if end is None else end
    start = pos
    pos += 1
    closing = False
    if pos < end and src[pos] == "/":
        closing = True
        pos += 1
    pos = _skip_space(src, pos, end)
    if pos >= end:
        return ScanError(pos, "the text ends after `<`, where MDX expects a JSX tag's name; write `\\<` (or `&lt;`) "
                              "for a literal less-than sign")
    name = ""
    name_start = pos
    if src[pos] == ">":
        # Fragment <> or </>
        return JsxTag("", "close" if closing else "open", start, pos + 1, name_start)
    if not _name_start_at(src, pos):
        what = _describe(src[pos])
        return ScanError(
            pos,
            f"`<` followed by {what} starts a JSX tag in MDX, and a tag name cannot start with it; "
            "write `&lt;` (or `\\<`) for a literal less-than sign",
        )
    scanned = _scan_element_name(src, pos, end)
    if isinstance(scanned, ScanError):
        scanned.start = start
        return scanned
    pos, name = scanned
    tag = JsxTag(name, "close" if closing else "open", start, start, name_start)
    while True:
        # No JavaScript comments in a tag: MDX reads their `/` as the self-closing slash.
        pos = _skip_space(src, pos, end)
        if pos >= end:
            return ScanError(pos, f"the file ends inside the JSX tag `<{'/' if closing else ''}{name}`")
        ch = src[pos]
        if ch == ">":
            tag.end = pos + 1
            if closing:
                tag.attributes = []  # (misplaced: not the element's attributes)
            return tag
        if ch == "/":
            after = _skip_space(src, pos + 1, end)
            if after < end and src[after] == ">":
                if closing:
                    tag.misplaced = tag.misplaced or (pos, f"a closing tag `</{name}>` cannot have a self-closing "
                                                           "slash `/`; expected `>`")
                    tag.attributes = []
                else:
                    tag.kind = "selfclose"
                tag.end = after + 1
                return tag
            if after < end and src[after] in "*/":
                return ScanError(after, f"expected `>` after the self-closing `/` in the JSX tag `<{name}`: MDX does "
                                        "not allow JavaScript comments in JSX tags")
            return ScanError(after, f"expected `>` after `/` in the JSX tag `<{name}`")
        if closing and tag.misplaced is None:
            tag.misplaced = (pos, f"a closing tag `</{name}>` cannot have attributes; expected `>`")
        if ch == "{":
            expr_end = _scan_expression(src, pos, end)
            if isinstance(expr_end, ScanError):
                return _spread_reading(src, pos, end, expr_end)
            body = src[pos + 1 : expr_end - 1]
            problem = check_spread(body)
            if problem is not None:
                return ScanError(pos + 1 + problem.index, problem.message, pos, javascript=True,
                                 resume=-1 if problem.parses else expr_end)
            tag.attributes.append(JsxAttribute(None, pos, expr_end, "spread", body, pos + 1, expr_end - 1))
            pos = expr_end
            continue
        if not _name_start_at(src, pos):
            return ScanError(pos, f"unexpected {_describe(ch)} in the JSX tag `<{name}`; expected an attribute name, `>` or `/>`")
        attr_start = pos
        attr_end = _scan_attribute_name(src, pos, end)
        if isinstance(attr_end, ScanError):
            return attr_end
        attr = JsxAttribute("".join(src[attr_start:attr_end].split()), attr_start, attr_end)  # `a : b` is `a:b`
        pos = attr_end
        after = _skip_space(src, pos, end)
        if after < end and src[after] == "=":
            pos = _skip_space(src, after + 1, end)
            if pos >= end:
                return ScanError(pos, f"the file ends after `{attr.name}=` in a JSX tag")
            quote = src[pos]
            if quote in "\"'":
                close = src.find(quote, pos + 1, end)
                if close == -1:
                    return ScanError(end, f"the value of `{attr.name}` opens a quote `{quote}` that is never closed")
                attr.value_kind = "string"
                attr.value = src[pos + 1 : close]
                attr.value_start, attr.value_end = pos + 1, close
                pos = close + 1
            elif quote == "{":
                expr_end = scan_expression(src, pos, end)
                if isinstance(expr_end, ScanError):
                    return expr_end
                attr.value_kind = "expression"
                attr.value = src[pos + 1 : expr_end - 1]
                attr.value_start, attr.value_end = pos + 1, expr_end - 1
                pos = expr_end
                if is_empty(attr.value):  # (the compiler points just after the `{`)
                    return ScanError(attr.value_start, f"the value of `{attr.name}` is an empty expression `{{}}`",
                                     attr.value_start - 1, javascript=True)
                problem = check_expression(attr.value)
                if problem is not None:
                    return ScanError(attr.value_start + problem.index, f"the value of `{attr.name}`: {problem.message}",
                                     attr.value_start - 1, javascript=True, resume=-1 if problem.parses else expr_end,
                                     line_start=problem.line_start)
            else:
                return ScanError(
                    pos,
                    f"the value of the JSX attribute `{attr.name}` must be a quoted string or a `{{…}}` expression, "
                    f"not {_describe(quote)}",
                )
            attr.end = pos
        tag.attributes.append(attr)


def scan_expression(src: str, pos: int, end: int | None = None) -> int | ScanError:
    """Given ``src[pos] == "{"``, return the offset just past the matching ``}``.

    Strings, template literals and comments are skipped, so a brace inside them does
    not count.
    """
    end = len(src) if end is None else end
    memo = _memo(src, end)
    known = memo.get(pos)
    result = _known(known, pos) if known is not None else _scan_expression(src, pos, end, memo)
    if isinstance(result, ScanError):
        result = _compiler_reading(src, pos, end, result, memo)
        if isinstance(result, ScanError) and result.start < 0:
            result.start = pos
    elif src.find("<", pos, result) != -1 and _QUOTE.search(src, pos, result):  # (no copy of the text)
        result = _first_parsing_close(src, pos, result, end)
    return result


_QUOTE = re.compile("[\"'`]")


def _first_parsing_close(src: str, start: int, scanned_end: int, end: int) -> int:
    """JSX text inside an expression may hold a quote (`{<b>it's</b>} and {'}'}`, `{<b>it's {'}'}</b>}`),
    which the scanner takes for a string and so ends the expression at the wrong `}`; micromark
    ends it at the first `}` before which the text parses (each `}` in turn, within a budget)."""
    if check_expression(src[start + 1 : scanned_end - 1]) is None:
        return scanned_end
    close = src.find("}", start + 1, end)
    for _ in range(_PARSE_BUDGET):
        if close == -1 or close - start > _MAX_CONTENT:
            break
        content = src[start + 1 : close]
        if close != scanned_end - 1 and check_expression(content) is None and expression_parses(content):
            return close + 1
        close = src.find("}", close + 1, end)
    return scanned_end


# How many parses the compiler's reading may take in one text (each reads the text before a `}`):
# a text of thousands of open `{` would otherwise cost one parse per `{` and `}`.
_PARSE_BUDGET = 48
_MAX_CONTENT = 5_000


def _compiler_reading(src: str, start: int, end: int, scanned: ScanError, memo: dict) -> int | ScanError:
    """Where the compiler stops an expression that does not close by brace matching.

    micromark reads an expression up to each `}` in turn and parses what is before it: it ends
    where that parses; where the parse fails only at the end (an open bracket, string or
    comment) it goes on, and at the end of the text it reports the last of these failures; a
    failure before the end fails every later attempt at the same place ("{ a {b}" fails at `a {`,
    "{/* c }" at the comment), so it is the one reported, where the text ends or, in a
    container, at the first line without the container's prefix.  Followed within a budget of parses per text; past it, ``scanned``."""
    last: ScanError | None = None
    close = src.find("}", start + 1, end)
    if close == -1:
        # No `}` at all: micromark reads to the end of the text and reports it there ("Unexpected end
        # of file in expression").
        if scanned.offset == end:
            scanned.to_end = True
            return scanned
        what = scanned.message.replace(" inside `{…}` is never closed", " inside it is never closed") \
            if scanned.message.startswith("a ") else ""
        return ScanError(end, "this `{` is never closed" + (f" ({what}, and the compiler reads on to the end of the text)"
                                                          if what else ": MDX reads `{` as the start of a JavaScript "
                                                          "expression; write `\\{` for a literal brace"),
                         start, to_end=True)
    while close != -1:
        if close - start > _MAX_CONTENT or memo.get("parses", 0) >= _PARSE_BUDGET:
            return scanned
        memo["parses"] = memo.get("parses", 0) + 1
        content = src[start + 1 : close]
        opened = open_at_end(content)
        early = check_expression(content) if opened is not None and opened[1] else None
        if opened is not None and opened[1] and early is None:
            # What reads as an open string is text in a JSX element ("{a && <p>Don't</p>}"): the
            # JavaScript parser, which knows JSX, takes the expression as it stands.
            return close + 1
        if early is not None and early.index < opened[0]:  # type: ignore[index]
            # The parser fails before the open string (`{the user's id}` after `the`), at every `}`.
            return ScanError(start + 1 + early.index, early.message, start, javascript=True, resume=close + 1)
        if opened is not None and opened[1] and opened[2]:
            # a string broken by a line ending: the parser fails there, before the end (and the
            # compiler reads on, as below)
            return ScanError(start + 1 + opened[0], opened[1], start, resume=close + 1)
        if opened is not None and opened[1]:
            index, message, _ = opened
            last = ScanError(start + 1 + index, message, start)
        elif not is_empty(content):
            problem = check_expression(content)
            trailing = _trailing_line_comment(content) if problem is None and opened is not None else None
            if trailing is not None:
                # `{x // c}`: the expression parses, and the line comment after it, with no line
                # ending before the `}`, is content after the expression (micromark's `empty()`).  The
                # brace may close nothing the comment left open, so the compiler reads on for another, as
                # after any refused expression (held-out h134: in a container it stops at a lazy line).
                return ScanError(start + 1 + trailing, "a `//` comment runs up to the closing `}`: the compiler reads it as "
                                 "content after the expression; end it with a line break or use `/* … */`", start,
                                 javascript=True, resume=close + 1)
            if problem is None:
                return close + 1
            if problem.index < len(content):
                # Every later `}` gives the parser the same failing text: the compiler keeps this
                # failure and reads on to the end of the text, where it reports it, unless a line
                # without the container's prefix comes first (resume).
                return ScanError(start + 1 + problem.index, problem.message, start, javascript=True, resume=close + 1)
            last = ScanError(close, problem.message, start, javascript=True)
        else:
            return close + 1
        close = src.find("}", close + 1, end)
    if close == -1 and last is not None:
        # (Only where the parser itself ran out of text; an open string is the reading's guess.)
        last.ran_out = last.javascript
        last.to_end = True
        return last
    return scanned


def _spread_reading(src: str, start: int, end: int, scanned: ScanError) -> ScanError:
    """Where the compiler stops a `{` in a tag without an attribute name whose braces do not match
    (`<Ca{rd>` for `<Card>`): it parses the text before each `}` in turn as an object, and reports
    the first failure before that text's end at once (held-out h131: `<Ca{rd>`, a paragraph, `{a}`
    fails at the `>`, 1:7, not where the text ends); an open string or comment reads on."""
    close = src.find("}", start + 1, end)
    last: ScanError | None = None
    for _ in range(_PARSE_BUDGET):
        if close == -1 or close - start > _MAX_CONTENT:
            break
        content = src[start + 1 : close]
        opened = open_at_end(content)
        # (a failure before an open string or comment is the parser's at every `}`: `<S{s s"}`)
        limit = opened[0] if opened is not None and opened[1] else len(content)
        problem = check_spread(content)
        if problem is not None and problem.index < limit:
            return ScanError(start + 1 + problem.index, problem.message, start, javascript=True,
                             resume=-1 if problem.parses else close + 1)
        if problem is not None:
            last = ScanError(start + 1 + problem.index, problem.message, start, javascript=True)
        close = src.find("}", close + 1, end)
    else:
        return scanned
    if close == -1 and last is not None:
        # (past the last `}` the compiler reports the failure of the last text it parsed: an open
        # string's, at its quote)
        last.ran_out = True
        last.to_end = True
        return last
    return scanned


def _trailing_line_comment(content: str) -> int | None:
    """Where the text after the parsed expression starts, when that text is a `//` comment with
    no line ending (a `//` inside the expression, in a JSX text or a string, is not one)."""
    from mdxlint.mdx.js import parsed_expression_end

    end = parsed_expression_end(content)
    if end is None:
        return None
    rest = _BLOCK_COMMENTS.sub("", content[end:])
    return end if rest.strip().startswith("//") and "\n" not in rest else None


_BLOCK_COMMENTS = re.compile(r"/\*.*?\*/", re.S)


_memos = threading.local()


def _memo(src: str, end: int) -> dict:
    """What earlier scans of this text learned about the braces they passed.

    A scan from a `{` goes through every `{` nested in it in the same way a scan from
    that one would, until it closes: where it closes, or the same error, is known.  The
    parsers scan from each `{` of a paragraph (and from each line that starts with one);
    remembering makes a text with thousands of unclosed `{` linear, not quadratic.
    A few texts are kept (the file, a paragraph, a container's lines), by identity."""
    entries = getattr(_memos, "entries", None)
    if entries is None:
        entries = _memos.entries = []
    for index, entry in enumerate(entries):
        if entry[0] is src and entry[1] == end:
            if index:
                entries.insert(0, entries.pop(index))  # the most recently read first
            return entry[2]
    memo: dict = {}
    entries.insert(0, (src, end, memo))
    del entries[4:]
    return memo


def _scan_expression(src: str, pos: int, end: int | None = None, memo: dict | None = None) -> int | ScanError:
    end = len(src) if end is None else end
    if memo is None:
        memo = _memo(src, end)
        known = memo.get(pos)
        if known is not None:
            return _known(known, pos)
    start = pos
    stack: list[str] = []  # "{" for braces, "`" for template literals
    opened: list[int] = []  # where each entry of ``stack`` opened
    result: int | ScanError
    while pos < end:
        ch = src[pos]
        if stack and stack[-1] == "`":
            if ch == "\\":
                pos += 2
                continue
            if ch == "`":
                stack.pop()
                opened.pop()
            elif src.startswith("${", pos):
                stack.append("{")
                opened.append(pos + 1)
                pos += 2
                continue
            pos += 1
            continue
        if ch == "{":
            stack.append("{")
            opened.append(pos)
        elif ch == "}":
            if not stack:
                return ScanError(pos, "unbalanced `}`")
            stack.pop()
            memo[opened.pop()] = pos + 1
            if not stack:
                return pos + 1
        elif ch in "\"'":
            close = pos + 1
            while close < end and src[close] != ch and src[close] != "\n":
                close += 2 if src[close] == "\\" else 1
            if close >= end or src[close] != ch:
                result = ScanError(close if close < end else end, f"a string opened with {ch} inside `{{…}}` is never closed")
                break
            pos = close
        elif ch == "`":
            stack.append("`")
            opened.append(pos)
        elif src.startswith("//", pos):
            nl = src.find("\n", pos, end)
            if nl == -1:
                result = ScanError(end, "the `{` expression is never closed (a `//` comment runs to the end)")
                break
            pos = nl
        elif src.startswith("/*", pos):
            close = src.find("*/", pos + 2, end)
            if close == -1:
                result = ScanError(end, "a `/*` comment inside `{…}` is never closed")
                break
            pos = close + 1
        elif ch == "/" and src[pos + 1 : pos + 2] != ">" and _regex_may_start(src, start + 1, pos):
            regex_end = _regex_end(src, pos, end)
            if regex_end is not None:
                pos = regex_end - 1  # a brace in `/{/g` is the pattern's, not the expression's
        pos += 1
    else:
        result = ScanError(end, "this `{` is never closed: MDX reads `{` as the start of a JavaScript expression; write `\\{` for a literal brace", start)
    # Every `{` still open meets the same error when scanned on its own.
    own_start = result.start == start
    for kind, where in zip(stack, opened):
        if kind == "{":
            memo[where] = (result.offset, result.message, own_start)
    return result


# What may stand before a regular expression literal (a `/` after anything else divides).
# Not `<` (`</b>` in JSX closes a tag) nor `}` (`<Y a={1}/>`: the self-closing slash).
_BEFORE_REGEX = frozenset("(,=:[!&|?{;+-*%>~^")
_REGEX_KEYWORDS = ("return", "typeof", "case", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await", "do", "else")


def _regex_may_start(src: str, body_start: int, pos: int) -> bool:
    """Whether a `/` at ``pos`` starts a regular expression: after an operator, an opening
    bracket, a keyword or at the start of the expression (the usual rule of JavaScript
    tokenizers), not after a name, a number or a closing bracket."""
    before = pos - 1
    while before >= body_start and src[before] in " \t\n":
        before -= 1
    if before < body_start:
        return True
    if src[before] in _BEFORE_REGEX:
        return True
    if src.startswith("...", before - 2) and before - 2 >= body_start:
        return True  # a spread: `{.../}/}` spreads a regular expression (compiler probes h124)
    word_end = before + 1
    while before >= body_start and (src[before].isalnum() or src[before] in "_$"):
        before -= 1
    word = src[before + 1 : word_end]
    return word in _REGEX_KEYWORDS and (before < body_start or not (src[before].isalnum() or src[before] in "_$."))


def _known(known, pos: int) -> int | ScanError:
    if isinstance(known, int):
        return known
    offset, message, own_start = known
    return ScanError(offset, message, pos if own_start else -1)


_COMMENT_ONLY = re.compile(r"\A\s*/\*(.*?)\*/\s*\Z", re.S)


def comment_text(expression_body: str) -> str | None:
    """The text of ``/* … */`` when an expression holds only a comment."""
    match = _COMMENT_ONLY.match(expression_body)
    return match.group(1) if match else None


def identifiers(expression_body: str) -> list[tuple[str, int]]:
    """Free-looking identifiers in a simple expression (name, offset in body).

    Skips strings, comments, property accesses (``a.b`` yields only ``a``) and object
    keys; good enough to find names an expression refers to.
    """
    out: list[tuple[str, int]] = []
    i, n = 0, len(expression_body)
    src = expression_body
    while i < n:
        ch = src[i]
        if ch in "\"'`":
            close = i + 1
            while close < n and src[close] != ch:
                close += 2 if src[close] == "\\" else 1
            i = close + 1
            continue
        if src.startswith("/*", i):
            close = src.find("*/", i + 2)
            i = n if close == -1 else close + 2
            continue
        if src.startswith("//", i):
            nl = src.find("\n", i)
            i = n if nl == -1 else nl + 1
            continue
        match = _IDENTIFIER.match(src, i)
        if match and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] in "_$")):
            prev = src[:i].rstrip()
            nxt = src[match.end() :].lstrip()
            is_member = prev.endswith(".") and not prev.endswith("...")
            is_key = nxt.startswith(":") and prev.endswith(("{", ","))
            if not is_member and not is_key:
                out.append((match.group(), i))
            i = match.end()
            continue
        if ch.isdigit():
            while i < n and (src[i].isalnum() or src[i] in "._"):
                i += 1
            continue
        i += 1
    return out
