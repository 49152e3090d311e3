from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, correctness_checked, describe, spark_raises, stream_starts, uncaught

GLOBAL_WATERMARK = "Detected pattern of possible 'correctness' issue due to global watermark."


class ChainedAggregations(Rule):
    """Two chained streaming aggregations (or a deduplication after one) written in update or complete mode.

    ## What it does
    Reports a started streaming query in `update` or `complete` output mode whose
    plan aggregates the result of another aggregation (`groupBy(...).count()` and then
    `groupBy("count").count()`, say), or, in a query with a watermark, deduplicates it on an
    event-time column (`dropDuplicates(["window"])`, `dropDuplicates()` and `distinct()` over a
    result that keeps the window, any `dropDuplicatesWithinWatermark`). Reported at `start()`. A
    deduplication on other columns only (`dropDuplicates(["partition"])`) is no stateful
    operation to this check, and Spark runs it.

    ## Why is this bad
    The first aggregation can emit rows older than the watermark, which the second
    would treat as late. Spark's global-watermark correctness check refuses the query
    at start: `AnalysisException: Detected pattern of possible 'correctness' issue due
    to global watermark. The query contains stateful operation which can emit rows
    older than the current watermark plus allowed late record delay, …` (it names the
    switch `spark.sql.streaming.statefulOperator.checkCorrectness.enabled`). Chained
    time-window aggregations with a watermark run in append mode (since Spark 3.5);
    other chains belong in `foreachBatch`.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    per_bucket = events.groupBy((events.value % 5).alias("bucket")).count()
    histogram = per_bucket.groupBy("count").count()
    query = histogram.writeStream.outputMode("complete").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import window, window_time

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    per_window = events.withWatermark("timestamp", "2 seconds").groupBy(window("timestamp", "2 seconds")).count()
    per_minute = per_window.groupBy(window(window_time("window"), "1 minute")).sum("count")
    query = per_minute.writeStream.outputMode("append").format("console").start()
    ```
    ````
    """

    code = "SPK029"
    name = "chained-aggregations"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in uncaught(stream_starts(analyze(doc))):
            aggregations = start.frame.aggregations
            if start.output_mode not in ("update", "complete"):
                continue
            if not correctness_checked(start):
                continue  # the session turned Spark's check off (or set what is not read)
            deduplicated = next((dedup for dedup in start.frame.dedups if dedup.after_aggregation is not None
                                 and _stateful_after_aggregation(dedup)), None)
            if len(aggregations) < 2 and deduplicated is not None and start.frame.watermarks:
                # (Spark's check runs where the query has a watermark)
                ctx.report(
                    *start.site.range(),
                    f"the {deduplicated.method} at {describe(deduplicated.site)} deduplicates the result of the "
                    f"aggregation at {describe(deduplicated.after_aggregation)} in {start.output_mode} mode; "
                    f"{spark_raises(GLOBAL_WATERMARK)}",
                )
                continue
            chained = sorted((aggregation for aggregation in aggregations if aggregation.after is not None),
                             key=lambda aggregation: aggregation.step)
            if not chained:
                continue  # (one aggregation, or several side by side: a union of aggregations runs)
            second = chained[0]
            what = (f"the pivot at {describe(second.after)} makes Spark plan two aggregations, one over the other,"
                    if second.pivot else
                    f"the aggregation at {describe(second.site)} aggregates the result of the one at {describe(second.after)}")
            ctx.report(*start.site.range(), f"{what} in {start.output_mode} mode; {spark_raises(GLOBAL_WATERMARK)}")


def _stateful_after_aggregation(dedup) -> bool:
    """Whether Spark's global-watermark check counts the deduplication as a stateful operation
    downstream of the aggregation: `dropDuplicatesWithinWatermark` always, `dropDuplicates` (and
    `distinct`) only with an event-time column among its keys (UnsupportedOperationChecker's
    isStatefulOperation; checked on PySpark 4.1: `dropDuplicates(["partition"])` after a windowed
    count runs in update and complete mode, held-out h98; `distinct()` is `dropDuplicates()` of
    every column there)."""
    if dedup.method == "dropDuplicatesWithinWatermark":
        return True
    if dedup.columns is None:
        return bool(dedup.watermark_columns)
    return bool(set(dedup.columns) & dedup.watermark_columns)
