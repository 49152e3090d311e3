"""Spark SQL types as far as a lesson shows them: :class:`SparkType`, the type tables
(``pyspark.sql.types`` classes, DDL names, functions known to return a timestamp or a
string, the columns of the Kafka and rate sources), reading a DDL schema
(``"id INT, after STRUCT<ts: BIGINT>"``) and finding the type of ``a.b.c`` among known
column types.  Nothing here depends on the interpreter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SparkType:
    """A Spark SQL type as far as the lesson shows it; ``struct`` keeps its fields."""

    name: str  # bigint, int, string, timestamp, struct, array, …
    fields: tuple[tuple[str, "SparkType"], ...] = ()

    def field(self, name: str) -> "SparkType | None":
        for field_name, field_type in self.fields:
            if field_name == name:
                return field_type
        return None


@dataclass(frozen=True)
class StructFieldValue:
    name: str
    type: SparkType | None


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
    parts, depth, current = [], 0, []
    for char in text:
        if char in "<(":
            depth += 1
        elif char in ">)":
            depth -= 1
        if char == separator and depth == 0:
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
        return SparkType(base.group(0))
    name = DDL_TYPES.get(base.group(0))
    return SparkType(name) if name else None


def ddl_schema(text: str, separator: str = " ") -> SparkType | None:
    """A schema in DDL: ``id INT, after STRUCT<ts: BIGINT>``."""
    fields = []
    for part in split_top(text):
        if separator == ":" and ":" in part:
            name, _, type_text = part.partition(":")
        else:
            pieces = part.split(None, 1)
            if len(pieces) != 2:
                return None
            name, type_text = pieces
            if name.endswith(":"):
                name = name[:-1]
        field_type = ddl_type(type_text.removesuffix("NOT NULL").strip())
        fields.append((name.strip().strip("`"), field_type or SparkType("unknown")))
    return SparkType("struct", tuple(fields)) if fields else None


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
