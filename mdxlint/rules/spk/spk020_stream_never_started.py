from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze


class StreamNeverStarted(Rule):
    """A `writeStream` chain that is never started.

    ## What it does
    Reports a stream writer — `df.writeStream` and the builder calls after it — on
    which no fence of the lesson calls `start()` or `toTable()`. A writer returned
    from a function or handed to other code is not reported (`print()`, `str()` and
    the like only look at it: they start nothing).

    ## Why is this bad
    `writeStream`, `format`, `option`, `outputMode` and `trigger` only configure a
    `DataStreamWriter`; nothing runs, no data is read and no error is raised until
    `start()`. A lesson that stops before it teaches code that silently does
    nothing.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    writer = events.writeStream.format("console").outputMode("append")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").outputMode("append").start()
    ```
    ````
    """

    code = "SPK020"
    name = "stream-never-started"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for writer in analyze(doc).writers:
            if writer.started or writer.escaped or writer.frame.streaming is False:
                continue
            start, _ = writer.site.range()
            end_site = writer.last_site or writer.site
            _, end = end_site.range() if end_site.fence is writer.site.fence else writer.site.range()
            ctx.report(
                start,
                max(start, end),
                "this writeStream chain is never started: without start() or toTable() Spark runs nothing",
            )
