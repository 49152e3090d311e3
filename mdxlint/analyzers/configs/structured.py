"""JSON and YAML inside code fences, read once per fence and shared by the rules
that need them (syntax, duplicate keys, connector configs).

Positions are character indexes into the fence body; rules turn them into file
offsets with :meth:`mdxlint.document.Fence.body_offset`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from mdxlint.mdx.limits import (
    MAX_JSON_DEPTH,
    MAX_YAML_VALUES,
    cache_small,
    json_depth,
    nested_message,
    yaml_values,
    yaml_values_message,
)


_LOADERS: list = []


def _yaml():
    """PyYAML and its fastest safe loader, imported on first use (start-up time). The loader reads
    a tag it has no constructor for (`!secret`, CloudFormation's `!Ref`: the application's own) as
    the plain value it tags: YAML allows any tag, and only the program that reads it knows it."""
    import yaml

    if not _LOADERS:
        try:
            from yaml import CSafeLoader as base
        except ImportError:  # pragma: no cover - depends on how PyYAML was built
            from yaml import SafeLoader as base  # type: ignore[assignment]

        class TaggedLoader(base):  # type: ignore[misc, valid-type]
            pass

        def untagged(loader, suffix, node):
            if isinstance(node, yaml.MappingNode):
                return loader.construct_mapping(node)
            if isinstance(node, yaml.SequenceNode):
                return loader.construct_sequence(node)
            return loader.construct_scalar(node)

        from mdxlint.mdx.jsyaml import RedefinableAnchors

        class LenientLoader(RedefinableAnchors, yaml.SafeLoader):
            """The pure-Python loader, for what libyaml refuses and the others read."""

        # (a tag with a constructor of its own, `!!int`, `!!binary`, is read by it: these are the others)
        for loader_class in (TaggedLoader, LenientLoader):
            loader_class.add_multi_constructor("!", untagged)
            loader_class.add_multi_constructor("tag:", untagged)
        _LOADERS.append((TaggedLoader, LenientLoader))
    loader, _ = _LOADERS[0]
    return yaml, loader


def _lenient_loader():
    _yaml()
    return _LOADERS[0][1]


# Expressive Code (Starlight's highlighter) takes a file-name comment in the first lines of a fence
# for its title and removes it (and the blank line after it): `<!-- application.yml -->`.
_FILE_NAME_COMMENT = re.compile(r"\A(?:[ \t]*\n){0,3}[ \t]*<!--\s*[\w./@-]+\.\w+\s*-->[ \t]*(?=\n|\Z)")


def without_file_name_comment(body: str) -> str:
    """``body`` with an Expressive Code file-name comment blanked (same length, same lines)."""
    found = _FILE_NAME_COMMENT.match(body)
    if found is None:
        return body
    return re.sub(r"[^\n]", " ", found.group()) + body[found.end():]


def shown_text(body: str, site) -> str:
    """A fence's text as the site's highlighter shows it: Expressive Code drops a file-name comment."""
    if site is not None and site.highlighter.value == "expressive-code":
        return without_file_name_comment(body)
    return body


JSON_LANGS = {"json", "jsonc"}
YAML_LANGS = {"yaml", "yml"}


@dataclass(eq=False)
class Problem:
    index: int
    message: str


@dataclass(eq=False)
class DuplicateKey:
    key: str
    index: int  # the later occurrence, which silently wins
    first_index: int


@dataclass(eq=False)
class JsonReading:
    value: Any = None
    error: Problem | None = None
    fragment: bool = False  # members shown without their enclosing braces
    has_comments: bool = False
    has_placeholders: bool = False
    duplicates: list[DuplicateKey] = field(default_factory=list)
    documents: int = 0


_PLACEHOLDER = re.compile(r"\.\.\.|…")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


# A string (to its closing quote or the line's end; a backslash escapes the next
# character, a line break too) or a comment: strings are kept, comments blanked.
_STRING_OR_COMMENT = re.compile(r'"(?:[^"\\\n]|\\[\s\S]?)*"?|//[^\n]*|/\*[\s\S]*?(?:\*/|\Z)')
_NOT_NEWLINE = re.compile(r"[^\n]")


def _strip_comments(text: str) -> tuple[str, bool]:
    """Replace // and /* */ comments outside strings by spaces (same length)."""
    if "//" not in text and "/*" not in text:
        return text, False
    found = False

    def blank(match: re.Match) -> str:
        nonlocal found
        piece = match.group()
        if piece[0] == '"':
            return piece
        found = True
        return _NOT_NEWLINE.sub(" ", piece)

    return _STRING_OR_COMMENT.sub(blank, text), found


