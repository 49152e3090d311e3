from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, spark_raises, stream_starts

WITHIN_WATERMARK = "dropDuplicatesWithinWatermark is not supported on streaming DataFrames/DataSets without watermark"
WITHIN_WATERMARK_BATCH = "dropDuplicatesWithinWatermark is not supported with batch DataFrames/DataSets"


class DedupWithinWatermarkWithoutWatermark(Rule):
    """`dropDuplicatesWithinWatermark` on a stream with no watermark.

    ## What it does
    Reports a started streaming query that calls `dropDuplicatesWithinWatermark`
    (PySpark 3.5+) when no `withWatermark` comes before it (or a projection dropped the
    watermarked column), and the method called on a batch frame, such as the one a
    `foreachBatch` function receives.

    ## Why is this bad
    The method removes duplicates only while they arrive within the watermark delay;
    without a watermark it has no delay to use and Spark refuses the query at start:
    `AnalysisException: dropDuplicatesWithinWatermark is not supported on streaming
    DataFrames/DataSets without watermark;`

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = events.dropDuplicatesWithinWatermark(["value"])
    query = unique.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = events.withWatermark("timestamp", "10 seconds").dropDuplicatesWithinWatermark(["value"])
    query = unique.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK024"
    name = "dedup-within-watermark-without-watermark"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        for site, inside in analysis.batch_dedups_within_watermark:
            which = "the frame foreachBatch passes is a batch" if inside == "foreachBatch" else "this frame is a batch"
            ctx.report(*site.range(), f"dropDuplicatesWithinWatermark runs on streams only and {which}; Spark refuses it "
                       f"when the batch runs — {spark_raises(WITHIN_WATERMARK_BATCH)}")
        for start in stream_starts(analysis):
            for dedup in start.frame.dedups:
                if dedup.method == "dropDuplicatesWithinWatermark" and not dedup.watermark_before:
                    ctx.report(
                        *start.site.range(),
                        f"the dropDuplicatesWithinWatermark at {describe(dedup.site)} has no watermarked column in its input; "
                        f"{spark_raises(WITHIN_WATERMARK)}",
                    )
                    break
