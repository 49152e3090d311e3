import ast
import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FUNCTIONS_MODULE, Frame, Site, analyze
from mdxlint.analyzers.spark.epoch import (
    FUNCTION_UNITS, alias_of, column_of, frames_around, is_timestamp_type, may_be_number, name_unit, reads_json,
    sql_conversions,
)
from mdxlint.analyzers.spark.sql import SQL_TEXT_CALLS

# A field declared TIMESTAMP in a DDL schema (`ts_ms TIMESTAMP`, `ts_ms: TIMESTAMP` in a STRUCT<…>):
# Spark's JSON reader takes a number given for a TIMESTAMP field as seconds since the epoch.
_DDL_TIMESTAMP = re.compile(r"(?<![\w.`])`?(\w+)`?(?:\s*:\s*|\s+)TIMESTAMP(?:_LTZ)?(?![\w(])", re.IGNORECASE)


def _is_millis(name: str | None) -> bool:
    return name_unit(name) == "ms"


def _plain_column(node: ast.AST) -> str | None:
    """The column a bare reference names, not scaled (a column divided by 1000 first is seconds)."""
    name, steps = column_of(node)
    return name if steps == 0 else None


DECLARE_LONG = "declare `{column}` BIGINT and convert it with timestamp_millis"


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
    ````mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
    events = changes.select(F.timestamp_seconds("ts_ms").alias("event_time"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
    events = changes.select(F.timestamp_millis("ts_ms").alias("event_time"))
    ```
    ````
    """

    code = "SPK041"
    name = "milliseconds-read-as-seconds"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        calls = analyze(doc).calls
        frames: dict[int, Frame] | None = None
        renamed = _given_other_values(calls)
        for call in calls:
            node = call.site.node
            if not isinstance(node, ast.Call):
                continue
            column = None
            if call.name.startswith(FUNCTIONS_MODULE + "."):
                function = call.name.rsplit(".", 1)[1]
                argument = call.expression_of(node.args[0]) if len(node.args) == 1 else None  # (a name holding a column too)
                if FUNCTION_UNITS.get(function) == "s" and argument is not None and _is_millis(_plain_column(argument)):
                    column, what = _plain_column(argument), f"{function}()"
            elif call.name in ("cast", "astype") and isinstance(node.func, ast.Attribute) and node.args:
                named = _plain_column(node.func.value) or alias_of(node.func.value)
                if _is_millis(named) and is_timestamp_type(node.args[0]):
                    column, what = named, "a cast to timestamp"
            if column is not None and column.lower() in renamed:
                column = None  # (the name no longer says the unit: `withColumn("ts_ms", col("ts_ms") / 1000)`, held-out h110)
            if column is not None:
                frames = frames if frames is not None else frames_around(calls)
                if may_be_number(frames.get(id(node)), column):  # (only a number is read as seconds)
                    self._report(ctx, call.site, column, what)
            elif call.name == "types.StructField" and len(node.args) >= 2 and is_timestamp_type(node.args[1]):
                name = node.args[0]
                if isinstance(name, ast.Constant) and isinstance(name.value, str) and _is_millis(name.value) \
                        and reads_json(calls):
                    self._report(ctx, call.site, name.value, "a TIMESTAMP field of a JSON schema", DECLARE_LONG)
                    continue
            if column is None and call.name in (FUNCTIONS_MODULE + ".from_json", "schema") and reads_json(calls):
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
                    for function, column, steps in sql_conversions(arg.value):
                        if steps == 0 and _is_millis(column) and (function == "cast" or FUNCTION_UNITS[function] == "s"):
                            frames = frames if frames is not None else frames_around(calls)
                            if not may_be_number(frames.get(id(arg)), column):
                                continue  # (a column of text is read as a date and time, not as seconds: review h107)
                            what = "CAST(… AS TIMESTAMP)" if function == "cast" else f"{function}()"
                            self._report(ctx, Site(call.site.fence, arg), column, what)

    @staticmethod
    def _report(ctx: RuleContext, site: Site, column: str | None, what: str, fix: str = "") -> None:
        ctx.report(
            *site.range(),
            f"`{column}` holds milliseconds by its name, and {what} reads seconds: the times land tens of "
            f"thousands of years ahead (no error); "
            + (fix.format(column=column) or f"use timestamp_millis(`{column}`) or divide by 1000"),
        )


def _given_other_values(calls) -> set[str]:
    """The columns (lower case) the lesson gives a value of its own under their name with
    `withColumn(name, …)`, other than the column as it is (`col("ts_ms") / 1000`, a cast to
    timestamp): their name no longer says what unit they hold."""
    names: set[str] = set()
    for call in calls:
        node = call.site.node
        if call.name == "withColumn" and isinstance(node, ast.Call) and len(node.args) == 2 \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            name = node.args[0].value
            if column_of(node.args[1]) != (name, 0):
                names.add(name.lower())
    return names
