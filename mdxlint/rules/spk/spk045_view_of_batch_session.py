from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, spark_raises

NOT_FOUND = "[TABLE_OR_VIEW_NOT_FOUND] The table or view `{view}` cannot be found."


class ViewOfBatchSession(Rule):
    """A temp view registered in a `foreachBatch` function, read through `spark`.

    ## What it does
    Reports `spark.sql(…)` and `spark.table(…)` that read (or write) a temp view which a
    `foreachBatch` function registered on the frame it receives
    (`batch.createOrReplaceTempView("updates")`), when the lesson's own session has no view
    of that name. `SparkSession.getActiveSession()` is the same session as `spark` there.
    Global temp views (`global_temp.…`) are seen by every session and are not reported.

    ## Why is this bad
    Spark runs a streaming query in a clone of the session that started it, and the frame
    `foreachBatch` passes belongs to that clone: its temp views are the clone's. `spark`
    does not see them, so the function fails at the first batch and stops the query:
    `[TABLE_OR_VIEW_NOT_FOUND] The table or view `updates` cannot be found.` The batch's
    own session does see them: `batch.sparkSession.sql(…)`.

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
