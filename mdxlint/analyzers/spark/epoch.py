"""Epoch numbers made timestamps: the unit a column's name says it holds (`ts_ms`, Debezium's
`ts_us` and `ts_ns`), the unit each Spark conversion reads, and the column a conversion is
applied to, through casts to numbers, `+`/`-` and scaling by powers of 1000.

Read by the rules on epoch units (SPK041, SPK046)."""

from __future__ import annotations

import ast
import re

from mdxlint.analyzers.spark.schema import path_type
from mdxlint.analyzers.spark.values import FUNCTIONS_MODULE, Frame, Reader

# Units from the smallest: a step is a factor of 1000.
UNITS = ("ns", "us", "ms", "s")
UNIT_WORDS = {"ns": "nanoseconds", "us": "microseconds", "ms": "milliseconds", "s": "seconds"}

# A column that holds an epoch number in a unit, by its name: `ts_ms`, `payload.ts_ms`,
# `created_millis`; Debezium 2's `ts_us`, `ts_ns`; `event_time_micros`, `commit_usec`.
_UNIT_NAMES = {
    "ms": re.compile(r"(?:^|[._])(?:\w+_)?(?:ms|millis|milliseconds)$", re.IGNORECASE),
    "us": re.compile(r"(?:^|[._])(?:\w+_)?(?:us|usec|micros|microseconds)$", re.IGNORECASE),
    "ns": re.compile(r"(?:^|[._])(?:\w+_)?(?:ns|nsec|nanos|nanoseconds)$", re.IGNORECASE),
}

# What each conversion reads a number as; the ones that multiply into microseconds with an
# overflow check (Math.multiplyExact) raise "long overflow" where the number is too large.
FUNCTION_UNITS = {"timestamp_seconds": "s", "from_unixtime": "s", "to_timestamp": "s",
                  "timestamp_millis": "ms", "timestamp_micros": "us"}
CHECKED_MULTIPLY = frozenset({"timestamp_seconds", "timestamp_millis"})

NUMBER_TYPES = frozenset({"bigint", "long", "int", "integer", "smallint", "short", "tinyint", "byte", "double",
                          "float", "decimal"})


def name_unit(name: str | None) -> str | None:
    """The unit a column's name says its numbers are in, or None."""
    if not name:
        return None
    return next((unit for unit, pattern in _UNIT_NAMES.items() if pattern.search(name)), None)


def scaled_unit(unit: str, steps: int) -> str | None:
    """``unit`` after dividing by 1000 ``steps`` times (multiplying for negative steps)."""
    index = UNITS.index(unit) + steps
    return UNITS[index] if 0 <= index < len(UNITS) else None


def _thousands(node: ast.AST) -> int | None:
    """How many factors of 1000 a numeric constant is (1000 → 1, 1e6 → 2, 10**9 → 3), or None."""
    value = None
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        value = node.value
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and isinstance(node.left, ast.Constant) \
            and isinstance(node.right, ast.Constant) and node.left.value == 10 and isinstance(node.right.value, int):
        value = 10 ** node.right.value
    for steps in (1, 2, 3):
        if value == 1000 ** steps:
            return steps
    return None


def column_of(node: ast.AST) -> tuple[str | None, int]:
    """The column a bare reference names, and how many factors of 1000 it was divided by (negative:
    multiplied): `"ts_ms"`, `col("ts_ms")`, `df.ts_ms`, `df.source.ts_ms`, `df["ts_ms"]`,
    `….getField("ts_ms")`, through a cast to a number and `+`/`-` (`ts_ms - offset`, the same unit),
    and `col("ts_us") / 1000` (one step up). (None, 0) for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.strip("`"), 0
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return column_of(node.left)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Div, ast.FloorDiv, ast.Mult)):
        name, steps = column_of(node.left)
        factor = _thousands(node.right)
        if name is None or factor is None:
            return None, 0
        return name, steps + (factor if not isinstance(node.op, ast.Mult) else -factor)
    if isinstance(node, ast.Call):
        if len(node.args) != 1 or node.keywords:
            return None, 0
        func, arg = node.func, node.args[0]
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in ("col", "column"):
            return column_of(arg)
        text = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
        if not isinstance(func, ast.Attribute) or text is None:
            return None, 0
        if name in ("cast", "astype"):
            return column_of(func.value) if text.lower() in NUMBER_TYPES else (None, 0)
        if name in ("getField", "getItem"):
            return text, 0
        return None, 0
    if isinstance(node, ast.Attribute):
        parts = [node.attr]
        base = node.value
        while isinstance(base, ast.Attribute):
            parts.append(base.attr)
            base = base.value
        return (".".join(reversed(parts)), 0) if isinstance(base, ast.Name) else (None, 0)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return node.slice.value, 0
    return None, 0


def alias_of(node: ast.AST) -> str | None:
    """The name ``….alias("commit_ms")`` gives a value: the lesson's own word for what it holds."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("alias", "name") \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def frames_around(calls) -> dict[int, Frame]:
    """For every expression node inside the arguments of a DataFrame method call, the frame that
    method runs on (whose column types the model knows)."""
    found: dict[int, Frame] = {}
    for call in calls:
        if isinstance(call.receiver, Frame):
            for arg in (*call.args, *(keyword.value for keyword in call.keywords)):
                for inner in ast.walk(arg):
                    found.setdefault(id(inner), call.receiver)
    return found


