from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises

CANNOT_RESOLVE = 'Cannot resolve column name "{}" among ({})'


class DedupColumnMissing(Rule):
    """`dropDuplicates([...])` or `dropDuplicatesWithinWatermark([...])` on a column the frame does not have.

    ## What it does
    Reports a column name given to `dropDuplicates`, `drop_duplicates` or
    `dropDuplicatesWithinWatermark` that is not among the frame's columns, where the
    lesson shows them (the Kafka and rate sources, `select`, `withColumn` and the like).
    Spark matches the names without regard to case; a dotted name is not judged.
    A call inside a `try` whose `except` catches `AnalysisException` (or `Exception`, or a
    bare `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    Spark resolves the names at the call, on a batch frame and on a stream alike, and
    refuses a missing one: `AnalysisException: Cannot resolve column name "order_id"
    among (timestamp, value)`. A column renamed or dropped by an earlier step is the usual
    cause.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = events.withWatermark("timestamp", "1 minute").dropDuplicatesWithinWatermark(["order_id"])
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    unique = events.withWatermark("timestamp", "1 minute").dropDuplicatesWithinWatermark(["value"])
    query = unique.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK052"
    name = "dedup-column-missing"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, column, columns in not_caught(analyze(doc).dedup_columns_missing):
            ctx.report(*site.range(), f"the frame has no column `{column}` to deduplicate on (its columns: "
                                      f"{', '.join(columns)}); {spark_raises(CANNOT_RESOLVE.format(column, ', '.join(columns)))}")
