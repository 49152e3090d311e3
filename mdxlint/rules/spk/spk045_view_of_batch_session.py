from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, not_caught, spark_raises, stream_starts

NOT_FOUND = "[TABLE_OR_VIEW_NOT_FOUND] The table or view `{view}` cannot be found."


class ViewOfBatchSession(Rule):
    """A temp view registered in a `foreachBatch` function, read through `spark`.

    ## What it does
    Reports `spark.sql(…)` and `spark.table(…)` that read (or write) a temp view which a
    `foreachBatch` function registered on the frame it receives
    (`batch.createOrReplaceTempView("updates")`), when the lesson's own session has no view
    of that name. `SparkSession.getActiveSession()` is the same session as `spark` there.
    And the reverse: `batch.sparkSession.sql(…)` reading a view that the function itself
    registered on a frame of `spark` (`customers.createOrReplaceTempView("customers")` in
    the function), which no code before `start()` registered.
    Global temp views (`global_temp.…`) are seen by every session and are not reported.

    ## Why is this bad
    Spark runs a streaming query in a clone of the session that started it, and the frame
    `foreachBatch` passes belongs to that clone: its temp views are the clone's. `spark`
    does not see them, so the function fails at the first batch and stops the query:
    `[TABLE_OR_VIEW_NOT_FOUND] The table or view `updates` cannot be found.` The batch's
    own session does see them: `batch.sparkSession.sql(…)`. The clone is made when the query
    starts, with the views `spark` had then: a view the function registers on `spark`'s
    frames later is `spark`'s alone, and `batch.sparkSession` does not find it either.

    ## Example
    ````mdx
    ```python
    def upsert(batch, batch_id):
        batch.createOrReplaceTempView("updates")
        spark.sql("SELECT count(*) FROM updates").collect()

    events = spark.readStream.format("rate").load()
    query = events.writeStream.foreachBatch(upsert).start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    def upsert(batch, batch_id):
        batch.createOrReplaceTempView("updates")
        batch.sparkSession.sql("SELECT count(*) FROM updates").collect()

    events = spark.readStream.format("rate").load()
    query = events.writeStream.foreachBatch(upsert).start()
    ```
    ````
    """

    code = "SPK045"
    name = "view-of-batch-session"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, view, registered in analyze(doc).views_of_batch_session:
            ctx.report(
                *site.range(),
                f"`{view}` is a temp view of the foreachBatch's own session (registered on the batch frame at "
                f"{describe(registered)}), which `spark` does not see: the function fails at the first batch — "
                f"{spark_raises(NOT_FOUND.format(view=view))}; read it with `<batch>.sparkSession.sql(…)`",
            )
        analysis = analyze(doc)
        # Only where the clone cannot have the view: no code outside a foreachBatch function registers
        # one of that name (it may run before start()), and one query starts (a later one's clone
        # has what an earlier query's batches registered).
        late = [] if len(list(stream_starts(analysis))) > 1 else analysis.late_views_read
        for site, view, registered in not_caught(item for item in late if item[1] not in analysis.views_made_outside):
            ctx.report(
                *site.range(),
                f"`{view}` is a temp view of `spark`, registered in the foreachBatch function at {describe(registered)}, "
                f"after the query cloned the session for its batches: the batch's session does not see it — "
                f"{spark_raises(NOT_FOUND.format(view=view))}; register it before `start()`: the clone has the views made before",
            )
