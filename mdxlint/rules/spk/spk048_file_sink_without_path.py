from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FILE_FORMATS, analyze, spark_raises, stream_starts

PATH_NOT_SPECIFIED = "'path' is not specified"
# The file formats Spark's streaming file sink writes without a package (avro needs spark-avro).
FILE_SINKS = FILE_FORMATS - {"avro"}


class FileSinkWithoutPath(Rule):
    """A streaming query written to files with no folder to write them to.

    ## What it does
    Reports a started query whose sink is a file format (`parquet`, `json`, `csv`,
    `orc`, `text`, `xml`), given with `format(...)` or left to the default
    (`writeStream.start()` without `format` writes parquet, the
    `spark.sql.sources.default`), when neither the `path` option nor
    `start(path)` names the folder (`toTable` names a table instead: not reported).

    ## Why is this bad
    The file sink has nowhere to write: Spark refuses to start the query with
    `IllegalArgumentException: 'path' is not specified`, before it looks at the
    checkpoint. A `writeStream.start()` meant for the console is the usual slip: the
    default sink is parquet files, not the console.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.option("checkpointLocation", "checkpoints/events").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = (
        events.writeStream.format("parquet")
        .option("checkpointLocation", "checkpoints/events")
        .start("lake/events")
    )
    ```
    ````
    """

    code = "SPK048"
    name = "file-sink-without-path"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.sink not in FILE_SINKS or start.to_table or not start.writer.options_complete or "path" in start.options:
                continue
            if start.writer.format_site is None:
                how = "no format is given, so the sink is Spark's default, parquet files,"
            else:
                how = f"the {start.sink} sink writes files"
            ctx.report(*start.site.range(), f"{how} and no folder is named (the `path` option or `start(path)`); "
                                            f"{spark_raises(PATH_NOT_SPECIFIED)}")
