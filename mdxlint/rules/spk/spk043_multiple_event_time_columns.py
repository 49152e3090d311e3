from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, spark_raises, stream_starts
from mdxlint.analyzers.spark.facts import multiple_event_times
from mdxlint.rules.spk.spk010_unsupported_stream_join import refused_join

MULTIPLE_EVENT_TIMES = ("More than one event time columns are available. Please ensure there is at most one event time "
                        "column per stream.")


class MultipleEventTimeColumns(Rule):
    """A stream-stream join, deduplication or aggregation over a stream that carries two event-time columns.

    ## What it does
    Reports a started streaming query in which a stream-stream join or a deduplication
    (`dropDuplicates`, `distinct`, `dropDuplicatesWithinWatermark`) reads a stream with two
    watermarked columns: the output of an earlier stream-stream join of two watermarked
    inputs that still holds both inputs' watermarked columns (a chain of stream-stream joins,
    or a join followed by deduplication), or a stream with a copy of its watermarked column
    made after `withWatermark` (`withColumn("event_time", col("timestamp"))`, a
    `window("timestamp", …)` kept as a column), which carries the watermark too. A
    stateful function (`applyInPandasWithState`, `transformWithStateInPandas`…) is given
    every column of its input: two event-time columns there are reported whatever it reads. Spark drops the columns nothing reads before it plans the query, so the
    operator is reported only when both columns reach the query's output (for `spark.sql` text:
    when its select list, WHERE or join conditions read them). An aggregation is reported when
    its grouping keys read both columns (`groupBy("ts", "paid_at")`, `window("ts", …)` and
    `paid_at`); with one of them among its keys Spark takes that one.

    ## Why is this bad
    A join keeps each input's watermarked column with its watermark, so its output has two
    event-time columns. The next join or deduplication needs one event time per input to
    purge its state by; Spark accepts the query at `start()` and stops it when it plans the
    first batch: `More than one event time columns are available. Please ensure there is at
    most one event time column per stream.`

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col, expr

    orders = (spark.readStream.format("rate").load()
              .select(col("value").alias("id"), col("timestamp").alias("ts")).withWatermark("ts", "10 seconds"))
    payments = (spark.readStream.format("rate").load()
                .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
                .withWatermark("paid_at", "10 seconds"))
    paid = orders.join(payments, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 MINUTES"))
    query = paid.dropDuplicatesWithinWatermark(["id"]).writeStream.format("console").start()
    ```
    ````

    ## Use instead
    Keep one event-time column after the join:
    ````mdx
    ```python
    from pyspark.sql.functions import col, expr

    orders = (spark.readStream.format("rate").load()
              .select(col("value").alias("id"), col("timestamp").alias("ts")).withWatermark("ts", "10 seconds"))
    payments = (spark.readStream.format("rate").load()
                .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
                .withWatermark("paid_at", "10 seconds"))
    paid = orders.join(payments, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 MINUTES"))
    query = paid.select("id", "ts").dropDuplicatesWithinWatermark(["id"]).writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK043"
    name = "multiple-event-time-columns"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = ctx.settings.spark.version
        for start in stream_starts(analyze(doc)):
            if refused_join(start, version):
                continue  # refused when the query starts (SPK010)
            for what, site, columns in multiple_event_times(start.frame)[:1]:
                named = ", ".join(f"`{column}`" + (" of both inputs" if columns.count(column) > 1 else "")
                                  for column in dict.fromkeys(columns))
                joined = any(join.left_streaming and join.right_streaming and join.left_watermarks and join.right_watermarks
                             for join in start.frame.joins)
                origin = "kept from a stream-stream join" if joined else \
                    "a column computed from the watermarked one after withWatermark carries its watermark too"
                ctx.report(
                    *start.site.range(),
                    f"the {what} at {describe(site)} reads a stream with more than one event-time column ({named}, "
                    f"{origin}); Spark stops the query when it plans the first batch — "
                    f"{spark_raises(MULTIPLE_EVENT_TIMES)}",
                )
