from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, session_window_key, spark_raises, stream_starts

GLOBAL_SESSION_WINDOW = "Global aggregation with session window in streaming query is not supported."


class SessionWindowWithoutKey(Rule):
    """A streaming aggregation grouped by a `session_window` and nothing else.

    ## What it does
    Reports a started streaming query whose aggregation groups by a
    `session_window(...)` alone (in `groupBy` or in `spark.sql` text).

    ## Why is this bad
    A session is a burst of activity of one key: a user, a device, an order. Without
    such a key every event belongs to one global session, which Spark does not run on
    a stream. The query starts, then fails on its first batch with
    `StreamingQueryException: … Global aggregation with session window in streaming
    query is not supported.` Group by the key as well.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import session_window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    sessions = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(session_window("timestamp", "5 seconds"))
        .count()
    )
    query = sessions.writeStream.outputMode("append").format("console").start()
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

    code = "SPK035"
    name = "session-window-without-key"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.output_mode == "update":
                continue  # refused at start() for that already (SPK033)
            for aggregation in start.frame.aggregations:
                found = session_window_key(aggregation)
                if found is not None and len(aggregation.keys) == 1 and found[0].known:
                    _, where = found
                    ctx.report(
                        *start.site.range(),
                        f"the aggregation at {where} groups by a session window alone; the query starts, then fails on "
                        f"its first batch with StreamingQueryException — {spark_raises(GLOBAL_SESSION_WINDOW)}",
                    )
                    break
