from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, keys_text, spark_raises, stream_starts

APPEND_WITHOUT_WATERMARK = (
    "[STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION] Invalid streaming output mode: append. This output mode is "
    "not supported for streaming aggregations without watermark on streaming DataFrames/DataSets."
)
# An aggregation the optimizer makes (values.Aggregation.planned): checked when the first batch is planned.
PLANNED_APPEND_WITHOUT_WATERMARK = (
    "[UNSUPPORTED_STREAMING_OPERATOR_WITHOUT_WATERMARK] Append output mode not supported for aggregations on "
    "streaming DataFrames/DataSets without watermark."
)


class AggregationAppendWithoutWatermark(Rule):
    """A streaming aggregation written in append mode with no watermark at all.

    ## What it does
    Follows each streaming query from `readStream` to `start()`/`toTable()` and
    reports an aggregation (`groupBy(...).agg(...)`, `count()`, an aggregate in
    `select`) written in `append` output mode — the default when `outputMode` is not
    called — when the plan has no `withWatermark` at all. Reported at `start()`,
    where Spark raises. A stream less a batch frame (`subtract`, `exceptAll`, SQL
    `EXCEPT`) is one too: Spark's optimizer makes it an anti-join and a DISTINCT, and
    the query fails at its first batch with
    `[UNSUPPORTED_STREAMING_OPERATOR_WITHOUT_WATERMARK]`.

    ## Why is this bad
    In append mode Spark writes each aggregate once, when it is final; without a
    watermark on a grouping column nothing is ever final. Spark's unsupported-operation
    checker refuses the query when it starts:
    `AnalysisException: [STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION] Invalid streaming
    output mode: append. This output mode is not supported for streaming aggregations
    without watermark on streaming DataFrames/DataSets.`

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = events.groupBy(window("timestamp", "10 seconds")).count()
    query = counts.writeStream.outputMode("append").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(window("timestamp", "10 seconds"))
        .count()
    )
    query = counts.writeStream.outputMode("append").format("console").start()
    ```
    ````
    """

    code = "SPK001"
    name = "streaming-aggregation-append-without-watermark"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            frame = start.frame
            if start.output_mode != "append" or frame.opaque:
                continue
            # An aggregation the query writes is checked at start(); one the optimizer makes (a
            # stream less a batch frame), at the first batch, whatever watermark comes after it.
            written = [] if frame.watermarks else [a for a in frame.aggregations if a.watermarked is False]
            planned = [a for a in frame.planned_aggregations if a.watermarked is False]
            if written and start.site.caught:
                continue  # the lesson catches the AnalysisException start() raises
            if written:
                aggregation, when, text = written[0], "at start()", APPEND_WITHOUT_WATERMARK
            elif planned:
                aggregation, when, text = planned[0], "at its first batch", PLANNED_APPEND_WITHOUT_WATERMARK
            else:
                continue
            ctx.report(
                *start.site.range(),
                f"this query writes the aggregation at {describe(aggregation.site)} (grouped by "
                f"{keys_text(aggregation.keys)}) in append mode without any watermark; Spark refuses it "
                f"{when} — {spark_raises(text)}",
            )
