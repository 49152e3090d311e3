"""Spark SQL types as far as a lesson shows them: :class:`SparkType`, the type tables
(``pyspark.sql.types`` classes, DDL names, functions known to return a timestamp or a
string, the columns of the Kafka and rate sources), reading a DDL schema
(``"id INT, after STRUCT<ts: BIGINT>"``) and finding the type of ``a.b.c`` among known
column types.  Nothing here depends on the interpreter."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SparkType:
    """A Spark SQL type as far as the lesson shows it; ``struct`` keeps its fields, ``array`` its
    element's type as a field named ``element`` and ``map`` its key's and value's as ``key`` and
    ``value``, where the lesson writes them."""

    name: str  # bigint, int, string, timestamp, struct, array, …
    fields: tuple[tuple[str, "SparkType"], ...] = ()
    not_null: frozenset[str] = frozenset()  # a struct's fields declared NOT NULL (`nullable=False`)
    # a decimal's (precision, scale) where `DecimalType(p, s)` writes them; not part of the type's
    # identity (a frame's column types compare by name)
    decimal: tuple[int, int] | None = dataclasses.field(default=None, compare=False)

    def field(self, name: str) -> "SparkType | None":
        for field_name, field_type in self.fields:
            if field_name == name:
                return field_type
        return None


@dataclass(frozen=True)
class StructFieldValue:
    name: str
    type: SparkType | None
    nullable: bool = True


TYPES_MODULE = "pyspark.sql.types"
SIMPLE_TYPES = {
    "LongType": "bigint", "IntegerType": "int", "ShortType": "smallint", "ByteType": "tinyint",
    "StringType": "string", "DoubleType": "double", "FloatType": "float", "DecimalType": "decimal",
    "BooleanType": "boolean", "DateType": "date", "TimestampType": "timestamp", "TimestampNTZType": "timestamp_ntz",
    "BinaryType": "binary", "ArrayType": "array", "MapType": "map", "VariantType": "variant",
}
DDL_TYPES = {
    "bigint": "bigint", "long": "bigint", "int": "int", "integer": "int", "smallint": "smallint", "short": "smallint",
    "tinyint": "tinyint", "byte": "tinyint", "string": "string", "varchar": "string", "char": "string",
    "double": "double", "float": "float", "real": "float", "decimal": "decimal", "numeric": "decimal", "dec": "decimal",
    "boolean": "boolean", "bool": "boolean", "date": "date", "timestamp": "timestamp", "timestamp_ltz": "timestamp",
    "timestamp_ntz": "timestamp_ntz", "binary": "binary",
}
TIMESTAMP_FUNCTIONS = frozenset({
    "to_timestamp", "current_timestamp", "timestamp_seconds", "timestamp_millis", "timestamp_micros",
    "to_utc_timestamp", "from_utc_timestamp", "date_trunc", "make_timestamp", "window_time", "now", "localtimestamp",
    "try_to_timestamp",
})
DATE_FUNCTIONS = frozenset({"to_date", "current_date", "curdate", "date_add", "date_sub", "make_date", "last_day",
                            "next_day", "try_to_date", "date_from_unix_date", "trunc"})
# Functions whose value is a number of seconds, milliseconds… since the epoch (BIGINT).
EPOCH_NUMBER_FUNCTIONS = frozenset({"unix_timestamp", "unix_seconds", "unix_millis", "unix_micros"})
STRING_FUNCTIONS = frozenset({"from_unixtime", "date_format", "to_json", "concat", "concat_ws", "upper", "lower",
                              "trim", "substring", "regexp_replace", "format_string"})
KAFKA_SOURCE_TYPES = {"key": "binary", "value": "binary", "topic": "string", "partition": "int", "offset": "bigint",
                      "timestamp": "timestamp", "timestampType": "int"}
RATE_SOURCE_TYPES = {"timestamp": "timestamp", "value": "bigint"}
# Types withWatermark refuses for certain ([EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE]); a struct window is accepted.
NOT_EVENT_TIME_TYPES = frozenset({"bigint", "int", "smallint", "tinyint", "string", "double", "float", "decimal",
                                  "boolean", "binary", "array", "map", "date", "timestamp_ntz"})
# Types window() refuses for its time column (a string or a date is cast to a timestamp, and a
# TIMESTAMP_NTZ is windowed as it is; a number is not: "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] …
# however "ts_ms" has the type "BIGINT"").
NOT_WINDOW_TIME_TYPES = NOT_EVENT_TIME_TYPES - {"string", "date", "timestamp_ntz"}


def split_top(text: str, separator: str = ",") -> list[str]:
    parts, depth, current, quote = [], 0, [], ""
    for char in text:
        if quote:
            quote = "" if char == quote else quote  # (a comma in a COMMENT '…' or a `quoted name` separates nothing)
        elif char in "'\"`":
            quote = char
        elif char in "<(":
            depth += 1
        elif char in ">)":
            depth -= 1
        if char == separator and depth == 0 and not quote:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def ddl_type(text: str) -> SparkType | None:
    """A type written in Spark's DDL (``BIGINT``, ``struct<a:int>``, ``decimal(10,2)``)."""
    text = text.strip()
    lowered = text.lower()
    if lowered.startswith("struct<") and lowered.endswith(">"):
        return ddl_schema(text[7:-1], ":")
    base = re.match(r"[a-z_]+", lowered)
    if base is None:
        return None
    if base.group(0) in ("array", "map"):
        inner = text[len(base.group(0)):].strip()
        parts = split_top(inner[1:-1]) if inner.startswith("<") and inner.endswith(">") else []
        kinds = ("element",) if base.group(0) == "array" else ("key", "value")
        types = [ddl_type(part) for part in parts]
        if len(parts) == len(kinds) and all(types):
            return SparkType(base.group(0), tuple(zip(kinds, types)))  # type: ignore[arg-type]
        return SparkType(base.group(0))
    name = DDL_TYPES.get(base.group(0))
    if name == "decimal" and _too_many_digits(lowered):
        return None  # (Spark refuses the type: refused_type_text)
    return SparkType(name) if name else None


