"""JavaScript inside MDX: is an expression or ESM block valid, and which free names
does an expression read.

The MDX compiler parses these parts with acorn and stops at the first one that does
not parse.  esprima (an ECMAScript 2026 parser with the same error model: the
position of the first unexpected token) tells the same story without Node.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from mdxlint.mdx.limits import cache_small

# Comments as micromark's `empty()` strips them: a line comment only with its line ending (one that
# runs to the end would hide the closing brace: `{// c}` is not empty).
_COMMENTS = re.compile(r"/\*.*?\*/|//[^\r\n]*(?:\r\n|\n|\r)", re.S)
_OPTIONS = {"jsx": True, "range": True, "tolerant": False}
_COMMENT_OPTIONS = {**_OPTIONS, "comment": True}
_MODULE_OPTIONS = {"jsx": False, "range": True, "tolerant": False}


@dataclass(eq=False)
class JsProblem:
    index: int  # character index into the checked source where parsing failed
    message: str
    undefined_export: str | None = None  # `export {a}` of a name no statement here declares
    # The text parses; the compiler fails later, on the tree (`((x))`): it does not read on past the
    # expression's `}` as it does past one its parser refused.
    parses: bool = False
    # The failure is at the start of a line (the end of an expression whose `}` stands alone on
    # an indented line): in a container too, the compiler points before the line's prefix.
    line_start: bool = False
    # The text ends inside a construct (a template literal never closed): more text may close it,
    # as an import/export block goes on past a blank line while its code is incomplete.
    open_at_end: bool = False


def _esprima():
    import esprima

    if not _PATCHED:
        _read_jsx_containers_as_acorn()
        _ESPRIMA.append(_CodePoints(esprima))
    return _ESPRIMA[0]


_NESTING_LIMIT = "JavaScript nesting exceeds the parser resource limit"  # esprima's RecursionError, as it words it
_RESOURCE_LIMIT = re.compile(r"JavaScript nesting exceeds the (?:parser|validator) resource limit")
_PATCHED: list[bool] = []
_ESPRIMA: list = []


class _CodePoints:
    """esprima, with offsets in characters as Python counts them.  esprima-python counts a
    character beyond the BMP as two (JavaScript's UTF-16), so every offset after an emoji would
    be one too far (a finding a column late, or on the next line).  It reads each such character
    as a BMP character of the same kind (a letter, a mark, or neither) that the text does not
    hold, a distinct one for each distinct character (`𝑥` and `𝑦` stay two names); the names
    and regular expressions of the tree, and the names in its error messages, are read back."""

    def __init__(self, esprima):
        self.esprima = esprima
        self.Error = esprima.Error

    def parseModule(self, text: str, options: dict):  # noqa: N802 - esprima's name
        try:
            return self._parse_module(text, options)
        except self.esprima.Error as error:
            if _RESOURCE_LIMIT.search(str(getattr(error, "description", "") or error)):
                # esprima's own stack ran out (about 75 levels of brackets; its validator's, on a
                # chain of ~1,000 operators), not the text: acorn reads far deeper, so this is no
                # verdict (callers treat a failing parser so).
                raise RecursionError(_NESTING_LIMIT) from None
            raise

    def _parse_module(self, text: str, options: dict):
        read, back = _one_unit_each(text)
        if back is None:
            return self.esprima.parseModule(text, options)
        try:
            tree = self.esprima.parseModule(read, options)
        except self.esprima.Error as error:
            # "Identifier 'x' has already been declared": named as written
            error.args = tuple(arg.translate(back) if isinstance(arg, str) else arg for arg in error.args)
            for name in ("description", "message"):
                if isinstance(getattr(error, name, None), str):
                    setattr(error, name, getattr(error, name).translate(back))
            raise
        _names_as_written(tree, text)
        return tree

    def tokenize(self, text: str, options: dict):
        return self.esprima.tokenize(_one_unit_each(text)[0], options)


_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
# BMP characters to stand in for those beyond it, by kind: letters (CJK Extension A, in Unicode
# since 3.0), marks that continue a name (combining diacritics), and neither (private use).
_STAND_IN_POOLS = {"letter": range(0x3400, 0x4DC0), "mark": range(0x0300, 0x0370), "other": range(0xE000, 0xF900)}
_LAST_RESORT = {"letter": "\u00aa", "mark": "\u00b7", "other": "\ufffd"}


def _kind(char: str) -> str:
    import unicodedata

    # A character Python's Unicode tables do not know yet is most likely a newer letter.
    if char.isidentifier() or unicodedata.category(char) == "Cn":
        return "letter"
    return "mark" if ("a" + char).isidentifier() else "other"


def _one_unit_each(text: str) -> tuple[str, dict[int, str] | None]:
    """``text`` with each character beyond the BMP replaced by its stand-in, and the table that
    turns the stand-ins back (None where there is none)."""
    if text.isascii() or _BEYOND_BMP.search(text) is None:
        return text, None
    used = set(text)
    pools = {kind: iter(codes) for kind, codes in _STAND_IN_POOLS.items()}
    mapping: dict[str, str] = {}
    for char in sorted(set(_BEYOND_BMP.findall(text))):  # in code point order: ranges keep their order
        kind = _kind(char)
        mapping[char] = next((chr(code) for code in pools[kind] if chr(code) not in used), _LAST_RESORT[kind])
    back = {ord(stand_in): char for char, stand_in in mapping.items() if stand_in not in _LAST_RESORT.values()}
    return _BEYOND_BMP.sub(lambda found: mapping[found.group()], text), back


def _names_as_written(tree, text: str) -> None:
    """Names and regular expressions of a tree parsed from :func:`_one_unit_each`'s text, read
    back from ``text`` (their offsets are the same in both)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        kind = getattr(node, "type", None)
        if kind in ("Identifier", "JSXIdentifier") and node.range is not None:
            written = text[node.range[0] : node.range[1]]
            if "\\" not in written:
                node.name = written
        elif kind == "Literal" and getattr(node, "regex", None) is not None and node.range is not None:
            node.raw = text[node.range[0] : node.range[1]]
        stack.extend(child for _, child in _children(node))


def _read_jsx_containers_as_acorn() -> None:
    """acorn-jsx (the compiler's parser) reads a JSX child or attribute value `{…}` as a whole
    expression, sequences included (`<b>{c, d}</b>`); esprima-python as one assignment
    expression, and refuses the comma.  Its two methods, as acorn-jsx reads them."""
    from esprima.jsx_parser import JSXNode, JSXParser

    def parseJSXExpressionAttribute(self):  # noqa: N802 - esprima's names
        node = self.createJSXNode()
        self.expectJSX("{")
        self.finishJSX()
        if self.match("}"):
            self.tolerateError("JSX attributes must only be assigned a non-empty expression")
        expression = self.parseExpression()
        self.reenterJSX()
        return self.finalize(node, JSXNode.JSXExpressionContainer(expression))

    def parseJSXExpressionContainer(self):  # noqa: N802
        node = self.createJSXNode()
        self.expectJSX("{")
        # (No spread child `{...c}`: acorn-jsx refuses the `...` as it would in any expression.)
        if self.matchJSX("}"):
            expression = self.parseJSXEmptyExpression()
            self.expectJSX("}")
        else:
            self.finishJSX()
            expression = self.parseExpression()
            self.reenterJSX()
        return self.finalize(node, JSXNode.JSXExpressionContainer(expression))

    JSXParser.parseJSXExpressionAttribute = parseJSXExpressionAttribute
    JSXParser.parseJSXExpressionContainer = parseJSXExpressionContainer
    _PATCHED.append(True)


# JavaScript's whitespace and line terminators (acorn's, ECMAScript's WhiteSpace: the Zs characters,
# tab, VT, FF, U+FEFF; LineTerminator: LF, CR, U+2028, U+2029).  Not Python's: U+0085 and U+001C to
# U+001F are no blanks to acorn (held-out h124: `{\x85}` is refused), and U+FEFF is one.
JS_BLANKS = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
            "\u2028\u2029\u202f\u205f\u3000\ufeff"


def is_empty(body: str) -> bool:
    """An expression holding only whitespace and comments (``{/* note */}``)."""
    return not _COMMENTS.sub("", body).strip(JS_BLANKS)


def _token_start(source: str, index: int) -> int:
    """acorn reports the start of the unexpected token; skip to it."""
    while index < len(source) and source[index] in " \t\r\n":
        index += 1
    return index


def code_end(source: str) -> int:
    """Where the last token of ``source`` ends (trailing spaces and comments after it are not code);
    the length without trailing spaces where the tokenizer fails."""
    try:
        tokens = _esprima().tokenize(source, {"range": True, "jsx": True})
    except Exception:  # noqa: BLE001 - esprima's errors and its own failures alike
        return len(source.rstrip())
    return tokens[-1].range[1] if tokens else 0


def _private_name_before(source: str, limit: int) -> int | None:
    """Where the first private name (`#a`) of ``source`` starts, if before ``limit`` and outside any
    class (no `class` before it): acorn refuses it as it meets it (a private name stands only in a
    class, or before `in` in one), where esprima reads on (`{#sign-in}`: acorn stops at the `#`,
    esprima at `in`; held-out h92)."""
    try:
        tokens = _esprima().tokenize(source[:limit], {"range": True})  # (what esprima refused is past it)
    except Exception:  # noqa: BLE001 - esprima's errors and its own failures alike
        return None
    for token in tokens:
        if token.range[0] >= limit or (token.type == "Keyword" and token.value == "class"):
            return None
        if token.type == "Identifier" and token.value.startswith("#"):
            return token.range[0]
    return None


def _error_index(error: Exception, source: str) -> int:
    index = getattr(error, "index", None)
    if not isinstance(index, int):
        return 0
    if 0 < index <= len(source) and source[index - 1] == "#" and "ILLEGAL" in str(error):
        return index  # a `#` that starts no private name: acorn stops at the character after it, a space too
    index = _token_start(source, index)
    if 0 < index < len(source) and source[index - 1 : index + 1] == "<!" and "Unexpected token !" in str(error):
        # `<!` where an expression starts (`<!-- x -->` after an import): acorn-jsx opens no tag at `<!`,
        # reads `<` as less-than and stops there; esprima stops at the `!` (held-out h87)
        return index - 1
    return index


def _jsx_mismatch_start(error: Exception, source: str, index: int) -> int:
    """esprima reports a closing tag that does not match its element after that tag; the
    compiler (acorn-jsx) at the tag's `</`."""
    if "Expected corresponding JSX closing tag" in str(error):
        closing = _LAST_CLOSING_TAG.search(source, 0, index)
        if closing is not None:
            return closing.start()
    return index


_ASSIGNMENT_OPERATOR = re.compile(r"\s*(>>>=|\*\*=|<<=|>>=|&&=|\|\|=|\?\?=|[-+*/%&|^]?=(?![=>]))")
_UPDATE_OPERATOR = re.compile(r"\+\+|--")
_INVALID_TARGET = "Invalid left-hand side in assignment"


def _nodes(tree):
    """Every node of an esprima tree (their ``range``s are into the text parsed)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not hasattr(node, "type"):
            continue
        yield node
        stack.extend(value for key, value in vars(node).items() if key not in ("range", "loc") and
                     (isinstance(value, list) or hasattr(value, "type")))


_MOST_UPDATE_TRIES = 8


def _assignment_target(source: str, index: int, parse) -> int | None:
    """Where acorn reports an assignment or update whose target is no variable or property
    ("Assigning to rvalue", `{1 = a}`, `{a() = 1}`, `{--1}`): at the target's start.  esprima
    reports it after the target (``index``).  The target is found by reading the text again
    with the operator made one whose operand is that same expression: `t = v` as `t ? 0 : v`
    (the test of a conditional reads as far back as an assignment's target), `t++` as `t[0]`,
    and `--t` as `! t`.  ``parse`` reads a text (esprima's parseModule) or raises."""
    after = _ASSIGNMENT_OPERATOR.match(source, index)
    if after is not None:
        start, end = after.span(1)
        found = _node_at(parse, source[:start] + "?0:" + " " * max(0, end - start - 3) + source[end:],
                         "ConditionalExpression", lambda node: node.consequent.range[0] == start + 1)
        if found is None:
            return None
        target = found.test
        if target.type not in ("ObjectExpression", "ArrayExpression"):
            return target.range[0]
        # An object or array in parentheses is no pattern: acorn stops at the parenthesis
        # ("Parenthesized pattern", `({a: 1}) = 1`); else at its first element that is no target.
        before = source[: target.range[0]].rstrip()
        if before.endswith("(") and source[target.range[1] :].lstrip().startswith(")"):
            return len(before) - 1
        inner = _invalid_in_pattern(target)
        return inner if inner >= 0 else target.range[0]
    if source[index : index + 1] in ("[", "{") and source[:index].rstrip().endswith("("):
        return len(source[:index].rstrip()) - 1  # a pattern in parentheses, `([a]) = [1]` (esprima points at it)
    if source.startswith(("++", "--"), index):
        found = _node_at(parse, source[:index] + "[0]" + source[index + 2:], "MemberExpression",
                         lambda node: node.computed and node.property.range[0] == index + 1)
        return found.object.range[0] if found is not None else None
    # (the target is an update's operand near the failure: the last few operators are tried, each a parse)
    for operator in list(reversed(list(_UPDATE_OPERATOR.finditer(source, 0, index))))[:_MOST_UPDATE_TRIES]:
        found = _node_at(parse, source[:operator.start()] + "! " + source[operator.end():], "UnaryExpression",
                         lambda node, at=operator.start(): node.range[0] == at and node.operator == "!")
        if found is not None:
            return found.argument.range[0]
    return None


def _invalid_in_pattern(node) -> int:
    """Where acorn stops in an assignment's target: an array or object literal is read as a
    pattern, and it stops at the first element that is no target (`[a, 1] = b` at `1`)."""
    if node.type == "ArrayExpression":
        for element in node.elements:
            if element is not None:
                inner = element.argument if element.type == "SpreadElement" else element
                found = _invalid_in_pattern(inner.left if inner.type == "AssignmentExpression" else inner)
                if found >= 0:
                    return found
        return -1
    if node.type == "ObjectExpression":
        for prop in node.properties:
            value = prop.argument if prop.type == "SpreadElement" else getattr(prop, "value", None)
            if value is not None:
                found = _invalid_in_pattern(value.left if value.type == "AssignmentExpression" else value)
                if found >= 0:
                    return found
        return -1
    if node.type in ("Identifier", "MemberExpression", "AssignmentPattern", "ArrayPattern", "ObjectPattern"):
        return -1
    return node.range[0]


def _node_at(parse, text: str, kind: str, test):
    try:
        tree = parse(text)
    except Exception:  # noqa: BLE001 - another error in the text: no answer here
        return None
    return next((node for node in _nodes(tree) if node.type == kind and test(node)), None)


_LAST_CLOSING_TAG = re.compile(r"</[^<>]*>\s*$")
_CLOSING_TAG_FOR = re.compile(r"Expected corresponding JSX closing tag for (\S+)")


def _unterminated_jsx(error: Exception, text: str, prefix: int) -> JsProblem | None:
    """An element whose content runs to the end of the text (`<a><b></b>` and nothing more):
    esprima reports its missing closing tag at the end; acorn-jsx stops with "Unterminated JSX
    contents" at the start of the element's last text, after its last tag or `{…}`, and the
    compiler, meeting that error at the end of what it has read, reads on past a blank line
    (``open_at_end``): the element may be closed further down."""
    found = _CLOSING_TAG_FOR.search(str(error))
    if found is None or getattr(error, "index", -1) < len(text):
        return None
    # (A closing tag that does not match, last in the text, is reported at its end too: with a
    # blank added, that one stays where it was and an unterminated element moves to the end.)
    try:
        _esprima().parseModule(text + "\n", _OPTIONS)
    except Exception as again:  # noqa: BLE001 - esprima's error, or its own failure: no verdict here
        if getattr(again, "index", -1) <= len(text) or _CLOSING_TAG_FOR.search(str(again)) is None:
            return None
    else:
        return None
    last = max(text.rfind(">"), text.rfind("}")) + 1
    if last <= prefix:
        return None
    name = found.group(1)
    element = "the fragment `<>`" if name == "<>" else f"`<{name}>`"
    return JsProblem(last, f"this import/export does not parse as JavaScript (Unterminated JSX contents: {element} "
                           "is never closed)", open_at_end=True)


def _describe(error: Exception) -> str:
    text = str(getattr(error, "description", "") or error)
    return re.sub(r"^Line \d+: ", "", text)


# MDX 3 compiles `{await x}` (expressions sit in an async function) and top-level
# `await` in ESM; MDX 2 refuses both. The parser sets this per document from the site.
_MDX_VERSION = [3]
# Not `for await (…)`, which is a loop's syntax (in an async function), not the operator.
_AWAIT = re.compile(r"(?<![.\w$])(?<!\bfor )(?<!\bfor\t)await\b(?![\w$]|\s*:)")


def mdx_version() -> int:
    """The MDX version the document being parsed is read as."""
    return _MDX_VERSION[0]


def set_mdx_version(version: int) -> int:
    """Read expressions and ESM as MDX ``version`` does; returns the previous version."""
    previous = _MDX_VERSION[0]
    _MDX_VERSION[0] = version
    return previous


def _parse_expression(body: str):
    return _parse_expression_as(body, _MDX_VERSION[0] >= 3)


class _AwaitError(Exception):
    """MDX 2 reads expressions as a module's code outside any function: `await` is refused."""

    def __init__(self, index: int, in_function: bool = False):
        super().__init__("Cannot use keyword 'await' outside an async function")
        self.index = index
        self.description = (
            "Cannot use keyword 'await' outside an async function (MDX 3 accepts it at the expression's top "
            "level, not inside a function that is not `async`)" if in_function else
            "Cannot use keyword 'await' outside an async function (MDX 3 accepts it)")


class _AwaitParameterError(Exception):
    """acorn's refusal of an `await` in a function's parameters (`async (x = await 1) => x`)."""

    def __init__(self, index: int):
        super().__init__("Await expression cannot be a default value")
        self.index = index
        self.description = "Await expression cannot be a default value (acorn refuses `await` in a function's parameters)"


_IMPORT_META = re.compile(r"(?<![.\w$])import(?=\s*\.\s*meta\b)")
_VALUE_END = re.compile(r"[\w$'\"`]\s*\Z")


def _import_meta_stand_in(found: re.Match) -> str:
    return "0     " if _VALUE_END.search(found.string, max(0, found.start() - 40), found.start()) else "(0)   "


@cache_small(maxsize=512, max_chars=2000)  # a tree per entry (~230 KB of objects at 2,000 characters): keep few, small ones
def _parse_expression_as(body: str, await_allowed: bool):
    esprima = _esprima()
    source = source_of(body)
    if await_allowed and "await" in body:
        # In MDX 3 an expression is read inside an async function: `await` is a unary
        # operator like `void`, of the same length, so the tree and every offset stay
        # those of the expression as written (and `await` alone is an error, as there).
        source = _AWAIT.sub("void ", source)
    if "import" in body:
        # `import.meta` (MDX reads expressions as module code) is not script syntax: read
        # `import` as `(0)   `, of the same length and with no name in it; after a name or a
        # value, where `(0)` would call it, as `0     ` (`{a import.meta}` is refused, held-out h138).
        source = _IMPORT_META.sub(_import_meta_stand_in, source)
    try:
        tree = esprima.parseModule(source, _OPTIONS)  # module code: strict (octal, reserved words, `delete x`)
    except esprima.Error as error:
        # The error is cached: without its traceback, which holds the frames of the
        # whole lint that met it (the document, its tokens, its text) for as long as
        # the cache keeps it (a fuzzing run grew by 40 KB per document).
        error.__context__ = error.__cause__ = None
        return None, error.with_traceback(None)
    except Exception:  # esprima itself failed (RecursionError, AssertionError, …): no verdict
        return None, None  # the parser itself failed: do not claim an error
    if not await_allowed and "await" in body:
        index = _await_outside_function(tree)  # a script reads a lone `await` as a name; MDX 2 does not
        if index is not None:
            return None, _AwaitError(index)
    if await_allowed and "await" in body:
        awaits = {found.start() for found in _AWAIT.finditer(source_of(body))}
        index = _await_in_parameters(tree, awaits)
        if index is not None:
            return None, _AwaitParameterError(index)
        index = _await_in_plain_function(tree, awaits)
        if index is not None:
            return None, _AwaitError(index, in_function=True)
    newer = _newer_than(tree, source, 2024 if await_allowed else 2020)
    if newer is not None:
        return None, _TooNewError(*newer, await_allowed)
    if "=" in body and "{" in body:
        shorthand = _shorthand_initializer(tree, source)
        if shorthand is not None:
            return None, _ShorthandInitializerError(shorthand)
    keyed = _jsx_key_after_spread(tree, source)
    if keyed is not None:
        return None, _KeyAfterSpreadError(keyed)
    adjacent = _adjacent_jsx_in(tree, source_of(body))  # (the text as written: `await` there)
    if adjacent is not None:
        return None, _AdjacentJsxError(adjacent, source_of(body))
    return tree, None


KEY_AFTER_SPREAD = ("`key` after a spread attribute: the compiler's JSX step refuses it (\"Expected `key` to come "
                    "before any spread expressions\"); put `key` first")


class _KeyAfterSpreadError(Exception):
    """The compiler's JSX step (estree-util-build-jsx) refuses `key` after a spread attribute."""

    def __init__(self, index: int):
        super().__init__("Expected `key` to come before any spread expressions")
        self.index = index
        self.description = KEY_AFTER_SPREAD


ADJACENT_JSX = ("Adjacent JSX elements must be wrapped in an enclosing tag: acorn-jsx refuses a `<` right after a JSX "
                "element; wrap the elements in a fragment `<>…</>`")


JSX_AFTER_AWAIT = ("Unexpected token: acorn, which the compiler parses JavaScript with, reads a `<` right after `await` "
                   "as less-than, not as JSX; wrap the element in parentheses: `await (<A />)`")


def adjacent_jsx_description(source: str, index: int) -> str:
    """What acorn-jsx says of the `<` at ``index`` that :func:`_adjacent_jsx` found."""
    return JSX_AFTER_AWAIT if _AWAIT_THEN_SPACE.search(source, max(0, index - 200), index) else ADJACENT_JSX


class _AdjacentJsxError(Exception):
    """acorn-jsx, which the compiler parses JavaScript with, refuses a `<` token right after a JSX
    element in expression position (``<A /><B />``, also ``<A /> < 5``), where esprima reads less-than;
    and a `<` right after `await`, a name to acorn's tokenizer, after which no expression may start."""

    def __init__(self, index: int, source: str):
        super().__init__("Adjacent JSX elements must be wrapped in an enclosing tag")
        self.index = index
        self.description = adjacent_jsx_description(source, index)


_JSX_NODES = ("JSXElement", "JSXFragment")


def _adjacent_jsx(node, source: str, in_expression: bool = True) -> int | None:
    """Where a `<` token (not `<<`, `<=`) follows a JSX element or fragment in expression position
    in a parsed tree (an element's own children are not in expression position: acorn-jsx reads
    them as its content), in source order; None where there is none."""
    kind = getattr(node, "type", None)
    if kind is None:
        return None
    if kind in _JSX_NODES and in_expression:
        after = _SPACE_AND_COMMENTS.match(source, node.range[1]).end()
        if source.startswith("<", after) and not source.startswith(("<<", "<="), after):
            return after
    elif kind in _AWAIT_NODES and source.startswith("await", node.range[0]):
        # (MDX 3's expressions are read with `await` as `void`: the text as written tells them apart)
        after = _SPACE_AND_COMMENTS.match(source, node.range[0] + 5).end()
        if source.startswith("<", after):  # (in a tree that parsed, the start of a JSX element)
            return after
    for key, child in _children(node):
        found = _adjacent_jsx(child, source, not (kind in _JSX_NODES and key == "children"))
        if found is not None:
            return found
    return None


def _adjacent_jsx_in(tree, source: str) -> int | None:
    """:func:`_adjacent_jsx` of a whole tree, walked only where the text may hold such a `<`."""
    if _JSX_END_THEN_LESS.search(source) is None:
        return None
    try:
        return _adjacent_jsx(tree, source)
    except RecursionError:
        return None


# A `>` and then, after spaces or comments, a `<`: where a JSX element may be followed by one;
# or `await` and a `<`.
_JSX_END_THEN_LESS = re.compile(r"(?:>|(?<![.\w$])await)(?:\s|//[^\n]*\n|/\*.*?\*/)*<(?![<=])", re.S)
_AWAIT_THEN_SPACE = re.compile(r"(?<![.\w$])await(?:\s|//[^\n]*\n|/\*.*?\*/)*\Z", re.S)
_AWAIT_NODES = ("AwaitExpression", "UnaryExpression")


def _adjacent_jsx_before(text: str, limit: int, parses, offset: int = 0) -> int | None:
    """Where acorn-jsx refuses a `<` after a JSX element in a text that esprima refuses only at
    ``limit``, later: the first such `<` before ``limit`` whose text before it parses (``parses``
    gives its tree, or None; the tree's offsets are ``offset`` past the text's) and ends with a JSX
    element in expression position.  Tried at the first 4 candidates."""
    for tried, found in enumerate(_JSX_END_THEN_LESS.finditer(text, 0, limit)):
        if tried >= 4:
            break
        less = found.end() - 1
        if not found.group().startswith(">"):
            # `await` then `<`: where the text with an operand in place of the `<` parses, the `await`
            # is the operator (in module code it is no name), and acorn fails at the `<`
            if parses(text[:less] + "0") is not None:
                return less
            continue
        tree = parses(text[:less])
        if tree is None:
            # Inside a bracket, a call, a function body or a conditional (`[<A /> <B />]`): the text
            # before the `<` with its open brackets closed, or its conditional ended
            closers = _closers(text[:less])
            for ending in ([closers] if closers else []) + [" : 0" + closers]:
                tree = parses(text[:less] + ending)
                if tree is not None:
                    break
        # The `<` put back after the text the tree was parsed from, at the tree's offsets.
        if tree is not None and _adjacent_jsx_in(tree, "(" * offset + text[: less + 1]) == less + offset:
            return less
    return None


_OPENERS = {"(": ")", "[": "]", "{": "}"}
_SKIPPED = re.compile(r"""//[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?|`(?:[^`\\]|\\.)*`?""", re.S)


def _closers(text: str) -> str:
    """The brackets that close the ones ``text`` leaves open, innermost first, read without the
    insides of strings and comments ('' where none is open, or the brackets do not match): a guess
    that the caller checks by parsing."""
    stack: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in "/'\"`":
            skipped = _SKIPPED.match(text, index)
            if skipped is not None and skipped.end() > index:
                index = skipped.end()
                continue
        if char in _OPENERS:
            stack.append(_OPENERS[char])
        elif char in ")]}":
            if not stack or stack.pop() != char:
                return ""
        index += 1
    return "".join(reversed(stack))


def key_after_spread(attributes: list[tuple[str | None, int]]) -> int | None:
    """Where `key` follows a spread among a JSX element's attributes ((name or None for a
    spread, offset) in order), or None."""
    spread = False
    for name, offset in attributes:
        if name is None:
            spread = True
        elif name == "key" and spread:
            return offset
    return None


def _jsx_key_after_spread(tree, source: str) -> int | None:
    """The first `key` after a spread in the JSX of a parsed tree (walked only where the text has both)."""
    if "key" not in source or "..." not in source:
        return None
    try:
        return _first_in_tree(tree, _key_after_spread_in)
    except RecursionError:
        return None


def _key_after_spread_in(node) -> int | None:
    if node.type != "JSXOpeningElement":
        return None
    return key_after_spread([(None if a.type == "JSXSpreadAttribute" else getattr(a.name, "name", ""), a.range[0])
                             for a in node.attributes])


def _first_in_tree(node, visit):
    """The first answer ``visit`` gives for a node of a parsed tree, in source order, or None."""
    if getattr(node, "type", None) is None:
        return None
    found = visit(node)
    if found is not None:
        return found
    for _, child in _children(node):
        found = _first_in_tree(child, visit)
        if found is not None:
            return found
    return None


class _TooNewError(Exception):
    """MDX 2 parses JavaScript as ES2020 (acorn's ecmaVersion 2020); MDX 3 as ES2024."""

    def __init__(self, index: int, feature: str, year: int, mdx3: bool):
        super().__init__(f"{feature} is ES{year} syntax")
        self.index = index
        self.description = too_new(feature, year, 3 if mdx3 else 2)


# `with` right after the source of an import or export (`import x from 'x' with …`, `import 'x' with`).
_IMPORT_WITH = re.compile(
    r"""(?m)^[ \t]*(?:import\b(?:[^;'"]*?\bfrom)?|export\b[^;'"]*?\bfrom)\s*(?:'[^'\n]*'|"[^"\n]*")(\s*)(with)\b""")


def too_new(feature: str, year: int, version: int) -> str:
    """Why syntax of ECMAScript ``year`` is refused by MDX ``version`` (acorn's ecmaVersion:
    2020 in MDX 2, 2024 in MDX 3)."""
    if version < 3:
        return f"{feature} is newer than ES2020, which MDX 2 reads" + (" (MDX 3 accepts it)" if year <= 2024 else "")
    return f"{feature} is ES{year} syntax; MDX 3 reads JavaScript up to ES2024"


# Regular-expression modifiers (`(?i:…)`, `(?-m:…)`): ES2025.
_REGEX_MODIFIERS = re.compile(r"\(\?[imsx]*-?[imsx]+:")


def _newer_than(tree, source: str, year: int) -> tuple[int, str, int] | None:
    """(offset, feature, its ECMAScript year) of the first syntax newer than ``year`` in a parsed
    tree: ES2021 logical assignment (`??=`, `||=`, `&&=`) and numeric separators (`1_000`), ES2022
    class fields, private names and static blocks, ES2025 import attributes, regular-expression
    modifiers and duplicate named groups; None without (or when the tree is too deep to walk)."""
    if year >= 2024 and "with" not in source and "(?" not in source and "import" not in source:
        return None  # no ES2025 syntax can be there: no walk
    try:
        return _first_in_tree(tree, lambda node: _newer_feature(node, source, year))
    except RecursionError:
        return None


def _feature_of(node, kind: str, source: str) -> tuple[int, str, int] | None:
    if kind == "AssignmentExpression" and node.operator in ("??=", "||=", "&&="):
        index = source.find(node.operator, node.left.range[1])
        return (index + len(node.operator) - 1 if index >= 0 else node.range[0]), f"`{node.operator}`", 2021
    if kind == "Literal" and isinstance(getattr(node, "raw", None), str):
        raw = node.raw
        if raw.startswith("/"):
            found = _regex_feature(raw)
            if found is not None:
                return node.range[0] + 1, found, 2025  # acorn: at the pattern
            flags = raw[raw.rfind("/") + 1 :]
            if "v" in flags:
                return node.range[0] + 1, "the regular-expression flag `v`", 2024
            if "d" in flags:
                return node.range[0] + 1, "the regular-expression flag `d`", 2022
            return None
        if "_" in raw and raw[:1] not in ("'", '"'):
            return node.range[0] + raw.index("_"), "a numeric separator (`1_000`)", 2021
    if kind == "ClassBody":
        for member in node.body:
            if getattr(member, "type", None) != "MethodDefinition":
                return member.range[0], "a class field or static block", 2022
    if kind == "PrivateIdentifier":
        return node.range[0], "a private name (`#x`)", 2022
    if kind in ("ImportSpecifier", "ExportSpecifier"):
        for name in (getattr(node, "imported", None), getattr(node, "exported", None), getattr(node, "local", None)):
            if getattr(name, "type", None) == "Literal":
                return name.range[0], "a string as an imported or exported name (`{'a-b' as ab}`)", 2022
    if kind in ("ImportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration") and getattr(node, "attributes", None):
        keyword = source.rfind("with", node.range[0], node.attributes[0].range[0])
        return (keyword if keyword >= 0 else node.attributes[0].range[0]), "an import attribute (`with { type: … }`)", 2025
    if kind in ("ImportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration") and getattr(node, "source", None) is not None:
        # `with {}`: no attribute in it, still ES2025 syntax (esprima leaves `attributes` empty)
        keyword = _WITH_AFTER.match(source, node.source.range[1], node.range[1])
        if keyword is not None:
            return keyword.end() - 4, "an import attribute (`with { type: … }`)", 2025
    if kind == "ImportExpression" and getattr(node, "options", None) is not None:
        comma = source.rfind(",", node.source.range[1], node.options.range[0])
        return (comma if comma >= 0 else node.options.range[0]), "a second argument of `import()` (import attributes)", 2025
    return None


# `with` after an import's or export's module name (comments may stand between).
_WITH_AFTER = re.compile(r"(?:\s|/\*.*?\*/|//[^\n]*\n)*with\b", re.S)


def _regex_feature(raw: str) -> str | None:
    """ES2025 syntax in a regular-expression literal: modifiers, or a group name used twice
    (ES2024 refuses any repeated name)."""
    names: set[str] = set()
    index, in_class, end = 1, False, raw.rfind("/")
    while index < end:
        char = raw[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(" and raw.startswith("(?", index):
            if _REGEX_MODIFIERS.match(raw, index):
                return "a regular-expression modifier (`(?i:…)`)"
            if raw.startswith("(?<", index) and raw[index + 3 : index + 4] not in ("=", "!"):
                name = raw[index + 3 : raw.find(">", index)]
                if name in names:
                    return f"a repeated group name (`(?<{name}>`)"
                names.add(name)
        index += 1
    return None


def _newer_feature(node, source: str, year: int) -> tuple[int, str, int] | None:
    found = _feature_of(node, node.type, source)
    return found if found is not None and found[2] > year else None


def _unmatched_closer(body: str) -> int | None:
    """Offset of the first `)`, `]` or `}` in ``body`` that closes nothing (by JavaScript's tokens),
    or None (none, or the text does not tokenize)."""
    if not any(closer in body for closer in ")]}"):
        return None
    try:
        tokens = _esprima().tokenize(body, {"range": True, "jsx": True})
    except Exception:  # the tokenizer's own errors and failures: no verdict
        return None
    depth = 0
    for token in tokens:
        if token.type != "Punctuator" or token.value not in "()[]{}":
            continue
        depth += 1 if token.value in "([{" else -1
        if depth < 0:
            return token.range[0]
    return None


def parsed_expression_end(body: str) -> int | None:
    """Where the expression in ``body`` ends (comments after it excluded), or None when it does
    not parse as one expression."""
    tree, error = _parse_expression(body)
    if error is not None or tree is None or len(tree.body) != 1 or tree.body[0].type != "ExpressionStatement":
        return None
    expression = tree.body[0].expression
    # acorn ends a parenthesized expression after its `)`s: `{(a) b}` fails after `(a)`, not `a`
    # (the source starts with "(" of its own, _parse_expression_as).
    wrapping = _parens_in_trivia("(" + body, 1, expression.range[0])
    end = expression.range[1]
    if wrapping:
        end = _after_closers("(" + body, end, wrapping)
    return end - 1


def _parens_in_trivia(text: str, start: int, end: int) -> int:
    """How many `(` stand between ``start`` and ``end`` of ``text``, where only blanks, comments
    and `(` are."""
    count, index = 0, _trivia_after(text, start, end)
    while index < end and text[index] == "(":
        count += 1
        index = _trivia_after(text, index + 1, end)
    return count


def _after_closers(text: str, index: int, count: int) -> int:
    """The index after ``count`` `)`s from ``index`` of ``text``, over blanks and comments between."""
    while count:
        index = _trivia_after(text, index, len(text))
        if index >= len(text) or text[index] != ")":
            break
        count, index = count - 1, index + 1
    return index


def _template_substitutions(body: str) -> list[tuple[int, int]] | None:
    """(start, end) of the text of every `${…}` of the template literals in ``body``, outermost
    first, or None when the text does not split so (a quote or bracket left open)."""
    found: list[tuple[int, int]] = []
    stack: list[str] = []  # "`" inside a template, "{" inside a substitution or block
    starts: list[int] = []
    index, length = 0, len(body)
    while index < length:
        char = body[index]
        if stack and stack[-1] == "`":
            if char == "\\":
                index += 2
                continue
            if char == "`":
                stack.pop()
            elif body.startswith("${", index):
                stack.append("{")
                starts.append(index + 2)
                index += 2
                continue
        elif char in "'\"":
            close = index + 1
            while close < length and body[close] != char and body[close] != "\n":
                close += 2 if body[close] == "\\" else 1
            if close >= length or body[close] != char:
                return None
            index = close
        elif char == "`":
            stack.append("`")
        elif char == "{":
            stack.append("{")
            starts.append(-1)
        elif char == "}":
            if not stack:
                return None
            stack.pop()
            start = starts.pop()
            if start >= 0:
                found.append((start, index))
        index += 1
    return None if stack else sorted(found)


def _substitution_problem(body: str) -> JsProblem | None:
    """Where a template literal's `${…}` fails, for texts the JavaScript parser cannot judge
    (esprima-python stops on an assertion there): an empty or broken substitution, as acorn
    reports it."""
    for start, end in _template_substitutions(body) or ():
        inner = body[start:end]
        if is_empty(inner):
            return JsProblem(end, "this `{…}` is not a valid JavaScript expression (an empty `${}` in a template literal)")
        problem = check_expression(inner)
        if problem is not None:
            return JsProblem(start + problem.index, problem.message)
    return None


def _without_jsx_substitutions(body: str) -> str | None:
    """``body`` with each outermost `${…}` that holds JSX made a plain `0` (the same length), where each
    of them is a valid expression on its own; None where there is none or one is not.  esprima-python
    ends a substitution at the `}` of an expression inside JSX in it (`` `${<b>{x}</b>}` ``, which acorn
    reads; held-out h138): the rest of the text is judged without them."""
    spans = _template_substitutions(body)
    if not spans:
        return None
    outermost = [(start, end) for start, end in spans if not any(s < start and end <= e for s, e in spans)]
    jsx = [(start, end) for start, end in outermost if "<" in body[start:end] and "{" in body[start:end]]
    if not jsx or any(check_expression(body[start:end]) is not None for start, end in jsx):
        return None
    for start, end in jsx:
        body = body[:start] + "0" + " " * (end - start - 1) + body[end:]
    return body


def expression_parses(body: str) -> bool:
    """Whether the JavaScript parser reads ``body`` as an expression with no error (False where it
    gives no verdict: esprima-python fails on some template literals)."""
    return _parse_expression(body)[0] is not None


_LOGICAL_OPERATORS = {"??": "coalesce", "||": "logical", "&&": "logical"}
_OPERAND_BREAKS = {"?", ":", ",", "=", "=>", ";"}
_NEW_TARGET = re.compile(r"\bnew\s*\.\s*target\b")
_REGEX_LITERAL_START = re.compile(r"(?:^|[(\[{,;:=!&|?+\-*%~^<>]|\breturn)\s*/(?![/*])")


def _acorn_check_position(body: str, description: str, index: int) -> int | None:
    """Where acorn refuses what esprima refuses only at the end of the expression (or at another
    place): the second of two mixed `??`/`||`/`&&`, a regular expression's pattern, `delete` of a
    name, `new.target` outside a function. None for other failures, or where it is not found."""
    if description.startswith("Nullish coalescing requires parentheses"):
        try:
            tokens = _esprima().tokenize(body, {"range": True})
        except Exception:  # noqa: BLE001 - esprima's errors: no place known
            return None
        seen: list[set[str]] = [set()]
        for token in tokens:
            value = token.value if token.type == "Punctuator" else None
            if value in ("(", "[", "{"):
                seen.append(set())
            elif value in (")", "]", "}") and len(seen) > 1:
                seen.pop()
            elif value in _OPERAND_BREAKS:
                seen[-1] = set()
            elif value in _LOGICAL_OPERATORS:
                kind = _LOGICAL_OPERATORS[value]
                if seen[-1] - {kind}:
                    return token.range[0]
                seen[-1].add(kind)
        return None
    if description == "Invalid regular expression":
        found = _REGEX_LITERAL_START.search(body)
        return found.end() if found is not None else None  # (acorn: at the pattern, after the `/`)
    if description.startswith("Delete of an unqualified identifier"):
        found = re.search(r"\bdelete\s+[A-Za-z_$][\w$]*\s*(?![\s.\[(?\w$])", body)
        return found.start() if found is not None else None
    if description == "Unexpected identifier":  # (esprima: at `target`)
        found = next((m for m in _NEW_TARGET.finditer(body) if m.start() <= index <= m.end()), None)
        return found.start() if found is not None else None
    return None


def _last_import(body: str, place: int) -> int:
    """The start of the `import` keyword before ``place``."""
    found = body.rfind("import", 0, place)
    return found if found >= 0 else place


def _bad_import_place(body: str, index: int) -> int | None:
    """Where acorn refuses an `import` that is neither a call `import(…)` nor `import.meta`: at the
    token after it (`{import x}` at `x`, the expression's end when none), or at the name after
    `import.` (`import.foo`); only for an `import` at or before esprima's failure (``index``)."""
    try:
        tokens = _esprima().tokenize(body, {"range": True})
    except Exception:  # noqa: BLE001 - esprima's errors: no place known
        return None
    for position, token in enumerate(tokens):
        if token.range[0] > index:
            return None
        if token.type != "Keyword" or token.value != "import":
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        before = tokens[position - 1] if position else None
        if (before is not None and before.type == "Punctuator" and before.value in (".", "?.")) or (
                following is not None and following.type == "Punctuator" and following.value == ":"):
            continue  # a property's name (`a.import`, `{import: 1}`), not the keyword
        if following is None:
            return len(body.rstrip("\n"))
        if following.type == "Punctuator" and following.value == "(":
            continue
        if following.type == "Punctuator" and following.value == ".":
            name = tokens[position + 2] if position + 2 < len(tokens) else None
            if name is None:
                return None
            if name.value == "meta":
                continue
            return name.range[0]
        return following.range[0]
    return None


# Names a module cannot bind (acorn's checkUnreserved and strict-mode bindings): keywords, the
# literals, the words strict mode reserves, and `await`, `eval`, `arguments` in a module.
_UNBINDABLE = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends false finally for "
    "function if import in instanceof new null return super switch this throw true try typeof var void while with "
    "implements interface let package private protected public static yield await eval arguments".split()
)
_IMPORT_BRACES = re.compile(r"\bimport\s+(?:[A-Za-z_$][\w$]*\s*,\s*)?\{([^{}]*)\}")
_SPECIFIER = re.compile(r"\s*('[^'\n]*'|\"[^\"\n]*\"|[A-Za-z_$][\w$]*)(\s+as\b)?[^,]*(?:,|$)")


def _unusable_import_name(text: str, prefix: int, index: int) -> int | None:
    """Where acorn refuses `import {default} from …`: an imported name that is a reserved word or a
    string, with no `as` to bind it under a name of its own (at that name; only before esprima's
    failure at ``index``)."""
    for statement in _IMPORT_BRACES.finditer(text, prefix):
        if statement.start() > index:
            return None
        position = statement.start(1)
        for specifier in _SPECIFIER.finditer(statement.group(1)):
            name = specifier.group(1)
            if not specifier.group(2) and (name[0] in "'\"" or name in _UNBINDABLE):
                place = position + specifier.start(1)
                return place if place <= index else None
    return None


def _unclosed_regex_start(text: str, start: int, end: int) -> int:
    """The `/` that opens the regular expression never closed in ``text[start:end]`` (one line): the
    first `/` from which no pattern closes (regex_end); a `/` closed by a later one is skipped with
    it.  -1 if none does (then the line's last `/`, as before)."""
    slash = text.find("/", start, end)
    while slash >= 0:
        closed = regex_end(text, slash, end)
        if closed is None:
            return slash
        slash = text.find("/", closed, end)
    return text.rfind("/", start, end)


_MAX_REGEX = 500


def regex_end(src: str, pos: int, end: int) -> int | None:
    """The offset after the regular expression literal at ``pos`` (with its flags), or None
    where none closes on its line (or within _MAX_REGEX characters: a text of many `/` on one
    long line is not scanned again and again to its end)."""
    index = pos + 1
    in_class = False
    end = min(end, pos + _MAX_REGEX)
    while index < end:
        ch = src[index]
        if ch == "\n":
            return None
        if ch == "\\":
            index += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == "/" and not in_class:
            index += 1
            while index < end and (src[index].isalnum() or src[index] == "_"):
                index += 1
            return index
        index += 1
    return None



_OPEN_TEMPLATE = "a template literal that is never closed"
# A JSX attribute's string may hold line breaks, blank lines too: the text may close it further down
# (held-out h131: `<Code code="line 1`, a blank line, `line 2" />` in an export).
_OPEN_JSX_STRING = "a JSX attribute's quoted value that is never closed"


def _may_start_token(char: str) -> bool:
    """Whether a JavaScript token (acorn's, with JSX) may start with ``char``."""
    return char.isidentifier() or char.isdigit() or char in "$_\\\"'`{}()[];,<>+-*/%&|^!~?:=.#" or char.isspace()


def _unclosed_template_start(text: str) -> int | None:
    """Where acorn stops in a template literal ``text`` leaves open inside another's `${…}`
    ("Unterminated template", at the start of its last part: just past its backtick, or past the
    `}` of its last `${…}`; `${`a` fails after the second backtick), or None.  Strings,
    comments and braces of the code in `${…}` are followed; a regular expression is not told
    from a division (a backtick in one is rare)."""
    stack: list[list] = []  # ["t", start] for a template, ["c", depth] for the code of a `${…}`
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        if stack and stack[-1][0] == "t":
            if char == "\\":
                i += 2
                continue
            if char == "`":
                stack.pop()
            elif char == "$" and text.startswith("${", i):
                stack.append(["c", 0])
                i += 2
                continue
            i += 1
            continue
        if char == "`":
            stack.append(["t", i + 1])
        elif char in "'\"":
            close = i + 1
            while close < end and text[close] not in (char, "\n"):
                close += 2 if text[close] == "\\" else 1
            i = close
        elif text.startswith("//", i):
            newline = text.find("\n", i)
            i = end if newline < 0 else newline
        elif text.startswith("/*", i):
            closing = text.find("*/", i + 2)
            i = end if closing < 0 else closing + 1
        elif char == "{" and stack:
            stack[-1][1] += 1
        elif char == "}" and stack:
            if stack[-1][1] == 0:
                stack.pop()  # the end of a `${…}`: back in its template, whose next part starts here
                if stack:
                    stack[-1][1] = i + 1
            else:
                stack[-1][1] -= 1
        i += 1
    # Only a template opened inside another's `${…}`: one open at the expression's own level is
    # read by the expression scanner, as the compiler reads it (its `}` may close the `{…}`).
    if len(stack) < 3 or stack[-1][0] != "t":
        return None
    return stack[-1][1]


def _stray_spread(body: str) -> int | None:
    """Where acorn refuses a spread `...` that stands where an expression must: at the expression's
    own level (`{...props}` in text, `{a, ...b}`), or in parentheses not followed by `=>` on their
    line (`(...a)`; acorn takes the group for an arrow's parameters until then).  In `[…]`, `{…}`
    and a call's or function's parentheses it is valid.  None if there is none (or no tokens)."""
    if "..." not in body:
        return None
    lead = body.lstrip()
    if lead.startswith("..."):
        return len(body) - len(lead)  # (first of all: whatever follows, an open string too)
    try:
        tokens = _esprima().tokenize(body, {"range": True})
    except Exception:  # noqa: BLE001 - esprima's errors: no place known
        return None
    stack: list[list] = []  # [opener, a group (not a call's parentheses), the first spread in it]
    previous = None
    for position, token in enumerate(tokens):
        value = token.value if token.type == "Punctuator" else None
        if value == "(":
            called = previous is not None and (
                previous.type in ("Identifier", "Template")
                or (previous.type == "Punctuator" and previous.value in (")", "]", "?."))
                or (previous.type == "Keyword" and previous.value in ("function", "import", "super")))
            stack.append(["(", not called, None])
        elif value in ("[", "{"):
            stack.append([value, False, None])
        elif value in (")", "]", "}"):
            if not stack:
                return None
            _, group, first = stack.pop()
            if value == ")" and group and first is not None:
                following = tokens[position + 1] if position + 1 < len(tokens) else None
                arrow = following is not None and following.type == "Punctuator" and following.value == "=>" \
                    and "\n" not in body[token.range[1] : following.range[0]]
                if not arrow:
                    return first
        elif value == "...":
            if not stack:
                return token.range[0]
            if stack[-1][1] and stack[-1][2] is None:
                stack[-1][2] = token.range[0]
        previous = token
    return None


def _target_read_again(source: str, index: int, parse, tail: str = "") -> int | None:
    """_assignment_target of ``source + tail``.  Reading the text again fails on what follows the
    expression (`1 = 2 3`): it is read again up to each of the first blanks after the operator."""
    blanks = (found.start() for found in re.finditer(r"\s+", source) if found.start() >= index)
    cuts = [len(source), *itertools.islice(blanks, 8)]  # the whole text, then the shortest prefixes
    for cut in cuts:
        target = _assignment_target(source[:cut] + tail, index, parse)
        if target is not None:
            return target
    return None


def _invalid_target(body: str, error) -> JsProblem | None:
    """Where acorn refuses ``body`` for an assignment or update of something that is no variable or
    property, when esprima's ``error`` is that one."""
    if _describe(error) != _INVALID_TARGET:
        return None
    target = _target_read_again("(" + body, getattr(error, "index", 0), lambda text: _esprima().parseModule(text, _OPTIONS), "\n)")
    if target is None or not 0 < target <= len(body):
        return None
    return JsProblem(target - 1, "this `{…}` is not a valid JavaScript expression (Assigning to rvalue: "
                                 "what is assigned to or updated here is no variable or property)")


# An escape in a string's or a template's text, read one at a time from its backslash.
_ESCAPE = re.compile(r"\\(?:u\{([^}'\"`\n]*)(\}?)|u([^'\"`\n]{0,4})|x([^'\"`\n]{0,2})|(0(?![0-9])|[0-7]{1,3})|([89])|\r\n|.)", re.S)
_HEX = re.compile(r"[0-9A-Fa-f]+")
_LITERALS = re.compile(r"""//[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`""", re.S)


def _bad_escape_in(text: str, start: int, end: int, template: bool) -> tuple[int, str] | None:
    """The first escape between ``start`` and ``end`` that acorn refuses in strict code (the
    compiler parses modules and expressions so): (where acorn points, what it is).  In a string:
    at the hex digits of a bad `\\x`/`\\u`, at the backslash of an octal escape, at the digit of
    `\\8`/`\\9`; a template's is reported by the caller at the start of its text."""
    for found in _ESCAPE.finditer(text, start, end):
        braced, closed, four, two, octal, eight = found.groups()
        written = found.group()
        if braced is not None:
            value = int(braced, 16) if _HEX.fullmatch(braced) else None
            if value is None or not closed:
                return found.start(1), f"a bad escape sequence `{written}`"
            if value > 0x10FFFF:
                return found.start(1), f"`{written}` is beyond the last code point, U+10FFFF"
        elif four is not None and not (len(four) == 4 and _HEX.fullmatch(four)):
            return found.start(3), f"a bad escape sequence `{written}`"
        elif two is not None and not (len(two) == 2 and _HEX.fullmatch(two)):
            return found.start(4), f"a bad escape sequence `{written}`"
        elif octal is not None and (octal != "0" or template or text[found.end():found.end() + 1] in ("8", "9")):
            return found.start(), f"an octal escape `{written}`, which strict mode refuses"
        elif eight is not None:
            return found.start(6), f"`{written}` is no escape in strict mode"
    return None


def _template_end(text: str, start: int) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the template literal whose backtick is at ``start`` ends (past its closing backtick),
    and the spans of its texts (between the backtick, `${`, `}` and the backtick); None when it is
    not closed or its substitutions hold another template (not followed here)."""
    texts: list[tuple[int, int]] = []
    index = begin = start + 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "`":
            texts.append((begin, index))
            return index + 1, texts
        if text.startswith("${", index):
            texts.append((begin, index))
            closing = _substitution_close(text, index + 2)
            if closing is None:
                return None
            index = begin = closing + 1
            continue
        index += 1
    return None


def _substitution_close(text: str, index: int) -> int | None:
    """The `}` that closes a template's `${` whose expression starts at ``index`` (strings and
    comments skipped; None at a nested template or the text's end)."""
    depth = 0
    while index < len(text):
        char = text[index]
        if char == "`":
            return None
        if char in "'\"/":
            skipped = _LITERALS.match(text, index)
            if skipped is not None and skipped.group() != "`":
                index = skipped.end()
                continue
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return index
            depth -= 1
        index += 1
    return None


def acorn_escape_error(text: str, limit: int) -> tuple[int, str] | None:
    """The escape acorn refuses in the string that esprima stopped at (``limit`` is on its quotes
    or inside it), or in an untagged template literal that starts before it: where acorn points and
    what it is, or None.  Strings and templates are found past comments; a quote in JSX (an
    attribute's value, text, where `\\x` is no escape) or in a regular expression may be taken for a
    string, so a string counts only where esprima stopped, and templates only in text with no
    `<` or `/` before them (review h107)."""
    index = 0
    while True:
        found = _LITERALS.search(text, index)
        if found is None or found.start() > limit:
            return None
        token = found.group()
        if token.startswith(("'", '"')):
            if found.start() <= limit < found.end():
                return _bad_escape_in(text, found.start() + 1, found.end() - 1, template=False)
        elif token == "`" and ("<" in text[: found.start()] or "/" in text[: found.start()].replace("//", "")):
            return None
        elif token == "`":
            ended = _template_end(text, found.start())
            if ended is None:
                return None
            before = text[: found.start()].rstrip()
            tagged = bool(before) and (before[-1] in ")]" or before[-1].isalnum() or before[-1] in "_$")
            if not tagged:
                for begin, end in ended[1]:
                    if _bad_escape_in(text, begin, end, template=True) is not None:
                        # (acorn points at the start of the template's text that holds it)
                        return begin, "a bad escape sequence in a template literal (only a tagged template may hold one)"
            index = ended[0]
            continue
        index = found.end()


_EXPRESSION_LINE_PREFIX = 2  # spaces micromark's expression reading takes for a line's prefix (factorySpace's limit)


def check_expression(body: str) -> JsProblem | None:
    """Problem with ``{body}`` as an MDX expression (one JS expression), or None."""
    if body.startswith("#!"):
        # acorn's parseExpressionAt skips a hashbang comment at the very start of its input (the
        # compiler's expression value), up to the line's end (held-out h39: `{#!x\n1}` compiles)
        end = min((index for index in map(body.find, "\n\r\u2028\u2029") if index != -1), default=len(body))
        body = " " * end + body[end:]
        if is_empty(body):
            return JsProblem(len(body), "this `{…}` is not a valid JavaScript expression (a hashbang comment and "
                                        "no expression after it)")
    if is_empty(body):
        return None
    tree, error = _parse_expression(body)
    if tree is None and error is None and "${" in body:
        return _substitution_problem(body)
    if error is not None and "${" in body and "<" in body:
        blanked = _without_jsx_substitutions(body)
        if blanked is not None:
            return check_expression(blanked)
    if isinstance(error, (_KeyAfterSpreadError, _AdjacentJsxError)):
        return JsProblem(max(0, error.index - 1), f"this `{{…}}` is not a valid JavaScript expression ({error.description})"
                         if isinstance(error, _AdjacentJsxError) else error.description)  # (the index is in "(" + body)
    if error is not None:
        source = "(" + body + "\n)"
        target = _invalid_target(body, error)
        if target is not None:
            return target
        index = _jsx_mismatch_start(error, source, _error_index(error, source)) - 1
        private = _private_name_before(source, index + 1) if "#" in body[:index] else None
        if private is not None:
            return JsProblem(private - 1, "this `{…}` is not a valid JavaScript expression (a private name `#…` outside a "
                                          "class: `{#id}` is a heading id only where the site's framework reads it)")
        earlier = _before_illegal(body, error, index, check_expression)
        if earlier is not None:
            return earlier
        if 0 < index < len(body):
            # acorn refuses an assignment's target as it meets the operator, before reading on:
            # `{1 = 2 3}` fails at `1`, where esprima reads on to the `3`.
            _, earlier = _parse_expression(body[:index])
            target = _invalid_target(body[:index], earlier) if earlier is not None else None
            if target is not None:
                return target
        adjacent = _adjacent_jsx_before(body, max(0, index), lambda text: _parse_expression(text)[0], 1) if index > 0 else None
        if adjacent is not None:
            return JsProblem(adjacent, "this `{…}` is not a valid JavaScript expression "
                                       f"({adjacent_jsx_description(body, adjacent)})")
        detail = _describe(error) if index < len(body) else "it ends too early"
        if index >= len(body):
            # The parenthesis the expression is read in closed early: at a `)` of the expression's own.
            stray = _unmatched_closer(body)
            if stray is not None:
                index, detail = stray, f"an unmatched `{body[stray]}`"
        index = min(max(0, index), len(body))
        spread = _stray_spread(body)
        # (after an expression that is whole, acorn stops at its end: "more follows", below)
        if spread is not None and spread <= index and (not body[:spread].strip() or parsed_expression_end(body[:spread]) is None):
            return JsProblem(spread, "this `{…}` is not a valid JavaScript expression (a spread `...` stands only in an "
                                     "array, an object, a call's arguments or an arrow function's parameters)")
        if "`" in body and _describe(error) == "Unexpected token ILLEGAL":
            template = _unclosed_template_start(body)
            if template is not None and template <= index:
                return JsProblem(template, "this `{…}` is not a valid JavaScript expression (a template literal "
                                           "that is never closed)", open_at_end=True)
        imported = _bad_import_place(body, index) if "import" in body else None
        if imported is not None and (not body[:imported].strip() or parsed_expression_end(body[:_last_import(body, imported)]) is None):
            return JsProblem(imported, "this `{…}` is not a valid JavaScript expression (`import` in an expression "
                                       "is a call `import(…)` or `import.meta`)")
        description = _describe(error)
        if "\\" in body:
            escape = acorn_escape_error(body, index)
            if escape is not None:  # (esprima points at an octal escape's string, at its opening quote)
                return JsProblem(escape[0], f"this `{{…}}` is not a valid JavaScript expression ({escape[1]})")
        checked_at = _acorn_check_position(body, description, index)
        if checked_at is not None:
            return JsProblem(checked_at, f"this `{{…}}` is not a valid JavaScript expression ({description})")
        if description.startswith("Invalid regular expression: missing /"):
            # acorn reports an unterminated regular expression at its `/`, esprima at the line's end
            end = len(body[:index].rstrip("\n"))  # (esprima points past the line's end)
            line_start = body.rfind("\n", 0, end) + 1
            slash = _unclosed_regex_start(body, line_start, end)
            while slash < 0 and line_start > 0 and not body[line_start:end].strip():
                # esprima may point past the blank line after the `/` that ends its line (`{/` then
                # ` }`: acorn stops just after that `/`, held-out h131)
                end = line_start - 1
                line_start = body.rfind("\n", 0, end) + 1
                slash = _unclosed_regex_start(body, line_start, end)
            if slash >= 0:  # (acorn's position: just after the `/`)
                return JsProblem(slash + 1, f"this `{{…}}` is not a valid JavaScript expression (a regular expression "
                                        "`/…` that is never closed)")
        if description.startswith("Expected corresponding JSX closing tag") and index >= len(body):
            # acorn stops at the start of the element's last text, where its closing tag should be
            last = max(body.rfind(">"), body.rfind("}"))
            if 0 <= last < len(body) - 1:
                return JsProblem(last + 1, f"this `{{…}}` is not a valid JavaScript expression ({description})")
        if 0 < index < len(body) and not body[:index].isspace():
            # The compiler parses the longest expression the text starts with (acorn's
            # parseExpressionAt) and refuses what follows it at that expression's end: `{a b}`
            # fails after `a`, and `{a` then `import x}` lines below fails on the `{` line.
            cut = index
            for _ in range(3):
                ended = parsed_expression_end(body[:cut])
                if ended is not None:
                    after = len(body) - len(body[ended:].lstrip())
                    if after < len(body) and not _may_start_token(body[after]):
                        # A character no JavaScript token starts with (`·`, `—`, `@`): acorn's tokenizer
                        # stops at it, reading the token after the expression.
                        char = body[after]
                        shown = f"`{char}`" if char.isprintable() else f"U+{ord(char):04X}"
                        return JsProblem(after, f"this `{{…}}` is not a valid JavaScript expression (an unexpected "
                                                f"character {shown})")
                    return JsProblem(ended, "this `{…}` is not a valid JavaScript expression (more follows the "
                                            "expression that ends here; MDX allows one expression)")
                # esprima scans a token ahead (`{the user's id}` fails at the open string, after
                # `user`): the text before the failure may fail earlier, as acorn does.
                _, earlier = _parse_expression(body[:cut])
                earlier_index = _error_index(earlier, "(" + body[:cut] + "\n)") - 1 if earlier is not None else -1
                if not 0 < earlier_index < cut or body[:earlier_index].isspace():
                    break
                cut = earlier_index
        if index == len(body) and "\n" in body:
            # Up to two spaces that indent the line of the closing `}` are no part of the expression's
            # text (micromark takes them for the line's prefix): its end is that line's start.  From
            # three on they are its text, and its end is the `}` (held-out h134).
            tail = body[body.rfind("\n") + 1 :]
            if not tail.strip(" ") and len(tail) <= _EXPRESSION_LINE_PREFIX:
                return JsProblem(index - len(tail), f"this `{{…}}` is not a valid JavaScript expression ({detail})",
                                 line_start=True)
        return JsProblem(index, f"this `{{…}}` is not a valid JavaScript expression ({detail})")
    if tree is not None and (len(tree.body) != 1 or tree.body[0].type != "ExpressionStatement"):
        return JsProblem(max(0, len(body) - 1), "this `{…}` holds statements; MDX allows one JavaScript expression")
    if tree is not None and _DOUBLE_PAREN.search(body):
        doubled = _doubly_parenthesized(tree, "(" + body + "\n)", 1, len(body) + 1)
        if doubled is not None:
            return JsProblem(doubled - 1, DOUBLE_PARENS, parses=True)
    # Every expression's free names are read later (course facts, MDX002): find them
    # now, while the tree is in the cache; a page with more expressions than the tree
    # cache holds would otherwise parse each one again.
    free_names(body)
    return None


def _before_illegal(body: str, error: Exception, index: int, check) -> JsProblem | None:
    """Where esprima's scanner stops at a character no token starts with (`#` alone) or at a
    string or comment never closed, while its parser would refuse an earlier token: acorn reads
    a token at a time and stops at that earlier one (`{b c /*d}`: at `c`; held-out h92).  ``check``
    reads the text before the scanner's stop; its problem, where it is one before that text's end."""
    if "ILLEGAL" not in str(error):
        return None
    opened = open_at_end(body)
    if opened is not None and 0 < opened[0] < len(body) and body[opened[0]] in "\"'/":  # (a template: at its text)
        bad = opened[0]
    else:
        bad = index - 1 if 0 < index <= len(body) and body[index - 1] == "#" else index
    prefix = body[:bad]
    earlier = check(prefix) if 0 < bad < len(body) and prefix.strip() else None
    if earlier is not None and not earlier.open_at_end and earlier.index < len(prefix.rstrip()):
        return earlier
    return None


def check_spread(body: str) -> JsProblem | None:
    """Problem with ``{body}`` standing in a tag without an attribute name.  The compiler reads
    it as an object literal (``({body})``) that must hold one spread and nothing else (comments
    may stand around it)."""
    # (Where the braces hold an object that parses, the compiler fails on its tree at once, with no
    # reading on past the `}`: `parses`.)
    if is_empty(body):
        return JsProblem(0, "only a spread `{...props}` may stand in a tag without an attribute name", parses=True)
    tree, error = _parse_expression("{" + body + "\n}")
    if error is not None:
        # (acorn's place inside the braces, spread or not: `<a {1} />` fails at the `}` after `1`)
        source = "({" + body + "\n})"
        index = min(max(0, _error_index(error, source) - 2), len(body))
        earlier = _before_illegal(body, error, index, check_spread)
        if earlier is not None:
            return earlier
        what = "this spread `{...}`" if "..." in body else \
            "this `{…}` (only a spread `{...props}` may stand in a tag without an attribute name)"
        return JsProblem(index, f"{what} is not valid JavaScript ({_describe(error)})")
    if tree is None:
        return None  # the parser itself failed: no verdict
    properties = tree.body[0].expression.properties
    if len(properties) > 1:
        # (the compiler counts the properties before it looks at the first: `{a, b}` fails at `b`)
        return JsProblem(properties[1].range[0] - 2, "only one spread may stand in these braces (the compiler: "
                                                      "\"Unexpected extra content in spread\"); write `{...a} {...b}`",
                         parses=True)
    if not properties or properties[0].type != "SpreadElement":
        return JsProblem(0, "only a spread `{...props}` may stand in a tag without an attribute name", parses=True)
    argument = properties[0].argument
    if _DOUBLE_PAREN.search(body):
        doubled = _doubly_parenthesized(tree, "({" + body + "\n})", 2, len(body) + 2)
        if doubled is not None:
            return JsProblem(doubled - 2, DOUBLE_PARENS, parses=True)
    free_names(body[argument.range[0] - 2 : argument.range[1] - 2])  # read later (MDX002): parsed while cached
    return None


_ESM_STATEMENTS = {"ImportDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration", "ExportAllDeclaration"}


_UNDEFINED_EXPORT = re.compile(r"Export '([^']+)' is not defined")
_EXPORT_CLAUSE = re.compile(r"\bexport\s*\{")
# A specifier's local name written as a string: first in the clause or after a comma.
_STRING_SPECIFIER = re.compile(r"""(?:\{|,)\s*(['"])""")


def _string_local_export(text: str, index: int) -> int:
    """Where the export clause before ``index`` names a string as a local name (else ``index``)."""
    clauses = [found.end() - 1 for found in _EXPORT_CLAUSE.finditer(text, 0, index)]
    if not clauses:
        return index
    found = _STRING_SPECIFIER.search(text, clauses[-1], index)
    return found.start(1) if found is not None else index


def check_module(text: str, imported: tuple[str, ...] = ()) -> JsProblem | None:
    """Problem with an ESM block: it must parse and hold only import/export statements.

    ``imported``: the names earlier blocks of the page import.  micromark-extension-mdxjs-esm
    parses a block after ``var <those names>``: a block may export them and may not declare
    them again.  A name exported and declared nowhere in the block comes back as
    ``undefined_export`` (the compiler checks it at the end of the page, where a later block
    may have declared it)."""
    prefix = f"var {', '.join(imported)};\n" if imported else ""
    problem = _check_module_as(prefix + text, _MDX_VERSION[0], len(prefix))
    if problem is not None and "${" in text and "<" in text:
        blanked = _without_jsx_substitutions(text)
        if blanked is not None:
            return check_module(blanked, imported)
    if problem is not None and problem.undefined_export:
        # acorn meets a name exported twice as it parses, and names left undefined only at the end:
        # read again with the undefined names declared, a duplicate export comes first
        declared = prefix + f"var {problem.undefined_export};\n"
        again = _check_module_as(declared + text, _MDX_VERSION[0], len(declared))
        if again is not None and "(Duplicate export '" in again.message:
            problem = JsProblem(again.index - len(declared) + len(prefix), again.message)
    if problem is not None and not problem.undefined_export:
        problem = _less_than_at_line_start(text, prefix, problem)
    if "}" in text and "<" in text and (problem is None or not problem.undefined_export):
        problem = _tag_after_default_declaration(text, prefix, problem)
    if problem is None or not prefix:
        return problem
    index = problem.index - len(prefix)
    if index < 0:  # a name of the earlier blocks declared again here: at that name, as acorn points
        index = _redeclared_name_at(text, 0, problem.message)
    return JsProblem(max(0, index), problem.message, problem.undefined_export)


def source_of(body: str) -> str:
    """The text an expression is parsed as (offsets in the tree are into it)."""
    return "(" + body + "\n)"


# A `<` that starts a line after a value (a string, a number, a name, `)` or `]`): acorn, which the
# compiler parses import/export blocks with, reads it as less-than, where esprima starts a JSX tag.
# (comments between them change nothing: `import a from 'b' /* c */` then `<br>`, held-out h87)
_LESS_THAN_AFTER_VALUE = re.compile(r"""(?:['"`\w$)\]])(?:[ \t]*/\*(?:[^*\n]|\*(?!/))*\*/)*[ \t]*(?://[^\n]*)?\n[ \t]*(<)(?![<=])""")
_KEYWORD_BEFORE_EXPRESSION = re.compile(
    r"(?<![\w$.])(?:return|default|typeof|void|delete|new|in|of|instanceof|await|yield|case|else|do|throw)\Z")


_LESS_THAN_ATTEMPTS = 4


def _less_than_at_line_start(text: str, prefix: str, problem: JsProblem) -> JsProblem:
    """``problem`` as the compiler meets it when a line before it starts with `<` after a value:
    `import X from './x'` then `<X />` on the next line is less-than there, which fails at once
    (or a few characters on), where esprima reads a JSX element and fails later."""
    for attempt, found in enumerate(_LESS_THAN_AFTER_VALUE.finditer(text)):
        index = found.start(1)
        if index > problem.index or attempt >= _LESS_THAN_ATTEMPTS:
            break  # (each attempt parses the lines before: a few, or a long block of JSX text is quadratic)
        if "//" in text[text.rfind("\n", 0, found.start()) + 1 : found.start()]:
            continue  # (a word of a `//` comment is no value: `import X from './x'; // component`, held-out h90)
        if _KEYWORD_BEFORE_EXPRESSION.search(text, 0, found.start() + 1):
            continue  # `return` / `default` then `<div>`: a JSX element
        try:
            _esprima().parseModule(prefix + text[: text.rfind("\n", 0, index) + 1], _OPTIONS)
        except Exception:  # noqa: BLE001 - the lines before are no complete statements: inside JSX text,
            continue  # an open bracket or string (esprima's errors, or esprima failing)
        operator = text[:index] + ">" + text[index + 1 :]  # an operator esprima cannot take for a tag
        reread = _check_module_as(prefix + operator, _MDX_VERSION[0], len(prefix))
        if reread is not None and reread.index <= problem.index:
            # (the parser's own words last: the end of the input is where the compiler reports it, past the block)
            said = reread.message[reread.message.find(" ("):] if reread.message.endswith(")") and " (" in reread.message else ""
            return JsProblem(reread.index, (
                "this import/export does not parse as JavaScript: the `<` that starts line "
                f"{text.count(chr(10), 0, index) + 1} of the block follows a value, so it is read as less-than, "
                f"not as a JSX tag; separate the JSX from the import/export with a blank line{said}"))
        break
    return problem


# A line that starts with `<` right after a line that ends with `}`.
_TAG_AFTER_BRACE = re.compile(r"\}[ \t]*\n[ \t]*(<)")


def _tag_after_default_declaration(text: str, prefix: str, problem: JsProblem | None) -> JsProblem | None:
    """``problem`` as the compiler meets it when a line starts with `<` right after the `}` that
    ends `export default function …` or `export default class …` (acorn, which reads `function`
    after `default` as an expression, fails at that `<`, held-out h95), or `export default {…}`
    (less-than there, as after a value: see :func:`_less_than_at_line_start`).  Esprima reads a
    JSX element and fails later, if at all (then the block holds a statement that is no import
    or export, reported at the same `<` with other words)."""
    for attempt, found in enumerate(_TAG_AFTER_BRACE.finditer(text)):
        index = found.start(1)
        if (problem is not None and index > problem.index) or attempt >= _LESS_THAN_ATTEMPTS:
            break
        before = _module_tree(prefix + text[: found.start() + 1])
        if before is None or not before.body:
            continue
        last = before.body[-1]
        if last.type != "ExportDefaultDeclaration" or last.range[1] != len(prefix) + found.start() + 1:
            continue
        declaration = last.declaration
        line = text.count("\n", 0, index) + 1
        if (declaration.type == "FunctionDeclaration" and not declaration.isAsync and not declaration.generator) or \
                declaration.type == "ClassDeclaration":
            kind = "function" if declaration.type == "FunctionDeclaration" else "class"
            return JsProblem(index, "this import/export does not parse as JavaScript: acorn, which the compiler reads "
                                    f"import/export blocks with, refuses the `<` that starts line {line} of the block right "
                                    f"after the `}}` of `export default {kind}`; separate the JSX from the export with a blank line")
        start = last.range[0] - len(prefix)
        # (only before a tag's name: after `<` a `>`, `!`, `/` or the end makes another token of the
        # `>` the reading below puts there, and the compiler's place is not found that way, review h96)
        after = text[index + 1:index + 2]
        if declaration.type == "ObjectExpression" and text.startswith("export default ", start) and (
                after.isalpha() or after in ("_", "$")):
            # (esprima ends `export default {…}` at its `}`, where acorn goes on with an operator: read
            # as the same value given a name, `export const _={…}`, of the same length)
            operator = text[:start] + "export const _=" + text[start + 15:index] + ">" + text[index + 1:]
            reread = _check_module_as(prefix + operator, _MDX_VERSION[0], len(prefix))
            if reread is not None and (problem is None or reread.index <= problem.index or problem.index == index):
                return JsProblem(reread.index, "this import/export does not parse as JavaScript: the `<` that starts line "
                                               f"{line} of the block follows a value, so it is read as less-than, not as a "
                                               "JSX tag; separate the JSX from the import/export with a blank line")
        break
    return problem


class _ShorthandInitializerError(Exception):
    """acorn's refusal of `{b = 1}` outside a pattern (esprima reads `async ({b = 1})` as a call)."""

    def __init__(self, index: int):
        super().__init__("Shorthand property assignments are valid only in destructuring patterns")
        self.index = index
        self.description = "Shorthand property assignments are valid only in destructuring patterns"


def _shorthand_initializer(tree, source: str) -> int | None:
    """Offset of the `=` of a shorthand property with a default (`{b = 1}`) in an object that is no
    pattern (held-out h78: esprima accepts `async ({b = 1})`, a call, which acorn refuses)."""

    def visit(node) -> int | None:
        if node.type == "ObjectExpression":
            for prop in node.properties:
                if getattr(prop, "type", None) == "Property" and prop.shorthand and getattr(prop.value, "type", None) == "AssignmentPattern":
                    return source.find("=", prop.key.range[1])
        return None

    try:
        return _first_in_tree(tree, visit)
    except RecursionError:
        return None


def _await_in_parameters(tree, awaits: set[int]) -> int | None:
    """Offset of an `await` (read as `void`, at one of ``awaits``) in the parameters of a function,
    async or not (`async (x = await 1) => x`): acorn refuses it.  None when there is none (or the
    tree is too deep to walk)."""

    def visit(node, in_parameters: bool) -> int | None:
        kind = getattr(node, "type", None)
        if kind == "UnaryExpression" and node.operator == "void" and node.range[0] in awaits and in_parameters:
            return node.range[0]
        if kind in _FUNCTIONS:
            for parameter in node.params:
                found = visit(parameter, True)
                if found is not None:
                    return found
            return visit(node.body, False)
        return _first_in_children(node, visit, in_parameters)

    return _first_with_context(tree, visit, False)


def _await_in_plain_function(tree, awaits: set[int]) -> int | None:
    """Offset of an `await` (read as `void`, at one of ``awaits``) inside a function that is not
    `async` or a class field's initializer: MDX 3 reads the expression in an async function, so
    only its top level (and async functions) may await. None when there is none (or the tree is too
    deep to walk)."""

    def visit(node, plain: bool) -> int | None:
        kind = getattr(node, "type", None)
        if kind == "UnaryExpression" and node.operator == "void" and node.range[0] in awaits and plain:
            return node.range[0]
        if kind in _FUNCTIONS:
            plain = not node.isAsync
        elif kind == "PropertyDefinition":
            plain = True
        return _first_in_children(node, visit, plain)

    return _first_with_context(tree, visit, False)


def _first_with_context(tree, visit, context) -> int | None:
    """What ``visit(tree, context)`` finds first (a visit that passes a context down, through
    _first_in_children); None when the tree is too deep to walk."""
    try:
        return visit(tree, context)
    except RecursionError:
        return None


def _first_in_children(node, visit, context) -> int | None:
    """What ``visit(child, context)`` finds first among a node's children (none for a non-node)."""
    for _, child in (_children(node) if getattr(node, "type", None) else ()):
        found = visit(child, context)
        if found is not None:
            return found
    return None


_BLANKED_CHARACTER = re.compile(r"[^\r\n]")


def without_comments(text: str) -> str:
    """``text`` with its JavaScript comments made blanks (line endings kept, so offsets and lines stay),
    as the parser finds them (not a `//` in a string or in JSX text, `<p>http://x</p>`); ``text`` itself
    where it does not parse as a module."""
    if "//" not in text and "/*" not in text:
        return text
    try:
        comments = _esprima().parseModule(text, _COMMENT_OPTIONS).comments or ()
    except Exception:  # noqa: BLE001 - esprima's errors and its own failures alike
        return text
    pieces: list[str] = []
    done = 0
    for comment in comments:
        start, end = comment.range
        pieces += [text[done:start], _BLANKED_CHARACTER.sub(" ", text[start:end])]
        done = end
    return "".join(pieces) + text[done:]


@cache_small(maxsize=1024, max_chars=20_000)
def declared_exports(text: str) -> tuple[tuple[str, int], ...] | None:
    """The names an ESM block's `export const|let|var|function|class` declarations bind, with their
    offsets in ``text``: every declarator (`export let a = 1, b = 2`) and every name of a
    destructuring pattern (`export const {title, tags: [first]} = meta`). None when the block
    does not parse."""
    try:
        tree = _esprima().parseModule(text, _OPTIONS)
    except Exception:  # noqa: BLE001 - esprima's errors, and esprima itself failing: no names known
        return None
    found: list[tuple[str, int]] = []
    for statement in tree.body:
        declaration = getattr(statement, "declaration", None) if statement.type == "ExportNamedDeclaration" else None
        if declaration is None:
            continue
        if declaration.type == "VariableDeclaration":
            for declarator in declaration.declarations:
                _pattern_identifiers(declarator.id, found)
        elif getattr(declaration, "id", None) is not None:
            found.append((declaration.id.name, declaration.id.range[0]))
    return tuple(found)


def _pattern_identifiers(node, out: list[tuple[str, int]]) -> None:
    """The identifiers a binding pattern declares, with their offsets, in order."""
    kind = getattr(node, "type", None)
    if kind == "Identifier":
        out.append((node.name, node.range[0]))
    elif kind == "ObjectPattern":
        for prop in node.properties:
            _pattern_identifiers(prop.value if prop.type == "Property" else prop.argument, out)
    elif kind == "ArrayPattern":
        for element in node.elements:
            if element is not None:
                _pattern_identifiers(element, out)
    elif kind == "AssignmentPattern":
        _pattern_identifiers(node.left, out)
    elif kind == "RestElement":
        _pattern_identifiers(node.argument, out)


def _await_outside_function(node, inside_function: bool = False) -> int | None:
    """Offset of an `await` (operator or name) outside any function, or None (also when
    the tree is too deep to walk: no verdict rather than a crash)."""
    try:
        return _top_level_await(node, inside_function)
    except RecursionError:
        return None


def _top_level_await(node, inside_function: bool = False) -> int | None:
    """Offset of an `await` outside any function (MDX 2 refuses it), or None."""
    kind = getattr(node, "type", None)
    if (kind == "AwaitExpression" or (kind == "Identifier" and node.name == "await")) and not inside_function:
        return node.range[0]
    if kind in _FUNCTIONS:
        inside_function = True
    skip = None  # a property name (`obj.await`, `{await: 1}`) is no use of `await`
    if kind == "MemberExpression" and not node.computed:
        skip = "property"
    elif kind == "Property" and not node.computed:
        skip = "key"
    for key, child in (_children(node) if kind else ()):
        if key == skip:
            continue
        found = _top_level_await(child, inside_function)
        if found is not None:
            return found
    return None


# A name declared twice, or a second default export: acorn refuses these as it meets them.
_REDECLARED = re.compile(r"Identifier '([^']+)' has already been declared|Duplicate export '([^']+)'")


def _earlier_redeclaration(esprima, text: str, index: int) -> tuple[int, str] | None:
    """A redeclaration in the lines before a syntax error at ``index``: acorn meets it first
    (`export default 1` twice, then a broken line), esprima reports the syntax error."""
    cut = text.rfind("\n", 0, index)
    if cut <= 0:
        return None
    try:
        esprima.parseModule(text[:cut], _OPTIONS)
    except esprima.Error as error:
        description = _describe(error)
        if _REDECLARED.search(description):
            return _error_index(error, text[:cut]), description
    except Exception:
        return None
    return None


# `export default function|class` up to its name.
_DEFAULT_DECLARATION = re.compile(r"(?<![\w$.])export\s+(default)\s+(?:async\s+)?(?:function\s*\*?|class)\s*\Z")
_EXPORT_DEFAULT_WORDS = re.compile(r"(?<![\w$.])export\s+default(?![\w$])")


def _duplicate_default_before(text: str, index: int) -> int | None:
    """Where `default` stands in an `export default function|class` whose name, at ``index``, is declared
    again, when the code before it exports a default already: acorn meets the second default export
    first (`export default function L() {}` twice, held-out h134)."""
    found = _DEFAULT_DECLARATION.search(text, max(0, index - 200), index)
    if found is None or _EXPORT_DEFAULT_WORDS.search(text, 0, found.start()) is None:
        return None
    # (a default export the code before it makes, as the parser reads it: not the words in a string or a comment)
    before = _module_tree(text[: found.start()])
    if before is None or not any(statement.type == "ExportDefaultDeclaration" for statement in before.body):
        return None
    return found.start(1)


def _redeclared_name_at(text: str, index: int, description: str) -> int:
    """Where acorn points for a redeclaration: at the name (`default`), not the statement's start."""
    found = _REDECLARED.search(description)
    if found is None:
        return index
    name = found.group(1) or found.group(2)
    # (a name before `as` is the imported or local one, not the name declared: `{A as C, A}`)
    # (in the code, not a comment: `import {A /* } */}`; a statement may go on past a blank line while
    # it is incomplete, `import {` then a blank line then `A`: held-out h134)
    at = re.compile(rf"(?<![\w$]){re.escape(name)}(?![\w$])(?!\s+as(?![\w$]))").search(without_comments(text), index)
    place = at.start() if at is not None else index
    statement = max(text.rfind("\n", 0, place), text.rfind(";", 0, place)) + 1
    if re.match(r"\s*(?:export\s+)?var\s", text[statement:place]):
        # esprima names a `var` that a `let`, `const`, `class` or `function` declares again below; acorn
        # meets the clash at that later declaration (compiler probes h104: `export var a` then `export let a`)
        # (a statement of the module: at a line's start, not a function's own `let` or a string's text; review h107)
        later = re.compile(rf"(?m)^(?:export\s+)?(?:let|const|class|(?:async\s+)?function\s*\*?)\s*{re.escape(name)}(?![\w$])"
                           ).search(text, place)
        if later is not None:
            return later.end() - len(name)
    return place


# `export` followed by a word that starts no declaration (`export the file as CSV.`, TypeScript's
# `export type T = …`): acorn fails at that word.
_EXPORT_OF_WORD = re.compile(r"(?m)^export[ \t]+(?!(?:default|var|let|const|function|async|class)(?![\w$]))([A-Za-z_$][\w$]*)")
# A JSX attribute's quoted value (`className="a`): acorn fails at a quote that is never closed.
_JSX_ATTRIBUTE_QUOTE = re.compile(r"<[A-Za-z][\w.:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|\{[^{}]*\}))?)*\s+[\w:-]+=([\"'])")


def _acorn_module_position(text: str, index: int, description: str, prefix: int) -> tuple[int, str] | None:
    """Where acorn, the compiler's parser, stops in a module esprima refused at ``index``, when
    they point at different places: (index, description), or None."""
    word = _EXPORT_OF_WORD.search(text, prefix)
    if word is not None and word.start(1) < index:
        return word.start(1), (f"`export` takes a declaration, `{{…}}`, `*` or `default`, not `{word.group(1)}`; "
                                 "in MDX a line that starts with `export ` is JavaScript, even in prose")
    if description.startswith("Nullish coalescing requires parentheses"):
        mixed = _acorn_check_position(text[prefix:], description, index - prefix)
        if mixed is not None:  # (acorn: at the second operator, esprima at the statement's end)
            return prefix + mixed, description
    if "import" in text:
        specifier = _unusable_import_name(text, prefix, index)
        if specifier is not None:
            return specifier, ("an imported name that is a reserved word or a string needs `as` and a name of "
                               "its own (`import {default as Name} from …`)")
    if "`" in text and description == "Unexpected token ILLEGAL":
        template = _unclosed_template_start(text[prefix:])
        if template is not None and prefix + template <= index:
            return prefix + template, _OPEN_TEMPLATE
    if "..." in text:
        spread = _stray_spread(text[prefix:])
        if spread is not None and prefix + spread <= index:
            return prefix + spread, ("a spread `...` stands only in an array, an object, a call's arguments or a "
                                     "function's parameters")
    if description.startswith("Invalid regular expression"):
        # acorn points just past the `/` that opens the literal (esprima at its end, or the line's)
        line_start = text.rfind("\n", 0, max(prefix, index - 1)) + 1
        while line_start >= prefix:
            line_end = text.find("\n", line_start)
            opening = _REGEX_LITERAL_START.search(text, line_start, line_end if line_end >= 0 else len(text))
            if opening is not None:
                return opening.end(), description
            if line_start == 0:
                break
            line_start = text.rfind("\n", 0, line_start - 1) + 1
        return None
    if description == "Unexpected end of input":
        for quote in _JSX_ATTRIBUTE_QUOTE.finditer(text, prefix):
            if text.find(quote.group(1), quote.end()) < 0:
                return quote.start(1), _OPEN_JSX_STRING
    return None


@cache_small(maxsize=2048, max_chars=20_000)
def _module_tree(text: str):
    """The tree of ``text`` read as a module, or None where esprima refuses it (or fails)."""
    try:
        return _esprima().parseModule(text, _OPTIONS)
    except Exception:  # noqa: BLE001 - esprima's errors and its own failures alike: no tree
        return None


def _check_module_as(text: str, version: int, prefix: int = 0) -> JsProblem | None:
    esprima = _esprima()
    try:
        tree = esprima.parseModule(text, _OPTIONS)  # ESM may hold JSX: `export const a = <B />`
    except esprima.Error as error:
        unterminated = _unterminated_jsx(error, text, prefix)
        if unterminated is not None:
            return unterminated
        attributes = _IMPORT_WITH.search(text, prefix) if "with" in text else None
        if attributes is not None and attributes.start(2) <= _error_index(error, text) and _module_tree(text[: attributes.start(2)]) is not None:
            # acorn (ES2024) stops at `with` after an import's source, whatever follows it: the
            # attributes themselves are not read (`with {type: json}`, a `with` left alone).  On
            # the next line the import has ended: a `with` statement, refused in a module.
            what = ("a `with` statement, which ES modules (strict mode) do not allow" if "\n" in attributes.group(1)
                    else too_new("an import attribute (`with { type: … }`)", 2025, version))
            return JsProblem(attributes.start(2), f"this import/export does not parse as JavaScript in MDX {version} ({what})")
        if _describe(error) == _INVALID_TARGET:
            target = _target_read_again(text, getattr(error, "index", 0), lambda code: esprima.parseModule(code, _OPTIONS))
            if target is not None and target >= prefix:
                return JsProblem(target, "this import/export does not parse as JavaScript (Assigning to rvalue: what is "
                                         "assigned to or updated here is no variable or property)")
        # Where the text stops being JavaScript: the earlier of the two readings (a
        # stray `<` fails at once without JSX, and much later inside a JSX string).
        index = _jsx_mismatch_start(error, text, _error_index(error, text))
        description = _describe(error)
        adjacent = _adjacent_jsx_before(text, index, _module_tree) if index > prefix else None
        if adjacent is not None and adjacent >= prefix:
            return JsProblem(adjacent, "this import/export does not parse as JavaScript "
                                       f"({adjacent_jsx_description(text, adjacent)})")
        if description == "Unexpected token ILLEGAL" and index > prefix:
            # esprima scans a token ahead: a character no token starts with (`#` of a heading
            # after the block) is met before the parser fails on the token before it, where acorn
            # stops. The text up to that character tells which comes first.
            cut = min(index, len(text))  # (esprima counts a character beyond the BMP twice)
            while cut > prefix and not text[cut - 1].isspace():
                cut -= 1  # (esprima points into the run of such characters)
            try:
                esprima.parseModule(text[:cut], _OPTIONS)
            except esprima.Error as before:
                before_index = _error_index(before, text[:cut])
                # (not the end of the cut text: that error is the character's, which acorn meets first)
                # (nor an undefined export: acorn checks those only once the whole text is read)
                if before_index < min(index, code_end(text[:cut])) and _describe(before) not in (
                        "Unexpected end of input", "Unexpected token ILLEGAL") and not _UNDEFINED_EXPORT.search(_describe(before)):
                    index, description = before_index, _describe(before)
            except Exception:  # noqa: BLE001 - esprima itself failed: keep the first reading
                pass
        # (also before another redeclaration: `var Tabs;` of an earlier block's import, then `import
        # Tabs` twice, acorn stops at the first, held-out h95)
        earlier = _earlier_redeclaration(esprima, text, index)
        if earlier is not None and earlier[0] < index:
            index, description = earlier
        illegal = _ILLEGAL_JUMP.match(description)
        if illegal is not None:
            # esprima points past the keyword (or at a comment before it); acorn at the statement
            # (esprima stops before the comments and spaces that precede the keyword; or at its end)
            after = _SPACE_AND_COMMENTS.match(text, index).end()
            if text.startswith(illegal.group(1), after):
                index = after
            else:
                before = text.rfind(illegal.group(1), max(0, index - len(illegal.group(1)) - 1), index + 1)
                index = before if before >= 0 else index
        newer = _earlier_newer_syntax(esprima, text, index, 2024 if version >= 3 else 2020)
        if newer is not None:  # acorn stops at syntax newer than its ecmaVersion, before the later error
            return JsProblem(newer[0], f"this import/export does not parse as JavaScript in MDX {version} "
                                       f"({too_new(newer[1], newer[2], version)})")
        index = _redeclared_name_at(text, index, description)
        if description.endswith("has already been declared"):
            duplicate = _duplicate_default_before(text, index)
            if duplicate is not None:  # acorn checks the exported name before the declaration's own
                index, description = duplicate, "Duplicate export 'default'"
        if description == "String local export names require a from clause":
            # acorn names the first string that stands as a local name (`export {a, 'b'}`: at `'b'`)
            index, description = _string_local_export(text, index), "a string literal cannot be used as an exported binding without `from`"
        acorn_at = _acorn_module_position(text, index, description, prefix)
        if acorn_at is not None:
            index, description = acorn_at
        if "\\" in text:
            escape = acorn_escape_error(text, index)
            if escape is not None and escape[0] >= prefix:
                index, description = escape
        undefined = _UNDEFINED_EXPORT.search(description)
        return JsProblem(index, f"this import/export does not parse as JavaScript ({description})",
                         undefined.group(1) if undefined else None,
                         open_at_end=description in (_OPEN_TEMPLATE, _OPEN_JSX_STRING))
    except Exception:  # esprima itself failed (RecursionError, AssertionError, …): no verdict
        broken = _substitution_problem(text) if "${" in text else None
        if broken is None:
            return None
        return JsProblem(broken.index, "this import/export does not parse as JavaScript (a template literal's `${…}` "
                                       "is empty or not a valid expression)")
    if version < 3 and "await" in text:
        offset = _await_outside_function(tree)
        if offset is not None:
            return JsProblem(offset, f"this import/export does not parse as JavaScript in MDX {version} "
                                     "(`await` outside an async function; MDX 3 accepts it)")
    newer = _newer_than(tree, text, 2024 if version >= 3 else 2020)
    if newer is not None:
        return JsProblem(newer[0], f"this import/export does not parse as JavaScript in MDX {version} "
                                   f"({too_new(newer[1], newer[2], version)})")
    keyed = _jsx_key_after_spread(tree, text)
    if keyed is not None and keyed >= prefix:
        return JsProblem(keyed, _KeyAfterSpreadError(keyed).description)
    adjacent = _adjacent_jsx_in(tree, text)
    if adjacent is not None and adjacent >= prefix:
        return JsProblem(adjacent, f"this import/export does not parse as JavaScript ({adjacent_jsx_description(text, adjacent)})")
    if _DOUBLE_PAREN.search(text, prefix):
        doubled = _doubly_parenthesized(tree, text, prefix, len(text))
        if doubled is not None:
            return JsProblem(doubled, f"this import/export cannot be compiled: {DOUBLE_PARENS}")
    for statement in tree.body:
        if statement.range[1] <= prefix:
            continue  # the `var` of earlier blocks' imports (check_module)
        if statement.type == "EmptyStatement":
            return JsProblem(statement.range[0], "an empty statement (a second `;`) may not stand among imports and "
                                                 "exports; the compiler takes only import/export statements here")
        if statement.type not in _ESM_STATEMENTS:
            return JsProblem(
                statement.range[0],
                f"only `import` and `export` statements may stand here, not {'an' if statement.type[:1] in 'AEIOU' else 'a'} {statement.type}; "
                "separate the statement from the following text with a blank line",
            )
    return None


_FUNCTIONS = {"ArrowFunctionExpression", "FunctionExpression", "FunctionDeclaration"}
_EVENT_HANDLER_NAME = re.compile(r"on[A-Z]\w*")


# An attribute's `=` inside a JSX tag, right before the current position.
_JSX_ATTRIBUTE_BEFORE = re.compile(r"<[A-Za-z][^<>]*\s[\w:-]+\s*=\s*$")


def open_at_end(content: str) -> tuple[int, str, bool] | None:
    """(where, what) of a string, template literal or comment still open at the end of
    ``content``, which the compiler's parser fails on only at the end, and whether it failed before
    (a string broken by a line ending); (where, "", False) for a line comment that runs to the end."""
    index = 0
    length = len(content)
    while index < length:
        ch = content[index]
        if ch in "\"'":
            close = index + 1
            # A JSX attribute's string (`<Badge title="…">`) may run over lines and has no escapes.
            jsx_value = _JSX_ATTRIBUTE_BEFORE.search(content, 0, index) is not None
            while close < length and content[close] != ch and (jsx_value or content[close] != "\n"):
                close += 2 if content[close] == "\\" and not jsx_value else 1
            if close >= length:
                return index, f"a string opened with {ch} inside `{{…}}` is never closed", False
            if content[close] == "\n":
                return index, f"a string opened with {ch} inside `{{…}}` runs into a line break", True
            index = close
        elif ch == "`":
            # acorn reports an open template at the start of its last text chunk (after the last
            # `${…}`), and a `${` still open at the end of the text
            close = chunk = index + 1
            while close < length and content[close] != "`":
                if content.startswith("${", close):
                    depth, inner = 1, close + 2
                    while inner < length and depth and content[inner] not in "`\\":
                        if content[inner] in "'\"":  # a string inside the substitution: its braces are text
                            end_quote = content.find(content[inner], inner + 1)
                            if end_quote == -1 or "\n" in content[inner:end_quote] or "\\" in content[inner:end_quote]:
                                break
                            inner = end_quote + 1
                            continue
                        depth += 1 if content[inner] == "{" else -1 if content[inner] == "}" else 0
                        inner += 1
                    if depth and inner >= length:
                        return length, "a template literal inside `{…}` is never closed", False
                    if not depth:  # (a substitution with strings in it: read as before, chunk unknown)
                        close = chunk = inner
                        continue
                close += 2 if content[close] == "\\" else 1
            if close >= length:
                if chunk == index + 1 and (_JSX_ATTRIBUTE_BEFORE.search(content, 0, index)
                                           or content[:index].rstrip().endswith(".")):
                    # `<Card title=`…` (no template in JSX), `a.`…`: acorn stops at the backtick
                    chunk = index
                return chunk, "a template literal inside `{…}` is never closed", False
            index = close
        elif content.startswith("/*", index):
            close = content.find("*/", index + 2)
            if close == -1:
                return index, "a `/*` comment inside `{…}` is never closed", False
            index = close + 1
        elif content.startswith("//", index):
            newline = content.find("\n", index)
            if newline == -1:
                return index, "", False  # a line comment to the end (no message: not an open construct)
            index = newline
        index += 1
    return None


_SPACE_AND_COMMENTS = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)
_ILLEGAL_JUMP = re.compile(r"Illegal (return|break|continue) statement")


def _earlier_newer_syntax(esprima, text: str, index: int, year: int) -> tuple[int, str, int] | None:
    """Syntax newer than ``year`` in the lines before a parse error at ``index`` (`import … with
    { type: 'json' }` above a broken line), where those lines parse on their own."""
    cut = text.rfind("\n", 0, index)
    if cut <= 0 or "with" not in text[:cut] and "#" not in text[:cut] and "static" not in text[:cut]:
        return None  # (the newer syntax MDX authors write: import attributes, class fields and private names)
    try:
        tree = esprima.parseModule(text[:cut], _OPTIONS)
    except Exception:
        return None
    newer = _newer_than(tree, text[:cut], year)
    return newer if newer is not None and newer[0] < index else None

# An expression in two pairs of parentheses of its own, `((x))`: acorn keeps both as
# ParenthesizedExpression nodes and @mdx-js/mdx (2 and 3) fails on them with a TypeError
# ("this[node.value.type] is not a function"), however valid the JavaScript.
DOUBLE_PARENS = ("an expression in two pairs of parentheses, `((…))`, makes @mdx-js/mdx fail with a TypeError "
                 "(“this[node.value.type] is not a function” or the like); keep one pair")
_DOUBLE_PAREN = re.compile(r"\((?:\s|/\*.*?\*/|//[^\n]*\n)*\(", re.S)
# Parents whose own syntax puts parentheses around one child: `f(x)`, `if (x)`, `import(x)`.
_PAREN_OWNERS = {"IfStatement": "test", "WhileStatement": "test", "DoWhileStatement": "test", "WithStatement": "object",
                 "SwitchStatement": "discriminant", "Import": "source", "ImportExpression": "source"}


def _doubly_parenthesized(tree, source: str, low: int, high: int) -> int | None:
    """Offset in ``source`` of the outer `(` of the first expression that stands in two pairs of
    parentheses of its own (between ``low`` and ``high``), or None."""
    stack = [(tree, None)]
    while stack:
        node, parent = stack.pop()
        span = getattr(node, "range", None)
        # (A JSX child stands in text: parentheses around it there are text, `<p>(({x}))</p>`.)
        if span is not None and parent is not None and parent.type not in ("JSXElement", "JSXFragment"):
            start, end, pairs, outer = span[0], span[1], 0, -1
            while True:
                before, after = _trivia_before(source, start - 1, low), _trivia_after(source, end, high)
                if before < low or after >= high or source[before] != "(" or source[after] != ")":
                    break
                pairs, outer, start, end = pairs + 1, before, before, after + 1
            if pairs >= 2 and pairs - _owned_parens(node, parent) >= 2:
                return outer
        stack.extend((child, node) for _, child in reversed(list(_children(node))))
    return None


def _trivia_before(source: str, index: int, low: int) -> int:
    """The index of the last character at or before ``index`` that is no blank or comment."""
    while index >= low:
        char = source[index]
        if char in " \t\r\n":
            if char == "\n":
                comment = _line_comment(source, max(source.rfind("\n", 0, index) + 1, low), index)
                if comment is not None:
                    index = comment  # a `//` comment ends the line before
            index -= 1
        elif char == "/" and index > low and source[index - 1] == "*":
            opened = source.rfind("/*", low, index - 1)
            if opened < 0:
                return index
            index = opened - 1
        else:
            return index
    return index


def _line_comment(source: str, start: int, end: int) -> int | None:
    """Where a `//` comment starts on the line from ``start`` to ``end``, outside its strings."""
    quote = None
    index = start
    while index < end:
        char = source[index]
        if quote is not None:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = None
        elif char in "'\"`":
            quote = char
        elif source.startswith("//", index):
            return index
        elif source.startswith("/*", index):
            close = source.find("*/", index + 2, end)
            if close < 0:
                return None
            index = close + 1
        index += 1
    return None


def _trivia_after(source: str, index: int, high: int) -> int:
    """The index of the first character at or after ``index`` that is no blank or comment."""
    while index < high:
        if source[index] in " \t\r\n":
            index += 1
        elif source.startswith("/*", index):
            closed = source.find("*/", index + 2, high)
            if closed < 0:
                return index
            index = closed + 2
        elif source.startswith("//", index):
            newline = source.find("\n", index, high)
            if newline < 0:
                return high
            index = newline + 1
        else:
            return index
    return index


def _owned_parens(node, parent) -> int:
    """1 where the parent's own syntax puts a pair of parentheses around ``node`` (a call's only
    argument, an `if` test), else 0."""
    kind = parent.type
    if kind in ("CallExpression", "NewExpression"):
        return 1 if len(parent.arguments) == 1 and parent.arguments[0] is node else 0
    owner = _PAREN_OWNERS.get(kind)
    return 1 if owner is not None and getattr(parent, owner, None) is node else 0


def _pattern_names(node, out: set[str]) -> None:
    found: list[tuple[str, int]] = []
    _pattern_identifiers(node, found)
    out.update(name for name, _ in found)


def _children(node):
    for key, value in vars(node).items():
        if key.startswith("_") or key in ("type", "range", "loc"):
            continue
        if isinstance(value, list):
            for item in value:
                if hasattr(item, "type"):
                    yield key, item
        elif hasattr(value, "type"):
            yield key, value


@cache_small(maxsize=65536, max_chars=2000)  # small results: tuples of names
def free_names(body: str, outside_functions: bool = False) -> tuple[tuple[str, int, bool], ...]:
    """Identifiers an expression reads from its scope: (name, character index in body, whether
    it names a JSX element).

    Names bound inside the expression (function parameters, destructuring, local
    declarations) are left out; property names, object keys and JSX attribute names
    are not identifiers here.  JSX elements with a capitalised name count as reads (in
    MDX's content the compiler takes those not in scope from the components provider).
    ``outside_functions``: only the reads outside the functions it makes (an event
    handler's function runs later, not when the expression is evaluated).
    """
    if is_empty(body):
        return ()
    tree, error = _parse_expression(body)
    if tree is None:
        return ()
    used: list[tuple[str, int, bool]] = []
    bound: set[str] = set()
    in_handler = False  # inside a JSX event handler attribute (`onClick={…}`): its functions run later

    def visit(node, parent_key: str | None, parent) -> None:
        nonlocal in_handler
        kind = node.type
        if kind == "Identifier":
            used.append((node.name, node.range[0] - 1, False))
            return
        if kind in _FUNCTIONS:
            if outside_functions or in_handler:
                return
            for param in node.params:
                _pattern_names(param, bound)
            if getattr(node, "id", None) is not None:
                bound.add(node.id.name)
            visit(node.body, "body", node)
            return
        if kind == "VariableDeclarator":
            _pattern_names(node.id, bound)
            if node.init is not None:
                visit(node.init, "init", node)
            return
        if kind == "MemberExpression":
            visit(node.object, "object", node)
            if node.computed:
                visit(node.property, "property", node)
            return
        if kind == "UnaryExpression" and node.operator == "typeof" and node.argument.type == "Identifier":
            return  # `typeof x` of an undeclared `x` is "undefined", no ReferenceError
        if kind == "CatchClause":
            if node.param is not None:
                _pattern_names(node.param, bound)
            visit(node.body, "body", node)
            return
        if kind in ("LabeledStatement", "BreakStatement", "ContinueStatement"):
            if kind == "LabeledStatement":  # (a label is no variable)
                visit(node.body, "body", node)
            return
        if kind in ("ClassDeclaration", "ClassExpression"):
            if node.id is not None:
                bound.add(node.id.name)
            if node.superClass is not None:
                visit(node.superClass, "superClass", node)
            visit(node.body, "body", node)
            return
        if kind in ("MethodDefinition", "PropertyDefinition"):
            if node.computed:  # (a class member's own name is no read)
                visit(node.key, "key", node)
            if node.value is not None:
                visit(node.value, "value", node)
            return
        if kind == "Property":
            if node.computed:
                visit(node.key, "key", node)
            visit(node.value, "value", node)
            return
        if kind in ("JSXOpeningElement",):
            name = node.name
            if name.type == "JSXIdentifier" and name.name[:1].isupper():
                used.append((name.name, name.range[0] - 1, True))
            elif name.type == "JSXMemberExpression":
                root = name
                while root.type == "JSXMemberExpression":
                    root = root.object
                used.append((root.name, root.range[0] - 1, True))
            for attribute in node.attributes:
                visit(attribute, "attributes", node)
            return
        if kind in ("JSXClosingElement", "JSXIdentifier", "JSXAttribute") and kind != "JSXAttribute":
            return
        if kind == "JSXAttribute":
            if node.value is not None:
                handler = getattr(node.name, "name", None)
                outer, in_handler = in_handler, in_handler or (isinstance(handler, str) and _EVENT_HANDLER_NAME.fullmatch(handler) is not None)
                visit(node.value, "value", node)
                in_handler = outer
            return
        for key, child in _children(node):
            visit(child, key, node)

    for statement in tree.body:
        visit(statement, None, None)
    return tuple(item for item in used if item[0] not in bound)
