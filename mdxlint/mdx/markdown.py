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

import bisect
import dataclasses
import functools
import itertools
import re
import types
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core.normalize import normalize as _upstream_normalize
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.table import escapedSplit
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Scanned
from markdown_it.rules_inline import text as markdown_text_rule
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from mdxlint.mdx.containers import NEW_CONTAINER, container_prefix, missing_prefix, prefix_end, virtual_column
from mdxlint.mdx.js import KEY_AFTER_SPREAD, check_expression, check_module, mdx_version
from mdxlint.mdx.jsx import JsxTag, ScanError, scan_expression, scan_tag
from mdxlint.mdx.limits import MAX_BLOCK_DEPTH
from mdxlint.mdx.table import table as gfm_table


# -- tokens without the dataclass machinery ---------------------------------------------
# markdown-it's Token is a dataclass whose __init__ runs two default factories and a
# __post_init__: a tenth of the parser's time on a course.  The shortcut parser makes its
# tokens field by field (the same values); the plain parser, which the tests compare it
# with, keeps markdown-it's own push.  Only while Token has exactly these fields.
_TOKEN_FIELDS = ("type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup", "info", "meta", "block", "hidden")


def _token_fields() -> tuple[str, ...]:
    import dataclasses

    return tuple(field.name for field in dataclasses.fields(Token)) if dataclasses.is_dataclass(Token) else ()


def _new_token(ttype: str, tag: str, nesting: int, level: int, block: bool, _new=object.__new__, _token=Token) -> Token:
    token = _new(_token)
    token.type = ttype
    token.tag = tag
    token.nesting = nesting
    token.attrs = {}
    token.map = None
    token.level = level
    token.children = None
    token.content = ""
    token.markup = ""
    token.info = ""
    token.meta = {}
    token.block = block
    token.hidden = False
    return token


FAST_TOKENS = _token_fields() == _TOKEN_FIELDS


# micromark's whitespace (micromark-util-character's unicodeWhitespace is JavaScript's `\s`):
# markdown-it's, and U+2028, U+2029 and U+FEFF.
_MICROMARK_WHITESPACE = frozenset(map(ord, "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff")) | frozenset(
    range(0x2000, 0x200B))


def _micromark_class(ch: str) -> int:
    """micromark's classifyCharacter: 1 whitespace, 2 punctuation (Unicode P or S), 0 other.
    micromark reads UTF-16 code units: a character outside the BMP (an emoji) reaches it as a
    surrogate, which is neither whitespace nor punctuation."""
    code = ord(ch)
    if code in _MICROMARK_WHITESPACE:
        return 1
    if code > 0xFFFF:
        return 0
    return 2 if unicodedata.category(ch)[0] in "PS" else 0


class _MdxInlineState(StateInline):
    """markdown-it's inline state, with emphasis and strikethrough runs opening and closing as
    micromark decides (held-out probes h78, against @mdx-js/mdx 3.1.1): its classes of the
    characters around a run (:func:`_micromark_class`), and the loosening that GFM's `~` brings
    to `*` and `_` (micromark-core-commonmark's attention: a `*` or `_` run before a `~` may
    open, one after a `~` may close)."""

    def scanDelims(self, start: int, canSplitWord: bool):  # type: ignore[override]
        src = self.src
        maximum = self.posMax
        marker = src[start]
        pos = start
        while pos < maximum and src[pos] == marker:
            pos += 1
        before = _micromark_class(src[start - 1]) if start > 0 else 1
        after = _micromark_class(src[pos]) if pos < maximum else 1
        can_open = after == 0 or (after == 2 and before != 0)
        can_close = before == 0 or (before == 2 and after != 0)
        if marker != "~":
            can_open = can_open or (pos < maximum and src[pos] == "~")
            can_close = can_close or (start > 0 and src[start - 1] == "~")
            if not canSplitWord:  # `_`: inside a word neither
                can_open, can_close = can_open and (before != 0 or not can_close), can_close and (after != 0 or not can_open)
        return Scanned(can_open, can_close, pos - start)


class _FastInlineState(_MdxInlineState):
    """markdown-it's inline state with :func:`_new_token` in ``push`` (upstream's push otherwise)."""

    def push(self, ttype, tag, nesting):  # type: ignore[override]
        if self.pending:
            self.pushPending()
        token = _new_token(ttype, tag, nesting, 0, False)
        token_meta = None
        if nesting < 0:
            self.level -= 1
            self.delimiters = self._prev_delimiters.pop()
        token.level = self.level
        if nesting > 0:
            self.level += 1
            self._prev_delimiters.append(self.delimiters)
            self.delimiters = []
            token_meta = {"delimiters": self.delimiters}
        self.pendingLevel = self.level
        self.tokens.append(token)
        self.tokens_meta.append(token_meta)
        return token

    def pushPending(self) -> Token:
        token = _new_token("text", "", 0, self.pendingLevel, False)
        token.content = self.pending
        self.tokens.append(token)
        self.pending = ""
        return token

_ESM_START = re.compile(r"(?:import|export)(?= )")  # micromark-extension-mdxjs-esm: the keyword, then a space


def _has_pending(state: StateInline) -> bool:
    buffer = getattr(state, "_pending_buffer", None)
    if buffer is not None:
        return bool(state._pending or buffer)  # markdown-it-py >= 4.2 buffers pending text
    return bool(state.pending)


# markdown-it's default text terminators (markdown-it-py 3 has no `terminator_re`).
_DEFAULT_TERMINATORS = "\n!#$%&*+-:<=>@[\\]^_`{}~"

# The character each inline rule needs at the current position (its first test, which
# returns False without it).  `text` takes every other character.
_INLINE_RULE_STARTS = {
    "newline": "\n",
    "escape": "\\",
    "backticks": "`",
    "strikethrough": "~",
    "emphasis": "_*",
    "link": "[",
    "image": "!",
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
    "footnote_inline": "^",
    "footnote_ref": "[",
    "mdx_jsx_inline": "<",
    "mdx_expression": "{",
}


def _compiled_rules(ruler) -> object:
    """The ruler's compiled rule lists: a new object whenever a rule is added, replaced,
    enabled or disabled (what the per-character tables are built from)."""
    if ruler.__cache__ is None:
        ruler.getRules("")
    return ruler.__cache__


class _RuleChains:
    """The inline rules to try at each character, in the ruler's order.

    markdown-it tries every rule at every position where text stops; asking only the
    rules that can start at that character makes the same tokens with far fewer calls.
    An unknown rule (a plugin) turns the shortcut off: all rules are tried everywhere.
    """

    def __init__(self, md: MarkdownIt, ruler_rules: list, shortcuts: bool = True) -> None:
        self.all_rules = [rule.fn for rule in ruler_rules if rule.enabled]
        terminator_re = getattr(md.inline, "terminator_re", None)
        self.is_terminator = (
            (lambda ch: terminator_re.match(ch) is not None) if terminator_re is not None else (lambda ch: ch in _DEFAULT_TERMINATORS)
        )
        self.named: list[tuple[str, object]] = []
        self.dispatch = shortcuts
        for rule in ruler_rules:
            if not rule.enabled:
                continue
            if rule.name == "linkify" and not md.options.get("linkify"):
                continue  # returns False at once when the option is off
            if rule.name != "text" and rule.name not in _INLINE_RULE_STARTS:
                self.dispatch = False
            self.named.append((rule.name, rule.fn))
        self.chains: dict[str, list] = {}
        # Where only markdown-it's own `text` rule applies, the loop runs it inline
        # (markdown-it-py 3 has no terminator pattern to search with: not there).
        self.terminator_search = terminator_re.search if terminator_re is not None else None
        self.text_only: list | None = [markdown_text_rule] if terminator_re is not None else None
        starts = "".join(chars for name, _ in self.named for chars in _INLINE_RULE_STARTS.get(name, ""))
        # Content without any character a rule starts at is one text token.
        self.plain_text = re.compile("[" + re.escape("".join(sorted(set(starts)))) + "]") if self.dispatch else None

    def chain(self, ch: str) -> list:
        chain = self.chains.get(ch)
        if chain is None:
            if not self.dispatch:
                chain = self.all_rules
            else:
                chain = [
                    fn
                    for name, fn in self.named
                    if (ch in _INLINE_RULE_STARTS[name] if name != "text" else not self.is_terminator(ch))
                ]
                if self.text_only is not None and chain == self.text_only:
                    chain = self.text_only  # the same list: the loop knows it by identity
            self.chains[ch] = chain
        return chain


class PositionedInline(ParserInline):
    """The inline parser, recording where in the source every token came from."""

    _chains: _RuleChains | None = None
    _chains_key: object = None
    shortcuts = True

    def rule_chains(self, md: MarkdownIt) -> _RuleChains:
        compiled = _compiled_rules(self.ruler)
        if self._chains is None or self._chains_key is not compiled:
            self._chains = _RuleChains(md, self.ruler.__rules__, self.shortcuts)
            self._chains_key = compiled
        return self._chains

    def parse(self, src, md, env, tokens):  # type: ignore[override]
        chains = self.rule_chains(md)
        if chains.plain_text is not None and not chains.plain_text.search(src):
            # No character any inline rule starts at: the rule loop would make exactly
            # one text token of it (most of a course's paragraphs), so make it here.
            if src:
                token = _new_token("text", "", 0, 0, False) if FAST_TOKENS else Token("text", "", 0)
                token.content = src
                token.meta = {"span": (0, len(src))}
                tokens.append(token)
            return tokens
        state = (_FastInlineState if self.shortcuts and FAST_TOKENS else _MdxInlineState)(src, md, env, tokens)
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
        chains = self.rule_chains(state.md)
        cached = chains.chains
        end = state.posMax
        max_nesting = state.md.options["maxNesting"]
        tokens = state.tokens
        append_pending = getattr(state, "append_pending", None)
        buffered = hasattr(state, "_pending_buffer")  # markdown-it-py >= 4.2 buffers pending text
        src = state.src
        text_only = chains.text_only if append_pending is not None else None
        terminator_search = chains.terminator_search
        while state.pos < end:
            pos = state.pos
            count = len(tokens)
            ok = False
            if state.level < max_nesting:
                ch = src[pos]
                rules = cached.get(ch)
                if rules is None:
                    rules = chains.chain(ch)
                if rules is text_only:
                    # markdown-it's `text` rule, inline: the run up to the next terminator
                    # becomes pending text (no token yet, so no span to set).
                    found = terminator_search(src, pos)
                    state.pos = found.start() if found else end
                    append_pending(src[pos : state.pos])
                    if state._mdx_pending_start is None:  # type: ignore[attr-defined]
                        state._mdx_pending_start = pos  # type: ignore[attr-defined]
                    state._mdx_pending_end = state.pos  # type: ignore[attr-defined]
                    continue
                for rule in rules:
                    ok = rule(state, False)
                    if ok:
                        if state.pos <= pos:
                            raise RuntimeError("inline rule didn't increment state.pos")
                        break
            if not ok:
                if append_pending is not None:
                    append_pending(src[pos])
                else:
                    state.pending += src[pos]
                state.pos += 1
            if len(tokens) > count:
                while count < len(tokens) and tokens[count].meta and "span" in tokens[count].meta:
                    count += 1  # (the pending text the rule's first token pushed out: placed already)
                if len(tokens) - count == state.pos - pos > 1 and all(
                        tokens[index].type == "text" and tokens[index].content == src[pos + index - count]
                        for index in range(count, len(tokens))):
                    # An emphasis run (`***`): one token per marker, each its own character (the
                    # emphasis made of the inner markers starts there, as the compiler says)
                    for index in range(count, len(tokens)):
                        at = pos + index - count
                        tokens[index].meta = {"span": (at, at + 1)}
                    count = len(tokens)
                for index in range(count, len(tokens)):
                    token = tokens[index]
                    if token.meta is None:
                        token.meta = {"span": (pos, state.pos)}
                    elif "span" not in token.meta:
                        token.meta["span"] = (pos, state.pos)
            if (state._pending or state._pending_buffer) if buffered else state.pending:  # type: ignore[attr-defined]
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
    token.meta = {
        "error_offset": error.offset,
        "error_start": error.start if error.start >= 0 else state.pos,
        "message": error.message,
        "span": (state.pos, state.pos + consumed),
    }
    state.pos += consumed


