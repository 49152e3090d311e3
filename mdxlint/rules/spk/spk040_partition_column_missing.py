from mdxlint.analyzers.spark import FILE_FORMATS, analyze, not_caught, spark_raises, stream_starts
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class PartitionColumnMissing(Rule):
    """A frame written to files or a table partitioned by a column it does not have.

    ## What it does
    Reports `partitionBy(…)` on a streaming file sink (parquet, json, csv, orc, text…)
    or a stream written with `toTable(…)` naming a column that is not among the frame's columns, where the lesson shows them
    (the Kafka and rate sources, `select`, `withColumn` and the like); and the same on a batch
    writer (`df.write.partitionBy(…)`, or `partitionBy=` of `parquet`, `save`, `saveAsTable` …),
    refused at the write (`Partition column `day` not found in schema …`). Spark matches the
    names without regard to case.
    A `start()` inside a `try` whose `except` catches `AnalysisException` (or `Exception`, or a
    bare `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    Spark checks the partition columns when the query starts and refuses it:
    `AnalysisException: Partition column day not found in existing columns (timestamp,
    value).` A column dropped by a `select`, or one that only a later step adds, is the
    usual cause: derive it before `writeStream`.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").load()
    query = (events.writeStream.format("parquet").partitionBy("day")
             .option("path", "lake/events").option("checkpointLocation", "chk/events").start())
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import to_date

    events = spark.readStream.format("rate").load().withColumn("day", to_date("timestamp"))
    query = (events.writeStream.format("parquet").partitionBy("day")
             .option("path", "lake/events").option("checkpointLocation", "chk/events").start())
    ```
    ````
    """

    code = "SPK040"
    name = "partition-column-missing"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            frame = start.frame
            table = start.to_table  # toTable(): a new table gets the frame's columns
            if (start.sink not in FILE_FORMATS and not table) or frame.columns is None or frame.opaque or start.site.caught:
                continue
            existing = {column.lower() for column in frame.columns}
            for column, site in start.writer.partition_columns:
                if column is not None and column.lower() not in existing:
                    shown = ", ".join(frame.columns)
                    text = (f"[COLUMN_NOT_DEFINED_IN_TABLE] partition column `{column}` is not defined in table" if table
                            else f"Partition column {column} not found in existing columns ({shown}).")
                    ctx.report(*site.range(), f"the frame has no column `{column}` to partition by (its columns: {shown}); "
                               + spark_raises(text))
        for site, column, columns, table in not_caught(analyze(doc).batch_partitions_missing):
            text = (f"[COLUMN_NOT_DEFINED_IN_TABLE] partition column `{column}` is not defined in table" if table
                    else f"Partition column `{column}` not found in schema")
            ctx.report(*site.range(), f"the frame has no column `{column}` to partition by (its columns: {', '.join(columns)}); "
                       + spark_raises(text))
