from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, stream_starts

NON_TIME_WINDOW = "[NON_TIME_WINDOW_NOT_SUPPORTED_IN_STREAMING] Window function is not supported in"


class NonTimeWindowOnStream(Rule):
    """A SQL window function (`row_number().over(...)`, `sum(...).over(...)`) on a streaming frame.

    ## What it does
    Reports `.over(window_spec)` (and `OVER (...)` in SQL text) in a projection of a
    streaming frame. When the query is started the finding is an error at `start()`,
    where Spark raises; otherwise a warning at the `.over(...)` call: Spark builds the
    frame without complaint (`printSchema()` runs) and refuses only a query started on it.

    ## Why is this bad
    Partitioned window functions need all rows of a partition; a stream never has
    them. Spark refuses the query at start:
    `AnalysisException: [NON_TIME_WINDOW_NOT_SUPPORTED_IN_STREAMING] Window function is
    not supported in ROW_NUMBER() (as column `rank`) on streaming DataFrames/Datasets.
    Structured Streaming only supports time-window aggregation using the WINDOW
    function.` Use `window()` in `groupBy`, or rank each micro-batch in `foreachBatch`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import Window
    from pyspark.sql.functions import row_number

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    ranked = events.withColumn(
        "rank", row_number().over(Window.partitionBy(events.value % 10).orderBy("timestamp"))
    )
    query = ranked.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import Window
    from pyspark.sql.functions import row_number


    def rank_batch(batch, batch_id):
        window = Window.partitionBy(batch.value % 10).orderBy("timestamp")
        batch.withColumn("rank", row_number().over(window)).show()


    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.foreachBatch(rank_batch).start()
    ```
    ````
    """

    code = "SPK009"
    name = "non-time-window-on-stream"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        started: set[int] = set()
        for start in stream_starts(analysis):
            for site, function in start.frame.window_functions:
                started.add(id(site.node))
            if start.frame.window_functions:
                site, function = start.frame.window_functions[0]
                ctx.report(
                    *start.site.range(),
                    f"the window function `{function}` at {describe(site)} runs over a stream; Spark refuses the "
                    f'query at start() — Spark raises: "{NON_TIME_WINDOW}"',
                )
        for site, function, frame in analysis.window_functions:
            if id(site.node) not in started:
                started.add(id(site.node))
                ctx.report(
                    *site.range(),
                    f"the window function `{function}` is applied to a streaming frame; a query on it fails at "
                    f'start() — Spark raises: "{NON_TIME_WINDOW}"',
                    severity=Severity.WARNING,  # (no query started on it here: Spark accepts the frame itself)
                )