def mdx_jsx_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "<":
        return False
    if pos + 1 < state.posMax and src[pos + 1] in " \t\n":
        return False  # `a < b`: the compiler reads `<` before whitespace as text
    result = scan_tag(src, pos, state.posMax)
    if isinstance(result, ScanError):
        if silent:
            return False
        if state.posMax < len(src) and result.offset >= state.posMax:
            # In a link's label (`[<Foo bar={1 />](/x)`), which ends the text read here: the compiler
            # reads the tag on past the `]`, and fails where the whole text makes it fail (held-out h82).
            whole = scan_tag(src, pos, len(src))
            if isinstance(whole, ScanError):
                result = whole
        elif state.env.get("mdx_image_texts") and result.offset >= state.posMax:
            # The same in an image's alt text, which markdown-it parses as a text of its own.
            outer, base = state.env["mdx_image_texts"][-1]
            whole = scan_tag(outer, base + pos, len(outer))
            if isinstance(whole, ScanError):
                result = dataclasses.replace(whole, offset=whole.offset - base, start=whole.start - base if whole.start >= 0 else -1,
                                             resume=whole.resume - base if whole.resume >= 0 else -1)
        # The tag's text up to where the compiler stops in it is the tag's, never text of its own: a
        # spread there is no expression of the paragraph (`See <Card {...props} {title} />`, held-out h134).
        _push_error(state, result, max(1, min(result.offset, state.posMax) - pos) if result.javascript and result.resume < 0 else 1)
        if pos + 1 >= state.posMax:
            state.tokens[-1].meta["at_end"] = True  # `<` last in the text: an error only at the end of the file
        return True
    if not silent:
        token = state.push("mdx_jsx_inline", "", 0)
        token.content = src[pos : result.end]
        token.meta = {"tag": result, "span": (pos, result.end)}
    state.pos = result.end
    return True


# The starts of GFM autolink literals (`https://…`, `www.…`, in any case).  remark-gfm reads a `{`
# right after one (no blank or `<` between) as part of the address
# (`https://api.example.com/users/{id}`), before the expression construct could: _in_autolink.
_AUTOLINK_START = re.compile(r"https?://|www\.", re.I)
# What a `www.` literal may follow (micromark-extension-gfm-autolink-literal's previousWww); an
# `http(s)://` one follows anything but an ASCII letter (previousProtocol).
_BEFORE_WWW = frozenset("(*_[]~ \t\n\r")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _unicode_punctuation(char: str) -> bool:
    """micromark's unicodePunctuation: `\\p{P}` or `\\p{S}`."""
    return unicodedata.category(char)[0] in "PS"


def _valid_domain(src: str, start: int, end: int) -> bool:
    """Whether the literal's domain, read from ``start`` (micromark's tokenizeDomain), is one GFM
    links: something before the first punctuation other than `-`, `.` and `_`, and no `_` in its
    last two labels (`http://a_b/`, `http://a_b.c/` are no links).  Read no further than ``end``
    (the `{`, which ends it: punctuation), where nothing in between ends the literal."""
    seen = underscore_last = underscore_before_last = False
    for index in range(start, end):
        char = src[index]
        if char == "_":
            underscore_last = True
        elif char == ".":
            underscore_before_last, underscore_last = underscore_last, False
        elif char.isspace() or (char != "-" and _unicode_punctuation(char)):
            break
        else:
            seen = True
    return seen and not underscore_last and not underscore_before_last


def _open_label(state: StateInline, index: int) -> bool:
    """Whether a `[` or `![` before ``index`` of the inline text is still open there (not closed
    by a `]`; code spans and escapes aside): GFM starts no literal in an unclosed label
    (micromark's previousUnbalanced).  Read on from where the last call stopped (the rule is
    asked in order of position; a text of many `{` after addresses is read once)."""
    if state.env.get("mdx_image_texts"):
        return True  # an image's alt text, parsed on its own: all of it is inside the open `![`
    src = state.src
    cursor, depth = state.__dict__.get("_mdx_label_scan", (0, 0))
    if cursor > index:
        cursor, depth = 0, 0
    while cursor < index:
        char = src[cursor]
        if char == "\\":
            cursor += 2
            continue
        if char == "`":
            run_end = cursor
            while run_end < len(src) and src[run_end] == "`":
                run_end += 1
            fence = src[cursor:run_end]
            close = src.find(fence, run_end)
            while close != -1 and (src.startswith("`", close + len(fence)) or src[close - 1] == "`"):
                close = src.find(fence, close + 1)
            cursor = close + len(fence) if close != -1 and close + len(fence) <= index else run_end
            continue
        if char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        cursor += 1
    state.__dict__["_mdx_label_scan"] = (cursor, depth)
    return depth > 0


def _no_hopeless_label(rule, bracket: int):
    """markdown-it's link or image rule (its `[` ``bracket`` characters past the position), not tried
    where it cannot succeed: no `]` after the `[` (no label), or no `)` after it (no inline link) and
    no link reference definitions (no reference link).  Each try scans to the end of the text, so a
    line of 20,000 `[` took seconds (held-out h106); the rule's answer is the same."""

    def wrapped(state: StateInline, silent: bool) -> bool:
        end = state.posMax
        marks = state.__dict__.setdefault("_mdx_last_marks", {})
        last = marks.get(end)
        if last is None:
            src = state.src
            last = marks[end] = (src.rfind("]", 0, end), src.rfind(")", 0, end))
        pos = state.pos
        if last[0] <= pos + bracket or (last[1] <= pos and not state.env.get("references")):
            return False
        return rule(state, silent)

    return wrapped


def _in_image_label(image):
    """markdown-it's image rule, which parses the alt text as a text of its own: while it does,
    ``env["mdx_image_texts"]`` says so (_open_label: GFM starts no literal in it, held-out h78: group K)."""

    def rule(state: StateInline, silent: bool) -> bool:
        # (the text the alt text is part of, and where it starts there: mdx_jsx_inline)
        texts = state.env.setdefault("mdx_image_texts", [])
        texts.append((state.src, state.pos + 2))
        try:
            return image(state, silent)
        finally:
            texts.pop()

    return rule


def _in_autolink(state: StateInline, pos: int) -> bool:
    """Whether the `{` at ``pos`` continues a GFM autolink literal: one starts in the run of
    characters before it with no blank or `<`, after a character it may follow, with a domain
    GFM links, outside an open link label and a link's destination (`[x](https://x){…}`, ended at
    its `)`).  Checked against @mdx-js/mdx 3.1.1 with remark-gfm (held-out probes h39)."""
    src = state.src
    line_start = src.rfind("\n", 0, pos) + 1
    run_start = max(line_start, pos - 2048)
    construct_end = state.__dict__.get("_mdx_construct_end", 0)
    if construct_end <= pos:
        run_start = max(run_start, construct_end)
    for index in range(pos - 1, run_start - 1, -1):
        if src[index] == "<" or src[index].isspace():
            run_start = index + 1
            break
    for found in _AUTOLINK_START.finditer(src, run_start, pos):
        start = found.start()
        before = src[start - 1] if start else ""
        www = found.group()[0] in "wW"
        if (before in _BEFORE_WWW or not before) if www else (before not in _ASCII_LETTERS):
            domain = start if www else found.end()
            if not www and (domain >= pos or _unicode_punctuation(src[domain])):
                continue  # `http:///`, `http://[::1]`: no domain
            if src.startswith("](", start - 2) and ")" in src[start:pos]:
                continue
            if _valid_domain(src, domain, pos) and not _open_label(state, start):
                return True
    return False


def _not_in_autolink(backticks):
    """markdown-it's code span rule, not where a run of backticks continues a GFM autolink
    literal (`https://example.com/a`b`, also at its end, `…/a` and`): micromark reads the
    address first, and the backticks are part of it (held-out h95, checked with @mdx-js/mdx
    3.1.1 and remark-gfm)."""

    def rule(state: StateInline, silent: bool) -> bool:
        src, pos = state.src, state.pos
        if pos and src[pos - 1] not in " \t\n" and _may_hold_literal(state) and _in_autolink(state, pos):
            return False
        return backticks(state, silent)

    return _marking_end(rule)


def _not_escape_in_autolink(escape):
    """markdown-it's escape rule, not where the backslash continues a GFM autolink literal
    (`https://example.com\\<Badge>`): micromark reads the address first, the backslash is part
    of it, and the `<` after it opens a tag (held-out h99, checked with @mdx-js/mdx 3.1.1 and
    remark-gfm)."""

    def rule(state: StateInline, silent: bool) -> bool:
        src, pos = state.src, state.pos
        # (only before a `<` does it change what MDX reads: an escaped `{` or backtick, or one in an
        # address, opens nothing either way; and each check reads back over the run before it,
        # review h102: 40,000 escapes after an address took 7 s)
        if src.startswith("<", pos + 1) and pos and src[pos - 1] not in " \t\n" and _may_hold_literal(state) \
                and _in_autolink(state, pos):
            return False
        return escape(state, silent)

    return rule


def _may_hold_literal(state: StateInline) -> bool:
    """Whether the inline text has the start of a GFM literal anywhere (read once a text: a
    paragraph of many backtick runs looked at it again for each, review h96)."""
    held = state.__dict__.get("_mdx_may_hold_literal")
    if held is None:
        held = state.__dict__["_mdx_may_hold_literal"] = _AUTOLINK_START.search(state.src) is not None
    return held


def _marking_end(construct):
    """An inline rule that notes where the construct it reads ends: a GFM literal starts in no
    JSX tag, code span or expression already read (`<a href="https://x.com">{x +}</a>`: the
    address is the attribute's, and the `{` after the tag starts an expression; _in_autolink)."""

    def rule(state: StateInline, silent: bool) -> bool:
        found = construct(state, silent)
        if found and not silent:
            state.__dict__["_mdx_construct_end"] = state.pos
        return found

    return rule


def mdx_expression_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "{":
        return False
    if pos and src[pos - 1] not in " \t\n" and _in_autolink(state, pos):
        return False
    end = scan_expression(src, pos, state.posMax)
    if isinstance(end, ScanError):
        if silent:
            return False
        consumed = state.posMax - pos if end.to_end else 1
        if end.to_end and state.posMax < len(src):
            # In a link's label (`[a {b](c)`), which ends the text read here: the compiler reads
            # the expression on past the `]`, to the end of the paragraph, and fails there.
            whole = scan_expression(src, pos, len(src))
            if isinstance(whole, ScanError):
                end = whole
        # Read to the end of the text by the compiler: nothing after the `{` is markup to it.
        _push_error(state, end, consumed)
        state.tokens[-1].meta["to_end"] = end.to_end
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