def may_be_number(frame: Frame | None, column: str | None) -> bool:
    """Whether ``column`` of ``frame`` may hold a number: its name says an epoch unit, the frame's
    schema may say otherwise (a timestamp already, a formatted string); unknown counts as maybe."""
    known = path_type(frame.types, column) if frame is not None and column else None
    return known is None or known.name in NUMBER_TYPES or known.name == "unknown"


def is_timestamp_type(node: ast.AST) -> bool:
    """`"timestamp"` or `TimestampType()` (what a cast is given)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.strip().lower() == "timestamp"
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name == "TimestampType"
    return False


def reads_json(calls) -> bool:
    """Whether the lesson reads JSON (``from_json``, a JSON reader), where a number is taken for a
    TIMESTAMP field as seconds."""
    return any(call.name == FUNCTIONS_MODULE + ".from_json"
               or (isinstance(call.receiver, Reader) and (call.name == "json" or (
                   call.name == "format" and len(call.args) == 1 and (call.string_of(call.args[0]) or "").lower() == "json")))
               for call in calls)


# In SQL text (selectExpr, expr, spark.sql): a conversion or a cast over a bare column, which may be
# divided by a power of 1000 (`timestamp_seconds(ts_us / 1000000)`).
SQL_CONVERSION = re.compile(
    r"\b(timestamp_seconds|timestamp_millis|timestamp_micros|from_unixtime|to_timestamp)\s*\(\s*`?([\w.]+?)`?"
    r"(?:\s*/\s*(1000|1000000|1000000000|1e3|1e6|1e9))?\s*[,)]"
    r"|\bcast\s*\(\s*`?([\w.]+?)`?(?:\s*/\s*(1000|1000000|1000000000|1e3|1e6|1e9))?\s+as\s+timestamp\s*\)"
    # the `::` cast (Spark 4), over a column or a column divided in parentheses (held-out h103)
    r"|\(\s*`?([\w.]+?)`?\s*/\s*(1000|1000000|1000000000|1e3|1e6|1e9)\s*\)\s*::\s*timestamp\b(?!_)"
    r"|(?<![\w.`)])`?([A-Za-z_][\w.]*)`?\s*::\s*timestamp\b(?!_)",
    re.IGNORECASE,
)
_SQL_THOUSANDS = {"1000": 1, "1e3": 1, "1000000": 2, "1e6": 2, "1000000000": 3, "1e9": 3}


_SQL_STRING_LITERAL = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"")


def sql_conversions(text: str):
    """(function or "cast", column, factors of 1000 it is divided by) for each conversion in SQL text
    (not in its string literals: `'ts_ms::timestamp' AS label` is text; review h107)."""
    if "'" in text or '"' in text:
        text = _SQL_STRING_LITERAL.sub(lambda found: " " * len(found.group()), text)
    for found in SQL_CONVERSION.finditer(text):
        if found.group(1):
            yield found.group(1).lower(), found.group(2), _SQL_THOUSANDS.get((found.group(3) or "").lower(), 0)
        elif found.group(4):
            yield "cast", found.group(4), _SQL_THOUSANDS.get((found.group(5) or "").lower(), 0)
        elif found.group(6):
            yield "cast", found.group(6), _SQL_THOUSANDS.get(found.group(7).lower(), 0)
        else:
            yield "cast", found.group(8), 0