# A decimal's precision as DDL writes it (`DECIMAL(40, 2)`, `numeric(39)`).
_DECIMAL_PRECISION = re.compile(r"\b(?:decimal|dec|numeric)\s*\(\s*(\d+)", re.I)
MOST_DECIMAL_DIGITS = 38


# A DDL text's quoted parts (a COMMENT's text, a name in backticks): no type is written there.
_QUOTED_DDL = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`(?:[^`]|``)*`")


def _blank_quoted(text: str) -> str:
    """``text`` with its quoted parts blanked, offsets kept (review h96: `COMMENT 'was decimal(3,5)'`)."""
    return _QUOTED_DDL.sub(lambda found: " " * len(found.group()), text) if "'" in text or '"' in text or "`" in text else text


def _too_many_digits(text: str) -> re.Match | None:
    """The first decimal type of ``text`` with more digits than Spark's decimals hold (38)."""
    return next((found for found in _DECIMAL_PRECISION.finditer(_blank_quoted(text)) if int(found.group(1)) > MOST_DECIMAL_DIGITS),
                None)


_DECIMAL_SCALE = re.compile(r"\b(?:decimal|dec|numeric)\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)", re.I)


def _scale_over_precision(text: str) -> re.Match | None:
    """The first decimal type of ``text`` whose scale is more than its precision (`decimal(5,7)`)."""
    return next((found for found in _DECIMAL_SCALE.finditer(_blank_quoted(text)) if int(found.group(2)) > int(found.group(1))), None)


def decimal_refused(precision: int, scale: int) -> str | None:
    """Spark's error for a decimal type of this precision and scale (PySpark 4.1), or None: the
    JVM refuses it where the type is sent to it (a cast, a reader's or createDataFrame's schema)."""
    if precision < 0:
        return f"[INVALID_JSON_DATA_TYPE] Failed to convert the JSON string 'decimal({precision},{scale})' to a data type."
    if precision > MOST_DECIMAL_DIGITS:
        return f"[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision {precision} exceeds max precision {MOST_DECIMAL_DIGITS}."
    if scale < 0:
        return f"[NEGATIVE_SCALE_DISALLOWED] Negative scale is not allowed: '{scale}'."
    if scale > precision:
        return f"Decimal scale ({scale}) cannot be greater than precision ({precision})."
    return None