def _joined(pieces: list[str], sources: list[int]):
    """Lines (without their containers' prefixes) joined into one text, and a function from its
    offsets to ``state.src``'s (``sources``: where each line's text starts there; ``.starts``:
    where each line starts in the text)."""
    starts: list[int] = []
    cursor = 0
    for piece in pieces:
        starts.append(cursor)
        cursor += len(piece) + 1

    def to_src(offset: int) -> int:
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        return sources[index] + (offset - starts[index])

    to_src.starts = starts  # type: ignore[attr-defined]
    return "\n".join(pieces), to_src


def _container_view(state: StateBlock, start_line: int, end_line: int):
    """The lines of a container (list item, block quote) without their prefixes, as
    one string, a function mapping its offsets back to ``state.src``, and where
    ``start_line``'s text starts in it.

    The view built for one line of a container serves its later lines too (the same
    string from another offset): the expression scanner remembers what it learned per
    string, so a container of many lines that each open a `{` is read in linear time, not
    once per line (a 1,600-line list item took 15 s)."""
    cache = state.__dict__.setdefault("_mdx_views", {})
    key = (end_line, state.blkIndent)
    entry = cache.get(key)
    if entry is not None:
        first, last, view, to_src, marks = entry
        # (the line the view stopped at is compared too: whether it ends the container)
        if first < start_line < last and all(
            lines[start_line : last + 1] == kept[start_line - first :] for lines, kept in zip(_line_arrays(state), marks)
        ):
            index = start_line - first
            begin = to_src.starts[index]
            while view[begin : begin + 1] in (" ", "\t"):
                begin += 1
            return view, to_src, begin
    pieces: list[str] = []
    sources: list[int] = []  # offset in src of each line's first character
    lazy = ended = None
    last = end_line
    # An empty line with fewer `>` than the construct's first line lacks a block quote's prefix: it
    # ends the quote (micromark's lazy line there, held-out h78: group Q).
    quotes = state.src.count(">", state.src.rfind("\n", 0, state.bMarks[start_line]) + 1, state.bMarks[start_line])
    for line in range(start_line, end_line):
        if quotes and line > start_line and state.isEmpty(line):
            line_start = state.src.rfind("\n", 0, state.bMarks[line]) + 1
            if state.src.count(">", line_start, state.eMarks[line]) < quotes:
                lazy = line_start
                last = line
                break
        if line > start_line and not state.isEmpty(line) and (state.sCount[line] < 0 or (
                state.sCount[line] < state.blkIndent and state.sCount[line] not in _outer_footnote_columns(state))):
            # A line without the container's prefix: a construct still open here
            # makes the compiler stop ("Unexpected lazy line … in container").
            line_start = state.src.rfind("\n", 0, state.bMarks[line]) + 1
            # (its text after the outer containers' prefixes; MDX has no indented code, so any indent)
            if _CONTAINER_START.match(state.src, state.bMarks[line] + state.tShift[line], state.eMarks[line]):
                ended = line_start  # a new list item or block quote: the container ends, no lazy line
            else:
                lazy = line_start  # the start of that line
            last = line
            break
        source_start = _after_indent(state, line, state.blkIndent)
        piece = state.src[source_start : state.eMarks[line]]
        if line == start_line:
            stripped = piece.lstrip(" \t")
            source_start += len(piece) - len(stripped)
            piece = stripped
        pieces.append(piece)
        sources.append(source_start)
    view, to_src = _joined(pieces, sources)
    to_src.lazy = lazy  # type: ignore[attr-defined]
    to_src.ended = ended  # type: ignore[attr-defined]
    # Kept while the lines read the same (a nested block quote or list item moves their marks
    # while it is parsed).
    cache[key] = (start_line, last, view, to_src, tuple(lines[start_line : last + 1] for lines in _line_arrays(state)))
    return view, to_src, 0


def _outer_footnote_columns(state: StateBlock) -> tuple[int, ...]:
    """The content columns of the footnote definitions the one being read is nested in, with no
    other container between: a line indented to one of them goes on the inner definition too.
    micromark's footnote continuation takes up to four columns and then checks that the last token
    is a footnote indentation of four: with no blank of its own to take, it sees the enclosing
    definition's (`[^a]: x`, `    [^b]: {1`, `    }` compiles; compiler probes, session 41)."""
    columns: list[int] = []
    column = state.blkIndent
    for token in reversed(_open_containers(state)):
        if token.type not in _PREFIXED_OPENS:
            continue
        if token.type != "footnote_reference_open":
            break
        column -= 4
        columns.append(column)
    return tuple(columns[:-1])


def _line_arrays(state: StateBlock) -> tuple[list[int], ...]:
    return state.bMarks, state.eMarks, state.tShift, state.sCount


def _after_indent(state: StateBlock, line: int, indent: int) -> int:
    """Where a line's text starts once ``indent`` columns of its whitespace are taken off,
    as markdown-it's ``getLines`` counts them (tabs to the next multiple of four), except
    that a tab the indent ends inside is kept (getLines would turn its rest into spaces,
    and the view's offsets would no longer map one to one onto the source)."""
    src = state.src
    first = line_start = state.bMarks[line]
    last = state.eMarks[line]
    column = 0
    while first < last and column < indent:
        char = src[first]
        if char == "\t":
            width = 4 - (column + state.bsCount[line]) % 4
            if column + width > indent:
                break
            column += width
        elif char == " " or first - line_start < state.tShift[line]:
            column += 1
        else:
            break
        first += 1
    return first


def _prefix_width(state: StateBlock) -> int:
    """The indentation a list item's lines keep (-1 in a footnote definition, whose end of file the
    compiler reports after the blanks: held-out h138)."""
    return -1 if state.parentType == "footnote" else state.blkIndent


def _end_on_prefix_line(src: str, offset: int, view: str, indent: int) -> int:
    """Where the compiler reports the end of the file at ``offset`` when the file ends, with no line
    ending, on a line that holds the containers' prefix and nothing else (`> {` then `>`, `- {` then
    two spaces or fewer, ``indent`` being the list item's): at that line's start (held-out h138);
    ``offset`` otherwise."""
    if offset != len(src) or not src or src[-1] in "\r\n":
        return offset
    line_start = max(src.rfind("\n"), src.rfind("\r")) + 1
    last = src[line_start:]
    if not line_start or last.strip(" \t>"):
        return offset
    if ">" in last:
        return line_start if not view[max(view.rfind("\n"), view.rfind("\r")) + 1 :] else offset
    return line_start if len(last.expandtabs(4)) <= indent else offset


def _after_container(state: StateBlock, line: int, view_end: int) -> tuple[int, bool]:
    """What the compiler meets after a container whose lines (up to ``view_end`` in the source) end
    with a construct still open: (where, True) for a lazy line, (where, False) for the end of the
    construct's text.  The line that counts is, in a block quote, the very next one (also an empty
    one, or the empty end of the file); in list items, the next one with text.  A line that starts
    a list item or a block quote ends the container (the end of the text there); any other is
    lazy; the end of the file after blank lines is the end of the text."""
    src = state.src
    after = min(view_end + 1, len(src))
    if ">" not in src[src.rfind("\n", 0, state.bMarks[line]) + 1 : state.bMarks[line]]:
        while after < len(src):
            newline = src.find("\n", after)
            newline = len(src) if newline == -1 else newline
            if src[after:newline].strip():
                break
            after = newline + 1
        else:
            return len(src), False
    newline = src.find("\n", after)
    if _CONTAINER_START.match(src, after, len(src) if newline == -1 else newline):
        return after, False
    return after, True


# A line that opens a list item or a block quote (the document tokenizer's containers).
_CONTAINER_START = re.compile(r"[ \t]*(?:>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))")


def _in_container(state: StateBlock, line: int) -> bool:
    src = state.src
    line_start = src.rfind("\n", 0, state.bMarks[line]) + 1
    return state.blkIndent > 0 or state.bMarks[line] != line_start


def _scan_items(src: str, pos: int, limit: int):
    items: list = []
    while True:
        while pos < limit and src[pos] in " \t":
            pos += 1
        if pos >= limit or src[pos] == "\n":
            return items, pos
        ch = src[pos]
        if ch == "<":
            if pos + 1 < limit and src[pos + 1] in " \t\n":
                return None, pos  # `<` before whitespace is text
            tag = scan_tag(src, pos, limit)
            if isinstance(tag, ScanError):
                return tag, pos
            items.append(tag)
            pos = tag.end
        elif ch == "{":
            if items and (not isinstance(items[-1], JsxTag) or mdx_version() < 3):
                # After a flow expression the compiler reads only a tag or the end of the line
                # (micromark-extension-mdx-expression's `end`): `{a} {b}` is a paragraph, and
                # the second expression is never read as a block (no lazy-line error there).
                # MDX 2 reads no expression after a flow tag either (`<b/> {a}` is a paragraph).
                return None, pos
            end = scan_expression(src, pos, limit)
            if isinstance(end, ScanError):
                return end, pos
            problem = check_expression(src[pos + 1 : end - 1])
            if problem is not None:
                # The compiler parses a block-level expression as soon as it closes.
                return ScanError(pos + 1 + problem.index, problem.message, pos, javascript=True,
                                 resume=-1 if problem.parses else end, line_start=problem.line_start), pos
            items.append((pos, end))
            pos = end
        else:
            return None, pos


def _scan_flow_line(state: StateBlock, start_line: int, end_line: int, first: str):
    """Scan tags/expressions from the start of a line until the line ends.

    Returns (items, last_line) where items are JsxTag objects and (start, end) tuples
    for expressions; None when text follows them (then the line is a paragraph); or
    a ScanError when the compiler would stop inside them.
    """
    src = state.src
    pos = state.bMarks[start_line] + state.tShift[start_line]
    items, end = _scan_items(src, pos, len(src))
    spans_lines = "\n" in src[pos:end] or isinstance(items, ScanError)
    if spans_lines and _in_container(state, start_line):
        # Inside a list item or block quote the construct continues on lines that
        # carry the container's prefix: scan the lines without it.
        view, to_src, begin = _container_view(state, start_line, end_line)
        items, end = _scan_items(view, begin, len(view))
        lazy = getattr(to_src, "lazy", None)
        # (an error at a character the line holds, `<5` last on it, is met there: the reading stopped
        # on that character, not for want of more)
        open_at_end = isinstance(items, ScanError) and (
            items.ran_out or items.to_end or (items.offset >= len(view) - 1 and not items.javascript
                                              and (items.offset >= len(view) or view[items.offset] in "\r\n")))
        # (after the container only where the compiler's reading went on past its last character: a tag
        # broken on that character fails there)
        if open_at_end and lazy is None and (items.to_end or items.ran_out or (items.offset >= len(view) and not items.javascript)):
            ended = getattr(to_src, "ended", None)
            place, lazy_line = (ended, False) if ended is not None else _after_container(state, start_line, to_src(len(view)))
            if lazy_line:
                lazy = place
            elif not items.javascript and items.offset >= len(view) - 1:
                # The container ends (the file, a new list item): micromark's reading ends there with
                # no `}` it could parse, and it reports that place.
                items = ScanError(_end_on_prefix_line(state.src, place, view, _prefix_width(state)), items.message,
                                  to_src(items.start) if items.start >= 0 else -1, to_end=True)
                return items
            else:
                open_at_end = False  # it reports its last parse failure, where it stands
        if isinstance(items, ScanError) and lazy is not None and open_at_end:
            items = ScanError(
                _end_on_prefix_line(state.src, lazy, view, _prefix_width(state)),
                "lazy line in a container: this construct is still open, and the line does not keep the list item's "
                "indentation or the block quote's `>`",
                to_src(items.start) if items.start >= 0 else -1,
            )
        elif isinstance(items, ScanError):
            offset = to_src(items.offset - 1) + 1 if items.line_start else to_src(items.offset)
            offset = _end_on_prefix_line(state.src, offset, view, _prefix_width(state))
            items = ScanError(offset, items.message, to_src(items.start) if items.start >= 0 else -1, items.javascript,
                              to_src(items.resume) if items.resume >= 0 else -1)
        elif items:
            items = [item.moved(to_src) if isinstance(item, JsxTag) else (to_src(item[0]), to_src(item[1])) for item in items]
        end = to_src(end)
    if items is None or isinstance(items, ScanError):
        return items
    if not items:
        return None
    if first == "<" and not isinstance(items[0], JsxTag):
        return None
    if first == "{" and mdx_version() < 3 and any(isinstance(item, JsxTag) for item in items):
        return None  # MDX 2 reads a line led by an expression with tags after it as a paragraph; MDX 3 as flow
    line = _line_of(state, end, start_line, end_line)
    return items, line


