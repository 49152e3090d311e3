from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises


class WatermarkNotTimestamp(Rule):
    """`withWatermark` on a column that is not a timestamp (a Debezium `ts_ms` long, a string, a date, Kafka's `offset`), or `window()` over a number.

    ## What it does
    Follows column types where the lesson shows them — the Kafka and rate sources,
    `StructType` schemas and DDL strings given to `from_json`, `cast(...)`,
    `to_timestamp(...)` and friends, `select`/`withColumn`/`selectExpr` — and reports
    `withWatermark` on a column whose type is known and is not a timestamp (on a stream:
    on a batch frame Spark drops the watermark without checking its column), and
    `window()`/`session_window()` (also in SQL text: `selectExpr`, `expr`, `spark.sql`)
    over a column of a type Spark does not cast to one (a
    number, or a struct that is not a window's `start`/`end`; a string or a date is cast).

    ## Why is this bad
    Event time must be a timestamp. Spark refuses the watermark when the frame is
    defined: `AnalysisException: [EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE] The event time
    `ts_ms` has the invalid type "BIGINT", but expected "TIMESTAMP".` Debezium's
    `ts_ms` is milliseconds since the epoch: convert it first, for example
    `timestamp_millis(col("ts_ms"))` or `(col("ts_ms") / 1000).cast("timestamp")`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col, from_json

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    changes = events.select(
        from_json(col("value").cast("string"), "op STRING, ts_ms BIGINT").alias("change")
    ).select("change.*")
    timed = changes.withWatermark("ts_ms", "10 seconds")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, from_json, timestamp_millis

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    changes = events.select(
        from_json(col("value").cast("string"), "op STRING, ts_ms BIGINT").alias("change")
    ).select("change.*")
    timed = changes.withColumn("event_time", timestamp_millis(col("ts_ms"))).withWatermark("event_time", "10 seconds")
    ```
    ````
    """

    code = "SPK032"
    name = "watermark-not-timestamp"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        nested = {(site.range(), path) for site, path in analysis.nested_watermarks}
        for site, column, column_type in analysis.bad_watermarks:
            if (site.range(), column) in nested:
                continue  # a field inside a struct: Spark fails on that first (SPK050), whatever its type
            ctx.report(
                *site.range(),
                f"`{column}` is {column_type.name.upper()}, not a timestamp, and a watermark needs event time; "
                + spark_raises(f"[EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE] The event time `{column}` has the invalid type"),
            )
        for site, function, column, column_type in analyze(doc).bad_windows:
            shown = "sessionwindow" if function == "session_window" else "window"  # Spark's name in its message
            ctx.report(
                *site.range(),
                f"`{column}` is {column_type.name.upper()}, and {function}() needs a timestamp column ("
                + ("a struct only when it is a window's, with the fields `start` and `end`" if column_type.name == "struct"
                   else "Spark casts a string or a date, not a number") + "); "
                + spark_raises(f'[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "{shown}({column}'),
            )
