from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, keys_text, refused_at_start, runnable_starts


class UnboundedAggregationState(Rule):
    """A streaming aggregation in update mode with no watermark: Spark accepts it and keeps every group forever.

    ## What it does
    Reports a started streaming query in `update` output mode that aggregates without
    any `withWatermark` in its plan. (Complete mode keeps all groups by design and is
    not reported; append mode without a watermark is an error, SPK001.)

    ## Why is this bad
    Spark accepts the query, but without a watermark it can never decide that a group
    is finished: the state store keeps every key (every window, every customer) for
    the life of the query, and memory and checkpoint size grow without bound. Add
    `withWatermark` on the event-time column the aggregation groups or windows by.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = events.groupBy(window("timestamp", "1 second")).count()
    query = counts.writeStream.outputMode("update").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = (
        events.withWatermark("timestamp", "2 seconds")
        .groupBy(window("timestamp", "1 second"))
        .count()
    )
    query = counts.writeStream.outputMode("update").format("console").start()
    ```
    ````
    """

    code = "SPK022"
    name = "unbounded-aggregation-state"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        # A window over a column of the wrong type: Spark refuses the grouping itself (SPK032).
        refused_keys = {site for site, *_ in analysis.bad_windows}
        for start in runnable_starts(analysis):
            frame = start.frame
            # The aggregations the query writes, then those the optimizer makes (a stream less a batch
            # frame), which no watermark after them bounds.
            aggregations = [*(() if frame.watermarks else frame.aggregations),
                            *(a for a in frame.planned_aggregations if a.watermarked is False)]
            if start.output_mode != "update" or frame.opaque or not aggregations:
                continue
            aggregation = aggregations[0]
            if any(key.site in refused_keys for key in aggregation.keys):
                continue
            if not aggregation.keys:
                continue  # a global aggregation (`groupBy().count()`): its state is one row
            ctx.report(
                *start.site.range(),
                f"the aggregation at {describe(aggregation.site)} (grouped by {keys_text(aggregation.keys)}) has no "
                + ("watermark: in update mode its state keeps every group forever" if refused_at_start(start)  # refused for another reason
                   else "watermark: Spark accepts it in update mode, but its state keeps every group forever"),
            )