# A type name where a value stands (`"startTime": epoch`, `"tags": string[]`): the fence
# describes a shape, it does not claim to be a document.
# A placeholder in angle brackets where a value stands (`"react-native-reanimated": <Reanimated version>`)
# is one too: the reader puts their own value there.
_TYPE_VALUE = re.compile(
    r"(?<=:)([ \t]*)(boolean|number|string|object|array|any|integer|int|float|double|epoch|date|timestamp|"
    r"Boolean|Number|String|Object|Array|Date|<[A-Za-z][^<>\n\"]{0,60}>)(\[\])?(?=[ \t]*(?:[,}\]\n]|$))"
)


def _type_values(text: str) -> list[re.Match]:
    """Type names standing as values, outside strings (one pass over the strings, then a
    binary search per candidate: linear in the text)."""
    import bisect

    candidates = list(_TYPE_VALUE.finditer(text)) if ":" in text else []
    if not candidates:
        return []
    spans = [m.span() for m in _STRING_OR_COMMENT.finditer(text) if text[m.start()] == '"']
    starts = [start for start, _ in spans]
    found = []
    for match in candidates:
        index = bisect.bisect_right(starts, match.start(2)) - 1
        if index >= 0 and spans[index][0] <= match.start(2) < spans[index][1]:
            continue
        found.append(match)
    return found


def describes_a_shape(text: str) -> bool:
    """Whether a JSON-tagged text stands type names for values (a schema as prose shows it)."""
    return len(_type_values(text)) >= 2


def _type_words(text: str) -> tuple[str, bool]:
    matches = _type_values(text)
    if not matches:
        return text, False
    pieces, cursor = [], 0
    for match in matches:
        pieces.append(text[cursor : match.start()])
        pieces.append(match.group(1) + "0" + " " * (len(match.group(0)) - len(match.group(1)) - 1))
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces), True


def _placeholders(text: str) -> tuple[str, bool]:
    """``...`` standing for omitted members, elements or values, and type names standing
    for values, become valid JSON of the same length: blank where a member stands, ``0``
    where a value stands.

    One pass: the quotes before each placeholder are counted on from the previous one
    on the same line, and the text is rebuilt once."""
    text, typed = _type_words(text)
    found, text = _ellipses(text)
    return text, found or typed


def _ellipses(text: str) -> tuple[bool, str]:
    pieces: list[str] = []
    cursor = 0
    found = False
    line_start = -1
    scanned = quotes = 0
    previous = 0
    for match in _PLACEHOLDER.finditer(text):
        start, end = match.span()
        newline = text.rfind("\n", previous, start)
        previous = start
        if newline >= 0 or line_start < 0:
            line_start = text.rfind("\n", 0, start) + 1 if line_start < 0 else newline + 1
            scanned, quotes = line_start, 0
        # Inside a string when an odd number of unescaped quotes stands before it on its line.
        while scanned < start:
            ch = text[scanned]
            if ch == "\\":
                scanned += 2
                continue
            if ch == '"':
                quotes += 1
            scanned += 1
        if quotes % 2 == 1:
            continue
        back = start - 1
        while back >= 0 and text[back].isspace():
            back -= 1
        prev = text[back] if back >= 0 else ""
        found = True
        pieces.append(text[cursor:start])
        if prev == ":":
            pieces.append("0" + " " * (end - start - 1))
        else:
            # An omitted member or element takes its comma with it ("[ ..., "a" ]").
            after = end
            while after < len(text) and text[after] in " \t\r\n":
                after += 1
            if after < len(text) and text[after] == ",":
                end = after + 1
            pieces.append("".join(ch if ch == "\n" else " " for ch in text[start:end]))
        cursor = end
    if not found:
        return False, text
    pieces.append(text[cursor:])
    return True, "".join(pieces)


