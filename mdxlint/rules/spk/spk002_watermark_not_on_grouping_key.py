from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk.spk001_aggregation_append_without_watermark import APPEND_WITHOUT_WATERMARK
from mdxlint.analyzers.spark import analyze, describe, keys_text, refused_at_start, spark_raises, runnable_starts, uncaught


class WatermarkNotOnGroupingKey(Rule):
    """A watermark that the aggregation cannot use: on another column, or applied after it.

    ## What it does
    Reports a streaming aggregation whose plan has a `withWatermark`, but none of
    its grouping keys carries it: the watermark names a column the aggregation does
    not group by (directly or through `window()`), it is applied after the
    aggregation, or a step in between dropped it: a later input of a `union` (whose
    columns, and their watermarks, are its first input's), `withColumn`/`withColumns`
    computing the column anew under its name, `mapInPandas`/`mapInArrow` (whose output
    columns are new). A plain copy or rename (`alias`, `toDF`, `withColumnRenamed`) and
    a `window(…)` of the watermarked column keep it. In append mode this is an error (Spark refuses the query at
    `start()`); in update and complete mode Spark accepts the query and the rule is a
    warning.

    ## Why is this bad
    Spark uses a watermark for an aggregation only when `withWatermark` names the
    same event-time column the aggregation groups on (or windows over) and comes
    before it. Otherwise, in append mode, the checker raises
    `[STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION] Invalid streaming output mode:
    append. This output mode is not supported for streaming aggregations without
    watermark on streaming DataFrames/DataSets.`; in update mode the query runs and
    the watermark evicts nothing — the state keeps every group forever.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col, window

    events = (
        spark.readStream.format("rate").option("rowsPerSecond", 5).load()
        .withColumn("event_time", col("timestamp"))
    )
    counts = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(window("event_time", "10 seconds"))
        .count()
    )
    query = counts.writeStream.outputMode("append").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, window

    events = (
        spark.readStream.format("rate").option("rowsPerSecond", 5).load()
        .withColumn("event_time", col("timestamp"))
    )
    counts = (
        events.withWatermark("event_time", "10 seconds")
        .groupBy(window("event_time", "10 seconds"))
        .count()
    )
    query = counts.writeStream.outputMode("append").format("console").start()
    ```
    ````
    """

    code = "SPK002"
    name = "watermark-not-on-grouping-key"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in uncaught(runnable_starts(analyze(doc))):
            frame = start.frame
            if frame.opaque or not frame.watermarks or start.output_mode is None:
                continue
            for aggregation in frame.aggregations:
                if aggregation.watermarked is not False:
                    continue
                before = [w for w in frame.watermarks if w.step < aggregation.step]
                after = [w for w in frame.watermarks if w.step > aggregation.step]
                lost = {column: (site, how) for site, column, how in frame.lost_watermarks}
                if before and before[-1].column in lost:
                    site, how = lost[before[-1].column]
                    where = describe(site)
                    dropped = (
                        f"is set on a later input of the union at {where}, whose columns are its first input's"
                        if how == "union" else
                        f"is lost where `{before[-1].column}` is computed anew at {where}" if how == "replaced" else
                        f"does not pass `{how}` at {where}, whose output columns are new"
                    )
                    what = (
                        f"the watermark on `{before[-1].column}` ({describe(before[-1].site)}) {dropped}: the "
                        f"aggregation at {describe(aggregation.site)} ({keys_text(aggregation.keys)}) has no watermark"
                    )
                elif before:
                    what = (
                        f"the watermark on `{before[-1].column}` ({describe(before[-1].site)}) is not on a column the "
                        f"aggregation at {describe(aggregation.site)} groups by ({keys_text(aggregation.keys)})"
                    )
                else:
                    what = (
                        f"the watermark at {describe(after[0].site)} is applied after the aggregation at "
                        f"{describe(aggregation.site)}, which therefore has none"
                    )
                if start.output_mode == "append":
                    ctx.report(*start.site.range(), f"{what}; Spark refuses the query at start() — "
                               f"{spark_raises(APPEND_WITHOUT_WATERMARK)}")
                elif not frame.redefined_watermarks:  # (else the first batch fails: SPK044)
                    ctx.report(
                        *start.site.range(),
                        f"{what}; in {start.output_mode} mode "
                        + ("" if refused_at_start(start) else "Spark accepts the query but ")  # refused for another reason
                        + "the watermark evicts no aggregation state: every group is kept forever",
                        severity=Severity.WARNING,
                    )
                break
