from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import conf_is_false, analyze, describe, refused_at_start, runnable_starts, spark_raises

REDEFINED = ("Redefining watermark is disallowed. You can set the config "
             "'spark.sql.streaming.statefulOperator.allowMultiple' to 'false' to restore the previous behavior. "
             "Note that multiple stateful operators will be disallowed.")


ALLOW_MULTIPLE = "spark.sql.streaming.statefulOperator.allowMultiple"


class WatermarkRedefined(Rule):
    """A `withWatermark` on a stream that already has a watermark.

    ## What it does
    Reports a started streaming query whose stream gets `withWatermark` a second time: on
    a frame that has one already (on the same column or another one, also after a
    deduplication or a stream-stream join), after a `union` of watermarked inputs, or after
    a helper function that returns a watermarked stream. Reported at `start()`, with the
    line of the second watermark. A watermark after an aggregation is reported when the
    query writes in update or complete mode; in append mode it starts a chain of stateful
    operators, which Spark allows. Where Spark refuses the query at `start()` already (the
    second watermark on another column takes the first column's away, SPK002), that is
    reported instead.

    ## Why is this bad
    Spark accepts the query at `start()` and stops it at the first batch after the watermark
    has moved past its start (at once with real event times; a source whose times start at
    1970, such as `rate-micro-batch` without `startTimestamp`, runs longer): `Redefining
    watermark is disallowed. You can set the config
    'spark.sql.streaming.statefulOperator.allowMultiple' to 'false' to restore the previous
    behavior. Note that multiple stateful operators will be disallowed.` The delay of the
    second call is what the author meant; the first one, often in a shared reader
    function, is forgotten.

    ## Example
    ````mdx
    ```python
    events = (spark.readStream.format("rate").load()
              .withWatermark("timestamp", "10 seconds")
              .withWatermark("timestamp", "2 seconds"))
    query = events.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").load().withWatermark("timestamp", "2 seconds")
    query = events.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK044"
    name = "watermark-redefined"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in runnable_starts(analyze(doc)):
            frame = start.frame
            if not frame.redefined_watermarks or frame.opaque or refused_at_start(start):
                continue
            if conf_is_false(start, ALLOW_MULTIPLE):
                continue  # the earlier behaviour, which Spark's message offers: the last watermark wins
            if any(mark.column is None for mark in frame.watermarks):
                continue
            if start.output_mode in ("append", None) and any(a.watermarked is False for a in frame.aggregations):
                continue  # refused at start() first (SPK002)
            redefined = [mark for mark in frame.redefined_watermarks
                         if not (mark.after_aggregation and start.output_mode in ("append", None))]
            if not redefined:
                continue  # a watermark after an aggregation written in append mode starts a chain
            again = redefined[0]
            earlier = [mark for mark in frame.watermarks if mark.step < again.step and mark.site != again.site]
            first = earlier[-1] if earlier else next((mark for mark in frame.watermarks if mark.site != again.site), frame.watermarks[0])
            between = (f", after an aggregation written in {start.output_mode} mode (a watermark may follow an "
                       f"aggregation in append mode only)" if again.after_aggregation else "")
            ctx.report(
                *start.site.range(),
                f"the watermark on `{again.column}` at {describe(again.site)} is set on a stream that already has "
                f"one on `{first.column}` (from {describe(first.site)}){between}; Spark starts the query and fails "
                f"once the watermark has moved — {spark_raises(REDEFINED)}",
            )
