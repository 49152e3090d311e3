from mdxlint.analyzers.spark import analyze, is_stream, not_caught, spark_raises, stream_starts
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class TextSinkColumns(Rule):
    """A stream written to the text file sink with other than one string column.

    ## What it does
    Reports a streaming query that writes with `format("text")` a frame whose columns
    are known (the Kafka and rate sources, projections of them) when a column is not a
    string or there is more than one, and a batch write of such a frame as text
    (`df.write.text(…)`, `df.write.format("text").save(…)`), which Spark refuses at once
    with the same messages in an `AnalysisException`.

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
        analysis = analyze(doc)
        for start in stream_starts(analysis):
            if start.sink == "text":
                self._check_frame(ctx, start.site, start.frame, "the text sink writes", "the query starts, then fails on "
                                  "its first batch with StreamingQueryException", "the query starts, then fails on its first batch")
        for site, frame, written, partitions in not_caught(analysis.batch_file_writes):
            if written == "text" and not is_stream(frame) and None not in partitions and frame.columns is not None:
                # (the partition columns are written into the folders' names, not into the files)
                kept = tuple(column for column in frame.columns if column.lower() not in {p.lower() for p in partitions})  # type: ignore[union-attr]
                frame = frame.then(columns=kept, struct_columns=frame.struct_columns & frozenset(kept)) if kept != frame.columns else frame
                outcome = "the write fails with AnalysisException"
                self._check_frame(ctx, site, frame, "a text file holds", outcome, outcome)

    @staticmethod
    def _check_frame(ctx: RuleContext, site, frame, lead: str, outcome: str, count_outcome: str) -> None:
        if frame.columns is None or frame.opaque:
            return
        # Spark checks each column's type in order, then their number.
        for column in frame.columns:
            kind = frame.types.get(column)
            if kind is None:
                return  # a type not known here: Spark's first complaint is not known either
            if kind.name != "string":
                ctx.report(*site.range(), f"{lead} one string column, and `{column}` is {kind.name}; {outcome} — "
                           + spark_raises(f"[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the "
                                          f"column `{column}` of the type"))
                return
        if len(frame.columns) > 1:
            ctx.report(*site.range(), f"{lead} one string column, and this frame has {len(frame.columns)}; "
                       f"{count_outcome} — " + spark_raises(
                           f"Text data source supports only a single column, and you have {len(frame.columns)} columns."))
