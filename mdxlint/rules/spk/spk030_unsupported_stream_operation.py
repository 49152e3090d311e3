from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, describe, spark_raises, stream_starts


class UnsupportedStreamOperation(Rule):
    """An operation Spark never runs on a stream: union with a batch frame, `intersect`, `except` with a stream on the right, `sample`, `offset`, `monotonically_increasing_id()`.

    ## What it does
    Reports a started streaming query whose plan has one of the operations Spark's
    unsupported-operation checker refuses for streams. Reported at `start()`, where
    Spark raises.

    ## Why is this bad
    The query fails at start with Spark's text for the operation:
    `Union between streaming and batch DataFrames/Datasets is not supported`,
    `Intersect of streaming DataFrames/Datasets is not supported`, `Except on a
    streaming DataFrame/Dataset on the right is not supported`, `Sampling is not
    supported on streaming DataFrames/Datasets`, `Offset is not supported on streaming
    DataFrames/Datasets`, `Expression(s): monotonically_increasing_id() is not
    supported with streaming DataFrames/Datasets`. Join the batch frame instead of a
    union, or do the operation per micro-batch in `foreachBatch`.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.sample(0.1).writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.where("rand() < 0.1").writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK030"
    name = "unsupported-stream-operation"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.frame.unsupported:
                site, text = start.frame.unsupported[0]
                ctx.report(*start.site.range(),
                           f"the operation at {describe(site)} cannot run on a stream; {spark_raises(text)}")