def refused_decimal_type(value: SparkType) -> tuple[str, str] | None:
    """(`DecimalType(p, s)`, Spark's error) for the first decimal in ``value`` (a type, or a
    struct, array or map holding one) that Spark refuses, else None."""
    if value.decimal is not None:
        precision, scale = value.decimal
        refused = decimal_refused(precision, scale)
        return (f"DecimalType({precision}, {scale})", refused) if refused else None
    for _, inner in value.fields:
        found = refused_decimal_type(inner)
        if found is not None:
            return found
    return None


def ddl_schema(text: str, separator: str = " ") -> SparkType | None:
    """A schema in DDL: ``id INT, after STRUCT<ts: BIGINT>``."""
    fields = []
    not_null = set()
    for part in split_top(text):
        required = _NOT_NULL.search(part)
        if required is not None:
            part = part[: required.start()]
        quoted = re.match(r"`((?:[^`]|``)*)`\s*:?\s*", part)
        if quoted is not None:
            # `order id` INT: a name in backticks may hold blanks and colons
            name, type_text = quoted.group(1).replace("``", "`"), part[quoted.end():]
        elif separator == ":" and ":" in part:
            name, _, type_text = part.partition(":")
        else:
            pieces = part.split(None, 1)
            if len(pieces) != 2:
                return None
            name, type_text = pieces
            if name.endswith(":"):
                name = name[:-1]
        field_type = ddl_type(type_text.strip())
        fields.append((name.strip().strip("`"), field_type or SparkType("unknown")))
        if required is not None:
            not_null.add(fields[-1][0])
    return SparkType("struct", tuple(fields), frozenset(not_null)) if fields else None


_NOT_NULL = re.compile(r"\s+not\s+null(?:\s+comment\s+'(?:[^'\\]|\\.)*')?\s*$", re.IGNORECASE)


def struct_of(value: Any) -> SparkType | None:
    """The struct a schema argument gives (a DDL string, `a INT, b STRING` or `a: int, b: string`,
    or a StructType the lesson builds) when its fields are known; None otherwise."""
    text = value.value if hasattr(value, "value") and isinstance(getattr(value, "value"), str) else value
    if isinstance(text, str) and text.strip().lower().startswith("struct<"):
        schema = ddl_type(text)  # `struct<a:int,b:string>`
    else:
        schema = (ddl_schema(text) or ddl_schema(text, ":")) if isinstance(text, str) else text
    return schema if isinstance(schema, SparkType) and schema.name == "struct" and schema.fields else None


def path_type(types: dict[str, SparkType], path: str | None) -> SparkType | None:
    """The type of ``a`` or ``a.b.c`` among known column types."""
    if not path:
        return None
    head, *rest = path.split(".")
    current = types.get(head)
    for part in rest:
        if current is None or current.name != "struct":
            return None
        current = current.field(part)
    return current


# -- type names Spark's SQL parser does not know --------------------------------------------

# The type names of Spark's SQL grammar (`primitiveType`, `ARRAY`/`MAP`/`STRUCT`; Spark 4.1):
# any other name in a DDL string is refused ([UNSUPPORTED_DATATYPE]).
SQL_GRAMMAR_TYPES = frozenset(
    "boolean tinyint byte smallint short int integer bigint long float real double date timestamp timestamp_ntz "
    "timestamp_ltz time string character char varchar binary decimal dec numeric void interval variant geometry "
    "geography array map struct".split())
_DDL_TOKEN = re.compile(r"\s*(?:(`(?:[^`]|``)*`)|([A-Za-z_][A-Za-z0-9_]*)|(\d+)|('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")|([<>(),:]))")


class _Unreadable(Exception):
    """A DDL text this reader does not follow (it judges nothing then)."""


