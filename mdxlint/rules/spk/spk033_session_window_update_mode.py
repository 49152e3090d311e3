from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, session_window_key, spark_raises, stream_starts, uncaught

SESSION_WINDOW_UPDATE = (
    "Invalid streaming output mode: update. This output mode is not supported for session window streaming "
    "aggregations on streaming DataFrames/DataSets"
)


class SessionWindowUpdateMode(Rule):
    """A `session_window` aggregation written in update mode.

    ## What it does
    Reports a streaming query started with `outputMode("update")` whose plan
    aggregates by a `session_window(...)` (also in `spark.sql` text).

    ## Why is this bad
    A session closes only when the watermark passes its end plus the gap, and rows of
    an open session may still merge two sessions into one, so Spark does not emit
    sessions as they change. It refuses the query at `start()`:
    `AnalysisException: [STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION] Invalid streaming
    output mode: update. This output mode is not supported for session window
    streaming aggregations on streaming DataFrames/DataSets.` Write session windows
    in append mode (each session once, when it closes) or complete mode, and group
    by a key beside the session window: a session window alone (a global
    aggregation) fails on the first batch.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col, session_window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    sessions = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(session_window("timestamp", "5 seconds"), (col("value") % 3).alias("user"))
        .count()
    )
    query = sessions.writeStream.outputMode("update").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, session_window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    sessions = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(session_window("timestamp", "5 seconds"), (col("value") % 3).alias("user"))
        .count()
    )
    query = sessions.writeStream.outputMode("append").format("console").start()
    ```
    ````
    """

    code = "SPK033"
    name = "session-window-update-mode"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in uncaught(stream_starts(analyze(doc))):
            if start.output_mode != "update":
                continue
            for aggregation in start.frame.aggregations:
                found = session_window_key(aggregation)
                if found is None:
                    continue
                _, where = found
                ctx.report(
                    *start.site.range(),
                    f"the session window at {where} is aggregated in update mode; Spark refuses the query at start() — "
                    f"{spark_raises(SESSION_WINDOW_UPDATE)}",
                )
                break
