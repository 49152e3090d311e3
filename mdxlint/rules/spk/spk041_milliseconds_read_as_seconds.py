import ast
import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FUNCTIONS_MODULE, Frame, Reader, Site, analyze
from mdxlint.analyzers.spark.schema import path_type
from mdxlint.analyzers.spark.sql import SQL_TEXT_CALLS

# A column that holds milliseconds by its name: Debezium's `ts_ms` (`payload.ts_ms`,
# `source.ts_ms`), `created_ms`, `event_time_millis`.
_MILLIS_NAME = re.compile(r"(?:^|[._])(?:\w+_)?(?:ms|millis|milliseconds)$", re.IGNORECASE)
# Functions that read a number as seconds since the epoch.
SECONDS_FUNCTIONS = ("timestamp_seconds", "from_unixtime", "to_timestamp")
# The same in SQL text (selectExpr, expr, spark.sql): the function or a cast, over the bare column.
_SQL_SECONDS = re.compile(
    r"\b(timestamp_seconds|from_unixtime|to_timestamp)\s*\(\s*`?([\w.]+?)`?\s*[,)]"
    r"|\bcast\s*\(\s*`?([\w.]+?)`?\s+as\s+timestamp\s*\)",
    re.IGNORECASE,
)
# A field declared TIMESTAMP in a DDL schema (`ts_ms TIMESTAMP`, `ts_ms: TIMESTAMP` in a STRUCT<…>):
# Spark's JSON reader takes a number given for a TIMESTAMP field as seconds since the epoch.
_DDL_TIMESTAMP = re.compile(r"(?<![\w.`])`?(\w+)`?(?:\s*:\s*|\s+)TIMESTAMP(?:_LTZ)?(?![\w(])", re.IGNORECASE)


def _is_millis(name: str | None) -> bool:
    return bool(name) and _MILLIS_NAME.search(name) is not None  # type: ignore[arg-type]


def _column(node: ast.AST) -> str | None:
    """The column a bare reference names: `"ts_ms"`, `col("ts_ms")`, `df.ts_ms`, `df.source.ts_ms`,
    `df["ts_ms"]`, `….getField("ts_ms")`; through a cast to a number, `+`/`-` (`ts_ms - offset`, still
    milliseconds)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.strip("`")
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return _column(node.left)
    if isinstance(node, ast.Call):
        if len(node.args) != 1 or node.keywords:
            return None
        func, arg = node.func, node.args[0]
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in ("col", "column"):
            return _column(arg)
        text = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
        if not isinstance(func, ast.Attribute) or text is None:
            return None
        if name in ("cast", "astype"):
            return _column(func.value) if text.lower() in _NUMBERS else None
        if name in ("getField", "getItem"):
            return text
        return None
    if isinstance(node, ast.Attribute):
        parts = [node.attr]
        base = node.value
        while isinstance(base, ast.Attribute):
            parts.append(base.attr)
            base = base.value
        return ".".join(reversed(parts)) if isinstance(base, ast.Name) else None
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return node.slice.value
    return None


def _alias(node: ast.AST) -> str | None:
    """The name ``….alias("commit_ms")`` gives a value: the lesson's own word for what it holds."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("alias", "name") \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


_NUMBERS = frozenset({"bigint", "long", "int", "integer", "smallint", "short", "tinyint", "byte", "double", "float", "decimal"})


def _frames_around(calls) -> dict[int, Frame]:
    """For every expression node inside the arguments of a DataFrame method call, the frame that
    method runs on (whose column types the model knows)."""
    found: dict[int, Frame] = {}
    for call in calls:
        if isinstance(call.receiver, Frame):
            for arg in (*call.args, *(keyword.value for keyword in call.keywords)):
                for inner in ast.walk(arg):
                    found.setdefault(id(inner), call.receiver)
    return found