def _inside_string(text: str, index: int) -> bool:
    line_start = text.rfind("\n", 0, index) + 1
    quotes = 0
    i = line_start
    while i < index:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            quotes += 1
        i += 1
    return quotes % 2 == 1


_TRAILING_COMMA = re.compile(r",(\s*)(?=[}\]]|\Z)")


def _drop_trailing_commas(text: str) -> str:
    return _TRAILING_COMMA.sub(lambda m: " " + m.group(1), text)


def drop_trailing_commas(text: str) -> str:
    """``text`` without the commas before a closing bracket, comments between them too (`[1, // c\n]`);
    offsets kept: each comma becomes a space."""
    stripped, had_comments = _strip_comments(text)
    if not had_comments:
        return _drop_trailing_commas(text)
    dropped = _drop_trailing_commas(stripped)
    return "".join(" " if original == "," and new == " " else original for original, new in zip(text, dropped))


def variant_groups(body: str, comment: str) -> list[tuple[int, int]]:
    """Spans of the variants a fence shows one after another: groups separated by a
    blank line and introduced by a comment (``# Плохо`` … ``# Хорошо``,
    ``// Connector A`` … ``// Connector B``)."""
    groups: list[tuple[int, int]] = []
    start = 0
    lines = body.split("\n")
    offset = 0
    blank_before = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(comment) and blank_before and offset > start:
            if body[start:offset].strip():
                groups.append((start, offset))
            start = offset
        blank_before = not stripped
        offset += len(line) + 1
    groups.append((start, len(body)))
    return groups


