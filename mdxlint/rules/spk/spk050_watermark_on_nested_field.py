from mdxlint.analyzers.spark import analyze, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class WatermarkOnNestedField(Rule):
    """`withWatermark` on a field inside a struct column (`payload.ts`) rather than on a top-level column.

    ## What it does
    Reports `withWatermark("a.b", …)` where `a` is a column of the frame known to be a
    struct (made with `struct(…)`, parsed with `from_json` and a schema, or read with one),
    so the event time named is a field inside it.

    ## Why is this bad
    A watermark marks a column of the frame as its event time; a field inside a struct is
    not a column. PySpark 4.1 fails at the `withWatermark` call itself, before any query
    starts: `SparkException: [INTERNAL_ERROR] Failed to copy node. Is otherCopyArgs specified
    correctly for EventTimeWatermark. Exception message: argument type mismatch`. Debezium's
    change events put their times inside `payload`: select the field into a column of its own
    first.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import struct
    events = spark.readStream.format("rate").load().select(struct("timestamp", "value").alias("payload"))
    marked = events.withWatermark("payload.timestamp", "10 minutes")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, struct
    events = spark.readStream.format("rate").load().select(struct("timestamp", "value").alias("payload"))
    marked = events.withColumn("event_time", col("payload.timestamp")).withWatermark("event_time", "10 minutes")
    ```
    ````
    """

    code = "SPK050"
    name = "watermark-on-nested-field"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, path in analyze(doc).nested_watermarks:
            head = path.split(".")[0]
            ctx.report(*site.range(), f"`{path}` is a field inside the struct column `{head}`, not a column: withWatermark "
                       "cannot mark it as event time, and Spark fails at this call (EventTimeWatermark "
                       "cannot be copied: argument type mismatch); select the field into a column first; "
                       + spark_raises("[INTERNAL_ERROR] Failed to copy node."))