def _to_timestamp_type(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.strip().lower() == "timestamp"
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name == "TimestampType"
    return False


DECLARE_LONG = "declare `{column}` BIGINT and convert it with timestamp_millis"


def _reads_json(calls) -> bool:
    """Whether the lesson reads JSON (``from_json``, a JSON reader), where a number is taken for a
    TIMESTAMP field as seconds."""
    return any(call.name == FUNCTIONS_MODULE + ".from_json"
               or (isinstance(call.receiver, Reader) and (call.name == "json" or (
                   call.name == "format" and len(call.args) == 1 and (call.string_of(call.args[0]) or "").lower() == "json")))
               for call in calls)


class MillisecondsReadAsSeconds(Rule):
    """A milliseconds column (`ts_ms`) made a timestamp as if it held seconds.

    ## What it does
    Reports `timestamp_seconds`, `from_unixtime` and `to_timestamp` over a column whose
    name says it holds milliseconds (`ts_ms`, `payload.ts_ms`, `created_millis`), and
    `cast("timestamp")` / `CAST(ts_ms AS TIMESTAMP)` of one, in Python and in SQL text
    (`selectExpr`, `expr`, `spark.sql`). A column divided by 1000 first is not reported.
    In a lesson that reads JSON, a field with such a name declared `TIMESTAMP` in a schema
    (`"ts_ms TIMESTAMP"`, `StructField("ts_ms", TimestampType())`) is reported too: Spark's
    JSON reader takes the number as seconds.

    ## Why is this bad
    Spark reads a number there as seconds since 1970: Debezium's `ts_ms` of 2024
    (1.7 × 10¹² ms) becomes a date some 54,000 years ahead. Nothing fails: windows,
    watermarks and joins on that column quietly use the wrong times, and a watermark
    drops nothing or everything. `timestamp_millis` reads milliseconds.

    ## Example
    ```mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
    events = changes.select(F.timestamp_seconds("ts_ms").alias("event_time"))
    ```
    ```

    ## Use instead
    ```mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
    events = changes.select(F.timestamp_millis("ts_ms").alias("event_time"))
    ```
    ```
    """

    code = "SPK041"
    name = "milliseconds-read-as-seconds"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        calls = analyze(doc).calls
        frames: dict[int, Frame] | None = None
        for call in calls:
            node = call.site.node
            if not isinstance(node, ast.Call):
                continue
            column = None
            if call.name.startswith(FUNCTIONS_MODULE + "."):
                function = call.name.rsplit(".", 1)[1]
                argument = call.expression_of(node.args[0]) if len(node.args) == 1 else None  # (a name holding a column too)
                if function in SECONDS_FUNCTIONS and argument is not None and _is_millis(_column(argument)):
                    column, what = _column(argument), f"{function}()"
            elif call.name in ("cast", "astype") and isinstance(node.func, ast.Attribute) and node.args:
                named = _column(node.func.value) or _alias(node.func.value)
                if _is_millis(named) and _to_timestamp_type(node.args[0]):
                    column, what = named, "a cast to timestamp"
            if column is not None:
                frames = frames if frames is not None else _frames_around(calls)
                frame = frames.get(id(node))
                known = path_type(frame.types, column) if frame is not None else None
                # The name says milliseconds, the frame's schema may say otherwise (already a
                # timestamp, a formatted string): only a number is read as seconds.
                if known is None or known.name in _NUMBERS or known.name == "unknown":
                    self._report(ctx, call.site, column, what)
            elif call.name == "types.StructField" and len(node.args) >= 2 and _to_timestamp_type(node.args[1]):
                name = node.args[0]
                if isinstance(name, ast.Constant) and isinstance(name.value, str) and _is_millis(name.value) \
                        and _reads_json(calls):
                    self._report(ctx, call.site, name.value, "a TIMESTAMP field of a JSON schema", DECLARE_LONG)
                    continue
            if column is None and call.name in (FUNCTIONS_MODULE + ".from_json", "schema") and _reads_json(calls):
                schema = node.args[1] if call.name != "schema" and len(node.args) > 1 else node.args[0] if node.args else None
                text = call.string_of(schema) if schema is not None else None
                for found in _DDL_TIMESTAMP.finditer(text or ""):
                    if _is_millis(found.group(1)):
                        self._report(ctx, call.site, found.group(1), "a TIMESTAMP field of a JSON schema", DECLARE_LONG)
                        break
            elif call.name in SQL_TEXT_CALLS:
                for arg in node.args:
                    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                        continue
                    for found in _SQL_SECONDS.finditer(arg.value):
                        column = found.group(2) or found.group(3)
                        if _is_millis(column):
                            what = f"{found.group(1).lower()}()" if found.group(1) else "CAST(… AS TIMESTAMP)"
                            self._report(ctx, Site(call.site.fence, arg), column, what)

    @staticmethod
    def _report(ctx: RuleContext, site: Site, column: str | None, what: str, fix: str = "") -> None:
        ctx.report(
            *site.range(),
            f"`{column}` holds milliseconds by its name, and {what} reads seconds: the times land tens of "
            f"thousands of years ahead (no error); "
            + (fix.format(column=column) or f"use timestamp_millis(`{column}`) or divide by 1000"),
        )
