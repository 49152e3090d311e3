from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises, stream_starts


class MemorySinkWithoutQueryName(Rule):
    """The `memory` sink without `queryName`.

    ## What it does
    Reports a streaming query written with `format("memory")` that never calls
    `queryName(...)` (nor passes `queryName=` to `start`).

    ## Why is this bad
    The memory sink stores its rows in an in-memory table named after the query, to be
    read with `spark.sql("SELECT * FROM <name>")`. Without a name Spark refuses to
    start: `AnalysisException: queryName must be specified for memory sink.`

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("memory").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("memory").queryName("events_table").start()
    ```
    ````
    """

    code = "SPK027"
    name = "memory-sink-without-query-name"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.sink == "memory" and start.writer.query_name_site is None and start.query_name is None:
                ctx.report(*start.site.range(), "the memory sink names its table after the query and this query "
                           "has no queryName; " + spark_raises("queryName must be specified for memory sink."))
