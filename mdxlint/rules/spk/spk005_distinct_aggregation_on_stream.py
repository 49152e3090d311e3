from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, spark_raises, stream_starts, uncaught

DISTINCT_AGGREGATION = (
    "Distinct aggregations are not supported on streaming DataFrames/Datasets. Consider using "
    "approx_count_distinct() instead."
)


class DistinctAggregationOnStream(Rule):
    """`countDistinct` / `count_distinct` / `sum_distinct` in a streaming aggregation.

    ## What it does
    Reports distinct aggregates (`countDistinct`, `count_distinct`, `sum_distinct`,
    `count(DISTINCT …)` in SQL text) in an aggregation over a streaming frame. When the
    query is started in the lesson the finding is at `start()`, where Spark raises;
    when the frame is only built (a helper that applies `withWatermark` to its
    argument, say) it is at the distinct aggregate.

    ## Why is this bad
    Spark cannot keep exact distinct sets in streaming state and refuses the query
    at start: `AnalysisException: Distinct aggregations are not supported on streaming
    DataFrames/Datasets. Consider using approx_count_distinct() instead.`

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import countDistinct, window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(window("timestamp", "10 seconds"))
        .agg(countDistinct("value").alias("unique_values"))
    )
    query = unique.writeStream.outputMode("update").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import approx_count_distinct, window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = (
        events.withWatermark("timestamp", "10 seconds")
        .groupBy(window("timestamp", "10 seconds"))
        .agg(approx_count_distinct("value").alias("unique_values"))
    )
    query = unique.writeStream.outputMode("update").format("console").start()
    ```
    ````
    """

    code = "SPK005"
    name = "distinct-aggregation-on-stream"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        started: set[int] = set()
        for start in uncaught(stream_starts(analysis)):
            for aggregation in start.frame.aggregations:
                started.add(id(aggregation.site.node))
                if aggregation.distinct:
                    ctx.report(
                        *start.site.range(),
                        f"the streaming aggregation at {describe(aggregation.site)} uses a distinct aggregate "
                        f"({describe(aggregation.distinct[0])}); Spark refuses the query at start() — "
                        f"{spark_raises(DISTINCT_AGGREGATION)}",
                    )
                    break
        reported: set[int] = set()
        for aggregation, frame in analysis.aggregations:
            if id(aggregation.site.node) in started:
                continue
            for site in aggregation.distinct:
                if id(site.node) in reported:
                    continue
                reported.add(id(site.node))
                why = f" (taken for a stream because of the {frame.inferred})" if frame.inferred else ""
                ctx.report(
                    *site.range(),
                    f"distinct aggregate in an aggregation over a streaming frame{why}; a query on it fails at "
                    f"start() — {spark_raises(DISTINCT_AGGREGATION)}",
                )