_CONTAINER_MARKERS = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*")
_NOT_PARAGRAPH = re.compile(r"#{1,6}(?:[ \t]|$)|`{3,}[^`]*$|~{3,}|(?:[-*_][ \t]*){3,}$")


def _after_paragraph_line(state: StateBlock, line: int) -> bool:
    """Whether the line before ``line``, without its container markers, could be paragraph text
    (not blank, not a heading, a fence, a thematic break or a line of tags and expressions alone):
    only then may ``line`` continue it."""
    if line <= 0:
        return False
    previous = state.src[state.bMarks[line - 1] : state.eMarks[line - 1]]
    if not _paragraph_text(previous[_CONTAINER_MARKERS.match(previous).end():]):  # type: ignore[union-attr]
        return False
    if _ends_flow_construct(state, line - 1):
        return False
    # Lazy lines of a block quote being read (markdown-it marks them with a negative indent) go on a
    # paragraph only when the line before them is paragraph text: after a heading, or a line of tags
    # or expressions alone, they end the quote (held-out h78: `- > # h` or `- > <X/>`, `b`, then `{`
    # is no line of the quote).
    anchor = line - 1
    while anchor > 0 and state.sCount[anchor] < 0:
        anchor -= 1
    if anchor != line - 1:
        before = state.src[state.bMarks[anchor] : state.eMarks[anchor]]
        # (nor after tags or expressions over lines of their own: `> {`, `> }`, then `A`, `{`, `}`
        # compiles, h108: `A` ends the quote)
        return _paragraph_text(before[_CONTAINER_MARKERS.match(before).end():]) and not _ends_flow_construct(state, anchor)  # type: ignore[union-attr]
    return True


_MOST_FLOW_LINES = 50


def _ends_flow_construct(state: StateBlock, line: int) -> bool:
    """Whether ``line`` is the last of tags or expressions alone on lines of their own that began on
    an earlier line (`> <A`, `> />`): flow, which no lazy line goes on; it interrupts a paragraph
    before it (compiler probes h108: `> a`, `> <A`, `> />`, then `{`, `}` compiles)."""
    last = state.src[_raw_start(state, line) : state.eMarks[line]].rstrip()
    if not last.endswith((">", "}")):
        return False  # (tags and expressions end so: a line that does not ends none)
    rests: list[str] = []
    for first in range(line, max(line - _MOST_FLOW_LINES, 0) - 1, -1):
        text = state.src[_raw_start(state, first) : state.eMarks[first]]
        rest = text[_CONTAINER_MARKERS.match(text).end():]  # type: ignore[union-attr]
        if not rest.strip() and (first == line or not text.strip()):
            return False
        # (a line blank but for the containers' markers, `>`, is whitespace inside a tag or an
        # expression: `> <X`, `>`, `> />` is one tag, compiler probes h117)
        rests.append(rest)
        if first < line and rest[:1] in ("<", "{"):
            joined = "\n".join(reversed(rests))
            items, end = _scan_items(joined, 0, len(joined))
            if isinstance(items, list) and items and not joined[end:].strip():
                return True
    return False


def _paragraph_text(rest: str) -> bool:
    """Whether a line's text (its container markers removed) can be a paragraph's."""
    if not rest.strip(" \t") or _NOT_PARAGRAPH.match(rest) is not None:  # (an em space is text: h108)
        return False
    if rest[0] not in "<{":
        return True
    # A line of tags and expressions alone is flow: it interrupts a paragraph before it (as `<A>`
    # after "Hi" opens a block), so no paragraph goes on into the next line.
    items, end = _scan_items(rest, 0, len(rest))
    return not isinstance(items, list) or not items or bool(rest[end:].strip())


_CONTAINER_CLOSES = frozenset({"blockquote_close", "list_item_close", "bullet_list_close", "ordered_list_close",
                               "footnote_reference_close"})
_PREFIXED_OPENS = {"blockquote_open": "blockquote", "list_item_open": "list_item", "footnote_reference_open": "footnote_reference"}


def _lazy_containers(state: StateBlock, line: int) -> list[tuple[str, int]] | None:
    """The prefixes of the containers ``line`` could still be a lazy line of (outermost first),
    or None.  markdown-it ends a block quote, list item or footnote definition before a line of
    tags or an expression that lacks its prefix; micromark reads that line in them when what ends
    there is its *content* (a paragraph or a definition: `> [x]: /u` then `{`, held-out h87) and a
    construct opened on it is theirs, so its next line without their prefix is a lazy line."""
    tokens = state.tokens
    if not tokens or tokens[-1].type not in _CONTAINER_CLOSES:
        return None
    # (read once for the tokens so far: the lines of a paragraph after a long list each ask)
    cached = state.__dict__.get("_mdx_closed")
    if cached is None or cached[0] != len(tokens):
        cached = state.__dict__["_mdx_closed"] = (len(tokens), _closed_chain(state))
    chain = cached[1]
    if chain is None:
        return None
    first_line, paragraph_end, prefixes, end_line = chain
    if any(first_line <= start < end_line for start in _definitions_ending(state).get(line, ())):
        # a definition last in the container (one on the lines after it is the page's own, with
        # nothing to go on: `- a`, a blank line, `[x]: /u`, then `<A` over lines, held-out h131)
        return prefixes
    return prefixes if paragraph_end == line else None


def _closed_chain(state: StateBlock) -> tuple[int, int | None, list[tuple[str, int]], int] | None:
    """For the containers the last tokens close: the first line of the innermost, the line after the
    paragraph that ends it when a lazy line may go on that paragraph (in a block quote or footnote
    definition; markdown-it reads such a line in a list item's paragraph itself), their prefixes,
    and the line after the outermost."""
    tokens = state.tokens
    index = len(tokens) - 1
    while index >= 0 and tokens[index].type in _CONTAINER_CLOSES:
        index -= 1
    # The containers those closes end, innermost first, by their open tokens.
    opens: list[Token] = []
    scan = index
    for close in tokens[index + 1 :]:
        level, kind = close.level, close.type[: -len("_close")] + "_open"
        while scan >= 0 and not (tokens[scan].type == kind and tokens[scan].level == level):
            scan -= 1
        if scan < 0:
            return None
        opens.append(tokens[scan])
    innermost = next((token for token in opens if token.type in _PREFIXED_OPENS), None)
    if innermost is None or innermost.map is None:
        return None
    paragraph_end = None
    if index >= 0 and tokens[index].type == "paragraph_close" and {token.type for token in opens} & {
            "blockquote_open", "footnote_reference_open"}:
        paragraph = index
        while paragraph >= 0 and not (tokens[paragraph].type == "paragraph_open" and tokens[paragraph].level == tokens[index].level):
            paragraph -= 1
        if paragraph >= 0 and tokens[paragraph].map is not None:
            paragraph_end = tokens[paragraph].map[1]
    prefixes = _prefixes_of(state, opens[::-1], state.bMarks.__getitem__)
    # (the line after the outermost of them: a definition in an outer list item after an inner list
    # ended is still in a container, review h132)
    end_line = max(token.map[1] for token in opens if token.map is not None)
    return (innermost.map[0], paragraph_end, prefixes, end_line) if prefixes else None


def _raw_start(state: StateBlock, line: int) -> int:
    """Where ``line`` starts as written (the block quotes being read move its mark past their `>`)."""
    return state.src.rfind("\n", 0, state.bMarks[line]) + 1


def _prefixes_of(state: StateBlock, opens: list[Token], line_start) -> list[tuple[str, int]] | None:
    """The prefixes of the containers ``opens`` opens (outermost first; other tokens are skipped),
    read off the lines they open on from ``line_start(line)``; None where a marker is not where it
    should be."""
    prefixes: list[tuple[str, int]] = []
    for token in opens:
        name = _PREFIXED_OPENS.get(token.type)
        if name is None or token.map is None:
            continue
        text = state.src[line_start(token.map[0]) : state.eMarks[token.map[0]]]
        after = (prefix_end(text, prefixes) or 0) if prefixes else 0
        marker = ">" if name == "blockquote" else "[^" if name == "footnote_reference" else token.markup
        column = text.find(marker, after) if marker else -1
        if column < 0:
            return None
        prefixes.append(container_prefix(name, text, column, marker, prefixes))
    return prefixes


def _open_containers(state: StateBlock) -> list[Token]:
    """The tokens opened and not yet closed (outermost first): what the block being read is in.

    Kept per level, and read again only above the deepest level whose containers are still open
    (no token below that level since): a page of many block quotes, and quotes in quotes, in one
    list item ask for each line they are lazy on, in time linear in the page (review h93)."""
    tokens = state.tokens
    level = state.level
    kept: dict[int, list] = state.__dict__.setdefault("_mdx_opens", {})
    base_level, base = 0, []
    for known in sorted((known for known in kept if known <= level), reverse=True):
        entry = kept[known]
        if entry[0] <= len(tokens) and all(token.level >= known for token in tokens[entry[0] :]):
            entry[0] = len(tokens)  # (each token is looked at once a level)
            base_level, base = known, entry[1]
            break
        del kept[known]  # a container at that level or below closed: never open again
    found: list[Token] = []
    depth = 0
    for token in reversed(tokens):
        if len(found) >= level - base_level:
            break  # (each open token not closed is one level: those above the known ones are the last)
        if token.nesting < 0:
            depth += 1
        elif token.nesting > 0:
            if depth:
                depth -= 1
            else:
                found.append(token)
    opens = base + found[::-1]
    kept[level] = [len(tokens), opens]
    return opens


