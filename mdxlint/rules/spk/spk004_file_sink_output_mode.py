import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FILE_FORMATS, UNREAD_CONF, analyze, spark_raises, stream_starts, uncaught


class FileSinkOutputMode(Rule):
    """A file sink (`parquet`, `json`, `csv`, `orc`, `text`) written in update or complete mode.

    ## What it does
    Reports a streaming query whose sink is a file format — named with `format(...)`,
    or parquet, Spark's default source, when `start(path)` or `toTable(name)` is called
    without one (not for `toTable` where the session sets another default source or
    the page works with Delta, Iceberg, Hudi or Paimon tables) — and whose output mode
    is `update` or `complete`. Reported at `start()`.

    ## Why is this bad
    File sinks only append new files; Spark refuses every other mode when the query
    starts: `AnalysisException: [STREAMING_OUTPUT_MODE.UNSUPPORTED_DATASOURCE] Invalid
    streaming output mode: update. This output mode is not supported in Data Source
    parquet.` An aggregation written to files needs a watermark and append mode (or
    `foreachBatch`, which may overwrite).

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = (
        events.writeStream.outputMode("update")
        .format("parquet")
        .option("path", "lake/events")
        .option("checkpointLocation", "checkpoints/events")
        .start()
    )
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = (
        events.writeStream.outputMode("append")
        .format("parquet")
        .option("path", "lake/events")
        .option("checkpointLocation", "checkpoints/events")
        .start()
    )
    ```
    ````
    """

    code = "SPK004"
    name = "file-sink-output-mode"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        # `toTable()` with no format writes with the default source, parquet, unless the session
        # sets another or the page works with a table format that may own the table.
        table_formats = _TABLE_FORMATS.search(doc.source.text) is not None
        for start in uncaught(stream_starts(analyze(doc))):
            sink, how = start.sink, ""
            if sink == "table" and not table_formats and not {"spark.sql.sources.default", UNREAD_CONF} & start.session_conf.keys():
                sink, how = "parquet", "toTable() without a format writes with the default source, parquet: "
            if sink in FILE_FORMATS and start.output_mode in ("update", "complete"):
                written = start.writer.format_written
                named = written if not how and written and written.lower() == sink else sink  # (Spark echoes it)
                text = (
                    f"[STREAMING_OUTPUT_MODE.UNSUPPORTED_DATASOURCE] Invalid streaming output mode: "
                    f"{start.output_mode}. This output mode is not supported in Data Source {named}."
                )
                ctx.report(
                    *start.site.range(),
                    f"{how}the {sink} file sink only appends; Spark refuses {start.output_mode} mode at start() — "
                    f"{spark_raises(text)}",
                )


_TABLE_FORMATS = re.compile(r"\b(?:delta|iceberg|hudi|paimon)\b", re.I)
