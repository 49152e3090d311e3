from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document

_SHOWN = {"timestamp": "TIMESTAMP", "timestamp_ntz": "TIMESTAMP_NTZ", "date": "DATE"}
# An order value of numbers for each type (checked on PySpark 4.1: a DATE or a TIMESTAMP_NTZ cast to
# BIGINT is refused, [DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION]; held-out h125).
_NUMERIC_ORDER = {
    "timestamp": "order by the epoch seconds (`.cast(\"long\")`)",
    "timestamp_ntz": "order by the epoch seconds (`F.unix_seconds(F.col(…).cast(\"timestamp\"))`)",
    "date": "order by the days since the epoch (`F.unix_date(…)`, bounds in days)",
}


class RangeFrameRefused(Rule):
    """A RANGE window frame with a number for a bound over a timestamp, or over several order columns.

    ## What it does
    Reports a window function written in a projection (`select`, `withColumn`…) whose window
    spec has a `rangeBetween` frame with a number for a bound (`rangeBetween(-3600, 0)`; not
    `Window.unboundedPreceding` and `Window.currentRow` alone) when the spec is ordered by a
    `TIMESTAMP` or `DATE` column the lesson shows the type of, or by more than one expression;
    a `rangeBetween` frame other than the whole partition on a window with no `orderBy`; and a
    frame, `rowsBetween` or `rangeBetween`, whose bounds are numbers in reverse order
    (`rowsBetween(1, -1)`).
    A call inside a `try` whose `except` catches `AnalysisException` is not reported; one in a
    function the lesson never calls is a warning.

    ## Why is this bad
    A RANGE frame's bounds are offsets added to the order value, so they must have its type:
    the numbers PySpark passes are BIGINT, which a timestamp cannot be offset by, and with two
    order columns there is no single value to offset. Spark refuses the projection when it
    analyses it: `AnalysisException: [DATATYPE_MISMATCH.RANGE_FRAME_INVALID_TYPE] … The data
    type "TIMESTAMP" used in the order specification does not support the data type "BIGINT"
    which is used in the range frame.` (or `[DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER]`). To
    cover the last hour of events, order by the epoch seconds
    (`F.col("ts").cast("long")`) and keep `rangeBetween(-3600, 0)`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import Window, functions as F
    events = spark.createDataFrame([(1, 5.0)], "id INT, amount DOUBLE").withColumn("ts", F.current_timestamp())
    last_hour = Window.partitionBy("id").orderBy("ts").rangeBetween(-3600, 0)
    totals = events.withColumn("hour_total", F.sum("amount").over(last_hour))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import Window, functions as F
    events = spark.createDataFrame([(1, 5.0)], "id INT, amount DOUBLE").withColumn("ts", F.current_timestamp())
    last_hour = Window.partitionBy("id").orderBy(F.col("ts").cast("long")).rangeBetween(-3600, 0)
    totals = events.withColumn("hour_total", F.sum("amount").over(last_hour))
    ```
    ````
    """

    code = "SPK074"
    name = "range-frame-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, kind, type_name in not_caught(analyze(doc).range_frames_refused):
            if kind == "reversed":
                text = (f"this {type_name} frame ends before it starts: its first bound is past its second; write the "
                        "earlier bound first; " + spark_raises("[DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON]"))
            elif kind == "unordered":
                text = ("a RANGE frame counts from each row's order value, and this window has no `orderBy`: order it, "
                        "or use `rowsBetween`; " + spark_raises("[DATATYPE_MISMATCH.RANGE_FRAME_WITHOUT_ORDER]"))
            elif kind == "multi":
                text = ("a RANGE frame with a number for a bound needs one order expression, and this window is ordered "
                        "by several; " + spark_raises("[DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER]"))
            else:
                shown = _SHOWN[type_name]
                text = (f"this window is ordered by a {shown} column and its RANGE frame has a number for a bound (a BIGINT "
                        f"offset); {_NUMERIC_ORDER[type_name]} to keep numeric bounds; " + spark_raises(
                            f'The data type "{shown}" used in the order specification does not support the data type '
                            f'"BIGINT" which is used in the range frame.'))
            report_when_called(ctx, site, text)
