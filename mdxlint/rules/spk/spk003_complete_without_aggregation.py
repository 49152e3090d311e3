from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import COMPLETE_WITHOUT_AGGREGATION, analyze, spark_raises, stream_starts, uncaught


class CompleteWithoutAggregation(Rule):
    """`outputMode("complete")` on a streaming query without an aggregation.

    ## What it does
    Reports a streaming query written in `complete` output mode whose plan has no
    aggregation. Reported at `start()`, where Spark raises.

    ## Why is this bad
    Complete mode rewrites the whole result table on every trigger, which Spark
    allows only for aggregations (their result is bounded by the number of groups).
    Without one, the query fails at start with
    `AnalysisException: [STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION] Invalid streaming
    output mode: complete. This output mode is not supported for no streaming
    aggregations on streaming DataFrames/DataSets.` Use `append` (or `update`, which
    behaves like append without an aggregation).

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    even = events.filter(col("value") % 2 == 0)
    query = even.writeStream.outputMode("complete").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    even = events.filter(col("value") % 2 == 0)
    query = even.writeStream.outputMode("append").format("console").start()
    ```
    ````
    """

    code = "SPK003"
    name = "complete-mode-without-aggregation"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in uncaught(stream_starts(analyze(doc))):
            frame = start.frame
            if start.output_mode != "complete" or frame.opaque or frame.aggregations or frame.stateful:
                continue
            ctx.report(
                *start.site.range(),
                "complete output mode needs a streaming aggregation and this query has none; Spark refuses it at "
                f"start() — {spark_raises(COMPLETE_WITHOUT_AGGREGATION)}",
            )