def _quote_lazy_prefixes(state: StateBlock, line: int) -> list[tuple[str, int]] | None:
    """When a block quote being read asks whether ``line``, a line without its `>` after a
    paragraph line of the quote, ends it (markdown-it's lazy-line check): the prefixes, on the
    lines as written, of the containers a construct opened on it is in as the compiler reads it
    (the quote, the quotes in it the paragraph is in, the containers around it), or None.
    micromark tries the line as a construct of the quote's (whether it interrupts the paragraph):
    its next lines go on with the quotes' `>` (`> a`, `{a +`, `> b}` is one expression), and where
    it is still open at a line without them, the compiler stops there (held-out h90).  The
    containers in the quote are those its paragraph's last line opens (`> - a`: the list item's
    indentation too); on a line that goes on an item (`>   b`) only the quotes are seen, which
    reads more of such a construct's lines as its own, never fewer."""
    anchor = line - 1
    while anchor > 0 and state.sCount[anchor] < 0:
        anchor -= 1
        if line - anchor > _MOST_LAZY_LINES:
            return None  # (a paragraph of so many lazy lines is not read so: each of its lines would walk back)
    if not _after_paragraph_line(state, line):
        return None
    opens = [token for token in _open_containers(state) if token.type in _PREFIXED_OPENS]
    outer = _prefixes_of(state, opens, functools.partial(_raw_start, state))
    if outer is None:
        return None
    src = state.src
    text = src[_raw_start(state, line) : state.eMarks[line]]
    start = prefix_end(text, outer) if outer else 0
    if start is not None and text[start:].lstrip(" \t")[:1] == ">":
        return None  # a line of the quote itself (a table's row in it): no lazy line
    text = src[_raw_start(state, anchor) : state.eMarks[anchor]]
    index = base = 0  # (base: the column where the containers walked so far leave the line)
    for token, (kind, size) in zip(opens, outer):
        if kind == "quote":
            index = len(text) - len(text[index:].lstrip(" \t"))
            if text[index : index + 1] != ">":
                return None
            blank_after = text[index + 1 : index + 2] in (" ", "\t")
            base = virtual_column(text, index + 1) + blank_after
            index += 1 + blank_after
            continue
        column = base + size
        if token.type == "list_item_open" and token.map[0] == anchor:
            while index < len(text) and virtual_column(text, index) < column:
                index += 1  # the item's marker and the blanks after it, up to its content
        else:
            while index < len(text) and virtual_column(text, index) < column and text[index] in " \t":
                index += 1
            if virtual_column(text, index) < column:
                return None  # (a footnote's label, a line short of the item's indentation)
        base = column
    inner: list[tuple[str, int]] = []  # the quote being read and what the anchor line opens in it
    while True:
        marker = index
        while marker < len(text) and text[marker] in " \t":  # (any indentation: MDX has no indented code)
            marker += 1
        if text[marker : marker + 1] == ">":
            inner.append(("quote", marker))
            blank_after = text[marker + 1 : marker + 2] in (" ", "\t")
            base = virtual_column(text, marker + 1) + blank_after
            index = marker + 1 + blank_after
            continue
        if not inner:
            return None
        item = _INNER_ITEM.match(text, marker)
        if item is not None and item.group(1)[:-1] not in ("", "1") and item.end() < len(text) \
                and _after_paragraph_line(state, anchor):
            # An ordered list from another number than 1 cannot interrupt the paragraph before the
            # line, so it is not opened there (_list_in_interrupting_container): the line is
            # paragraph text (compiler probes h108: `x`, `> 2. ;`, `{[`, `> ]}` compiles).
            item = None
        if item is not None:
            # (the item's content column, as the list rule counts it; its other lines keep to it)
            sign = item.group(1)
            kind, content = container_prefix("list_item", text, marker + len(sign) - 1, sign[-1])  # (from column 0)
            inner.append((kind, content - base))
            base = content
            index = item.end()
            continue
        label = _FOOTNOTE_LABEL.match(text, marker)
        if label is not None:
            inner.append(container_prefix("footnote_reference", text, marker, "[^"))  # (four columns, past the quotes)
            base += inner[-1][1]
            index = label.end()
            continue
        if _NO_PARAGRAPH_LINE.match(text, marker) or not text[marker:].strip():
            # A table's row, a setext heading's underline, a footnote label with nothing after it: no
            # paragraph goes on there, and the compiler ends the quote before the line (review h93)
            return None
        return outer + inner


# What a line of a block quote may be that no lazy line goes on: a line with a `|` (a table's row
# or delimiter row, with or without its outer pipes), a setext heading's `=` underline.
_NO_PARAGRAPH_LINE = re.compile(r"[^\n]*\||[ \t]*=+[ \t]*$")


_MOST_LAZY_LINES = 200
# A list item's marker, or a footnote definition's label, that a line in a block quote opens.
_INNER_ITEM = re.compile(r"([-+*]|\d{1,9}[.)])(?:[ \t]+|$)")
_FOOTNOTE_LABEL = re.compile(r"\[\^[^\]\s]+\]:[ \t]*")


def _definitions_ending(state: StateBlock) -> dict[int, list[int]]:
    """The first lines of the page's definitions by the line after each (noted by _mdx_reference
    as each is read; a label defined twice, both: held-out h95)."""
    return state.env.get("_mdx_definition_ends", {})


_LAZY_IN_CONTAINER = (
    "lazy line in a container: this construct starts on a line that goes on the paragraph or definition that "
    "ends the block quote, list item or footnote definition before it, so the compiler reads it inside them, "
    "and this line does not carry their prefix (`>` in a block quote, indentation in a list item or footnote)")


def _last_line(state: StateBlock) -> int:
    """The last line as the compiler counts them: after a final line break, the empty line past it."""
    return state.lineMax if state.src.endswith("\n") else state.lineMax - 1


def _scan_lazy_flow(state: StateBlock, start_line: int, pos: int, prefixes: list[tuple[str, int]], line_start=None):
    """_scan_flow_line for a construct opened on a lazy line of the containers before it
    (_lazy_containers): the compiler reads it inside them, so its next lines go on without their
    prefixes, up to the first line that lacks one, where it stops if the construct is still open.
    Past the `}` of an expression its JavaScript parser refused it reads on, so that line is where
    it stops too, unless the line starts a container of its own (then the refusal is reported).
    ``line_start(line)``: where a line starts for the ``prefixes`` (by default its mark)."""
    src = state.src
    # (lines as written are read to the end of the page, past the end of a quote the one being read
    # is in: the compiler reads the construct in that quote too, and its lines end at the page's end)
    as_written = line_start is not None
    line_count = len(state.bMarks) - 1 if as_written else state.lineMax
    line_start = line_start or state.bMarks.__getitem__
    last = line_count if src.endswith("\n") else line_count - 1
    pieces: list[str] = []
    sources: list[int] = []
    lazy = ended = None
    for line in range(start_line, last + 1):
        text = src[line_start(line) : state.eMarks[line]] if line < line_count else ""
        if line == start_line:
            begin = pos
        else:
            column = missing_prefix(text, prefixes)
            if column is not None:
                if NEW_CONTAINER.match(text, column):
                    # A line that starts a container of its own ends the containers: no lazy line; a
                    # construct still open there ends with them (held-out h90), at the line's start when
                    # the line is read as written (review h93: `> - a`, `{x +`, `> - y}`: 3:1)
                    ended = line_start(line) + (0 if as_written else column)
                else:
                    lazy = (line, line_start(line) + column)
                break
            begin = line_start(line) + (prefix_end(text, prefixes) or 0)
        pieces.append(src[begin : state.eMarks[line]] if line < line_count else "")
        sources.append(begin)
    view, to_src = _joined(pieces, sources)
    items, end = _scan_items(view, 0, len(view))
    if isinstance(items, ScanError):
        open_at_end = items.ran_out or items.to_end or (items.offset >= len(view) and not items.javascript)
        reads_on = items.resume >= 0 and KEY_AFTER_SPREAD not in items.message
        if lazy is not None and (open_at_end or reads_on):
            return ScanError(lazy[1], _LAZY_IN_CONTAINER, pos)
        if ended is not None and open_at_end and not items.javascript:
            # (with no `}` refused before it, the compiler reports where the containers end)
            return ScanError(ended, items.message, pos, to_end=True)
        offset = to_src(items.offset - 1) + 1 if items.line_start else to_src(items.offset)
        return ScanError(offset, items.message, to_src(items.start) if items.start >= 0 else -1, items.javascript,
                         to_src(items.resume) if items.resume >= 0 else -1)
    if not items:
        return None
    if src[pos] == "<" and not isinstance(items[0], JsxTag):
        return None
    if src[pos] == "{" and mdx_version() < 3 and any(isinstance(item, JsxTag) for item in items):
        return None
    items = [item.moved(to_src) if isinstance(item, JsxTag) else (to_src(item[0]), to_src(item[1])) for item in items]
    return items, start_line + view.count("\n", 0, end)


def _make_flow_rule(first: str, token_type: str):
    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        pos = state.bMarks[start_line] + state.tShift[start_line]
        if pos >= state.eMarks[start_line] or state.src[pos] != first:
            return False
        prefixes = _lazy_containers(state, start_line) if state.tokens and state.tokens[-1].type in _CONTAINER_CLOSES else None
        line_start = state.bMarks.__getitem__
        if prefixes is None and silent and state.parentType == "blockquote":
            prefixes = _quote_lazy_prefixes(state, start_line)
            line_start = functools.partial(_raw_start, state)
        if prefixes:
            scanned = _scan_lazy_flow(state, start_line, pos, prefixes, line_start)
            if not silent:
                # (the containers' own check of whether this line ends them read it as a line of its own)
                errors = state.env.get("mdx_flow_errors", {})
                for offset in [offset for offset, (_, _, within) in errors.items() if within == pos]:
                    del errors[offset]
                    state.env.get("mdx_flow_resume", {}).pop(offset, None)
        else:
            scanned = _scan_flow_line(state, start_line, end_line, first)
        if scanned is None:
            return False
        if isinstance(scanned, ScanError):
            # The compiler's flow tokenizer stops here, also when it only checks
            # whether the line interrupts a paragraph (not where no paragraph goes on:
            # after a heading, a fence or a break in a container).
            if not silent or _after_paragraph_line(state, start_line):
                state.env.setdefault("mdx_flow_errors", {}).setdefault(scanned.offset, (scanned.message, scanned.start, pos))
                if scanned.resume >= 0 and KEY_AFTER_SPREAD not in scanned.message:
                    # (`key` after a spread is refused later, by the JSX step, where it stands)
                    state.env.setdefault("mdx_flow_resume", {}).setdefault(scanned.offset, scanned.resume)
            return False
        items, last_line = scanned
        if silent:
            return True
        token = state.push(token_type, "", 0)
        token.map = [start_line, last_line + 1]
        token.content = state.src[pos : state.eMarks[last_line]]
        token.meta = {"items": items, "start": pos, "end": state.eMarks[last_line], "lazy": prefixes}
        state.line = last_line + 1
        return True

    return rule


_JSX_FLOW = _make_flow_rule("<", "mdx_jsx_flow")


