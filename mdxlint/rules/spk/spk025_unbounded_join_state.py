from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk.spk010_unsupported_stream_join import refused_join, watermark_in_keys
from mdxlint.analyzers.spark import analyze, describe, runnable_starts


class UnboundedJoinState(Rule):
    """A stream–stream inner join without watermarks and a time range: Spark keeps both inputs forever.

    ## What it does
    Reports a stream–stream inner join in a started query when the inputs have no
    watermarks, or the join condition has no time-range comparison (`<`, `<=`, `>`,
    `>=`, `BETWEEN`) and does not match on a watermarked column. A comparison of the two
    inputs in a later `where()` counts (Spark pushes it into the join). Joins written in
    `spark.sql` text over two temp views are read too (`ON` and `WHERE`).

    ## Why is this bad
    Spark accepts the query — watermarks and time bounds are optional for inner
    joins — but it buffers every row of both inputs in the join state, because any
    future row may still match. State, memory and checkpoints grow for the life of
    the query. Add `withWatermark` to both inputs and a condition that bounds the
    event times (`b.ts BETWEEN a.ts AND a.ts + INTERVAL 1 HOUR`).

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col

    orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    payments = (
        spark.readStream.format("rate").option("rowsPerSecond", 5).load()
        .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
    )
    joined = orders.join(payments, orders.value == payments.order_id)
    query = joined.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, expr

    orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
    payments = (
        spark.readStream.format("rate").option("rowsPerSecond", 5).load()
        .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
        .withWatermark("paid_at", "10 seconds")
    )
    joined = orders.join(
        payments, expr("value = order_id AND paid_at BETWEEN timestamp AND timestamp + INTERVAL 1 MINUTE")
    )
    query = joined.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK025"
    name = "unbounded-join-state"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in runnable_starts(analyze(doc)):
            if start.output_mode in ("update", "complete"):
                continue  # Spark refuses a stream-stream join outside append mode (SPK010 says so)
            version = ctx.settings.spark.version
            if refused_join(start, version):
                continue  # another join of the query is refused (SPK010): the query never runs
            for join in start.frame.joins:
                if start.frame.opaque and not join.sql:
                    continue  # (a `spark.sql` join's frame is opaque, its inputs were read whole)
                if join.how != "inner" or not (join.left_streaming and join.right_streaming):
                    continue
                if join.has_range_condition is None or join.equi_columns == ():
                    continue  # not read, or no condition at all: Spark refuses to plan it (SPK010)
                if not (join.left_watermarks and join.right_watermarks):
                    why = "the inputs have no watermarks" if not (join.left_watermarks or join.right_watermarks) else "one input has no watermark"
                elif not join.has_range_condition and not watermark_in_keys(join):
                    why = "the join condition bounds no event time"
                else:
                    continue
                ctx.report(
                    *start.site.range(),
                    f"the stream-stream inner join at {describe(join.site)} keeps buffered input rows in state "
                    f"without bound: {why}; Spark accepts the query and never purges those rows",
                )
                break
