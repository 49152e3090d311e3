from mdxlint.analyzers.spark import analyze, spark_raises, stream_starts
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class TextSinkColumns(Rule):
    """A stream written to the text file sink with other than one string column.

    ## What it does
    Reports a streaming query that writes with `format("text")` a frame whose columns
    are known (the Kafka and rate sources, projections of them) when a column is not a
    string or there is more than one.

    ## Why is this bad
    The text sink writes one string per line. Spark does not catch this when the query
    starts; the query starts and dies on its first batch with `StreamingQueryException:
    [UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the
    column `timestamp` of the type "TIMESTAMP".`, or, with several string columns,
    `Text data source supports only a single column, and you have 2 columns.` Select
    one string column (`to_json(struct(...))`, `concat_ws(...)`), or write JSON or CSV.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("text").option("path", "out/events").option("checkpointLocation", "chk/events").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import struct, to_json

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    lines = events.select(to_json(struct("timestamp", "value")).alias("value"))
    query = lines.writeStream.format("text").option("path", "out/events").option("checkpointLocation", "chk/events").start()
    ```
    ````
    """

    code = "SPK037"
    name = "text-sink-columns"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            frame = start.frame
            if start.sink != "text" or frame.columns is None or frame.opaque:
                continue
            # Spark checks each column's type in order, then their number.
            for column in frame.columns:
                kind = frame.types.get(column)
                if kind is None:
                    break  # a type not known here: Spark's first complaint is not known either
                if kind.name != "string":
                    ctx.report(*start.site.range(), f"the text sink writes one string column, and `{column}` is "
                               f"{kind.name}; the query starts, then fails on its first batch with "
                               "StreamingQueryException — " + spark_raises(
                                   f"[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the "
                                   f"column `{column}` of the type"))
                    break
            else:
                if len(frame.columns) > 1:
                    ctx.report(*start.site.range(), f"the text sink writes one string column, and this frame has "
                               f"{len(frame.columns)}; the query starts, then fails on its first batch — " + spark_raises(
                                   f"Text data source supports only a single column, and you have {len(frame.columns)} columns."))
