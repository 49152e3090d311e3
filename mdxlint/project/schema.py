"""The content collection schema: the zod subset Astro sites write in
``src/content/config.ts``, read without running TypeScript.

Supported: ``z.object``, ``z.string``, ``z.number``, ``z.boolean``, ``z.date``,
``z.enum``, ``z.array``, ``z.literal``, ``z.union``, ``z.null``, ``z.record``, ``z.tuple``,
``z.coerce.*``, ``z.any``, the modifiers ``.optional()``, ``.nullable()``, ``.default(…)``,
``.extend()``, ``.merge()``, ``.pick()``, ``.omit()``, ``.strict()``, the formats ``.url()``,
``.email()``, ``.regex()`` (a JavaScript pattern Python reads alike), schemas kept in the
config's variables, and the bounds zod checks on strings, numbers and arrays (``.min(n)``,
``.max(n)``, ``.length(n)``, ``.nonempty()``, ``.int()``, ``.positive()``, ``.nonnegative()``,
``.negative()``, ``.nonpositive()``, ``.gt(n)``, ``.gte(n)``, ``.lt(n)``, ``.lte(n)``); other
modifiers (``.refine()``, ``.multipleOf()``…) are accepted and not checked.
"""

from __future__ import annotations

import bisect
import copy
import datetime
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/|(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)|(?P<num>-?\d+(?:\.\d+)?)|(?P<id>[A-Za-z_$][\w$]*)|(?P<p>[().,\[\]{}:=])|(?P<other>.)""",
    re.S,
)


@dataclass(eq=False)
class ZodType:
    kind: str  # string number boolean date enum array object literal union any unknown
    optional: bool = False
    has_default: bool = False
    nullable: bool = False
    coerce: bool = False
    values: list[Any] = field(default_factory=list)  # enum values / literal value
    items: "ZodType | None" = None
    fields: dict[str, "ZodType"] = field(default_factory=dict)
    options: list["ZodType"] = field(default_factory=list)
    strict: bool = False
    passthrough: bool = False
    bounds: list[tuple[str, float]] = field(default_factory=list)  # ("min" | "max" | "length" | "gt" | "lt" | "int", n)
    bounds_unknown: bool = False  # a transform or refinement: bounds not checked
    formats: list[tuple[str, str]] = field(default_factory=list)  # ("url" | "email" | "regex", the regex literal)

    def describe(self) -> str:
        if self.kind == "enum":
            return " | ".join(json.dumps(v, ensure_ascii=False) for v in self.values)
        if self.kind == "array":
            return f"array of {self.items.describe() if self.items else 'anything'}"
        if self.kind == "literal":
            return json.dumps(self.values[0], ensure_ascii=False)
        if self.kind == "union":
            return " or ".join(option.describe() for option in self.options)
        if self.kind == "record":
            return f"mapping of {self.items.describe() if self.items else 'anything'}"
        if self.kind == "tuple":
            return "[" + ", ".join(option.describe() for option in self.options) + "]"
        return self.kind


# Modifiers after which a value's bounds are not those of the frontmatter's text.
_VALUE_CHANGING = frozenset("trim toLowerCase toUpperCase transform preprocess pipe catch refine superRefine".split())
# zod's bound modifiers: (the check, its fixed number or None when the call gives it).
_BOUND_MODIFIERS: dict[str, tuple[str, float | None]] = {
    "min": ("min", None), "gte": ("min", None), "max": ("max", None), "lte": ("max", None), "length": ("length", None),
    "gt": ("gt", None), "lt": ("lt", None), "nonempty": ("min", 1), "positive": ("gt", 0), "nonnegative": ("min", 0),
    "negative": ("lt", 0), "nonpositive": ("max", 0), "int": ("int", 0),
}


def _bound_problems(value: Any, schema: ZodType, path: str) -> list[tuple[str, str]]:
    """The bounds a value of the right type breaks, in zod's words (``.max(160)`` on a string:
    "String must contain at most 160 character(s)"; a string's length in UTF-16 code units,
    as JavaScript counts it)."""
    if not schema.bounds or schema.bounds_unknown:
        return []
    if isinstance(value, str) and schema.kind == "string":
        size, noun = len(value.encode("utf-16-le")) // 2, ("String", "character(s)")
    elif isinstance(value, list):
        size, noun = len(value), ("Array", "element(s)")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        size, noun = value, None
    else:
        return []
    problems = []
    for check, number in schema.bounds:
        if noun is not None:
            broken = {"min": size < number, "max": size > number, "length": size != number}.get(check, False)
            if broken:
                how = {"min": "at least", "max": "at most", "length": "exactly"}[check]
                problems.append((path, f"{noun[0]} must contain {how} {number} {noun[1]} (it has {size})"))
            continue
        if check == "int":
            broken = isinstance(size, float) and not size.is_integer()
        else:
            broken = {"min": size < number, "max": size > number, "gt": size <= number, "lt": size >= number}.get(check, False)
        if broken:
            if check == "int":
                problems.append((path, f"Expected integer, received float ({_show(value)})"))
            else:
                how = {"min": "greater than or equal to", "max": "less than or equal to", "gt": "greater than",
                       "lt": "less than"}[check]
                problems.append((path, f"Number must be {how} {number} (it is {_show(value)})"))
    return problems


class SchemaError(Exception):
    pass


# A regular expression literal (`.regex(/^https:\/\//)`): its `//` is no comment, its `(` no parenthesis.
_REGEX_LITERAL = re.compile(r"/(?![/*])(?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[A-Za-z]*")
# After these a `/` starts a regular expression (where an expression starts), not a division.
_BEFORE_EXPRESSION = frozenset("( , = : [ ! & | ? { } ; > < + - * % ^ ~ return typeof".split())


def _tokens(text: str) -> list[tuple[str, str]]:
    return _tokens_at(text)[0]


def _tokens_at(text: str) -> tuple[list[tuple[str, str]], list[int]]:
    """The tokens of ``text`` and where each starts."""
    out: list[tuple[str, str]] = []
    starts: list[int] = []
    position = 0
    while position < len(text):
        if text[position] == "/" and (not out or out[-1][1] in _BEFORE_EXPRESSION):
            # (a literal is looked for within a line's length: an unclosed `[` must not make each
            # `/` scan the rest of a long line)
            regex = _REGEX_LITERAL.match(text, position, min(len(text), position + _MAX_REGEX_LITERAL))
            if regex is not None:
                out.append(("regex", regex.group()))
                starts.append(position)
                position = regex.end()
                continue
        match = _TOKEN.match(text, position)
        if match is None:  # (no alternative fails on a character: `other` takes any)
            break
        kind = match.lastgroup
        if kind is not None:
            out.append((kind, match.group(kind)))
            starts.append(position)
        position = match.end()
    return out, starts


_MAX_REGEX_LITERAL = 400
_DECLARED = re.compile(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)")


def _copy_type(schema: "ZodType") -> "ZodType":
    """A copy a use may change (`.optional()`, `.extend(…)`): the type and its containers; the
    field types are shared until a modifier changes one (`.partial()` copies them first)."""
    copied = copy.copy(schema)
    copied.values, copied.fields, copied.options = list(schema.values), dict(schema.fields), list(schema.options)
    copied.bounds, copied.formats = list(schema.bounds), list(schema.formats)
    return copied


class _Variables(dict):
    """The config's variables that hold a schema, an object of fields or an array of values: name ->
    the first character of the value (`z`, `{`, `[`, or a name).  The config is tokenized once, and
    a schema read once (each use gets a copy)."""

    def __init__(self, text: str = ""):
        super().__init__()
        self.tokens, starts = _tokens_at(text)
        self.start: dict[str, int] = {}  # name -> index of its value's first token
        self.parsed: dict[str, ZodType] = {}
        for pattern in (_LITERAL_VARIABLE, _SCHEMA_VARIABLE):
            for found in pattern.finditer(text):
                index = bisect.bisect_left(starts, found.end())
                if index < len(starts):
                    self.start[found.group(1)] = index
                    self[found.group(1)] = text[found.end()]
        declared = Counter(_DECLARED.findall(text))
        for name in [name for name in self if declared[name] > 1]:
            # declared twice (in a function's scope too): which one a use reads is not known here
            del self[name], self.start[name]

    def parser(self, name: str, depth: int) -> "_Parser":
        parser = _Parser(self.tokens, self, depth)
        parser.pos = self.start[name]
        return parser


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], variables: dict[str, str] | None = None, depth: int = 0):
        self.tokens = tokens
        self.pos = 0
        # Schemas the config names (`const base = z.object(…)`): their text from the `z` on, read where
        # a schema uses the name (`schema: base`, `base.extend(…)`, `tags: tags`, `...base.shape`).
        self.variables = variables or {}
        self.depth = depth

    def variable(self, name: str) -> ZodType:
        """The schema a variable of the config holds, a copy (modifiers at each use change only it)."""
        if self.depth >= 8 or not isinstance(self.variables, _Variables):
            raise SchemaError("variables nested too deeply")
        parsed = self.variables.parsed.get(name)
        if parsed is None:
            parsed = self.variables.parsed[name] = self.variables.parser(name, self.depth + 1).expression()
        return _copy_type(parsed)

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else ("eof", "")

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if value is not None and token[1] != value:
            raise SchemaError(f"expected {value!r}, found {token[1]!r}")
        self.pos += 1
        return token

    def listed(self, read) -> list:
        """The items of an array literal (`[a, b]`), each read by ``read``."""
        items = []
        self.take("[")
        while self.open_until("]"):
            items.append(read())
            if self.peek()[1] == ",":
                self.take(",")
        self.take("]")
        return items

    def open_until(self, closer: str) -> bool:
        """Whether a list read token by token goes on (its ``closer`` is not next); the end of the
        text before it is an error (never a loop that waits for it)."""
        kind, value = self.peek()
        if kind == "eof":
            raise SchemaError(f"the text ends before {closer!r}")
        return value != closer

    def skip_balanced(self) -> None:
        """Skip one argument expression up to the next top-level ',' or ')'."""
        depth = 0
        while self.peek()[0] != "eof":
            value = self.peek()[1]
            if value in "([{":
                depth += 1
            elif value in ")]}":
                if depth == 0:
                    return
                depth -= 1
            elif value == "," and depth == 0:
                return
            self.pos += 1

    def literal(self) -> Any:
        kind, value = self.take()
        if kind == "str":
            return value[1:-1]
        if kind == "num":
            return float(value) if "." in value else int(value)
        if value in ("true", "false"):
            return value == "true"
        if value == "null":
            return None
        raise SchemaError(f"expected a literal, found {value!r}")

    def zod(self) -> ZodType:
        self.take("z")
        self.take(".")
        coerce = False
        name = self.take()[1]
        if name == "coerce":
            coerce = True
            self.take(".")
            name = self.take()[1]
        self.take("(")
        result = ZodType(kind="unknown", coerce=coerce)
        if name in ("string", "number", "boolean", "date", "any", "unknown", "bigint", "null"):
            result.kind = "any" if name == "unknown" else name
            if self.peek()[1] != ")":
                self.skip_balanced()
        elif name == "enum" and self.peek()[0] == "id" and self.peek(1)[1] in (")", "as") \
                and self.variables.get(self.peek()[1], "") == "[" and isinstance(self.variables, _Variables):
            # `z.enum(LEVELS)` with `const LEVELS = ['intro', 'core'] as const`
            values = self.variables.parser(self.take()[1], self.depth + 1)
            result.values = values.listed(values.literal)
            result.kind = "enum"
            self.skip_balanced()  # (`as const`)
        elif name == "enum" and self.peek()[1] != "[":
            # `z.enum(Object.keys(authors) as [...])`: values computed at build time, not known here
            result.kind = "any"
            self.skip_balanced()
        elif name == "enum":
            result.values = self.listed(self.literal)
            result.kind = "enum"
        elif name == "literal":
            result.kind = "literal"
            result.values.append(self.literal())
        elif name == "array":
            result.kind = "array"
            result.items = self.expression()
        elif name == "object":
            result.kind = "object"
            result.fields = self.object_fields()
        elif name == "record":
            # `z.record(values)` or `z.record(keys, values)`: the values' schema is the last one
            result.kind = "record"
            result.items = self.expression()
            if self.peek()[1] == ",":
                self.take(",")
                result.items = self.expression()
        elif name == "tuple" and self.peek()[1] == "[":
            result.kind = "tuple"
            result.options = self.listed(self.expression)
        elif name == "union":
            result.kind = "union"
            result.options = self.listed(self.expression)
        else:
            result.kind = "any"
            self.skip_balanced()
        while self.open_until(")"):
            # the arguments not read (`z.discriminatedUnion('k', [z.object({…})])`'s second), each whole:
            # a `)` inside one of them is not the call's
            if self.peek()[1] == ",":
                self.pos += 1
            else:
                before = self.pos
                self.skip_balanced()
                if self.pos == before:
                    self.pos += 1
        self.take(")")
        self.modifiers(result)
        return result

    def modifiers(self, result: ZodType) -> None:
        while self.peek()[1] == "." and self.peek(1)[0] == "id":
            self.take(".")
            name = self.take()[1]
            self.take("(")
            if name == "optional":
                result.optional = True
            elif name == "nullable":
                result.nullable = True
            elif name == "nullish":
                result.optional = result.nullable = True
            elif name == "default":
                result.has_default = True
            elif name == "strict":
                result.strict = True
            elif name == "passthrough":
                result.passthrough = True
            elif name == "array":
                inner = ZodType(**{**result.__dict__})
                result.__dict__.update(ZodType(kind="array", items=inner).__dict__)
            elif result.kind == "object" and name in ("partial", "deepPartial", "required") and self.peek()[1] == ")":
                result.fields = {key: _copy_type(value) for key, value in result.fields.items()}
                for value in result.fields.values():
                    value.optional = name != "required"  # `.partial()`: every field may be left out
            elif result.kind == "object" and name == "partial" and self.peek()[1] == "{":
                keys = self.object_keys()  # `.partial({ draft: true })`: those fields
                for key in keys:
                    if key in result.fields:
                        result.fields[key] = _copy_type(result.fields[key])
                        result.fields[key].optional = True
            elif result.kind == "object" and name == "extend" and self.peek()[1] == "{":
                result.fields.update(self.object_fields())
            elif result.kind == "object" and name in ("pick", "omit") and self.peek()[1] == "{":
                keys = set(self.object_keys())  # `.pick({ title: true })`: those fields; `.omit(…)`: the others
                result.fields = {key: value for key, value in result.fields.items() if (key in keys) == (name == "pick")}
            elif result.kind == "object" and name == "merge" and self.peek()[1] == "z":
                other = self.expression()  # `.merge(z.object({…}))`: its fields too, and its unknown-key policy
                if other.kind != "object":
                    result.__dict__.update(ZodType(kind="any", optional=result.optional, has_default=result.has_default,
                                                   nullable=result.nullable).__dict__)
                else:
                    result.fields.update(other.fields)
                    result.strict, result.passthrough = other.strict, other.passthrough
            elif result.kind == "object" and name in ("catchall", "passthrough"):
                result.passthrough = True
            elif name in ("or", "and") or (result.kind == "object" and name in (
                    "merge", "pick", "omit", "required", "keyof", "deepPartial", "partial", "extend")):
                # A union or intersection built with a method: what it accepts is not read here.
                result.__dict__.update(ZodType(kind="any", optional=result.optional, has_default=result.has_default,
                                               nullable=result.nullable).__dict__)
            elif name in _VALUE_CHANGING:
                result.bounds_unknown = True  # zod checks bounds on a changed value (`.trim().max(2)`)
            elif name in ("url", "email") and result.kind == "string":
                result.formats.append((name, ""))
            elif name == "regex" and result.kind == "string" and self.peek()[0] == "regex":
                result.formats.append(("regex", self.peek()[1]))
            elif name == "rest" and result.kind == "tuple":
                result.items = self.expression()
            elif name in _BOUND_MODIFIERS:
                bound = _BOUND_MODIFIERS[name]
                if bound[1] is not None:
                    result.bounds.append(bound)  # type: ignore[arg-type]
                elif self.peek()[0] == "num" and self.peek(1)[1] in (")", ","):
                    number = float(self.peek()[1])
                    result.bounds.append((bound[0], int(number) if number.is_integer() else number))
            depth = 0
            while True:
                value = self.peek()[1]
                if self.peek()[0] == "eof":
                    raise SchemaError("unbalanced parentheses")
                if value == "(":
                    depth += 1
                elif value == ")":
                    if depth == 0:
                        break
                    depth -= 1
                self.pos += 1
            self.take(")")

    def object_keys(self) -> list[str]:
        """The keys of an object literal (``{ draft: true, "slug": true }``), its values skipped."""
        keys: list[str] = []
        self.take("{")
        while self.open_until("}"):
            kind, key = self.take()
            keys.append(key[1:-1] if kind == "str" else key)
            self.take(":")
            self.skip_balanced()
            if self.peek()[1] == ",":
                self.take(",")
        self.take("}")
        return keys

    def object_fields(self) -> dict[str, ZodType]:
        fields: dict[str, ZodType] = {}
        self.take("{")
        while self.open_until("}"):
            if self.peek()[1] == "." and self.peek(1)[1] == "." and self.peek(2)[1] == ".":
                # `...base.shape`: the fields of a schema the config names; any other spread is not read
                self.pos += 3
                kind, name = self.take()
                if kind != "id" or name not in self.variables:
                    raise SchemaError("a spread of fields not known here")
                if self.peek()[1] == "." and self.peek(1)[1] == "shape":
                    self.pos += 2
                    spread = self.variable(name)
                    if spread.kind != "object":
                        raise SchemaError("a spread of fields not known here")
                    fields.update(spread.fields)
                elif self.variables[name] == "{" and self.depth < 8 and isinstance(self.variables, _Variables):
                    # `...seo` with `const seo = { title: z.string() }`: its fields
                    fields.update(self.variables.parser(name, self.depth + 1).object_fields())
                else:
                    raise SchemaError("a spread of fields not known here")
            else:
                kind, key = self.take()
                if kind == "str":
                    key = key[1:-1]
                if self.peek()[1] in (",", "}") and kind == "id":
                    # shorthand `{ tags }`: the variable of that name
                    fields[key] = self.variable(key) if key in self.variables else ZodType(kind="any")
                else:
                    self.take(":")
                    fields[key] = self.expression()
            if self.peek()[1] == ",":
                self.take(",")
        self.take("}")
        return fields

    def expression(self) -> ZodType:
        if self.peek()[1] == "z":
            return self.zod()
        kind, name = self.peek()
        if kind == "id" and name in self.variables and self.peek(1)[1] != "(":
            self.take()
            result = self.variable(name)
            self.modifiers(result)  # `base.extend({…})`, `tags.optional()`
            return result
        # Something we cannot read (a variable, a helper): accept anything there.
        self.skip_balanced()
        return ZodType(kind="any")


_COLLECTION = re.compile(r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*defineCollection\s*\(")
_SCHEMA = re.compile(r"\bschema\s*:\s*(?:\([^)]*\)\s*=>\s*)?(?=z\s*\.|[A-Za-z_$][\w$]*\s*[,.}\n])")
# A schema the config keeps in a variable (`const base = z.object(…)`, `const post = base.extend(…)`).
_SCHEMA_VARIABLE = re.compile(r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]{0,80})?=\s*(?=z\s*\.|[A-Za-z_$][\w$]*\s*\.\s*(?:extend|merge|pick|omit|partial|strict|passthrough|optional)\s*\()")


# A variable holding an object of fields (`const seo = { title: z.string() }`, spread into a schema)
# or an array of values (`const LEVELS = ['intro', 'core'] as const`, given to z.enum).
_LITERAL_VARIABLE = re.compile(r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]{0,80})?=\s*(?=[\[{])")


def schema_variables(text: str) -> "_Variables":
    return _Variables(text)
_COLLECTIONS = re.compile(r"collections\s*=\s*\{([^}]*)\}")


def read_schema(text: str, collection: str | None = None) -> ZodType | None:
    """The schema of ``collection`` (or the only / first one) in a config.ts text."""
    schemas: dict[str, ZodType] = {}
    for match in _COLLECTION.finditer(text):
        schema = _SCHEMA.search(text, match.end())
        if not schema:
            continue
        next_collection = _COLLECTION.search(text, match.end())
        if next_collection and schema.start() > next_collection.start():
            continue
        try:
            schemas[match.group(1)] = _Parser(_tokens(text[schema.end() :])).zod()
        except (SchemaError, IndexError):
            continue
    if not schemas:
        return None
    names = {name: name for name in schemas}
    exported = _COLLECTIONS.search(text)
    if exported:
        for part in exported.group(1).split(","):
            key, _, value = part.partition(":")
            key = key.strip().strip("'\"")
            value = (value or key).strip()
            if value in schemas and key:
                names[key] = value
    if collection and collection in names:
        return schemas[names[collection]]
    return next(iter(schemas.values()))


@dataclass
class Collection:
    """A content collection of ``src/content.config.ts`` (or ``src/content/config.ts``)."""

    name: str
    folder: str | None  # where its entries are, relative to the site root (None: not files of pages)
    schema: ZodType | None  # None: no schema, or one that cannot be read
    # The glob() loader's `pattern`s, relative to its folder (None: every file of the folder; a
    # pattern not written as strings is read so too); "!…" ones leave files out.
    patterns: tuple[str, ...] | None = None

    def holds(self, relative: str) -> bool:
        """Whether the file at ``relative`` (to the folder, `/`-separated) is one of its entries."""
        return patterns_hold(self.patterns, relative)


def patterns_hold(patterns: tuple[str, ...] | None, relative: str) -> bool:
    """Whether a glob() loader with ``patterns`` takes the file at ``relative`` (to its folder)."""
    if not patterns:
        return True
    compiled = [(pattern.startswith("!"), glob_regex(pattern.lstrip("!"))) for pattern in patterns]
    if any(regex is None for _, regex in compiled):
        return True  # a pattern not read: every file is taken, as before patterns were read
    return any(regex.match(relative) for negated, regex in compiled if not negated) and not any(
        regex.match(relative) for negated, regex in compiled if negated)


@lru_cache(maxsize=256)  # (asked once per file of a site, for the same few patterns)
def glob_regex(pattern: str) -> "re.Pattern | None":
    """A glob() loader's pattern (picomatch's syntax: `*`, `**`, `?`, `[...]` with `^` or `!`,
    `{a,b}`) as a regular expression over a `/`-separated relative path; None where it is not read."""
    out: list[str] = []
    depth = index = 0
    pattern = pattern[2:] if pattern.startswith("./") else pattern
    while index < len(pattern):
        char = pattern[index]
        if char == "*" and pattern.startswith("**", index):
            if pattern.startswith("/", index + 2):
                out.append("(?:[^/]+/)*")  # any number of folders, none too
                index += 3
            else:
                out.append(".*")
                index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            close = pattern.find("]", index + 2)
            if close == -1:
                return None
            body = pattern[index + 1 : close]
            body = "^" + body[1:] if body[:1] in "!^" else body
            out.append("[" + body.replace("\\", "\\\\") + "]")
            index = close + 1
            continue
        elif char == "{":
            out.append("(?:")
            depth += 1
        elif char == "," and depth:
            out.append("|")
        elif char == "}" and depth:
            out.append(")")
            depth -= 1
        elif char in "()|+@!":
            return None  # extglobs and the like: not read
        else:
            out.append(re.escape(char))
        index += 1
    if depth:
        return None
    try:
        return re.compile("".join(out) + r"\Z")
    except re.error:
        return None


_DEFINE = re.compile(r"\bdefineCollection\s*\(")
_NAMED = re.compile(r"(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=|['\"]?([A-Za-z_$][\w$-]*)['\"]?\s*:)\s*$")
_DOCS_SCHEMA = re.compile(r"\bschema\s*:\s*docsSchema\s*\(")
_EXTEND = re.compile(r"\bextend\s*:\s*(?:\([^)]*\)\s*=>\s*)?")
_LOADER = re.compile(r"\bloader\s*:\s*(\w+)\s*\(")
_BASE = re.compile(r"""\bbase\s*:\s*['"]([^'"]+)['"]""")


_PATTERN = re.compile(r"""\bpattern\s*:\s*(?:(['"])(.*?)\1|\[([^\]]*)\])""", re.S)
_STRING = re.compile(r"""(['"])(.*?)\1""")


def _patterns(arguments: str) -> tuple[str, ...] | None:
    """glob()'s `pattern`, a string or an array of strings; None where it is not written so."""
    found = _PATTERN.search(arguments)
    if found is None:
        return None
    if found.group(2) is not None:
        return (found.group(2),)
    items = [part.strip() for part in found.group(3).split(",") if part.strip()]
    strings = [_STRING.fullmatch(item) for item in items]
    return tuple(match.group(2) for match in strings) if strings and all(strings) else None


def _call_text(text: str, open_paren: int) -> str:
    """The text of a call's arguments, from its ``(`` to the matching ``)``."""
    depth = 0
    for index in range(open_paren, len(text)):
        char = text[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return text[open_paren + 1 : index]
    return text[open_paren + 1 :]


def starlight_docs_schema() -> ZodType:
    """Starlight's ``docsSchema()``: ``title`` is required and a string; the simple fields have
    their types; the others (hero, sidebar, head…) are accepted as written.  Keys it does not
    know are not reported: Starlight's plugins may read them from the raw frontmatter."""
    def typed(kind: str, **extra) -> ZodType:
        return ZodType(kind=kind, optional=True, **extra)

    fields = {
        "title": ZodType(kind="string"),
        "description": typed("string"),
        "slug": typed("string"),
        "template": typed("enum", values=["doc", "splash"]),
        "pagefind": typed("boolean"),
        "draft": typed("boolean"),
    }
    for name in ("editUrl", "head", "tableOfContents", "hero", "lastUpdated", "prev", "next", "sidebar", "banner"):
        fields[name] = typed("any")
    return ZodType(kind="object", fields=fields, passthrough=True)


def read_collections(text: str) -> list[Collection]:
    """The collections a content config defines: name, folder, schema (Astro's zod subset, and
    Starlight's ``docsSchema()`` with a readable ``extend``)."""
    found: list[Collection] = []
    variables = schema_variables(text)
    for match in _DEFINE.finditer(text):
        named = _NAMED.search(text, max(0, match.start() - 200), match.start())
        if named is None:
            continue
        name = named.group(1) or named.group(2)
        body = _call_text(text, match.end() - 1)
        schema: ZodType | None = None
        starlight = _DOCS_SCHEMA.search(body)
        if starlight is not None:
            schema = starlight_docs_schema()
            arguments = _call_text(body, starlight.end() - 1)
            extend = _EXTEND.search(arguments)
            if extend is not None:
                try:
                    extra = _Parser(_tokens(arguments[extend.end() :]), variables).expression()
                except (SchemaError, IndexError, RecursionError):
                    extra = None
                if extra is not None and extra.kind == "object" and not extra.passthrough:
                    schema.fields.update(extra.fields)
        else:
            plain = _SCHEMA.search(body)
            if plain is not None:
                try:
                    schema = _Parser(_tokens(body[plain.end() :]), variables).expression()
                except (SchemaError, IndexError, RecursionError):
                    schema = None
        loader = _LOADER.search(body)
        patterns = None
        # Astro reads `slug` itself: a legacy collection's entries are named by it, and the glob()
        # loader takes it for the entry's id (astro/dist/content/loaders/glob.js, generateIdDefault)
        # where no generateId is given: no unknown key, even where the schema does not list it.
        reads_slug = loader is None
        if loader is None:
            folder: str | None = f"src/content/{name}"
        elif loader.group(1) == "docsLoader":
            folder = "src/content/docs"
        elif loader.group(1) == "glob":
            arguments = _call_text(body, loader.end() - 1)
            base = _BASE.search(arguments)
            folder = os.path.normpath(base.group(1)) if base else None
            patterns = _patterns(arguments)
            reads_slug = "generateId" not in arguments
        else:
            folder = None  # file(), a custom loader: not pages
        if reads_slug and schema is not None and schema.kind == "object" and "slug" not in schema.fields and (
                loader is None or not schema.strict):
            schema = replace(schema, fields={**schema.fields, "slug": ZodType(kind="any", optional=True)})
        found.append(Collection(name, folder, schema, patterns))
    # `export const collections = { blog: posts }`: the exported name is the collection's.
    exported = _COLLECTIONS.search(text)
    if exported:
        renamed = {}
        for part in exported.group(1).split(","):
            key, _, value = part.partition(":")
            key, value = key.strip().strip("'\""), (value or key).strip()
            if key and value and key != value:
                renamed[value] = key
        for collection in found:
            if collection.name in renamed:
                new_name = renamed[collection.name]
                if collection.folder == f"src/content/{collection.name}":
                    collection.folder = f"src/content/{new_name}"
                collection.name = new_name
    return found


def _same_value(value: Any, literal: Any) -> bool:
    """``value === literal`` as JavaScript compares them: `true` is not `1`, `1.0` is `1`."""
    if isinstance(value, bool) or isinstance(literal, bool):
        return isinstance(value, bool) and isinstance(literal, bool) and value == literal
    if isinstance(value, (int, float)) and isinstance(literal, (int, float)):
        return value == literal
    return type(value) is type(literal) and value == literal


# What JavaScript's Number() reads in a string (after trimming): decimal, hexadecimal, octal and
# binary numbers, Infinity; the empty string is 0.
_JS_NUMBER = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|")


def _coerces_to_number(value: Any) -> bool:
    """Whether ``Number(value)`` is a number, not NaN (``z.coerce.number()``)."""
    if value is None or isinstance(value, (bool, int, float, datetime.date)):
        return not (isinstance(value, float) and value != value)
    if isinstance(value, str):
        return _JS_NUMBER.fullmatch(value.strip(" \t\n\r\f\v\u00a0\ufeff")) is not None
    if isinstance(value, list):  # [] is 0, [x] is Number(String(x))
        return not value or (len(value) == 1 and not isinstance(value[0], (list, dict)) and _coerces_to_number(
            "" if value[0] is None else str(value[0]) if not isinstance(value[0], bool) else str(value[0]).lower()))
    return False


def check_value(value: Any, schema: ZodType, path: str) -> list[tuple[str, str]]:
    """(key path, problem) pairs for a frontmatter value against a schema type, as zod judges it
    (an empty YAML value is null, which `.optional()` and `.default()` do not take: only
    `.nullable()`, `.nullish()`, `z.null()` and what coerces it)."""
    kind = schema.kind
    if kind == "any" or kind == "unknown":
        return []
    if value is None:
        if schema.nullable or kind == "null" or (schema.coerce and kind in ("string", "number", "boolean", "date")):
            return []  # (`z.coerce.string()` makes null "null"; Number(null) is 0, new Date(null) is 1970)
        if kind == "union" and any(not check_value(None, option, path) for option in schema.options):
            return []
        return [(path, f"is null (an empty value); expected {schema.describe()}"
                       + (" (`.optional()` and `.default()` take a missing key, not an empty value)"
                          if schema.optional or schema.has_default else ""))]
    if kind == "null":
        return [(path, f"expected null, got {yaml_type_name(value)} {_show(value)}")]
    if kind == "string":
        if isinstance(value, str):
            return _bound_problems(value, schema, path) + _format_problems(value, schema, path)
        if schema.coerce:
            return []  # String(…) of anything
        return [(path, f"expected a string, got {yaml_type_name(value)} {_show(value)} (quote it)")]
    if kind == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _bound_problems(value, schema, path)
        if schema.coerce and _coerces_to_number(value):
            return []
        return [(path, f"expected a number, got {yaml_type_name(value)} {_show(value)}")]
    if kind == "boolean":
        if isinstance(value, bool) or schema.coerce:
            return []
        return [(path, f"expected true or false, got {yaml_type_name(value)} {_show(value)}")]
    if kind == "date":
        if isinstance(value, (datetime.date, datetime.datetime)):
            return []
        if schema.coerce and (isinstance(value, (int, float)) or (isinstance(value, str) and re.search(r"\d", value))):
            return []  # (new Date(…) of a string with no digit is an invalid date)
        return [(path, f"expected a date, got {yaml_type_name(value)} {_show(value)}")]
    if kind == "enum":
        if any(_same_value(value, allowed) for allowed in schema.values):
            return []
        return [(path, f"{_show(value)} is not one of the allowed values: {schema.describe()}")]
    if kind == "literal":
        return [] if _same_value(value, schema.values[0]) else [(path, f"expected {schema.describe()}, got {_show(value)}")]
    if kind == "array":
        if not isinstance(value, list):
            return [(path, f"expected a list, got {yaml_type_name(value)} {_show(value)}")]
        return _bound_problems(value, schema, path) + _members(enumerate(value), schema.items, lambda index: f"{path}[{index}]")
    if kind == "object":
        if not isinstance(value, dict):
            return [(path, f"expected a mapping, got {yaml_type_name(value)}")]
        return check_object(value, schema, path + ".")
    if kind == "record":
        if not isinstance(value, dict):
            return [(path, f"expected a mapping, got {yaml_type_name(value)} {_show(value)}")]
        return _members(value.items(), schema.items, lambda name: f"{path}.{name}")
    if kind == "tuple":
        if not isinstance(value, list):
            return [(path, f"expected a list, got {yaml_type_name(value)} {_show(value)}")]
        if len(value) < len(schema.options) or (schema.items is None and len(value) > len(schema.options)):
            how = "at least" if schema.items is not None else "exactly"
            return [(path, f"expected {how} {len(schema.options)} items ({schema.describe()}), got {len(value)}")]
        problems = []
        for index, item in enumerate(value):
            member = schema.options[index] if index < len(schema.options) else schema.items
            if member is not None:
                problems.extend(check_value(item, member, f"{path}[{index}]"))
        return problems
    if kind == "union":
        for option in schema.options:
            if not check_value(value, option, path):
                return []
        return [(path, f"expected {schema.describe()}, got {_show(value)}")]
    return []


# zod 3's e-mail pattern (ZodString's emailRegex), and where a URL starts (`new URL()` needs a scheme).
_EMAIL = re.compile(r"^(?!\.)(?!.*\.\.)([A-Z0-9_'+\-\.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9\-]*\.)+[A-Z]{2,}$", re.I)
_URL_SCHEME = re.compile(r"\s*[A-Za-z][A-Za-z0-9+.-]*:")
_SPECIAL_WITHOUT_HOST = re.compile(r"\s*(?:https?|ftp|wss?):/*\s*$", re.I)
_JS_REGEX = re.compile(r"/(.*)/([a-z]*)", re.S)


def _python_regex(literal: str) -> re.Pattern | None:
    """A JavaScript regular expression literal as Python's, where both read it alike; None otherwise
    (named groups are renamed, and a pattern Python refuses or reads another way is not checked)."""
    found = _JS_REGEX.fullmatch(literal)
    if found is None or "g" in found.group(2) or "y" in found.group(2):
        return None  # (a global or sticky regex keeps its lastIndex between tests)
    pattern = re.sub(r"\(\?<(?![=!])", "(?P<", found.group(1))
    if re.search(r"\\[pPkuxcbB]|\[\^?\]|\(\?<[=!]|\{,", pattern):
        return None  # Unicode classes, backreferences by name, JavaScript escapes, `[^]`, lookbehinds, \b
    # JavaScript's \d and \w are ASCII (Python's, without re.ASCII, are not), its \s is Unicode's
    # blanks (Python's, with re.ASCII, is not): the classes are written out, and no re.ASCII (so that
    # `i` folds Cyrillic as JavaScript does).
    pattern = _written_out_classes(pattern)
    flags = 0
    for flag in found.group(2):
        flags |= {"i": re.I, "m": re.M, "s": re.S}.get(flag, 0)
    try:
        return re.compile(pattern, flags)
    except re.error:
        return None


def _written_out_classes(pattern: str) -> str:
    """``\\d``, ``\\w``, ``\\D``, ``\\W`` as the ranges JavaScript means (bracketed outside a class)."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            ranges = _JS_CLASSES.get(pattern[i + 1])
            out.append(pattern[i : i + 2] if ranges is None else ranges if in_class else f"[{ranges}]")
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


# JavaScript's classes, as Python reads them inside or outside brackets.
_JS_CLASSES = {"d": "0-9", "w": "A-Za-z0-9_", "D": "\\x00-/:-\\U0010ffff", "W": "\\x00-/:-@\\[-^`{-\\U0010ffff"}


def _format_problems(value: str, schema: ZodType, path: str) -> list[tuple[str, str]]:
    """The string formats a value breaks, in zod's words ("Invalid url", "Invalid email", "Invalid")."""
    if schema.bounds_unknown:
        return []
    problems = []
    for name, literal in schema.formats:
        if name == "url" and (not _URL_SCHEME.match(value) or _SPECIAL_WITHOUT_HOST.fullmatch(value)):
            problems.append((path, f"Invalid url: {_show(value)} is no URL (it needs a scheme, `https://…`)"))
        elif name == "email" and not _EMAIL.match(value):
            problems.append((path, f"Invalid email: {_show(value)}"))
        elif name == "regex" and not any(ord(char) > 0xFFFF for char in value):
            # (JavaScript matches UTF-16 units, Python code points: a value with an astral
            # character is not judged)
            pattern = _python_regex(literal)
            if pattern is not None and pattern.search(value) is None:
                problems.append((path, f"Invalid: {_show(value)} does not match {literal}"))
    return problems


def _members(members, member_type: ZodType | None, path_of) -> list[tuple[str, str]]:
    """The problems of an array's items or a record's values, each against ``member_type``."""
    if member_type is None:
        return []
    return [problem for key, member in members for problem in check_value(member, member_type, path_of(key))]


def check_object(data: dict, schema: ZodType, prefix: str = "") -> list[tuple[str, str]]:
    if schema.kind != "object":  # (a schema not read as an object: `.merge(…)`, `.pick(…)`, a union)
        return check_value(data, schema, prefix.rstrip(".") or "(frontmatter)")
    problems: list[tuple[str, str]] = []
    for key, field_type in schema.fields.items():
        if key not in data:
            # (`z.coerce.string()` makes a missing key "undefined", `z.coerce.boolean()` false)
            if not (field_type.optional or field_type.has_default or field_type.kind == "any"
                    or (field_type.coerce and field_type.kind in ("string", "boolean"))):
                problems.append((prefix + key, f"required key `{key}` is missing ({field_type.describe()})"))
            continue
        problems.extend(check_value(data[key], field_type, prefix + key))
    if not schema.passthrough:
        for key in data:
            if key not in schema.fields:
                problems.append((prefix + str(key), f"unknown key `{key}`: the collection schema is `.strict()`, so "
                                                    "the build fails on a key it does not list" if schema.strict else
                                 f"unknown key `{key}`: the collection schema has no such field"))
    return problems


def yaml_type_name(value: Any) -> str:
    """What a YAML (or JSON) value is, in its words: `5` a number, `{a: 1}` a mapping."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "date"
    return type(value).__name__


class _Enough(Exception):
    pass


def _show(value: Any) -> str:
    """The value as JSON, cut at 40 characters.  Written only as far as shown: YAML
    aliases can make a few lines of frontmatter a value of billions of items."""
    out: list[str] = []
    size = 0

    def emit(piece: str) -> None:
        nonlocal size
        out.append(piece)
        size += len(piece)
        if size > 40:
            raise _Enough

    def key(item: Any) -> str:
        if isinstance(item, str):
            return json.dumps(item, ensure_ascii=False)
        if item is None or isinstance(item, (bool, int, float)):
            return json.dumps(json.dumps(item))
        return json.dumps(str(item), ensure_ascii=False)

    def walk(item: Any, depth: int) -> None:
        if depth > 40:
            emit("…")
        elif isinstance(item, dict):
            emit("{")
            for index, (name, member) in enumerate(item.items()):
                emit((", " if index else "") + key(name) + ": ")
                walk(member, depth + 1)
            emit("}")
        elif isinstance(item, (list, tuple)):
            emit("[")
            for index, member in enumerate(item):
                if index:
                    emit(", ")
                walk(member, depth + 1)
            emit("]")
        else:
            emit(json.dumps(item, ensure_ascii=False, default=str))

    try:
        walk(value, 0)
    except _Enough:
        pass
    text = "".join(out)
    return text if len(text) <= 40 else text[:37] + "…"
