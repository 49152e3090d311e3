from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, refused_at_start, runnable_starts, spark_raises

REDEFINED = ("Redefining watermark is disallowed. You can set the config "
             "'spark.sql.streaming.statefulOperator.allowMultiple' to 'false' to restore the previous behavior. "
             "Note that multiple stateful operators will be disallowed.")


class WatermarkRedefined(Rule):
    """A `withWatermark` on a stream that already has a watermark on the same column.

    ## What it does
    Reports a started streaming query whose stream gets `withWatermark` a second time: on
    a frame that has one already, after a `union` of watermarked inputs, or after a helper
    function that returns a watermarked stream. Reported at `start()`, with the line of the
    second watermark. Only watermarks on one and the same column are judged: a second
    watermark on another column also takes the first column's watermark away, which
    changes what Spark refuses when the query starts (SPK001, SPK002).

    ## Why is this bad
    Spark accepts the query at `start()` and stops it at its first batch: `Redefining
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
            columns = {mark.column for mark in frame.watermarks}
            if len(columns) != 1 or None in columns:
                continue  # another column: Spark's start() checks read the watermarks differently
            if start.output_mode in ("append", None) and any(a.watermarked is False for a in frame.aggregations):
                continue  # refused at start() first (SPK002)
            again = frame.redefined_watermarks[0]
            first = next(mark for mark in frame.watermarks if mark.site != again.site)
            ctx.report(
                *start.site.range(),
                f"the watermark at {describe(again.site)} is defined again on a stream that has one on "
                f"`{again.column}` (from {describe(first.site)}); Spark starts the query and fails at its first "
                f"batch — {spark_raises(REDEFINED)}",
            )
