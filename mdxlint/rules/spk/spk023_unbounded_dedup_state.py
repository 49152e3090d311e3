from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, refused_at_start, runnable_starts


class UnboundedDedupState(Rule):
    """`dropDuplicates`/`distinct` on a stream whose state Spark never purges.

    ## What it does
    Reports `dropDuplicates(...)`, `drop_duplicates(...)` and `distinct()` in a
    started streaming query when the plan has no watermark before them, or when the
    watermarked event-time column is not among the deduplication columns.

    ## Why is this bad
    Spark accepts the query, but keeps every key it has seen in the state store: it
    purges deduplication state only with a watermark whose column is one of the
    deduplication keys (Structured Streaming guide, "Streaming Deduplication"). The
    state grows for the life of the query. Deduplicate on `[id, event_time]` after
    `withWatermark("event_time", ...)`, or use `dropDuplicatesWithinWatermark`
    (Spark 3.5+).

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = events.dropDuplicates(["value"])
    query = unique.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = events.withWatermark("timestamp", "2 seconds").dropDuplicates(["value", "timestamp"])
    query = unique.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK023"
    name = "unbounded-dedup-state"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in runnable_starts(analyze(doc)):
            if start.frame.opaque:
                continue
            for dedup in start.frame.dedups:
                if dedup.method == "dropDuplicatesWithinWatermark":
                    continue
                if not dedup.watermark_before:
                    why = "there is no watermark before it"
                elif dedup.columns is not None and not (set(dedup.columns) & dedup.watermark_columns):
                    marked = ", ".join(sorted(dedup.watermark_columns)) or "another column"
                    why = f"its columns do not include the watermarked column ({marked})"
                else:
                    continue
                ctx.report(
                    *start.site.range(),
                    f"the {dedup.method} at {describe(dedup.site)} keeps every key in state forever: {why}; "
                    + ("that state is never purged" if refused_at_start(start)  # refused for another reason
                       else "Spark accepts the query and never purges that state"),
                )
                break
