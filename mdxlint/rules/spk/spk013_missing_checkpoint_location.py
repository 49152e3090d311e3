from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import CHECKPOINT_CONF, FILE_FORMATS, ONE_TIME_SINKS, UNREAD_CONF, analyze, spark_raises, stream_starts

MISSING_CHECKPOINT = (
    'checkpointLocation must be specified either through option("checkpointLocation", ...) or '
    'SparkSession.conf.set("spark.sql.streaming.checkpointLocation", ...)'
)


class MissingCheckpointLocation(Rule):
    """A streaming sink that needs a checkpoint location and gets none.

    ## What it does
    Reports a started query whose sink is not one of those Spark lets run on a
    temporary checkpoint (`console`, `memory`, `foreach`, `foreachBatch`, `noop`) —
    file sinks, `kafka`, tables via `toTable` — when neither the
    `checkpointLocation` option nor the session's
    `spark.sql.streaming.checkpointLocation` (set earlier in the lesson with
    `spark.conf.set` or the builder's `.config`) is given.

    ## Why is this bad
    Without a checkpoint such a sink could not recover or avoid duplicates, so Spark
    refuses to start: `AnalysisException: checkpointLocation must be specified either
    through option("checkpointLocation", ...) or
    SparkSession.conf.set("spark.sql.streaming.checkpointLocation", ...)`

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("parquet").option("path", "lake/events").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = (
        events.writeStream.format("parquet")
        .option("path", "lake/events")
        .option("checkpointLocation", "checkpoints/events")
        .start()
    )
    ```
    ````
    """

    code = "SPK013"
    name = "missing-checkpoint-location"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            written = start.writer.format_written
            # Spark lets the console and noop sinks run on a temporary checkpoint by their names
            # as written: `format("Console")` finds the console sink but needs a checkpoint.
            one_time = start.sink in ONE_TIME_SINKS and (written is None or written in ONE_TIME_SINKS)
            if start.sink is None or one_time or not start.writer.options_complete:
                continue
            if start.sink == "memory":
                continue  # `format("Memory")`: Spark finds no such data source (its memory sink is `memory` only)
            if "checkpointlocation" in start.options or CHECKPOINT_CONF in start.session_conf or UNREAD_CONF in start.session_conf:
                continue
            if start.sink in FILE_FORMATS and not start.to_table and "path" not in start.options:
                continue  # Spark refuses the missing path first (SPK048)
            named = (f"the {start.sink} sink, written `format(\"{written}\")`, needs a checkpoint (Spark runs it without one "
                     f"only when named `{start.sink}`, in lower case),"
                     if start.sink in ONE_TIME_SINKS else f"the {start.sink} sink needs a checkpoint")
            ctx.report(
                *start.site.range(),
                f"{named} and neither the checkpointLocation option nor {CHECKPOINT_CONF} is set; "
                f"{spark_raises(MISSING_CHECKPOINT)}",
            )