class _Unexpected(_Unreadable):
    """A token where Spark's DDL grammar has none of its kind (``index``: the token's, one past
    the last at the text's end)."""

    def __init__(self, index: int, expected: str = ""):
        super().__init__(index)
        self.index = index
        self.expected = expected  # the kind of token the grammar takes there


class _DdlReader:
    """Reads a DDL schema or type as Spark's grammar does, far enough to find the first type
    name it does not know; any shape it does not follow ends the reading (no judgement)."""

    def __init__(self, text: str, stray: bool = False):
        self.tokens: list[tuple[str, str]] = []  # (kind, text as written)
        position = 0
        while position < len(text):
            found = _DDL_TOKEN.match(text, position)
            if found is None:
                rest = text[position:].lstrip()
                if rest and stray and rest[0] in _STRAY_CHARACTERS:
                    self.tokens.append(("stray", rest[0]))  # (a character no DDL token has: the reading stops there)
                    break
                if rest:
                    raise _Unreadable
                break
            kind = "quoted" if found.group(1) else "word" if found.group(2) else "number" if found.group(3) else \
                "string" if found.group(4) else found.group(5)
            self.tokens.append((kind, found.group(found.lastindex or 0)))
            position = found.end()
        self.index = 0
        self.unknown: str | None = None
        self.char_varchar: str | None = None  # the first CHAR(n) or VARCHAR(n), as written

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.index + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def take(self, kind: str, word: str | None = None) -> str:
        token_kind, token_text = self.peek()
        if token_kind != kind or (word is not None and token_text.lower() != word):
            raise _Unexpected(self.index, kind)
        self.index += 1
        return token_text

    def at_word(self, word: str) -> bool:
        kind, text = self.peek()
        return kind == "word" and text.lower() == word

    def type(self) -> None:
        name = self.take("word")
        lowered = name.lower()
        if lowered not in SQL_GRAMMAR_TYPES:
            if self.peek()[0] == "(":
                raise _Unreadable  # (a name with arguments: not followed)
            self.unknown = self.unknown or name
            return
        if lowered == "interval" or lowered in ("geometry", "geography"):
            raise _Unreadable
        if lowered == "array":
            self.take("<")
            self.type()
            self.take(">")
        elif lowered == "map":
            self.take("<")
            self.type()
            self.take(",")
            self.type()
            self.take(">")
        elif lowered == "struct":
            self.take("<")
            if self.peek()[0] != ">":
                self.field(colon=True)
                while self.peek()[0] == ",":
                    self.take(",")
                    self.field(colon=True)
            self.take(">")
        elif self.peek()[0] == "(":
            if lowered in ("char", "character", "varchar") and self.char_varchar is None:
                self.char_varchar = name  # (with its length: Spark's type, which a frame's schema refuses)
            self.take("(")
            self.take("number")
            while self.peek()[0] == ",":
                self.take(",")
                self.take("number")
            self.take(")")
        elif lowered in ("char", "character", "varchar"):
            raise _Unreadable  # without a length Spark says another thing ([DATATYPE_MISSING_SIZE])
        if lowered == "string" and self.at_word("collate"):
            self.take("word")
            self.take("word")

    def field(self, colon: bool) -> None:
        self.take(self.peek()[0] if self.peek()[0] in ("word", "quoted") else "word")
        if colon and self.peek()[0] == ":":
            self.take(":")
        self.type()
        if self.at_word("not"):
            self.take("word")
            self.take("word", "null")
        if self.at_word("comment"):
            self.take("word")
            self.take("string")

    def schema(self) -> None:
        self.field(colon=False)
        while self.peek()[0] == ",":
            self.take(",")
            self.field(colon=False)

    def done(self) -> bool:
        return self.index == len(self.tokens)


_LONGEST_DDL = 20_000


def _read(text: str, as_type: bool) -> _DdlReader | None:
    """``text`` read whole as a type (``as_type``: ``cast("…")``) or a schema (``id INT, after
    STRUCT<…>``); None when it is not followed (or longer than any schema a lesson writes)."""
    if len(text) > _LONGEST_DDL:
        return None
    try:
        reader = _DdlReader(text)
        if as_type:
            reader.type()
        else:
            reader.schema()
    except (_Unreadable, RecursionError):
        return None
    return reader if reader.done() else None


