import ast

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FUNCTIONS_MODULE, Frame, Site, analyze, spark_raises
from mdxlint.analyzers.spark.epoch import (
    CHECKED_MULTIPLY, FUNCTION_UNITS, UNIT_WORDS, UNITS, column_of, frames_around, is_timestamp_type, may_be_number,
    name_unit, scaled_unit, sql_conversions,
)
from mdxlint.analyzers.spark.sql import SQL_TEXT_CALLS

OVERFLOW = "long overflow"
# What reads each unit (the advice).
_READER = {"s": "timestamp_seconds", "ms": "timestamp_millis", "us": "timestamp_micros"}


class EpochUnitMismatch(Rule):
    """An epoch number made a timestamp with a conversion for another unit (`ts_us` as milliseconds).

    ## What it does
    Reports `timestamp_seconds`, `timestamp_millis`, `timestamp_micros`, `from_unixtime`,
    `to_timestamp` and casts to timestamp over a column whose name says it holds epoch
    microseconds or nanoseconds (Debezium 2's `ts_us`, `ts_ns`, `commit_micros`), or
    milliseconds read as microseconds, in Python and in SQL text. A column divided by
    1000, 1000000 or 1e9 first counts in the unit that leaves (`col("ts_us") / 1000` is
    milliseconds). Milliseconds read as seconds are SPK041's.

    ## Why is this bad
    The timestamps are wrong by factors of 1000 with no error: `timestamp_millis` of
    microseconds lands in the year 55,840, `timestamp_micros` of milliseconds in January
    1970, a cast of microseconds at Spark's largest timestamp; windows, watermarks and
    joins then group or drop everything. Where the conversion multiplies into microseconds
    (`timestamp_seconds` of microseconds or nanoseconds, `timestamp_millis` of nanoseconds),
    a current time overflows and the job fails: `ArithmeticException: long overflow`
    (reported as an error).

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([(1700000000000000,)], ["ts_us"])
    events = changes.select(F.timestamp_millis("ts_us").alias("event_time"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([(1700000000000000,)], ["ts_us"])
    events = changes.select(F.timestamp_micros("ts_us").alias("event_time"))
    ```
    ````
    """

    code = "SPK046"
    name = "epoch-unit-mismatch"
    severity = Severity.WARNING
    severities = (Severity.WARNING, Severity.ERROR)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        calls = analyze(doc).calls
        frames: dict[int, Frame] | None = None
        for call in calls:
            node = call.site.node
            if not isinstance(node, ast.Call):
                continue
            if call.name in SQL_TEXT_CALLS:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        for function, column, steps in sql_conversions(arg.value):
                            self._judge(ctx, Site(call.site.fence, arg), function, column, steps)
                continue
            if call.name.startswith(FUNCTIONS_MODULE + "."):
                function = call.name.rsplit(".", 1)[1]
                argument = call.expression_of(node.args[0]) if len(node.args) == 1 else None
                if function not in FUNCTION_UNITS or argument is None:
                    continue
            elif call.name in ("cast", "astype") and isinstance(node.func, ast.Attribute) and node.args \
                    and is_timestamp_type(node.args[0]):
                function, argument = "cast", node.func.value
            else:
                continue
            column, steps = column_of(argument)
            if name_unit(column) is None:
                continue
            frames = frames if frames is not None else frames_around(calls)
            if may_be_number(frames.get(id(node)), column):
                self._judge(ctx, call.site, function, column, steps)

    @staticmethod
    def _judge(ctx: RuleContext, site: Site, function: str, column: str | None, steps: int) -> None:
        unit = name_unit(column)
        if unit is None:
            return
        held = scaled_unit(unit, steps)
        read = "s" if function == "cast" else FUNCTION_UNITS[function]
        if held is None or held == read or (unit == "ms" and steps == 0 and read == "s"):
            return  # (milliseconds read as seconds: SPK041)
        what = "a cast to timestamp" if function == "cast" else f"{function}()"
        holds = f"`{column}` holds {UNIT_WORDS[unit]} by its name" + (
            f", {UNIT_WORDS[held]} once divided" if steps > 0 else f", {UNIT_WORDS[held]} once multiplied" if steps < 0 else "")
        gap = UNITS.index(read) - UNITS.index(held)
        advice = f"use {_READER[held]}(`{column}`)" if held in _READER and steps == 0 else \
            f"convert {UNIT_WORDS[held]} with {_READER[held]}" if held in _READER else \
            "divide it by 1000 into a whole number (`cast('long')`) and use timestamp_micros"
        if function in CHECKED_MULTIPLY and gap >= 2:
            ctx.report(*site.range(), f"{holds}, and {what} reads {UNIT_WORDS[read]}: a current time overflows when "
                       f"Spark multiplies it into microseconds and the job fails — {spark_raises(OVERFLOW)}; {advice}",
                       severity=Severity.ERROR)
            return
        where = "tens of thousands of years ahead (or at Spark's largest timestamp)" if gap > 0 else "in 1970"
        ctx.report(*site.range(), f"{holds}, and {what} reads {UNIT_WORDS[read]}: the times land {where}, with no "
                   f"error; {advice}")
