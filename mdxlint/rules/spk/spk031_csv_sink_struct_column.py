from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, is_stream, not_caught, spark_raises, stream_starts


class CsvSinkStructColumn(Rule):
    """A struct column (a `window`, a parsed `from_json` record) written to the CSV file sink.

    ## What it does
    Follows struct-typed columns — the `window` of a windowed aggregation, the result
    of `from_json(...)` or `struct(...)`, a map or array column of a known schema — through
    projections, and reports a streaming query that writes one of them with
    `format("csv")`, and a batch write of one to CSV (`df.write.csv(…)`,
    `df.write.format("csv").save(…)`), where Spark refuses it at once with the same
    `AnalysisException`.

    ## Why is this bad
    CSV has no nested values. Spark does not catch this when the query starts; the
    query starts and then dies on its first batch with `StreamingQueryException:
    [UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the
    column `window` of the type "STRUCT<start: TIMESTAMP, end: TIMESTAMP>".` Select the
    fields (`col("window.start")`, `col("window.end")`) or write Parquet or JSON.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = events.withWatermark("timestamp", "1 second").groupBy(window("timestamp", "1 second")).count()
    query = (
        counts.writeStream.format("csv")
        .option("path", "reports/counts")
        .option("checkpointLocation", "checkpoints/counts")
        .start()
    )
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, window

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = events.withWatermark("timestamp", "1 second").groupBy(window("timestamp", "1 second")).count()
    flat = counts.select(col("window.start").alias("start"), col("window.end").alias("end"), "count")
    query = (
        flat.writeStream.format("csv")
        .option("path", "reports/counts")
        .option("checkpointLocation", "checkpoints/counts")
        .start()
    )
    ```
    ````
    """

    code = "SPK031"
    name = "csv-sink-struct-column"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        for start in stream_starts(analysis):
            if start.sink == "csv":
                self._check_frame(ctx, start.site, start.frame, "the CSV sink", "; the query starts, then fails on its "
                                  "first batch with StreamingQueryException — ")
        for site, frame, written, partitions in not_caught(analysis.batch_file_writes):
            if written == "csv" and not is_stream(frame) and None not in partitions and frame.columns is not None:
                # (the partition columns are written into the folders' names, not into the files)
                kept = tuple(column for column in frame.columns if column.lower() not in {p.lower() for p in partitions})  # type: ignore[union-attr]
                frame = frame.then(columns=kept, struct_columns=frame.struct_columns & frozenset(kept)) if kept != frame.columns else frame
                self._check_frame(ctx, site, frame, "a CSV file", "; the write fails with AnalysisException — ")

    @staticmethod
    def _check_frame(ctx: RuleContext, site, frame, target: str, outcome: str) -> None:
        # Struct columns, and columns of the output whose type is known to nest (`collect_list`: an array).
        nested = set(frame.struct_columns) | {
            name for name, kind in frame.types.items()
            if kind.name in ("array", "map", "struct") and frame.columns is not None and name in frame.columns}
        if not nested:
            return
        # Spark names the first such column of the output's schema: where the order of the columns
        # is not known and there are several, the message names none of them.
        ordered = [name for name in frame.columns if name in nested] if frame.columns is not None else []
        column = ordered[0] if ordered else sorted(nested)[0] if len(nested) == 1 else None
        if column is None:
            names = ", ".join(f"`{name}`" for name in sorted(nested))
            ctx.report(*site.range(), f"{names} nest values (structs, maps or arrays) and {target} cannot store them"
                       + outcome + spark_raises("[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the column"))
            return
        # from_json may parse into a map or an array as well as a struct: name what the schema says.
        known = frame.types.get(column)
        kind = {"map": "a map", "array": "an array"}.get(known.name if known is not None else "", "a struct")
        ctx.report(*site.range(), f"`{column}` is {kind} and {target} cannot store it" + outcome
                   + spark_raises(f"[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the "
                                  f"column `{column}` of the type"))