def mdx_esm(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    # parentType is unreliable (lheading leaves it as "paragraph"); level 0 means top level.
    if state.level != 0 or state.tShift[start_line] != 0 or state.blkIndent != 0:
        return False
    pos = state.bMarks[start_line]
    if not _ESM_START.match(state.src, pos, state.eMarks[start_line]):
        return False
    if start_line and start_line in _definitions_ending(state):
        # Right after a definition the line goes on micromark's content (definitions and a
        # paragraph's text): no ESM (held-out h78: `[x]: y` then `import the rest` is text).
        return False
    if silent:
        return True
    line = start_line + 1
    while line < end_line and not state.isEmpty(line):
        line += 1
    # Like the compiler, go on past a blank line while the code is incomplete (the
    # parser stopped at the end of the text): the statement may continue there.
    if line < end_line and not _esm_ends(state, pos, line):
        ends = [line]  # where the block may end: after each run of lines past a blank one
        while ends[-1] < end_line:
            next_line = ends[-1]
            while next_line < end_line and state.isEmpty(next_line):
                next_line += 1
            while next_line < end_line and not state.isEmpty(next_line):
                next_line += 1
            ends.append(next_line)
        line = ends[_first_end(state, pos, ends, end_line)]
    token = state.push("mdx_esm", "", 0)
    token.map = [start_line, line]
    token.content = state.src[pos : state.eMarks[line - 1]]
    token.meta = {"start": pos, "end": state.eMarks[line - 1]}
    state.line = line
    return True


def _esm_ends(state: StateBlock, pos: int, line: int) -> bool:
    """Whether the import/export text from ``pos`` to the end of the line before ``line`` is whole:
    it parses, or fails before its end (what follows cannot make it whole)."""
    problem = check_module(state.src[pos : state.eMarks[line - 1]])
    return problem is None or (problem.index < state.eMarks[line - 1] - pos and not problem.open_at_end)


# How much text the places an open import/export may end are read for, one by one, before the rest
# are searched by halves: every real page is read one by one, exactly as the compiler goes on.
_LINEAR_CHARACTERS = 400_000


def _first_end(state: StateBlock, pos: int, ends: list[int], end_line: int) -> int:
    """The index in ``ends`` of the first place the text is whole (ends[0] is known not to be),
    else of the last place.  The places are read one by one while the text read stays under
    _LINEAR_CHARACTERS in all; past that (hundreds of blank-separated lines after an open
    `export`: each reading a parse of all the text before) by halves, which takes a text once
    whole to stay so (more text after it fails before its end) — not always true (a code fence
    after it may reopen it), but a page that long is read in bounded time."""
    last = len(ends) - 1
    budget = _LINEAR_CHARACTERS
    index = 1
    while index <= last:
        if ends[index] >= end_line or _esm_ends(state, pos, ends[index]):
            return index
        budget -= state.eMarks[ends[index] - 1] - pos
        if budget <= 0:
            break
        index += 1
    low, high = index, last  # ends[low] is not whole; ends[high] is the answer if none is
    while high - low > 1:
        middle = (low + high) // 2
        if _esm_ends(state, pos, ends[middle]):
            high = middle
        else:
            low = middle
    return high


_FIVE_SPACE_RULE = "        if indentAfterMarker > 4:\n            indentAfterMarker = 1\n"
# CommonMark's "four columns past the list's indent is a paragraph continuation": MDX has no
# indented code, and micromark starts an item there (`    - a` then `    - b` are two items).
_DEEP_ITEM_RULE = (
    "    if (\n"
    "        state.listIndent >= 0\n"
    "        and state.sCount[startLine] - state.listIndent >= 4\n"
    "        and state.sCount[startLine] < state.blkIndent\n"
    "    ):\n"
    "        return False\n"
)


def _mdx_list_block():
    """markdown-it's list rule without CommonMark's five-space rule and its four-column one.

    In CommonMark, five or more spaces after a list marker are the marker's one space
    plus indented code, so the item's content column is the marker's width plus one.
    MDX has no indented code: micromark then reads all the whitespace as the marker's
    (its ``listItemPrefixWhitespace`` has no size limit when ``codeIndented`` is
    disabled), so in ``1.     b`` the content starts at ``b`` and a line must be
    indented that far to stay in the item.  The upstream function is compiled again
    with those two lines removed; where its text differs (another markdown-it-py), the
    upstream rule is used as it is (``tests/test_parser.py`` checks which ran)."""
    import inspect

    from markdown_it.rules_block import list as upstream

    try:
        source = inspect.getsource(upstream.list_block)
    except (OSError, TypeError):
        return upstream.list_block
    if source.count(_FIVE_SPACE_RULE) != 1 or source.count(_DEEP_ITEM_RULE) != 1:
        return upstream.list_block
    namespace = dict(vars(upstream))
    exec(compile(source.replace(_FIVE_SPACE_RULE, "").replace(_DEEP_ITEM_RULE, ""), upstream.__file__, "exec"), namespace)
    rule = namespace["list_block"]
    rule.mdx_patched = True
    return rule


def _list_in_interrupting_container(rule):
    """The list rule, where a block quote or list item opened on this line interrupts a paragraph:
    micromark reads the containers a line opens with the paragraph's interruption still in force, so
    a list started there must be one that could interrupt it, not ordered from another number than 1
    (compiler probes h108: `a`, `> 2. {`, `}` is a paragraph in the quote; markdown-it
    opens the list)."""

    def list_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        start = state.bMarks[start_line] + state.tShift[start_line]
        number = _ORDERED_MARKER.match(state.src, start, state.eMarks[start_line])
        if silent and state.parentType == "paragraph" and number is not None and number.group(1) != "1" \
                and state.sCount[start_line] >= state.blkIndent:  # (not a next item of the list: that interrupts nothing)
            return False  # (micromark lets an ordered list interrupt a paragraph at `1` only, not `01`: h111)
        if not silent and number is not None and number.group(1) != "1" and _after_definition(state, start_line) \
                and not _EMPTY_ITEM.match(state.src, start, state.eMarks[start_line]):
            # A definition is read from a paragraph's lines (micromark's content): a line it could go
            # on is its text unless it interrupts it (compiler probes h108: `[b]: /u`, `2. {` is text).
            return False
        # (an item with nothing after its marker is left to the rule as it is: the lazy-line checks
        # read such a line as a marker alone, `> 2.`, not as paragraph text)
        if silent or not _opened_after_paragraph(state, start_line) or _EMPTY_ITEM.match(state.src, start, state.eMarks[start_line]):
            return rule(state, start_line, end_line, silent)
        if number is not None and number.group(1) != "1":
            return False
        parent = state.parentType
        state.parentType = "paragraph"
        try:
            interrupts = rule(state, start_line, end_line, True)
        finally:
            state.parentType = parent
        return interrupts and rule(state, start_line, end_line, silent)

    return list_rule


_EMPTY_ITEM = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])[ \t]*$")


def _after_definition(state: StateBlock, line: int) -> bool:
    """Whether a definition of the container being read ends on the line before ``line``."""
    firsts = _definitions_ending(state).get(line)
    if not firsts or (state.tokens and state.tokens[-1].type in _CONTAINER_CLOSES):
        return False  # (none, or one in a container closed since)
    opens = _open_containers(state)
    inner = opens[-1].map[0] if opens and opens[-1].map is not None else 0
    return any(first >= inner for first in firsts)


_ORDERED_MARKER = re.compile(r"([0-9]{1,9})[.)]")


def _opened_after_paragraph(state: StateBlock, line: int) -> bool:
    """Whether the block quotes and list items that ``line`` opens (at least one) interrupt a
    paragraph that ends on the line before."""
    tokens = state.tokens
    index = len(tokens) - 1
    opened = False
    while index >= 0 and tokens[index].type in ("blockquote_open", "list_item_open", "bullet_list_open", "ordered_list_open") \
            and tokens[index].map is not None and tokens[index].map[0] == line:
        opened = True
        index -= 1
    if not opened or index < 1 or tokens[index].type != "paragraph_close":
        return False
    start = index - 1
    while start >= 0 and tokens[start].type != "paragraph_open":
        start -= 1
    return start >= 0 and tokens[start].map is not None and tokens[start].map[1] == line


_LABEL_ONLY = re.compile(r"\[[^\]\n]+\]:[ \t]*")
# A label as micromark reads it: at most 999 characters between the brackets, no unescaped `[`.
_LONGEST_LABEL = 999
_LABEL_END = re.compile(r"(?:[^\\\[\]]|\\.){0,%d}\]" % _LONGEST_LABEL, re.S)
_MICROMARK_SPACE = re.compile(r"[\t\n\r ]+")


def micromark_label(label: str) -> str:
    """A reference label as micromark matches it (normalizeIdentifier): runs of space, tab, CR and
    LF collapsed, trimmed, case-folded.  markdown-it also collapses other Unicode spaces (no-break
    space, U+3000, form feed), which would join labels the compiler keeps apart."""
    return _MICROMARK_SPACE.sub(" ", label).strip(" ").lower().upper()


def _use_micromark_labels() -> None:
    # markdown-it's block and inline rules import normalizeReference by name: each module's is
    # replaced (mdxlint's own parser is markdown-it's only user in the process that lints).
    # (by their modules' full names: the packages export functions of the same names)
    import importlib

    for name in ("markdown_it.rules_block.reference", "markdown_it.rules_inline.image", "markdown_it.rules_inline.link"):
        module = importlib.import_module(name)
        assert hasattr(module, "normalizeReference"), name
        module.normalizeReference = micromark_label  # type: ignore[attr-defined]


# A setext heading's `=` underline (with MDX's indented code off, at any indentation).
_EQUALS_UNDERLINE = re.compile(r"=+[ \t]*")


def _flow_expression_at(src: str, start: int) -> bool:
    """Whether the `{` at ``start`` opens an expression alone on its lines (MDX's flow construct,
    which ends a paragraph's content), or one never closed; not the start of a destination
    (`{a}b`, `{a} "title"`)."""
    end = scan_expression(src, start)
    if isinstance(end, ScanError):
        return True
    line_end = src.find("\n", end)
    return not src[end : line_end if line_end >= 0 else len(src)].strip(" \t\r")


def _mdx_reference(reference):
    """markdown-it's link reference definition, except one whose destination would be the next
    line when that line starts with `<` or `{` (`[a]:` then `<b>` or `{a}`: the compiler reads it
    as JSX or an expression) or underlines a setext heading (`[a]:` then `===`: a heading, held-out
    h78: group F): micromark reads that line as that construct, and `[a]:` defines nothing."""

    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        start = state.bMarks[start_line] + state.tShift[start_line]
        if state.src[start : start + 1] == "[" and _LABEL_END.match(state.src, start + 1) is None:
            return False  # (a label longer than 999 characters, or none: no definition)
        if start_line + 1 < end_line:
            label = state.src[state.bMarks[start_line] + state.tShift[start_line] : state.eMarks[start_line]]
            next_start = state.bMarks[start_line + 1] + state.tShift[start_line + 1]
            if state.src[next_start : next_start + 1] == "<" and _LABEL_ONLY.fullmatch(label) and _JSX_FLOW(
                    state, start_line + 1, end_line, True):
                return False  # (`<u> 'x'` is no flow tag: text follows it; the destination `<u>` and a title)
            if state.src[next_start : next_start + 1] == "{" and _LABEL_ONLY.fullmatch(label) and _flow_expression_at(
                    state.src, next_start):
                return False
            if state.src[next_start : next_start + 1] == "=" and _LABEL_ONLY.fullmatch(label) and _EQUALS_UNDERLINE.fullmatch(
                    state.src, next_start, state.eMarks[start_line + 1]):
                return False
        found = reference(state, start_line, end_line, silent)
        if found and not silent:
            # Every definition, a label's second one too (markdown-it keeps the first in
            # env["references"] only): the line after it goes on micromark's content (_definitions_ending).
            state.env.setdefault("_mdx_definition_ends", {}).setdefault(state.line, []).append(start_line)
        return found

    return rule


