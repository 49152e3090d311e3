from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import COMPLETE_WITHOUT_AGGREGATION, analyze, describe, spark_raises, stream_starts, uncaught


class UnsupportedStreamOperation(Rule):
    """An operation Spark never runs on a stream: union with a batch frame, `intersect`, `except` with a stream on the right, `sample`, `offset`, `monotonically_increasing_id()`, `pivot` without its values, `applyInPandasWithState` misused.

    ## What it does
    Reports a started streaming query whose plan has one of the operations Spark's
    unsupported-operation checker refuses for streams. Reported at `start()`, where
    Spark raises. `pivot(column)` without the list of values is reported at the call:
    Spark refuses it there, before any query starts (`pivot is not supported on a
    streaming DataFrames/Datasets`). `applyInPandasWithState` is refused at `start()`
    with an event-time timeout and no watermark before it (`Watermark must be
    specified in the query using '[Dataset/DataFrame].withWatermark()' for using
    event-time timeout in a applyInPandasWithState…`), and, in a query with no
    aggregation, when its own output mode is not the query's (`applyInPandasWithState
    in append mode is not supported with Update output mode…`). A grouped-aggregate
    pandas UDF (`@pandas_udf` from `pd.Series` to a scalar) in a streaming aggregation
    passes the start and fails the first batch (`Streaming aggregation doesn't support
    group aggregate pandas UDF`). Two `window()`/`session_window()` keys in one
    `groupBy` are refused where the aggregation is made (`Multiple time/session window
    expressions would result in a cartesian product of rows…`). The same operations in
    `spark.sql` text over temp views are read (`UNION ALL` of a streaming and a batch
    view, `INTERSECT`, `EXCEPT`, `OFFSET`, `TABLESAMPLE`).

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
        analysis = analyze(doc)
        for site, text in analysis.refused_calls:
            ctx.report(*site.range(), f"this call cannot run on a stream; {spark_raises(text)}")
        for start in uncaught(stream_starts(analysis)):
            frame = start.frame
            if frame.unsupported:
                site, text = frame.unsupported[0]
                ctx.report(*start.site.range(),
                           f"the operation at {describe(site)} cannot run on this stream; {spark_raises(text)}")
                continue
            mode = start.output_mode
            # A state function beside an aggregation (checked on PySpark 4.1): in update mode with one
            # before or after it, in append mode after one.
            refused = None
            for site, declared in frame.state_modes:
                before = any(aggregation.site.range()[0] < site.range()[0] for aggregation in frame.aggregations)
                if declared == "update" and frame.aggregations:
                    refused = site, ("applyInPandasWithState in update mode is not supported with aggregation on a "
                                     "streaming DataFrame/Dataset"), "emits rows in update mode (a key's row may change later)"
                elif declared == "append" and before:
                    refused = site, ("applyInPandasWithState in append mode is not supported after aggregation on a "
                                     "streaming DataFrame/Dataset"), "reads an aggregation's rows in append mode"
                if refused:
                    break
            if refused:
                site, text, what = refused
                ctx.report(*start.site.range(), f"the state function at {describe(site)} {what} beside an aggregation; "
                           + spark_raises(text))
                continue
            if frame.aggregations or mode not in ("append", "update", "complete"):
                continue
            processors = [site for site, name in frame.stateful if name.startswith("transformWithState")]
            if mode == "complete" and (frame.state_modes or processors):
                # Spark's output-mode check runs first: complete mode needs an aggregation (PySpark 4.1).
                site = frame.state_modes[0][0] if frame.state_modes else processors[0]
                ctx.report(*start.site.range(), f"the query is written in complete mode and has no aggregation, only "
                           f"the state function at {describe(site)}; {spark_raises(COMPLETE_WITHOUT_AGGREGATION)}")
                continue
            for site, declared in frame.state_modes:
                if declared != mode:
                    # Without an aggregation in the query the state function's mode must be the query's.
                    text = (f"applyInPandasWithState in {declared} mode is not supported with {mode.capitalize()} "
                            f"output mode on a streaming DataFrame/Dataset")
                    ctx.report(*start.site.range(), f"the state function at {describe(site)} emits rows in {declared} "
                               f"mode and the query is written in {mode} mode; {spark_raises(text)}")
                    break