def _same_group(groups: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(start <= a < end and start <= b < end for start, end in groups)


@cache_small(maxsize=512, max_chars=20_000)  # several rules read the same fence; readings are not mutated
def read_json(body: str, *, allow_fragments: bool = True, allow_comments: bool = True, allow_placeholders: bool = True) -> JsonReading:
    reading = _read_json(body, allow_fragments, allow_comments, allow_placeholders)
    groups = variant_groups(body, "//") if allow_comments else [(0, len(body))]
    if len(groups) > 1:
        if reading.error is not None:
            # Variants shown one after another: each must be valid on its own.
            merged = JsonReading(has_comments=reading.has_comments, has_placeholders=reading.has_placeholders)
            values = []
            for start, end in groups:
                part = _read_json(body[start:end], allow_fragments, allow_comments, allow_placeholders)
                if part.error is not None:
                    part.error.index += start
                    return part
                merged.fragment = merged.fragment or part.fragment
                merged.duplicates.extend(
                    DuplicateKey(d.key, d.index + start, d.first_index + start) for d in part.duplicates
                )
                values.append(part.value)
                merged.documents += part.documents
            merged.value = values
            return merged
        reading.duplicates = [d for d in reading.duplicates if _same_group(groups, d.index, d.first_index)]
    return reading


def _read_json(body: str, allow_fragments: bool, allow_comments: bool, allow_placeholders: bool) -> JsonReading:
    reading = JsonReading()
    text, reading.has_comments = _strip_comments(body)
    if reading.has_comments and not allow_comments:
        text = body
    elif reading.has_comments:
        unclosed = next((m.start() for m in _STRING_OR_COMMENT.finditer(body)
                         if m.group().startswith("/*") and not m.group().endswith("*/")), None)
        if unclosed is not None:
            # (what jsonc-parser says: UnexpectedEndOfComment, where the comment starts)
            reading.error = Problem(unclosed, "invalid JSON: a `/*` comment is never closed by `*/`")
            return reading
    if allow_placeholders:
        replaced, reading.has_placeholders = _placeholders(text)
        if reading.has_placeholders:
            text = _drop_trailing_commas(replaced)
    stripped = text.strip()
    if not stripped:
        return reading
    offset = 0
    if allow_fragments and stripped[0] == '"' and re.match(r'"(?:[^"\\]|\\.)*"\s*:', stripped):
        # A run of members without braces: read it inside braces, one character
        # to the left.
        reading.fragment = True
        members = _drop_trailing_commas(text.rstrip())
        window = _window(members)
        if window is None:
            text = "{" + members + "}"
            offset = -1
        else:
            # A window into a larger object: it starts inside one or more objects that it closes
            # (`"test": "jest"` then `},`) or ends inside objects it opened (`"dependencies": {`).
            # Read it inside the objects it needs, named "_".
            before, after = window
            text = before + members + after
            offset = -len(before)
    depth, over = json_depth(text)
    if over >= 0:
        # Python's JSON reader recurses once per level: say how deep, do not crash.
        reading.error = Problem(min(max(0, over + offset), len(body)), nested_message("this JSON", depth, MAX_JSON_DEPTH))
        return reading
    constants: list[str] = []  # NaN, Infinity: Python's reader takes them, JSON does not
    decoder = json.JSONDecoder(object_pairs_hook=_pairs_hook, parse_constant=lambda name: constants.append(name) or 0.0)
    index = 0
    values = []
    while True:
        while index < len(text) and text[index] in " \t\r\n":
            index += 1
        if index >= len(text):
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError as error:
            at = _trailing_comma(error)
            position = _past_last_text(body, min(max(0, (error.pos if at is None else at) + offset), len(body)))
            reading.error = Problem(position, _json_message(error))
            return reading
        values.append(value)
    if constants:
        for found in _JS_CONSTANT.finditer(text):
            if not _inside_string(text, found.start()):
                reading.error = Problem(min(max(0, found.start() + offset), len(body)),
                                        f"invalid JSON: `{found.group()}` is no JSON value (JSON.parse refuses it)")
                return reading
    reading.documents = len(values)
    reading.value = values[0] if len(values) == 1 else values
    reading.duplicates = _find_duplicates(text, offset)
    return reading


def _past_last_text(body: str, position: int) -> int:
    """An error at the end of the text (the reader ran out of it) is placed just past its last
    character, as the readers place it, not on the blank line after it."""
    return len(body.rstrip()) if not body[position:].strip() and position > len(body.rstrip()) else position


_JS_CONSTANT = re.compile(r"-?\b(?:NaN|Infinity)\b")


def _window(members: str) -> tuple[str, str] | None:
    """(text before, text after) that make a run of members cut out of a larger object whole:
    an enclosing object per `}` it closes without opening, a closing brace per `{` left open;
    None when its braces balance, or a bracket does not match (not a window of objects)."""
    unopened = 0
    stack: list[str] = []
    for match in _JSON_SHAPE.finditer(members):
        ch = match.group()[0]
        if ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            if stack:
                if (stack.pop() == "{") != (ch == "}"):
                    return None
            elif ch == "}":
                unopened += 1
            else:
                return None
    if not unopened and not stack:
        return None
    return "{" + '"_":{' * unopened, "".join("}" if ch == "{" else "]" for ch in reversed(stack)) + "}"


def _pairs_hook(pairs):
    return dict(pairs)


def _trailing_comma(error: json.JSONDecodeError) -> int | None:
    """Where the comma is when Python stopped at the `}` or `]` right after it (`{"a": 1,}`)."""
    closing = error.doc[error.pos] if 0 <= error.pos < len(error.doc) else ""
    before = error.doc[: error.pos].rstrip()
    return len(before) - 1 if closing and closing in "}]" and before.endswith(",") else None


def _json_message(error: json.JSONDecodeError) -> str:
    message = error.msg
    if message == "Invalid control character at":
        # (Python's text goes on with the position, which the finding's place gives; held-out h106 read
        # it cut off)
        char = error.doc[error.pos] if 0 <= error.pos < len(error.doc) else ""
        named = {"\t": "a tab (`\\t`)", "\n": "a line break (`\\n`)", "\r": "a carriage return (`\\r`)"}.get(
            char, f"U+{ord(char):04X} (`\\u{ord(char):04x}`)" if char else "")
        return f"invalid JSON: a string holds {named or 'a control character'} as it is; JSON writes it as an escape"
    if _trailing_comma(error) is not None:
        # `{"a": 1,}`: Python says "Expecting property name…" or "Expecting value" (held-out h109)
        closing = error.doc[error.pos]
        return f"invalid JSON: a comma before `{closing}` (a trailing comma); JSON allows none after the last " + (
            "member" if closing == "}" else "element")
    if message.endswith(" at"):
        message = message[:-3]
    return f"invalid JSON: {message}"


# Brackets, and strings with the blanks and colon after them (a colon makes it a key).
_JSON_SHAPE = re.compile(r'[{}\[\]]|"(?:[^"\\]|\\[\s\S]?)*"?([ \t\r\n]*:)?')


def _find_duplicates(text: str, offset: int) -> list[DuplicateKey]:
    """Keys that appear twice in one object (scan of the already valid text)."""
    duplicates: list[DuplicateKey] = []
    stack: list[dict[str, int] | None] = []
    for match in _JSON_SHAPE.finditer(text):
        piece = match.group()
        ch = piece[0]
        if ch == "{":
            stack.append({})
        elif ch == "[":
            stack.append(None)
        elif ch in "}]":
            if stack:
                stack.pop()
        elif match.group(1) is not None and stack and stack[-1] is not None:
            start = match.start()
            raw = text[start : match.start(1)]
            try:
                key = json.loads(raw)
            except ValueError:
                key = raw
            seen = stack[-1]
            if key in seen:
                duplicates.append(DuplicateKey(key, start + offset, seen[key] + offset))
            else:
                seen[key] = start
    return duplicates


# -- YAML --------------------------------------------------------------------------------


@dataclass(eq=False)
class YamlReading:
    documents: list[Any] = field(default_factory=list)
    error: Problem | None = None
    duplicates: list[DuplicateKey] = field(default_factory=list)


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for index, ch in enumerate(text):
        if ch == "\n":
            offsets.append(index + 1)
    return offsets


# A line of its own that is only `...` (or `…`), indented: an elision ("the rest of this
# mapping"), as documentation writes it; YAML would read it as a key without its colon.  At
# the line's start `...` is YAML's document end marker and is left as it is.
_ELISION_LINE = re.compile(r"^[ \t]+(?:-[ \t]+)?(?:\.\.\.|…)[ \t]*$", re.M)


# A `...` document end marker followed (after blank and comment lines) by content that is no
# `---`, directive or further marker: a bare document.
_BARE_AFTER_END = re.compile(r"^\.\.\.([ \t]*(?:#[^\n]*)?)$(?=(?:\n[ \t]*(?:#[^\n]*)?)*\n(?!---|\.\.\.|%)[^\s#])", re.M)


@cache_small(maxsize=512, max_chars=20_000)
def read_yaml(body: str) -> YamlReading:
    reading = _read_yaml(body)
    if reading.error is not None and _ELISION_LINE.search(body):
        elided = _read_yaml(_ELISION_LINE.sub(lambda m: " " * len(m.group(0)), body))
        if elided.error is None or elided.error.index > reading.error.index:  # the error was the elision's
            reading = elided
    if reading.error is not None and "expected <document start>" in reading.error.message and _BARE_AFTER_END.search(body):
        # YAML 1.2 (js-yaml, the yaml package) lets a bare document follow a `...` document end
        # marker; PyYAML (YAML 1.1) wants `---` there.  Read so, the marker made a `---`.
        bare = _read_yaml(_BARE_AFTER_END.sub(lambda m: "---" + m.group(1), body))
        if bare.error is None or bare.error.index > reading.error.index:
            reading = bare
    groups = variant_groups(body, "#")
    if len(groups) > 1:
        reading.duplicates = [d for d in reading.duplicates if _same_group(groups, d.index, d.first_index)]
    return reading


def _read_yaml(body: str, loader_class=None) -> YamlReading:
    reading = YamlReading()
    offsets = _line_offsets(body)

    def index_of(mark) -> int:
        line = min(mark.line, len(offsets) - 1)
        return min(offsets[line] + mark.column, len(body))

    yaml, default_loader = _yaml()
    loader_class = loader_class or default_loader
    loader = loader_class(body)
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is None:
                continue
            _yaml_duplicates(node, reading.duplicates, index_of)
            try:
                document = loader.construct_document(node)
            except yaml.constructor.ConstructorError as error:
                if "unhashable" not in str(error.problem):
                    raise
                # A key that is a list or a mapping (`? [a, b]`, Helm's `{{ .Values.x }}`): YAML
                # allows it; read as js-yaml reads it, with the key made a string.
                from mdxlint.mdx.jsyaml import JsYamlError, construct

                loader.constructed_objects, loader.recursive_objects = {}, {}
                try:
                    document = construct(node)
                except JsYamlError as refused:
                    reading.error = Problem(index_of(refused.node.start_mark), f"invalid YAML: {refused}")
                    reading.documents = []
                    return reading
            except (KeyError, AttributeError, IndexError, ValueError, TypeError, OverflowError):
                # A value its explicit tag cannot take (`!!bool x`, `!!timestamp x`): PyYAML's
                # constructors fail without a place; js-yaml's reading names the node.
                from mdxlint.mdx.jsyaml import JsYamlError, construct

                try:
                    construct(node)
                except JsYamlError as refused:
                    reading.error = Problem(index_of(refused.node.start_mark), f"invalid YAML: {refused}")
                    reading.documents = []
                    return reading
                reading.error = Problem(index_of(node.start_mark), "invalid YAML: a value its tag cannot take")
                reading.documents = []
                return reading
            count = yaml_values(document)
            if count is None or count > MAX_YAML_VALUES:
                reading.error = Problem(index_of(node.start_mark), yaml_values_message("this YAML", count))
                reading.documents = []
                break
            reading.documents.append(document)
    except yaml.MarkedYAMLError as error:
        from mdxlint.mdx.jsyaml import LIBYAML_ONLY  # (what libyaml alone refuses)

        lenient = _lenient_loader()
        if loader_class is not lenient and any(what in f"{error.context} {error.problem}" for what in LIBYAML_ONLY):
            loader.dispose()
            return _read_yaml(body, lenient)
        if issubclass(loader_class, yaml.SafeLoader) and "'\\t'" in str(error.problem):
            # PyYAML without libyaml refuses tabs that libyaml (the C loader used where PyYAML is
            # built with it) accepts in places, and refuses them where libyaml does too: which one
            # it is cannot be told here, so the same text gets no finding rather than another one.
            reading.documents = []
            return reading
        mark = error.problem_mark or error.context_mark
        context = f" ({error.context})" if error.context else ""
        reading.error = Problem(_past_last_text(body, index_of(mark)) if mark else 0, f"invalid YAML: {error.problem or error}{context}")
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as error:
        reading.error = Problem(0, f"invalid YAML: {error}")
    finally:
        loader.dispose()
    return reading


def _key_text(node) -> str:
    """A mapping key as YAML readers compare keys: a plain scalar by its value (`~` and `null`,
    `true` and `True`, `1` and `1.0` are one key to js-yaml and the yaml package), else its text."""
    if node.style or node.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool",
                                      "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        return node.value
    from mdxlint.mdx.jsyaml import js_key, resolve_plain

    return js_key(resolve_plain(node.value))


def _yaml_duplicates(node, out: list[DuplicateKey], index_of) -> None:
    yaml, _ = _yaml()
    stack = [node]
    seen_nodes: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    where = index_of(key_node.start_mark)
                    key = _key_text(key_node)
                    if key in keys:
                        out.append(DuplicateKey(key_node.value, where, keys[key]))
                    else:
                        keys[key] = where
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
