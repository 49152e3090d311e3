from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import CHECKPOINT_CONF, ONE_TIME_SINKS, analyze, stream_starts


class SessionCheckpointWithoutQueryName(Rule):
    """A query that relies on the session's checkpoint root but has no `queryName`.

    ## What it does
    Reports a started query whose sink keeps a checkpoint (not `console`, `memory`,
    `foreach`, `foreachBatch`, `noop`), that sets no `checkpointLocation` option and
    so uses `spark.sql.streaming.checkpointLocation` from the session, without
    `queryName(...)`.

    ## Why is this bad
    With a session-level root Spark checkpoints into `<root>/<queryName>`, and into
    `<root>/<random UUID>` when the query has no name. Every restart then gets a new
    folder: the query starts over from `startingOffsets` instead of resuming, and
    aggregation state is lost. Name the query, or give it its own
    `checkpointLocation`.

    ## Example
    ````mdx
    ```python
    spark.conf.set("spark.sql.streaming.checkpointLocation", "checkpoints")
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("parquet").option("path", "lake/events").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    spark.conf.set("spark.sql.streaming.checkpointLocation", "checkpoints")
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = (
        events.writeStream.format("parquet")
        .queryName("events_to_lake")
        .option("path", "lake/events")
        .start()
    )
    ```
    ````
    """

    code = "SPK014"
    name = "session-checkpoint-without-query-name"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.sink is None or start.sink in ONE_TIME_SINKS or not start.writer.options_complete:
                continue
            if "checkpointlocation" in start.options or CHECKPOINT_CONF not in start.session_conf:
                continue
            if start.writer.query_name_site is not None or start.query_name is not None:
                continue
            root = start.session_conf.get(CHECKPOINT_CONF)
            shown = f"`{root}`" if isinstance(root, str) else "the session's root"
            ctx.report(
                *start.site.range(),
                f"this query checkpoints under {CHECKPOINT_CONF} ({shown}) without queryName: Spark uses "
                "<root>/<random UUID>, so a restarted query gets a new folder and does not resume",
            )
