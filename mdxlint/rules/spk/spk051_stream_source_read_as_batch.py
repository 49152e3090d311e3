from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises

NOT_A_DATA_SOURCE = "{} is not a valid Spark SQL Data Source."
# Sources Spark has only for streaming, and the options each checks before it finds that out
# (without them, `load()` fails on the missing option instead; checked on PySpark 4.1).
STREAM_ONLY_SOURCES = {"rate": (), "rate-micro-batch": ("rowsperbatch",), "socket": ("host", "port")}


class StreamSourceReadAsBatch(Rule):
    """A source Spark has only for streaming (`rate`, `rate-micro-batch`, `socket`) loaded with `spark.read`.

    ## What it does
    Reports `load()` on `spark.read` (a batch reader) whose format is `rate`,
    `rate-micro-batch` or `socket` (for the last two, where the options they need,
    `rowsPerBatch` or `host` and `port`, are set: without them Spark stops at the missing
    option first).

    ## Why is this bad
    These sources exist only as streaming sources: the batch reader does not know them,
    and `load()` fails at once with `AnalysisException: rate is not a valid Spark SQL
    Data Source.` A lesson that tries a streaming source in batch mode (to `show()` a few
    rows) stops there.

    ## Example
    ````mdx
    ```python
    events = spark.read.format("rate").option("rowsPerSecond", 5).load()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK051"
    name = "stream-source-read-as-batch"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for load in analyze(doc).loads:
            reader = load.reader
            needed = STREAM_ONLY_SOURCES.get(reader.format or "")
            if load.streaming or needed is None or not reader.format_known or reader.format_written is None:
                continue
            if any(option not in reader.options for option in needed):
                continue  # Spark stops at the missing option first (or options not read)
            ctx.report(*load.site.range(), f"`{reader.format_written}` is a streaming source, which `spark.read` "
                                           f"does not know (read it with `spark.readStream`); "
                                           f"{spark_raises(NOT_A_DATA_SOURCE.format(reader.format_written))}")
