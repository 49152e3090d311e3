from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import conf_is_false, analyze, describe, spark_raises, runnable_starts, uncaught

LIMIT_IN_UPDATE = "Limits are not supported on streaming DataFrames/Datasets in Update output mode"


UNSUPPORTED_CHECK = "spark.sql.streaming.unsupportedOperationCheck"


class LimitInUpdateMode(Rule):
    """`limit(n)` in a streaming query written in update mode.

    ## What it does
    Reports a started streaming query in `update` output mode whose plan has a
    `limit()`. Reported at `start()`, where Spark raises. (Spark accepts `limit` in
    append and complete mode; the Structured Streaming guide still lists it as
    unsupported, which is out of date.)

    ## Why is this bad
    Spark refuses the query at start: `AnalysisException: Limits are not supported on
    streaming DataFrames/Datasets in Update output mode;` For a top-N of an
    aggregation use complete mode.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    top = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(window("timestamp", "10 seconds"))
        .count()
        .limit(3)
    )
    query = top.writeStream.outputMode("update").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    top = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(window("timestamp", "10 seconds"))
        .count()
        .limit(3)
    )
    query = top.writeStream.outputMode("complete").format("console").start()
    ```
    ````
    """

    code = "SPK008"
    name = "limit-in-update-mode"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in uncaught(runnable_starts(analyze(doc))):
            if conf_is_false(start, UNSUPPORTED_CHECK):
                continue  # Spark's unsupported-operation check is turned off
            if start.output_mode == "update" and start.frame.limits:
                ctx.report(
                    *start.site.range(),
                    f"the limit at {describe(start.frame.limits[0])} is in update mode; Spark refuses the query at "
                    f"start() — {spark_raises(LIMIT_IN_UPDATE)}",
                )
