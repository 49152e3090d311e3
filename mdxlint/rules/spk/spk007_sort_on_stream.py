import ast

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import conf_is_false, analyze, describe, spark_raises, stream_starts, uncaught

SORT_ON_STREAM = (
    "Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated DataFrame/Dataset in "
    "Complete output mode"
)


UNSUPPORTED_CHECK = "spark.sql.streaming.unsupportedOperationCheck"


class SortOnStream(Rule):
    """A sort of a stream (`orderBy`, `sort`, `sortWithinPartitions`), other than of an aggregation in complete mode.

    ## What it does
    Reports a started streaming query whose plan sorts (`orderBy`, `sort`, also
    `sortWithinPartitions`, and `randomSplit`, which sorts each partition so that its
    splits never overlap: Spark refuses every sort of a stream, checked on PySpark 4.1)
    rows that are not the result of an aggregation, or sorts in append or update mode.
    Reported at `start()`, where Spark raises.

    ## Why is this bad
    A global sort of an unbounded stream is impossible; Spark refuses it at start:
    `AnalysisException: Sorting is not supported on streaming DataFrames/Datasets,
    unless it is on aggregated DataFrame/Dataset in Complete output mode;` Sort the
    aggregated result in complete mode, or sort each micro-batch in `foreachBatch`.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    ordered = events.orderBy("value")
    query = ordered.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    totals = events.groupBy((events.value % 10).alias("bucket")).count().orderBy("bucket")
    query = totals.writeStream.outputMode("complete").format("console").start()
    ```
    ````
    """

    code = "SPK007"
    name = "sort-on-stream"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in uncaught(stream_starts(analyze(doc))):
            if conf_is_false(start, UNSUPPORTED_CHECK):
                continue  # Spark's unsupported-operation check is turned off
            for site, after_aggregation in start.frame.sorts:
                if after_aggregation and start.output_mode in ("complete", None):
                    continue
                why = "is not on an aggregated frame" if not after_aggregation else f"is in {start.output_mode} mode"
                node = site.node
                what = "the sort" if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                                          and node.func.attr == "randomSplit") else "the sort `randomSplit()` makes"
                ctx.report(
                    *start.site.range(),
                    f"{what} at {describe(site)} {why}; Spark refuses the query at start() — "
                    f"{spark_raises(SORT_ON_STREAM)}",
                )
                break
