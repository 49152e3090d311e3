from mdxlint.analyzers.spark import analyze, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class ForeachBatchSignature(Rule):
    """A `foreachBatch` function that cannot take the batch DataFrame and the batch id.

    ## What it does
    Reports `writeStream.foreachBatch(f)` where `f` is a function or lambda of the lesson
    that cannot be called with two positional arguments: one parameter (`def save(df)`),
    three without defaults, or a required keyword-only one. A method taken from an
    instance, and an instance of a lesson's class with `__call__`, are read without
    their `self`; `functools.partial(f, …)` without the arguments it gives `f`.

    ## Why is this bad
    Spark calls the function with two arguments, the micro-batch as a DataFrame and the
    batch's id. Nothing checks this when the query starts; the first batch fails with
    `StreamingQueryException: [STREAM_FAILED] … [FOREACH_BATCH_USER_FUNCTION_ERROR] An error
    occurred in the user provided function in foreach batch sink. Reason: An exception was
    raised by the Python Proxy.` and Python's `TypeError: save() takes 1 positional argument
    but 2 were given` in its traceback (`query.exception()` shows the part from "An exception
    was raised"; checked on PySpark 4.1). Take the batch id even when the function does not
    use it.

    ## Example
    ````mdx
    ```python
    def save(batch_df):
        batch_df.write.mode("append").parquet("lake/events")

    events = spark.readStream.format("rate").load()
    query = events.writeStream.foreachBatch(save).option("checkpointLocation", "chk/events").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    def save(batch_df, batch_id):
        batch_df.write.mode("append").parquet("lake/events")

    events = spark.readStream.format("rate").load()
    query = events.writeStream.foreachBatch(save).option("checkpointLocation", "chk/events").start()
    ```
    ````
    """

    code = "SPK039"
    name = "foreach-batch-signature"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name, takes in analyze(doc).bad_batch_functions:
            shown = f"`{name}`" if name != "the lambda" else name
            ctx.report(*site.range(), f"{shown} takes {takes}, and foreachBatch calls it with two (the batch DataFrame "
                       "and the batch id); the query starts, then fails on its first batch with Python's TypeError — " + spark_raises(
                           "[FOREACH_BATCH_USER_FUNCTION_ERROR] An error occurred in the user provided function in "
                           "foreach batch sink. Reason: An exception was raised by the Python Proxy."))