# Characters that stand in no DDL text, where an author may have meant a comma (`id INT; op STRING`).
_STRAY_CHARACTERS = frozenset(";|")
# Words Spark's column definitions take after a type elsewhere (CREATE TABLE), not in a schema's text:
# a schema that holds one is not judged.
_COLUMN_OPTION_WORDS = frozenset({"default", "generated", "primary", "constraint", "options"})


def schema_syntax_error(text: str, where: str) -> tuple[str, str, str] | None:
    """(what is wrong, the token Spark names, its error's text) for a schema text Spark cannot read
    at all: a field that follows another without a comma (`id INT op STRING`), a `;` between fields,
    a schema that ends too early (a trailing comma, a `<` never closed) and, in `from_json`, names
    and types separated by colons at the top level.  ``where``: "frame" (createDataFrame, which
    also reads the text as a type and as the fields of a struct before it gives up), "schema"
    (`spark.read.schema`) or "from_json" (read as a type first: Spark names the text's second
    token).  None where the text reads, holds an unknown type name (refused_type_text) or is a
    shape this reader does not follow."""
    if len(text) > _LONGEST_DDL or not text.strip():
        return None
    try:
        reader = _DdlReader(text, stray=True)
    except _Unreadable:
        return None
    expected = ""
    try:
        reader.schema()
        if reader.done():
            return None
        at = reader.index
    except _Unexpected as error:
        at, expected = error.index, error.expected
    except (_Unreadable, RecursionError):
        return None
    if reader.unknown is not None:
        return None
    kind, token = reader.tokens[at] if at < len(reader.tokens) else ("end", "")
    depth = sum(1 for k, _ in reader.tokens[:at] if k == "<") - sum(1 for k, _ in reader.tokens[:at] if k == ">")
    if kind == "end":
        what = "the schema ends too early: a `<` is never closed" if depth > 0 else \
            "the schema ends too early: a comma with no field after it"
    elif kind == "stray":
        what = f"`{token}` separates no fields in a DDL schema (write a comma)"
    elif kind in ("word", "quoted") and at > 0 and reader.tokens[at - 1][0] in ("word", ">", ")", "string") \
            and token.lower() not in _COLUMN_OPTION_WORDS and token.lower() not in ("not", "comment", "collate"):
        what = f"`{token}` follows a whole field without a comma before it"
    elif kind == "," and at > 0 and reader.tokens[at - 1][0] == ",":
        what = "two commas with no field between them"
    elif kind == ">" and expected == "," and depth > 0:
        what = "`MAP<…>` takes two types, its keys' and its values' (`MAP<STRING, INT>`)"
    elif kind == ":" and depth == 0 and where in ("from_json", "schema") and at == 1:
        what = "a name and its type are separated by a colon only inside `struct<…>`; at the top level write `id INT, op STRING`"
    else:
        return None
    if where == "frame" and (_read(text, as_type=True) is not None or _read(f"struct<{text}>", as_type=True) is not None):
        return None  # (PySpark reads it as a type, or as a struct's fields, after the schema fails)
    if where == "from_json":
        near = second_token(text)
        if near is None:
            return None
        return what, near[0], f"[PARSE_SYNTAX_ERROR] Syntax error at or near '{near[0]}'"
    if depth > 0:
        # (inside `<…>` Spark's parser names another token than the one read here: `'<'` for
        # `ARRAY<STRING` never closed, review h107; its text is quoted up to the token)
        return what, token, "[PARSE_SYNTAX_ERROR] Syntax error at or near"
    shown = "end of input" if kind == "end" else f"'{token}'"
    return what, token, f"[PARSE_SYNTAX_ERROR] Syntax error at or near {shown}"


def unknown_type_name(text: str, *, as_type: bool) -> str | None:
    """The first type name of ``text`` that Spark's SQL grammar does not know (as written), when
    the text is otherwise one Spark reads; None when every name is known or the text is not followed."""
    reader = _read(text, as_type)
    return reader.unknown if reader is not None else None