# A `~~` run's delimiter while pairs are balanced: micromark pairs strikethrough runs of one length only
# (`~~a~<b>~~</b>`: the `~` is text, the `~~` pair holds the tag; held-out h87), and markdown-it pairs any
# two runs, then drops a pair of two lengths.  A marker of its own keeps the runs apart.
_LONG_TILDE = 0x7E + 0x10000


def _tilde_runs(tokenize):
    def rule(state: StateInline, silent: bool) -> bool:
        count = len(state.delimiters)
        found = tokenize(state, silent)
        if found:
            for delimiter in state.delimiters[count:]:
                if delimiter.marker == 0x7E and len(state.tokens[delimiter.token].content) == 2:
                    delimiter.marker = _LONG_TILDE
        return found

    return rule


def _balance_tilde_runs(balance):
    def rule(state: StateInline) -> None:
        balance(state)
        for delimiters in [state.delimiters, *(meta["delimiters"] for meta in state.tokens_meta if meta and "delimiters" in meta)]:
            for delimiter in delimiters:
                if delimiter.marker == _LONG_TILDE:
                    delimiter.marker = 0x7E  # (the strikethrough rule pairs its own marker's runs)

    return rule


def create_parser(*, shortcuts: bool = True) -> MarkdownIt:
    """The MDX parser.  ``shortcuts=False`` tries every rule everywhere, as markdown-it
    does (the tests check that both give the same tokens)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    # CommonMark's preset stops at 20 levels (ten nested lists); the MDX compiler reads
    # any depth.  Deeper than this, the builder reports what was not read.
    md.options["maxNesting"] = MAX_BLOCK_DEPTH
    md.inline = PositionedInline()
    _use_micromark_labels()
    md.inline.shortcuts = shortcuts
    md.enable(["table", "strikethrough"])
    table = md.block.ruler.__rules__[md.block.ruler.__find__("table")]
    md.block.ruler.at("table", _with_excess_cells(gfm_table), {"alt": list(table.alt)})
    # GFM strikethrough as micromark reads it: `~a~` as well as `~~a~~`, opener and closer of one
    # width, runs of three or more are text (markdown-it-py 4.1 and later; earlier ones read `~~` only).
    md.options["strikethrough_single_tilde"] = True
    md.inline.ruler.at("strikethrough", _tilde_runs(md.inline.ruler.__rules__[md.inline.ruler.__find__("strikethrough")].fn))
    md.inline.ruler2.at("balance_pairs", _balance_tilde_runs(md.inline.ruler2.__rules__[md.inline.ruler2.__find__("balance_pairs")].fn))
    md.use(footnote_plugin)
    # The compiler parses every footnote definition where it stands, referenced or not;
    # markdown-it's tail moves the referenced ones to the end and drops the others.
    md.core.ruler.disable("footnote_tail")
    # A footnote definition ends a block quote where a line without `>` opens one (micromark: it
    # interrupts the quote's paragraph, so the line is no lazy one; compiler probes h104).
    footnote = md.block.ruler.__rules__[md.block.ruler.__find__("footnote_def")]
    md.block.ruler.at("footnote_def", footnote.fn, {"alt": [*footnote.alt, "blockquote"]})
    # MDX has no indented code, no HTML and no autolinks.
    md.disable(["code", "html_block", "html_inline", "autolink"])
    # Keep every text token separate so that each keeps its own span.
    md.disable(["text_join", "fragments_join"])
    md.block.ruler.at("list", _list_in_interrupting_container(_mdx_list_block()), {"alt": ["paragraph", "reference", "blockquote"]})
    reference = md.block.ruler.__rules__[md.block.ruler.__find__("reference")]
    md.block.ruler.at("reference", _mdx_reference(reference.fn), {"alt": list(reference.alt)})
    md.block.ruler.before(
        "paragraph", "mdx_esm", mdx_esm, {"alt": []}
    )
    md.block.ruler.before(
        "paragraph", "mdx_jsx_flow", _JSX_FLOW, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    md.block.ruler.before(
        "paragraph", "mdx_flow_expression", _make_flow_rule("{", "mdx_flow_expression"), {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    md.block.ruler.at("paragraph", mdx_paragraph)
    md.disable("lheading")  # mdx_paragraph reads setext headings itself
    md.inline.ruler.at("image", _in_image_label(_no_hopeless_label(md.inline.ruler.__rules__[md.inline.ruler.__find__("image")].fn, 1)))
    md.inline.ruler.at("link", _no_hopeless_label(md.inline.ruler.__rules__[md.inline.ruler.__find__("link")].fn, 0))
    md.inline.ruler.at("escape", _not_escape_in_autolink(md.inline.ruler.__rules__[md.inline.ruler.__find__("escape")].fn))
    md.inline.ruler.at("backticks", _not_in_autolink(md.inline.ruler.__rules__[md.inline.ruler.__find__("backticks")].fn))
    md.inline.ruler.before("autolink", "mdx_jsx_inline", _marking_end(mdx_jsx_inline))
    md.inline.ruler.before("autolink", "mdx_expression", _marking_end(mdx_expression_inline))
    if shortcuts:
        _gate_block_rules(md)
        md.core.ruler.at("normalize", _normalize_when_needed)
    return md


def _normalize_when_needed(state) -> None:
    """markdown-it's ``normalize`` rewrites the whole text with two regular expressions
    (CR LF and CR to LF, NUL to U+FFFD); a text with neither comes out unchanged."""
    if "\r" in state.src or "\0" in state.src:
        _upstream_normalize(state)


# -- block rules tried only where they can start --------------------------------------
# markdown-it tries every block rule at every block start, and every terminator rule on
# every line of a paragraph or list item.  Each of these rules first checks one
# character (its own marker, or the table's delimiter row on the next line) and
# returns False without it; checking that character before the call gives the same
# tokens for a third of the block parser's time.

_BLOCK_STARTS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "footnote_def": "[",
    "reference": "[",
    "heading": "#",
    "mdx_esm": "ie",
    "mdx_jsx_flow": "<",
    "mdx_flow_expression": "{",
}


def _gated_on_line(rule, starts: str):
    def gated(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        pos = state.bMarks[start_line] + state.tShift[start_line]
        if pos < state.eMarks[start_line] and state.src[pos] not in starts:
            return False
        return rule(state, start_line, end_line, silent)

    return gated


# A line of JSX tags and nothing else, or of one expression alone (MDX's flow constructs; their
# text without line breaks or nested braces).
_FLOW_ONLY = re.compile(r"""(?:<(?!!)(?:[^<>{}"'\n]|"[^"\n]*"|'[^'\n]*')*>[ \t]*)+|\{[^{}\n]*\}[ \t]*""")


# A table's delimiter row (`|---|:-:|`, `--- | ---`): dashes, colons, pipes and blanks, a dash at least.
_DELIMITER_ROW = re.compile(r"[ \t|:]*-[-| \t:]*")


def _with_excess_cells(rule):
    """The table rule, and the cells of a body row beyond the header's count, which GFM drops
    from the table but the compiler still parses (a broken expression there fails the page):
    pushed as ``excess_td`` cells, parsed and checked, read as no prose."""

    def table(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        header = state.src[state.bMarks[start_line] + state.tShift[start_line] : state.eMarks[start_line]]
        if header[:1] in ("{", "<") and _FLOW_ONLY.fullmatch(header):
            return False  # a line of tags or expressions alone is MDX's, no table header (held-out h78)
        if "|" not in header and (not _paragraph_text(header) or _ESM_START.match(header) or header.startswith("<!--") or (
                header[:1] in "<{" and _scan_flow_line(state, start_line, end_line, header[0]) is not None)):
            # A header row without a pipe (mdxlint.mdx.table) is a paragraph's line that a delimiter row turns
            # into a table: not a fence's opening line, a heading, a break, an import, nor a tag or an expression
            # the compiler reads as a block first (whose error, `{` over lines never closed, stands; review h128:
            # "```md" over `|---|` made a table of the fence)
            return False
        if header[:1] == "<" and isinstance(_scan_flow_line(state, start_line, end_line, "<"), ScanError):
            # A tag the compiler refuses at the start of the header row: micromark tries a JSX block
            # there before a table, and its flow tokenizer stops at once, before any later block
            # (`<5 | a` over `-|-`, held-out h134); the flow rule reports it.
            return False
        if start_line + 1 < end_line:
            delimiter = state.src[state.bMarks[start_line + 1] + state.tShift[start_line + 1] : state.eMarks[start_line + 1]]
            if "|" not in delimiter and ":" not in delimiter:
                # A delimiter row with neither a pipe nor a colon is a setext underline or a thematic
                # break to micromark, whatever the header row holds (`| Name |` over `---` is a heading;
                # held-out h134), as markdown-it takes it only where the header has one cell.
                return False
        if _CONTAINER_START.match(header):
            # A list item or block quote opens before a table can (`- | a |`): micromark reads the
            # containers of a line first, and the header is the container's content (held-out h78:
            # group W); markdown-it tries the table first.
            return False
        if start_line + 1 < end_line and _DELIMITER_ROW.fullmatch(
                state.src, state.bMarks[start_line + 1] + state.tShift[start_line + 1], state.eMarks[start_line + 1]):
            # An import/export line right after a row ends the table (micromark reads ESM there, as after
            # any block but a paragraph's text; held-out h82), and so does a footnote definition
            # (micromark opens the definition there; compiler probes h104: `[^2]: x {1` then `}` compiles
            # as a footnote's paragraph, as a row its cell's `{` is never closed).  Only under a delimiter
            # row: the rule is tried at every line of a paragraph (review h86: a scan at each one was quadratic).
            top = state.level == 0 and state.blkIndent == 0
            line = start_line + 2
            while line < end_line and not state.isEmpty(line):
                begin = state.bMarks[line] + state.tShift[line]
                if top and state.tShift[line] == 0 and _ESM_START.match(state.src, begin, state.eMarks[line]) or (
                        state.sCount[line] - state.blkIndent < 4 and _FOOTNOTE_LABEL.match(state.src, begin, state.eMarks[line])):
                    end_line = line
                    break
                line += 1
        first = len(state.tokens)
        if not rule(state, start_line, end_line, silent):
            return False
        if silent:
            if 0 <= state.sCount[start_line] < state.blkIndent and state.parentType == "paragraph":
                # The header row is a lazy line of a list item's paragraph and the delimiter row is
                # indented into the item: micromark builds the table in the item, which ends with it
                # (`- a`, `|b|`, `  |-|`, then `c {` is a paragraph of its own; compiler probes h117).
                # markdown-it would end the item at the lazy line and build the table outside it, taking
                # the unindented lines after it as rows: the item's block loop is made to go on there.
                state.sCount[start_line] = state.blkIndent
            return True
        pushed = state.tokens[first:]
        header = sum(1 for token in pushed if token.type == "th_open")
        out: list[Token] = []
        row_line = -1
        body = False
        for token in pushed:
            if token.type == "tbody_open":
                body = True
            elif token.type == "tr_open" and body and token.map:
                row_line = token.map[0]
            elif token.type == "tr_close" and body and row_line >= 0:
                text = state.src[state.bMarks[row_line] + state.tShift[row_line] : state.eMarks[row_line]].strip()
                cells = escapedSplit(text)
                if cells and cells[0] == "":
                    cells.pop(0)
                if cells and cells[-1] == "":
                    cells.pop()
                for content in cells[header:]:
                    opened = Token("excess_td_open", "td", 1)
                    opened.map = [row_line, row_line + 1]
                    inline = Token("inline", "", 0)
                    inline.map = [row_line, row_line + 1]
                    inline.content = content.strip()
                    inline.children = []
                    out += [opened, inline, Token("excess_td_close", "td", -1)]
                row_line = -1
            out.append(token)
        state.tokens[first:] = out
        return True

    return table


def _gated_table(rule):
    def gated(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if start_line + 2 > end_line:
            return False  # the table rule's own first test
        pos = state.bMarks[start_line + 1] + state.tShift[start_line + 1]
        if pos >= state.eMarks[start_line + 1] or state.src[pos] not in "|-:":
            return False  # no delimiter row: the table rule checks this before anything else
        return rule(state, start_line, end_line, silent)

    return gated


def _gate_block_rules(md: MarkdownIt) -> None:
    ruler = md.block.ruler
    raw: dict[str, object] = {}
    for rule in ruler.__rules__:
        if rule.name == "table":
            rule.fn = _gated_table(rule.fn)
        elif rule.name in _BLOCK_STARTS:
            raw[rule.name] = rule.fn
            rule.fn = _gated_on_line(rule.fn, _BLOCK_STARTS[rule.name])
    ruler.__cache__ = None  # getRules() lists the functions; rebuild them
    # The gated functions serve markdown-it's own terminator checks (in lists and block
    # quotes); the block loop and the paragraph rule pick rules by character instead.
    dispatcher = _BlockChains(ruler, raw)
    md.block.tokenize = types.MethodType(_dispatching_tokenize(dispatcher), md.block)  # type: ignore[method-assign]
    md.block.parse = types.MethodType(_parse_blocks, md.block)  # type: ignore[method-assign]
    md.block.mdx_chains = dispatcher  # type: ignore[attr-defined]


class _BlockChains:
    """The block rules of a chain ("" or a terminator list) that can start at a line,
    by the line's first non-blank character (None: a blank line)."""

    def __init__(self, ruler, raw: dict[str, object]) -> None:
        self.ruler = ruler
        self.raw = raw
        self.key: object = None
        self.chains: dict[tuple[str, str | None], list] = {}

    def rules(self, chain: str, ch: str | None) -> list:
        compiled = _compiled_rules(self.ruler)
        if compiled is not self.key:
            self.key = compiled
            self.chains = {}
        rules = self.chains.get((chain, ch))
        if rules is None:
            rules = []
            for rule in self.ruler.__rules__:
                if not rule.enabled or (chain and chain not in rule.alt):
                    continue
                starts = _BLOCK_STARTS.get(rule.name)
                if starts is None or rule.name not in self.raw:
                    rules.append(rule.fn)  # table (gated on the next line), paragraph, plugins
                elif ch is None or ch in starts:
                    rules.append(self.raw[rule.name])
            self.chains[(chain, ch)] = rules
        return rules

    def at(self, state: StateBlock, chain: str, line: int) -> list:
        pos = state.bMarks[line] + state.tShift[line]
        return self.rules(chain, state.src[pos] if pos < state.eMarks[line] else None)


def _dispatching_tokenize(chains: _BlockChains):
    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        """markdown-it's block loop, trying only the rules that can start at each line."""
        line = startLine
        max_nesting = state.md.options["maxNesting"]
        has_empty_lines = False
        while line < endLine:
            state.line = line = state.skipEmptyLines(line)
            if line >= endLine:
                break
            if state.sCount[line] < state.blkIndent:
                break  # the end of a nested block (list item, block quote)
            rules = chains.at(state, "", line)
            if state.level >= max_nesting:
                # markdown-it would drop the rest of the container here (to the end of
                # the file for a list item).  Read it as flat paragraphs instead, so what
                # follows the deep part is read as usual, and say so (the builder reports it).
                too_deep = state.env.setdefault("mdx_too_deep", [])
                too_deep.append((state.bMarks[line], state.eMarks[line]))
                rules = [mdx_paragraph]
            ok = False
            for rule in rules:
                ok = rule(state, line, endLine, False)
                if ok:
                    if state.line <= line:
                        raise RuntimeError("block rule didn't increment state.line")
                    break
            if not ok:
                raise RuntimeError("none of the block rules matched")
            state.tight = not has_empty_lines
            line = state.line
            if (line - 1) < endLine and state.isEmpty(line - 1):
                has_empty_lines = True
            if line < endLine and state.isEmpty(line):
                has_empty_lines = True
                line += 1
                state.line = line

    return tokenize


class _LineState(StateBlock):
    """markdown-it's block state with its line tables built from ``str.split``.

    The tables are those of StateBlock (begin, end, first non-blank offset, indent
    with tabs expanded); upstream walks the blanks of every line character by
    character.  Its tokens are made by :func:`_new_token`."""

    def push(self, ttype, tag, nesting):  # type: ignore[override]
        if not FAST_TOKENS:
            return super().push(ttype, tag, nesting)
        if nesting < 0:
            self.level -= 1
        token = _new_token(ttype, tag, nesting, self.level, True)
        if nesting > 0:
            self.level += 1
        self.tokens.append(token)
        return token

    def __init__(self, src: str, md: MarkdownIt, env, tokens: list[Token]) -> None:
        super().__init__("", md, env, tokens)  # every other field, for an empty text
        self.src = src
        pieces = src.split("\n")
        if src.endswith("\n") or not src:
            pieces.pop()  # nothing after the last line break
        elif not pieces[-1].strip(" \t"):
            pieces.pop()  # a last line of blanks without a line break has no entry
        lengths = list(map(len, pieces))
        shifts = [length - len(piece.lstrip(" \t")) for piece, length in zip(pieces, lengths)]
        begins = [0, *itertools.accumulate(length + 1 for length in lengths)]
        ends = [begin + length for begin, length in zip(begins, lengths)]
        counts = shifts[:]
        if "\t" in src:
            for index, piece in enumerate(pieces):
                if "\t" in piece[: shifts[index]]:
                    offset = 0
                    for character in piece[: shifts[index]]:
                        offset += 4 - offset % 4 if character == "\t" else 1
                    counts[index] = offset
        length = len(src)
        begins[-1] = length  # the fake last entry StateBlock adds
        ends.append(length)
        shifts.append(0)
        counts.append(0)
        self.bMarks, self.eMarks, self.tShift, self.sCount = begins, ends, shifts, counts
        self.bsCount = [0] * len(begins)
        self.lineMax = len(begins) - 1


def _parse_blocks(self, src: str, md: MarkdownIt, env, outTokens: list[Token]):
    if not src:
        return None
    state = _LineState(src, md, env, outTokens)
    self.tokenize(state, state.line, state.lineMax)
    return state.tokens


# -- paragraphs without indented code ----------------------------------------------
# markdown-it's paragraph and setext-heading rules treat a line indented by four or
# more spaces as a lazy continuation that nothing can interrupt (it would be indented
# code).  MDX has no indented code: such a line can start JSX, a fence, a list… so
# these two rules are the upstream ones without that exception.


def _attempt_last_line(state: StateBlock, line: int, end_line: int) -> int:
    """The last line of the block-level tag or expression that starts ``line`` when the
    compiler's attempt to read it as a block fails only because text follows it (``<A\n>x</A>
    text``).  While that attempt runs micromark opens no block quote or list (the construct is
    "concrete"), so a line of it starting with `>` or `- ` stays in the paragraph.  ``line``
    itself when the line starts no such attempt."""
    src = state.src
    pos = state.bMarks[line] + state.tShift[line]
    if pos >= state.eMarks[line] or src[pos] not in "<{":
        return line
    items, end = _scan_items(src, pos, len(src))
    if items is None and end > state.eMarks[line] and _in_container(state, line):
        view, to_src, begin = _container_view(state, line, end_line)
        items, end = _scan_items(view, begin, len(view))
        end = to_src(end)
    if items is not None:  # a whole block (the flow rule's), or an error the flow rule reports
        return line
    return _line_of(state, end, line, end_line)


_CONTAINER_RULES = ("blockquote", "list", "footnote_def")  # (micromark's containers: a footnote definition is one)


def _paragraph_end(state: StateBlock, start_line: int, setext: bool):
    """The line where a paragraph starting at ``start_line`` ends, and for setext
    headings the underline marker (``=``/``-``) found, if any."""
    next_line = start_line + 1
    chains = getattr(state.md.block, "mdx_chains", None)
    terminators = state.md.block.ruler.getRules("paragraph")
    end_line = state.lineMax
    # Lines that may start a failed block attempt (see _attempt_last_line), read only when a
    # later line could open a block quote or list.
    attempts = [start_line]
    concrete = -1
    while next_line < end_line and not state.isEmpty(next_line):
        if setext and state.sCount[next_line] >= state.blkIndent:
            pos = state.bMarks[next_line] + state.tShift[next_line]
            maximum = state.eMarks[next_line]
            if pos < maximum and state.src[pos] in "-=":
                marker = state.src[pos]
                after = state.skipSpaces(state.skipCharsStr(pos, marker))
                if after >= maximum:
                    return next_line, marker
        if state.sCount[next_line] < 0:  # blockquote quirk: already checked there
            next_line += 1
            continue
        rules = chains.at(state, "paragraph", next_line) if chains is not None else terminators
        first = state.src[state.bMarks[next_line] + state.tShift[next_line]]
        if first in ">-+*0123456789[":
            for line in attempts:
                if line > concrete:
                    concrete = _attempt_last_line(state, line, end_line)
            attempts.clear()
            if next_line <= concrete:
                rules = [rule for rule in rules if rule not in _container_rules(state)]
        for rule in rules:
            if rule(state, next_line, end_line, True):
                return next_line, None
        if first in "<{":
            attempts.append(next_line)
        next_line += 1
    return next_line, None


def _container_rules(state: StateBlock) -> set:
    """The block quote and list rules, as the paragraph's terminator lists hold them (the
    plain functions in the rule chains, the gated ones in markdown-it's own lists)."""
    block = state.md.block
    found = block.__dict__.get("mdx_container_rules")
    if found is None:
        raw = getattr(block, "mdx_chains", None)
        found = {rule.fn for rule in block.ruler.__rules__ if rule.name in _CONTAINER_RULES}
        if raw is not None:
            found |= {raw.raw[name] for name in _CONTAINER_RULES if name in raw.raw}
        block.mdx_container_rules = found
    return found


def mdx_paragraph(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A paragraph, or a setext heading when an underline ends it (one scan for both)."""
    old_parent = state.parentType
    state.parentType = "paragraph"
    next_line, marker = _paragraph_end(state, start_line, setext=True)
    state.parentType = old_parent
    # (only spaces, tabs and line endings: micromark keeps a no-break or ideographic space at the
    # start, where the paragraph begins, held-out h99; Python's strip() takes every Unicode space)
    content = state.getLines(start_line, next_line, state.blkIndent, False).strip(" \t\n")
    if marker is not None:
        state.line = next_line + 1
        level = 1 if marker == "=" else 2
        token = state.push("heading_open", f"h{level}", 1)
        token.markup = marker
        token.map = [start_line, state.line]
        token = state.push("inline", "", 0)
        token.content = content
        token.map = [start_line, state.line - 1]
        token.children = []
        token = state.push("heading_close", f"h{level}", -1)
        token.markup = marker
        return True
    state.line = next_line
    token = state.push("paragraph_open", "p", 1)
    token.map = [start_line, next_line]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [start_line, next_line]
    token.children = []
    state.push("paragraph_close", "p", -1)
    return True