def char_varchar_name(text: str, *, as_type: bool) -> str | None:
    """The first `CHAR(n)`/`VARCHAR(n)` type name of ``text`` (as written), when the text is one
    Spark reads and every type name in it is known; None otherwise."""
    reader = _read(text, as_type)
    return reader.char_varchar if reader is not None and reader.unknown is None else None


def second_token(text: str) -> tuple[str, bool] | None:
    """The token after a schema's first name, as written, and whether it is the text's last:
    what Spark names in the syntax error from_json gives for a schema it cannot read."""
    try:
        reader = _DdlReader(text, stray=True)  # (`id INT; op STRING`: the second token is still `INT`)
    except _Unreadable:
        return None
    if len(reader.tokens) < 2:
        return None
    return reader.tokens[1][1], len(reader.tokens) == 2


def refused_type_text(text: str, where: str) -> tuple[str, str] | None:
    """(the unknown type name as written, Spark's error text) for a DDL text Spark refuses for an
    unknown type name; ``where``: "type" (``cast("…")``), "schema" (``createDataFrame``,
    ``schema("…")``) or "from_json" (a schema read when the frame is analysed: a text that is no
    type is read as a type first, and that reading's syntax error is the one Spark gives)."""
    kind = "type" if where == "type" or (where == "from_json" and re.match(r"\s*(?:struct|array|map)\s*<", text, re.I)) else "schema"
    wide = _too_many_digits(text) if where != "from_json" else None  # (from_json reads such a schema as a syntax error)
    if wide is not None and unknown_type_name(text, as_type=kind == "type") is None:
        digits = int(wide.group(1))
        return (wide.group(0) + text[wide.end():].split(")", 1)[0] + ")",
                f"[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision {digits} exceeds max precision {MOST_DECIMAL_DIGITS}.")
    over = _scale_over_precision(text) if where != "from_json" else None
    if over is not None and unknown_type_name(text, as_type=kind == "type") is None:
        return over.group(0), decimal_refused(int(over.group(1)), int(over.group(2)))  # type: ignore[return-value]
    name = unknown_type_name(text, as_type=kind == "type")
    if name is None:
        return None
    if kind == "type" or where == "schema":
        return name, f'[UNSUPPORTED_DATATYPE] Unsupported data type "{name.upper()}".'
    near = second_token(text)
    if near is None:
        return None
    token, last = near
    return name, f"[PARSE_SYNTAX_ERROR] Syntax error at or near '{token}'" + (f": extra input '{token}'." if last else ".")


# The kinds of types a set operation (`union`) widens into each other (checked pair by pair on
# PySpark 4.1): numbers among themselves, dates with timestamps, and a string with any of these,
# a boolean or a binary, which Spark reads as the other type; nothing else meets.
_UNION_KINDS = {**{name: "number" for name in ("tinyint", "smallint", "int", "bigint", "float", "double", "decimal")},
                "string": "string", "boolean": "boolean", "binary": "binary", "date": "datetime", "timestamp": "datetime",
                "timestamp_ntz": "datetime", "array": "array", "map": "map", "struct": "struct"}
_COMPLEX_KINDS = frozenset({"array", "map", "struct"})


def union_refused(first: SparkType, second: SparkType, ansi: bool = True) -> bool:
    """Whether Spark refuses a union of a column of type ``first`` with one of type ``second``
    ([INCOMPATIBLE_COLUMN_TYPE]); False where a type is one not judged here (NULL, an interval,
    a variant), and for two arrays, maps or structs (their elements decide).  With ANSI mode off
    (``ansi`` False), a string meets neither a boolean nor a binary (checked on PySpark 4.1)."""
    kinds = _UNION_KINDS.get(first.name), _UNION_KINDS.get(second.name)
    if None in kinds or kinds[0] == kinds[1]:
        return False
    if _COMPLEX_KINDS & set(kinds):
        return True
    if "string" in kinds:
        return not ansi and bool({"boolean", "binary"} & set(kinds))
    return True
